import {useEffect, useState} from 'react';

const NOTHING_PAINTED = Symbol('nothing painted');

/**
 * For a long text shown in part first (src/lib/jwt/firstPaint): false while `value` is new and
 * `long`, true once the frame that shows its first part has been rendered. A task posted from that
 * frame's animation callback runs after its layout and paint, so the rest of the text costs the
 * next frame instead of this one. In a hidden tab, where frames stop, the whole shows on return.
 */
export function useWholeAfterPaint(value: unknown, long: boolean): boolean {
  const [painted, setPainted] = useState<unknown>(NOTHING_PAINTED);
  const whole = !long || Object.is(painted, value);
  useEffect(() => {
    if (whole) return undefined;
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setPainted(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [value, whole]);
  return whole;
}

import {useEffect, useRef, type RefObject} from 'react';

/**
 * For a `<fieldset disabled>` whose controls must stay off until `ready`: render it with a constant
 * `disabled` (so the server HTML and the first client render agree) and pass it this ref. The hook
 * then switches `disabled` with one DOM write from a microtask, outside React's commit.
 *
 * Why not a `disabled={!ready}` prop: enabling the fieldset invalidates the style of every control
 * in it, and Lighthouse records a JavaScript stack for each invalidation. From React's deeply nested
 * commit that made one 200 ms task on the rollout checklist under Lighthouse; from a microtask it
 * takes a few milliseconds (decisions/0007).
 */
export function useDisabledUntil(ready: boolean): RefObject<HTMLFieldSetElement | null> {
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const fieldset = ref.current;
    if (fieldset === null) return undefined;
    let current = true;
    queueMicrotask(() => {
      if (current) fieldset.disabled = !ready;
    });
    return () => {
      current = false;
    };
  }, [ready]);
  return ref;
}

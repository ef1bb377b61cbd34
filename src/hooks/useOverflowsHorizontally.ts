import {useEffect, useState, type RefObject} from 'react';

/**
 * Whether the element's content is wider than the element, so that it scrolls sideways. False in
 * the server render and the first client render, which have no layout to measure, so hydration
 * matches the server HTML; then kept current by a ResizeObserver.
 */
export function useOverflowsHorizontally(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const box = ref.current;
    if (box === null || typeof ResizeObserver !== 'function') return undefined;
    // The observer reports once when observation starts, after layout, so measuring there forces
    // no extra layout. Later reports come when the box resizes: a narrower window changes its
    // width, content that arrives late (a diagram's SVG) its height.
    const observer = new ResizeObserver(() => {
      setOverflows(box.scrollWidth > box.clientWidth + 1);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref]);

  return overflows;
}

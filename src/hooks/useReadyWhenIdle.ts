import {startTransition, useEffect, useState} from 'react';

/** Calls `callback` once the browser is idle (or soon, where there is no requestIdleCallback). */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, {timeout: 2000});
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 200);
  return () => window.clearTimeout(handle);
}

/**
 * False on the server and in the first client render; true once the browser has been idle after
 * hydration. The switch is a transition, so React renders what it reveals in slices that do not
 * block input (decisions/0007, decisions/0010). For parts of a page nobody needs in the first second:
 * hover-only buttons, a closed menu.
 */
export function useReadyWhenIdle(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setReady(true))), []);
  return ready;
}

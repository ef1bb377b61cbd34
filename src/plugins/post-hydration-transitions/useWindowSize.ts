/**
 * Stands in for @docusaurus/theme-common 3.10's `lib/hooks/useWindowSize.js` (same export, same
 * breakpoint, same "ssr" first value) except that the first update after hydration is a transition.
 * See index.ts, decisions/0010.
 */
import {startTransition, useEffect, useState} from 'react';

export type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima hard-codes the same breakpoint in CSS; both must change together. */
const DESKTOP_BREAKPOINT = 996;

function currentWindowSize(desktopBreakpoint: number): Exclude<WindowSize, 'ssr'> {
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

/**
 * "ssr" during server rendering and hydration, then "desktop" or "mobile"; changes only when the
 * window crosses the breakpoint.
 */
export function useWindowSize({
  desktopBreakpoint = DESKTOP_BREAKPOINT,
}: {desktopBreakpoint?: number} = {}): WindowSize {
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = (): void => setWindowSize(currentWindowSize(desktopBreakpoint));
    startTransition(update);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}

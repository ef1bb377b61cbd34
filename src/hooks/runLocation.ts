/**
 * The run named in the address bar (`?run=`), shared by every per-run tool. Call these only from
 * effects and event handlers: they read and write `window.location`.
 */
import {DEFAULT_RUN, normaliseRunName} from '@site/src/lib/runs';

export function runFromLocation(): string | null {
  const raw = new URLSearchParams(window.location.search).get('run');
  return raw === null ? null : normaliseRunName(raw);
}

/** Puts the run into `?run=` (or removes it for the default run) without a navigation. */
export function writeRunToLocation(run: string): void {
  const url = new URL(window.location.href);
  if (run === DEFAULT_RUN) url.searchParams.delete('run');
  else url.searchParams.set('run', run);
  if (url.href !== window.location.href) {
    // Keep the router's state object so back/forward still work.
    window.history.replaceState(window.history.state, '', url.href);
  }
}

/** The runs to offer in a "Run" select: the default first, then the others sorted, always with `run`. */
export function withRun(runs: readonly string[], run: string): string[] {
  return [...new Set([DEFAULT_RUN, ...runs, run])].sort((a, b) =>
    a === DEFAULT_RUN ? -1 : b === DEFAULT_RUN ? 1 : a.localeCompare(b),
  );
}

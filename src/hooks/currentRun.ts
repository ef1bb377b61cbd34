/**
 * The run open on this page (decisions/0014): the one the address names in `?run=`, or the default
 * run. Every run tool on the page and the run badge follow it; the site's Root carries it across
 * internal navigations (carryRun.ts). Call the functions only from effects and event handlers: they
 * read and write `window.location`.
 */
import {startTransition, useEffect, useState} from 'react';
import {DEFAULT_RUN, runFromSearch, searchWithRun} from '@site/src/lib/runs/runName';
import {pullRequestCutAtFragment} from '@site/src/lib/pullRequest/github';

const listeners = new Set<(run: string) => void>();

/** The run the address names, or the default run. */
export function currentRun(): string {
  return runFromSearch(window.location.search) ?? DEFAULT_RUN;
}

/** Tells every follower which run the address names now (after a navigation or a change of it). */
export function announceRun(run: string = currentRun()): void {
  for (const listener of [...listeners]) listener(run);
}

/** Calls `listener` with the run each time it may have changed; returns the unsubscriber. */
export function followRun(listener: (run: string) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Opens a run on this page: puts it in `?run=` (removed for the default run) without a navigation,
 * keeping the router's history state, and tells every follower. `dropHash` also clears the fragment.
 */
export function openRunInAddress(run: string, options: {readonly dropHash?: boolean} = {}): void {
  const url = new URL(window.location.href);
  url.search = searchWithRun(url.search, run);
  if (options.dropHash) url.hash = '';
  if (url.href !== window.location.href) {
    window.history.replaceState(window.history.state, '', url.href);
  }
  announceRun(run);
}

/**
 * `?run=owner/repo#123` typed without encoding the `#` opens run `owner/repo` with the fragment
 * `#123`: the pull-request run that was meant, or null.
 */
export function runCutAtFragment(): string | null {
  const run = runFromSearch(window.location.search);
  return run === null ? null : pullRequestCutAtFragment(run, window.location.hash);
}

export interface OpenRun {
  readonly run: string;
  /** The pull-request run the address probably meant (see {@link runCutAtFragment}), or null. */
  readonly cut: string | null;
}

/**
 * The current run for rendering: null on the server and in the first client render (which must
 * match it), then the run, updated in a transition so that no blocking render follows hydration.
 */
export function useOpenRun(): OpenRun | null {
  const [open, setOpen] = useState<OpenRun | null>(null);
  useEffect(() => {
    const show = (run: string): void => {
      const cut = runCutAtFragment();
      startTransition(() =>
        setOpen((current) => (current?.run === run && current.cut === cut ? current : {run, cut})),
      );
    };
    show(currentRun());
    return followRun(show);
  }, []);
  return open;
}

/** {@link useOpenRun}'s run only. */
export function useCurrentRun(): string | null {
  return useOpenRun()?.run ?? null;
}

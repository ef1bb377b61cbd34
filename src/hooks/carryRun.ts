/**
 * Keeps the open run across internal links, the sidebar and Next/Previous (decisions/0014): a
 * navigation inside the site to an address without `?run=` gets the current run added, and the
 * links themselves show it (in their `href`) as soon as they are pointed at, focused or touched, so
 * a link opened in a new tab, copied or shared keeps the run too. Links that name a run keep theirs.
 */
import {DEFAULT_RUN, runFromSearch, searchWithRun} from '@site/src/lib/runs/runName';
import {announceRun, currentRun, followRun} from './currentRun';

/** The parts of the router's history (history 4, as react-router 5 uses it) this needs. */
export interface RouterHistory {
  listen(
    listener: (location: RouterLocation, action: 'PUSH' | 'POP' | 'REPLACE') => void,
  ): () => void;
  replace(location: RouterLocation): void;
}

export interface RouterLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly state?: unknown;
}

const namesRun = (search: string): boolean => new URLSearchParams(search).has('run');

/** The last path segment has a dot: a file (a feed, an image), not a page. */
const isFile = (pathname: string): boolean => /\.[a-z0-9]+$/i.test(pathname);

/** Data kept on a link whose `href` was given the run: what it was, and what it was set to. */
const ORIGINAL = 'runOriginalHref';
const CARRIED = 'runCarriedHref';

/**
 * Gives a same-site page link the run in its `href`, or takes it away again for the default run.
 * Links that name a run themselves, other sites and files are left alone.
 */
export function carryRunInLink(anchor: HTMLAnchorElement, run: string, baseUrl: string): void {
  const href = anchor.getAttribute('href');
  if (href === null) return;
  // React may have rendered a new href since this one was carried: that is the original now.
  const original = href === anchor.dataset[CARRIED] ? (anchor.dataset[ORIGINAL] ?? href) : href;
  if (
    !original.startsWith(baseUrl) ||
    original.startsWith('//') ||
    anchor.hasAttribute('download')
  ) {
    return;
  }
  const url = new URL(original, window.location.origin);
  if (namesRun(url.search) || isFile(url.pathname)) return;
  const carried = `${url.pathname}${searchWithRun(url.search, run)}${url.hash}`;
  if (run === DEFAULT_RUN || carried === original) {
    if (href !== original) anchor.setAttribute('href', original);
    delete anchor.dataset[CARRIED];
    return;
  }
  anchor.dataset[ORIGINAL] = original;
  anchor.dataset[CARRIED] = carried;
  anchor.setAttribute('href', carried);
}

const LINK_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'contextmenu'] as const;

/**
 * Starts carrying the run: router navigations that name no run get the current one, and links get
 * it when a pointer or the focus reaches them. Returns the function that stops it.
 */
export function carryRun(history: RouterHistory, baseUrl: string): () => void {
  let run = currentRun();
  const stopFollowing = followRun((next) => {
    run = next;
  });
  const stopListening = history.listen((location, action) => {
    if (action !== 'POP' && run !== DEFAULT_RUN && !namesRun(location.search)) {
      if (!isFile(location.pathname)) {
        // Within this navigation, before the router renders it: one history entry, one render.
        history.replace({...location, search: searchWithRun(location.search, run)});
        return;
      }
    }
    announceRun(runFromSearch(location.search) ?? DEFAULT_RUN);
  });
  const onLinkEvent = (event: Event): void => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (anchor instanceof HTMLAnchorElement) carryRunInLink(anchor, run, baseUrl);
  };
  for (const type of LINK_EVENTS) {
    document.addEventListener(type, onLinkEvent, {capture: true, passive: true});
  }
  return () => {
    stopFollowing();
    stopListening();
    for (const type of LINK_EVENTS)
      document.removeEventListener(type, onLinkEvent, {capture: true});
  };
}

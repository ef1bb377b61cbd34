/**
 * Keeps the search results page at `<base>search?q=…`, the address the production server serves
 * with its query (lib/site/searchAddress): a navigation to `<base>search/` is replaced by the
 * canonical address before the router renders it, and links to it are rewritten when a pointer or
 * the focus reaches them, so a link opened in a new tab or copied keeps its query too.
 */
import type {RouterHistory, RouterLocation} from './carryRun';
import {canonicalSearchHref, canonicalSearchPath} from '@site/src/lib/site/searchAddress';

const LINK_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'contextmenu'] as const;

/** Starts keeping search addresses canonical; returns the function that stops it. */
export function keepSearchAddress(
  history: RouterHistory & {readonly location: RouterLocation},
  baseUrl: string,
): () => void {
  const fix = (location: RouterLocation): void => {
    const pathname = canonicalSearchPath(location.pathname, baseUrl);
    if (pathname !== null) history.replace({...location, pathname});
  };
  fix(history.location);
  const stopListening = history.listen((location) => fix(location));
  const onLinkEvent = (event: Event): void => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    const href = anchor?.getAttribute('href');
    if (!(anchor instanceof HTMLAnchorElement) || !href) return;
    const canonical = canonicalSearchHref(href, baseUrl);
    if (canonical !== null) anchor.setAttribute('href', canonical);
  };
  for (const type of LINK_EVENTS) {
    document.addEventListener(type, onLinkEvent, {capture: true, passive: true});
  }
  return () => {
    stopListening();
    for (const type of LINK_EVENTS) {
      document.removeEventListener(type, onLinkEvent, {capture: true});
    }
  };
}

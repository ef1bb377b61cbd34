/**
 * The one rule for every link this site puts into something people take elsewhere (Markdown for a
 * pull request, a copied item link, the pull-request kit and template, a share link):
 *
 * - the host is the deployed site's URL when the build was told it (`SITE_URL`, exposed as
 *   `customFields.deployedUrl`), otherwise the origin of the page being read, so a preview or a local
 *   build links to itself and one export never mixes hosts;
 * - then the base URL and the route;
 * - then `?run=<run>` (encoded, none for the default run), so the link opens the same run;
 * - then the fragment.
 *
 * Pure: the page's origin comes in as an argument, read by the caller in an event handler or an
 * effect, never during render (decisions/0019).
 */
import {DEFAULT_RUN, encodeRunParam} from '../runs/runName';

/** Where exported links point: `https://example.org` and `/` or `/guide/`. */
export interface LinkBase {
  readonly origin: string;
  readonly baseUrl: string;
}

/**
 * `customFields.deployedUrl` as the build wrote it: the deployed URL when `SITE_URL` was set, else
 * null. Anything that is not an http(s) URL counts as not configured.
 */
export function deployedUrlFrom(customFields: unknown): string | null {
  if (typeof customFields !== 'object' || customFields === null) return null;
  const value = (customFields as Record<string, unknown>).deployedUrl;
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The configured deployed URL, or else the origin of the page being read. */
export function linkBase(
  deployedUrl: string | null,
  pageOrigin: string,
  baseUrl: string,
): LinkBase {
  return {origin: (deployedUrl ?? pageOrigin).replace(/\/+$/, ''), baseUrl};
}

export interface LinkOptions {
  /** The run the link opens; `?run=` is left out for the default run. */
  readonly run?: string;
  /** Put after `#` as it is: an item id, or text the caller has encoded. */
  readonly fragment?: string;
}

/** `/guide` + `/docs/a` + `?run=…` + `#…`: a link on this site, from its root. */
export function sitePath(baseUrl: string, route: string, options: LinkOptions = {}): string {
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const path = `${base}${route.startsWith('/') ? route : `/${route}`}`;
  const query =
    options.run === undefined || options.run === DEFAULT_RUN
      ? ''
      : `?run=${encodeRunParam(options.run)}`;
  const fragment = options.fragment === undefined ? '' : `#${options.fragment}`;
  return `${path}${query}${fragment}`;
}

/** The absolute link to a route of this site, for use anywhere else. */
export function siteLink(base: LinkBase, route: string, options: LinkOptions = {}): string {
  return `${base.origin}${sitePath(base.baseUrl, route, options)}`;
}

/**
 * The search results page's address. The search plugin links "See all results" to
 * `<base>search/?q=…`, but the site is built with `trailingSlash: false`, so the production server
 * (`docusaurus serve`, as `npm run serve` and the e2e tests use it) redirects `/search/?q=…` to
 * `/search` and drops the query: a reload or a shared link showed an empty search (#16). The site
 * uses `<base>search?q=…` instead, which the server serves as it is.
 */

/** `/search/` (under the base URL) becomes `/search`; any other path gives null. */
export function canonicalSearchPath(pathname: string, baseUrl: string): string | null {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return pathname === `${base}search/` ? `${base}search` : null;
}

/** The same for a link's `href` (path, query and fragment kept), or null when it needs no change. */
export function canonicalSearchHref(href: string, baseUrl: string): string | null {
  const match = /^([^?#]*)(.*)$/s.exec(href)!;
  const path = canonicalSearchPath(match[1]!, baseUrl);
  return path === null ? null : `${path}${match[2]}`;
}

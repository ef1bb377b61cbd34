/**
 * Run names: one run per change, usually named after its pull request. Checklists, rollout plans and
 * communication drafts of the same change share the name, so one `?run=` opens all of them.
 */

/** The page that lists every run in this browser, with rename, export and delete. */
export const RUN_LIST_ROUTE = '/docs/checklists/runs';

/** The run used when the address names none. */
export const DEFAULT_RUN = 'default';
export const MAX_RUN_NAME_LENGTH = 120;

/**
 * Run names are plain text typed by people or taken from `?run=`: control characters are removed,
 * whitespace is collapsed and the ends are trimmed. Not cut to length (see {@link normaliseRunName}),
 * so callers can tell a name that is too long from one that fits.
 */
export function tidyRunName(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * A run name as every per-run tool uses it: {@link tidyRunName}, then cut to
 * {@link MAX_RUN_NAME_LENGTH} characters. Returns null when nothing usable is left.
 */
export function normaliseRunName(raw: string): string | null {
  const text = tidyRunName(raw);
  if (text.length === 0) return null;
  const cut = Array.from(text).slice(0, MAX_RUN_NAME_LENGTH).join('').trim();
  return cut.length > 0 ? cut : null;
}

/**
 * `encodeURIComponent`, plus `!'()*`: an unbalanced `(` or `)` in a run name would otherwise end a
 * Markdown link early. `URLSearchParams` decodes both forms alike, so the run opened is the same.
 * A lone surrogate, which has no UTF-8 form, is sent as U+FFFD, as a browser does.
 */
export function encodeRunParam(run: string): string {
  const wellFormed = run.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A site route opened on a run: `/docs/tools/rollout-timeline?run=PR%201` (no query for the default run). */
export function routeForRun(route: string, run: string): string {
  return run === DEFAULT_RUN ? route : `${route}?run=${encodeRunParam(run)}`;
}

/** The run named by an address's query (`?run=`), tidied; null when it names none. */
export function runFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('run');
  return raw === null ? null : normaliseRunName(raw);
}

/**
 * A query string (`?a=1`, or '') with `run` set, or removed for the default run. Other parameters
 * are kept as they were.
 */
export function searchWithRun(search: string, run: string): string {
  const params = new URLSearchParams(search);
  params.delete('run');
  const parts = [params.toString(), run === DEFAULT_RUN ? '' : `run=${encodeRunParam(run)}`];
  const query = parts.filter((part) => part.length > 0).join('&');
  return query.length > 0 ? `?${query}` : '';
}

/** The runs to offer in a "Run" select: the default first, then the others sorted, always with `run`. */
export function runsToOffer(runs: readonly string[], run: string): string[] {
  return [...new Set([DEFAULT_RUN, ...runs, run])].sort((a, b) =>
    a === DEFAULT_RUN ? -1 : b === DEFAULT_RUN ? 1 : a.localeCompare(b),
  );
}

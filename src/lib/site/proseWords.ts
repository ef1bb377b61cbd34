/**
 * Counts the words of reader prose in an MDX page, so that a test can hold each page to a length a
 * reader gets through (issue #14: no page over 1,600 words outside its `<details>` deep-dives).
 * Pure: it gets the page's text; reading files is the caller's job
 * (src/data/__tests__/proseLimits.test.ts).
 *
 * What counts, and why:
 * - Counted: paragraphs, headings, list items, admonition titles and bodies, link texts, the text
 *   children of any element, **inline code** (a reader reads `JWT_AUTH_COOKIE` like any other
 *   word) and **table cells** (a table of sentences takes as long to read as the sentences; only
 *   the `| --- |` separator row is not text).
 * - Not counted: front matter, `import`/`export` blocks, fenced code blocks (and so diagrams:
 *   they are looked at, not read as prose), JSX and HTML tags with their attributes, `{…}`
 *   expressions and `{/* comments *\/}`, HTML comments, link and image URLs, reference-link
 *   definitions (`[name]: https://…`), heading ids (`{#id}`) and admonition keywords (`:::note`).
 * - Words inside `<details>` … `</details>` (summary included) are counted separately: they are
 *   the collapsed deep-dives that the limit leaves out.
 *
 * A word is a run of non-space characters holding at least one letter or digit, so a dash, a
 * table pipe or a list bullet on its own is not a word, and `edx-jwt-cookie` is one word.
 */

export interface ProseWordCount {
  /** Words a reader meets without opening a `<details>` block. */
  readonly outsideDetails: number;
  /** Words inside `<details>` blocks, summaries included. */
  readonly insideDetails: number;
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
const ESM_START = /^(import|export)\s/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S/;
const ADMONITION_MARKER = /^(\s*):::[A-Za-z]*/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words in `text`: whitespace-separated runs that hold a letter or a digit. */
function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (LETTER_OR_DIGIT.test(token)) words += 1;
  return words;
}

/**
 * The page with everything that is not prose at the line level blanked out: front matter, code
 * fences, ESM blocks (which in MDX run to the next blank line), reference definitions and
 * admonition keywords. Lines are kept (as empty lines) so that blank-line structure survives.
 */
function proseLines(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, at) => at > 0 && line.trim() === '---');
    if (end > 0) index = end + 1;
  }
  let fence: {char: string; length: number} | undefined;
  let inEsm = false;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (fence !== undefined) {
      const close = new RegExp(`^\\s*${fence.char === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      if (close.test(line)) fence = undefined;
      kept.push('');
      continue;
    }
    if (inEsm) {
      if (line.trim() === '') inEsm = false;
      kept.push('');
      continue;
    }
    const fenceMatch = FENCE_OPEN.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '```';
      fence = {char: marker.charAt(0), length: marker.length};
      kept.push('');
      continue;
    }
    if (ESM_START.test(line)) {
      inEsm = true;
      kept.push('');
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) {
      kept.push('');
      continue;
    }
    kept.push(line.replace(ADMONITION_MARKER, '$1'));
  }
  return kept.join('\n');
}

/** Index just past the `}` that closes the expression opened at `start` (a `{`). */
function skipExpression(text: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let at = start; at < text.length; at += 1) {
    const char = text[at];
    if (quote !== undefined) {
      if (char === '\\') at += 1;
      else if (char === quote) quote = undefined;
    } else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) return text.length;
      at = end + 1;
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char;
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return text.length;
}

/** Index just past the `>` that ends the tag opened at `start` (a `<`), skipping attribute values. */
function skipTag(text: string, start: number): number {
  let quote: string | undefined;
  for (let at = start + 1; at < text.length; at += 1) {
    const char = text[at];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '{') {
      at = skipExpression(text, at) - 1;
    } else if (char === '>') {
      return at + 1;
    }
  }
  return text.length;
}

/** Index just past the `)` that closes a link destination opened at `start` (a `(`). */
function skipDestination(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return at + 1;
    } else if (char === '\n' && text[at + 1] === '\n') return at;
  }
  return text.length;
}

const TAG_START = /^<\/?[A-Za-z]/;
const TAG_NAME = /^<(\/?)([A-Za-z][\w.:-]*)/;

/** Counts the reader prose of an MDX page, inside and outside `<details>` blocks. */
export function countProseWords(source: string): ProseWordCount {
  const text = proseLines(source);
  const outside: string[] = [];
  const inside: string[] = [];
  let detailsDepth = 0;
  const emit = (piece: string): void => {
    (detailsDepth > 0 ? inside : outside).push(piece);
  };

  let at = 0;
  let plainStart = 0;
  const flushPlain = (end: number): void => {
    if (end > plainStart) emit(text.slice(plainStart, end));
  };

  while (at < text.length) {
    const char = text[at];
    if (char === '\\') {
      at += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(text.slice(at))?.[0] ?? '`';
      const close = text.indexOf(run, at + run.length);
      // A code span ends in its own paragraph; an unmatched backtick is just a character.
      if (close < 0 || text.slice(at, close).includes('\n\n')) {
        at += run.length;
        continue;
      }
      flushPlain(at);
      // Inline code is read: its words count, its backticks do not.
      emit(` ${text.slice(at + run.length, close)} `);
      at = close + run.length;
      plainStart = at;
      continue;
    }
    if (text.startsWith('<!--', at)) {
      flushPlain(at);
      const end = text.indexOf('-->', at + 4);
      at = end < 0 ? text.length : end + 3;
      plainStart = at;
      continue;
    }
    if (char === '<' && TAG_START.test(text.slice(at, at + 3))) {
      flushPlain(at);
      const [, closing, name] = TAG_NAME.exec(text.slice(at)) ?? [];
      const end = skipTag(text, at);
      const selfClosing = text[end - 2] === '/';
      if (name === 'details' && !selfClosing) {
        if (closing === '/') detailsDepth = Math.max(0, detailsDepth - 1);
        else detailsDepth += 1;
      }
      // A tag separates words: `<br/>` or a closing tag must not glue two words into one.
      emit(' ');
      at = end;
      plainStart = at;
      continue;
    }
    if (char === '{') {
      flushPlain(at);
      at = skipExpression(text, at);
      emit(' ');
      plainStart = at;
      continue;
    }
    if (char === ']' && text[at + 1] === '(') {
      flushPlain(at);
      at = skipDestination(text, at + 1);
      emit(' ');
      plainStart = at;
      continue;
    }
    if (char === ']' && text[at + 1] === '[') {
      // `[text][label]`: the label names a definition and is not shown.
      flushPlain(at);
      const end = text.indexOf(']', at + 2);
      at = end < 0 ? text.length : end + 1;
      emit(' ');
      plainStart = at;
      continue;
    }
    at += 1;
  }
  flushPlain(text.length);

  return {
    outsideDetails: countWords(outside.join('')),
    insideDetails: countWords(inside.join('')),
  };
}

/** Word limits for reader prose outside `<details>`, by page id; `default` covers every other page. */
export interface ProseWordLimits {
  readonly default: number;
  /** Page id (its path under docs/ without the extension, e.g. `background/oep-42`) → limit. */
  readonly [page: string]: number;
}

export interface PageSource {
  /** Page id: its path under docs/ without the extension. */
  readonly page: string;
  readonly source: string;
}

export interface ProseLimitProblem {
  readonly page: string;
  readonly words: number;
  readonly limit: number;
}

/** The limit that applies to `page`. */
export function proseWordLimit(page: string, limits: ProseWordLimits): number {
  return Object.hasOwn(limits, page) ? (limits[page] ?? limits.default) : limits.default;
}

/** Pages whose prose outside `<details>` is longer than their limit, longest first. */
export function pagesOverProseLimit(
  pages: readonly PageSource[],
  limits: ProseWordLimits,
): ProseLimitProblem[] {
  return pages
    .map(({page, source}) => ({
      page,
      words: countProseWords(source).outsideDetails,
      limit: proseWordLimit(page, limits),
    }))
    .filter((result) => result.words > result.limit)
    .sort((a, b) => b.words - a.words);
}

/** One line per page: what to shorten and by how much. */
export function formatProseLimitProblems(problems: readonly ProseLimitProblem[]): string {
  return problems
    .map(
      ({page, words, limit}) =>
        `docs/${page}.mdx: ${words} words of prose outside <details> (limit ${limit}, ` +
        `${words - limit} over)`,
    )
    .join('\n');
}

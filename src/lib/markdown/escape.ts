/**
 * Text that people type (notes, run names, plan titles, stage labels) placed into Markdown that is
 * pasted into GitHub, so that GitHub shows exactly that text: no link, image, HTML, heading, list,
 * task box, table, emphasis or code made from it, nobody notified, no issue cross-referenced.
 * Pure: no DOM. Why each rule exists, and what GitHub does that CommonMark does not, is in
 * decisions/0019-exports-render-as-typed.md.
 *
 * Two layers:
 * - CommonMark and GFM syntax is backslash-escaped (`\*`, `\[`, `\<`…), which every CommonMark
 *   renderer turns back into the character.
 * - GitHub links @mentions, #123 references, commit hashes, :emoji: and bare URLs *after* the
 *   Markdown is rendered, in the text, where a backslash no longer exists. There an empty HTML
 *   comment, {@link BREAK}, splits the text: GitHub drops the comment, so the reader sees the typed
 *   text, but the pieces no longer match. A `$` would start inline maths, which a backslash does not
 *   stop on GitHub either: it goes in a `<span>`, as GitHub's documentation advises.
 *
 * Characters that are invisible or reorder the text around them (controls, bidi overrides, zero-width
 * spaces) are shown as `[U+202E]` instead ({@link visibleText}): the reader sees that something was
 * there, and printable text is never changed.
 */

/** Inserted where GitHub would otherwise link or notify; renders as nothing. */
export const BREAK = '<!-- -->';

/** What a `$` becomes: a dollar sign GitHub does not take as the start of maths. */
export const DOLLAR = '<span>$</span>';

/**
 * Invisible or reordering characters: C0 controls but tab and line feed (carriage returns are line
 * breaks, normalised first), DEL and C1 controls, bidi marks, embeddings, overrides and isolates,
 * zero-width space, word joiner and invisible operators, byte-order mark, interlinear annotation
 * marks, line and paragraph separators, lone surrogates, and tag characters outside a flag emoji.
 * Zero-width joiner and non-joiner stay: emoji and several scripts need them.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]+\u{E007F})|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2028\u2029\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]|[\uD800-\uDFFF]/gu;

/** `U+202E` */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Line breaks as `\n`, whatever the system that typed them. */
function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The text with each invisible or reordering character replaced by its code point in brackets,
 * `[U+202E]`. Line breaks become `\n`. Everything else is kept as it is.
 */
export function visibleText(text: string): string {
  return normaliseLineBreaks(text).replace(INVISIBLE, (char, flag: string | undefined) =>
    flag === undefined ? `[${codePointLabel(char)}]` : flag,
  );
}

/** The invisible or reordering characters in the texts, as `U+202E` labels, each once, in order. */
export function invisibleCharacters(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of normaliseLineBreaks(text).matchAll(INVISIBLE)) {
      if (match[1] === undefined) found.add(codePointLabel(match[0]));
    }
  }
  return [...found];
}

/**
 * A sentence for the person who exported, when some of what they typed was shown as `[U+…]`;
 * '' when nothing was.
 */
export function invisibleCharactersNotice(texts: readonly string[]): string {
  const labels = invisibleCharacters(texts);
  if (labels.length === 0) return '';
  const list = labels.slice(0, 3).join(', ') + (labels.length > 3 ? ', …' : '');
  return labels.length === 1
    ? `An invisible or text-reordering character you typed (${list}) is shown as [${labels[0]}].`
    : `Invisible or text-reordering characters you typed (${list}) are shown as [U+…].`;
}

/**
 * Characters escaped with a backslash wherever they are: code spans, emphasis and strikethrough,
 * links and images, HTML and autolinks, character references, table cells, and the closing `#`s of
 * a heading.
 */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#']);

/** Positions (indexes into `text`) after which GitHub's text filters must be broken. */
function breakPositions(text: string): Set<number> {
  const after = new Set<number>();
  const add = (pattern: RegExp, offset: (match: RegExpMatchArray) => number): void => {
    for (const match of text.matchAll(pattern)) after.add(match.index! + offset(match));
  };
  // @user, @org/team, user@host (also a GFM e-mail autolink), repo@commit.
  add(/@(?=\S)/g, () => 0);
  // #123, owner/repo#123 (and the "fixes #123" that would close it).
  add(/#(?=\d)/g, () => 0);
  // GH-123, and autolinked references a repository may define, such as JIRA-123.
  add(/(?<=\p{L})-(?=\d)/gu, () => 0);
  // https://…, and any other scheme://.
  add(/:(?=\/\/)/g, () => 0);
  // :emoji: shortcodes.
  add(/:(?=[a-z0-9_+-]+:)/gi, () => 0);
  // www.example.org (GFM autolink literal): break before the dot.
  add(/(?<![\p{L}\p{N}])www(?=\.)/giu, () => 2);
  // Commit hashes (7 to 40 hex digits as a word): no piece longer than 6.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_])[0-9a-f]{7,}(?![\p{L}\p{N}_])/giu)) {
    for (let at = match.index! + 5; at < match.index! + match[0].length - 1; at += 6) after.add(at);
  }
  return after;
}

/** At the start of a line: block markers that the always-escaped set does not cover. */
function escapeLineStart(escaped: string): string {
  return escaped
    .replace(/^([-+=])/, '\\$1') // list item, setext underline, thematic break
    .replace(/^(\d{1,9})([.)])/, '$1\\$2'); // ordered list item
}

/** Spaces and tabs off both ends: what Markdown strips from a line anyway (other spaces stay). */
function trimSpaces(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** One line of typed text (no line breaks in it) as Markdown inline content. */
function escapeLine(line: string): string {
  const breaks = breakPositions(line);
  let out = '';
  let index = 0;
  for (const char of line) {
    out += char === '$' ? DOLLAR : ALWAYS_ESCAPED.has(char) ? `\\${char}` : char;
    index += char.length;
    if (breaks.has(index - 1)) out += BREAK;
  }
  return escapeLineStart(out);
}

/**
 * Text typed into a one-line field (a run name, a plan title, a stage label), for any inline place:
 * a heading, a list item, a table cell, a sentence. Line breaks become spaces, leading and trailing
 * spaces and tabs go, invisible characters are shown as `[U+…]`.
 */
export function markdownText(text: string): string {
  return escapeLine(trimSpaces(visibleText(text).replace(/[ \t]*\n[ \t]*/g, ' ')));
}

/**
 * Text typed into a multi-line field (a note), as lines for the caller to prefix (with `> ` for a
 * quote). Blank lines stay, as '' (a paragraph break); each line is trimmed, because leading spaces
 * would make code blocks and trailing ones line breaks.
 */
export function markdownLines(text: string): string[] {
  return visibleText(text)
    .split('\n')
    .map((line) => escapeLine(trimSpaces(line)));
}

/**
 * Text typed into a field, for plain text that is not Markdown (an e-mail, a chat message, a
 * calendar event): only invisible characters are shown as `[U+…]`.
 */
export function plainText(text: string): string {
  return visibleText(text);
}

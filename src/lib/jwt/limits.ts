/**
 * The sizes the decoder refuses or cuts, in one place (issue #16: whatever is pasted, the page
 * must neither freeze nor crash). Each limit is far above what a real Open edX token or
 * JWT_AUTH block needs, and every cut is reported with these numbers.
 */

/** Characters the token box (and each Compare or cookie box) reads: 256 KB of ASCII text. */
export const MAX_INPUT_CHARS = 256 * 1024;

/** Levels of nesting the panels and tables open; deeper containers are shown as `{…}` or `[…]`. */
export const MAX_SHOWN_DEPTH = 32;
/** Characters a Header or Payload panel shows. */
export const MAX_SHOWN_CHARS = 65_536;
/** Characters of one value in a table cell (claims, comparison). */
export const MAX_CELL_CHARS = 1_000;
/** Characters of one value quoted in a message. */
export const MAX_QUOTED_CHARS = 200;

/** A count as people write it: 65,536. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

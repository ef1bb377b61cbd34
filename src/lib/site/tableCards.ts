/**
 * Which Markdown tables become cards in a narrow column (decisions/0009), decided at build time
 * from the table's text. Pure: a table described as cells of styled text in, numbers out.
 *
 * A table cannot be narrower than its min-content width: per column, the widest piece of text
 * that cannot wrap (a long word), plus padding, summed over the columns. When the column of the
 * page is narrower than that, the table overflows; a table whose min-content width is more than
 * a phone's column is shown as cards in columns narrower than it (see `cardsBelow`).
 *
 * Widths come from DejaVu Sans, which browsers on Linux use for `system-ui` and which is wider
 * than the system fonts of phones (San Francisco, Roboto): the estimate errs toward too wide,
 * so a table is sooner a card than a table that overflows.
 */

/** How a piece of cell text is set. Code wraps anywhere (`overflow-wrap: anywhere` on the site). */
export type RunStyle = 'regular' | 'bold' | 'code';

/** A piece of text in one style, or a forced line break (`<br>`). */
export type CellRun =
  {readonly text: string; readonly style: RunStyle} | {readonly lineBreak: true};

/** A table as rows of cells, each cell a list of runs; the first row is the header. */
export type TableText = readonly (readonly (readonly CellRun[])[])[];

/** Advance widths (1/1000 em) of characters 32–126 in DejaVu Sans Book, as Chromium measures them. */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
/** The same for DejaVu Sans Bold. */
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
/** A character outside printable ASCII: as wide as a capital letter. */
const OTHER = 800;

/** Font size of table text, px (Infima's base size). */
const FONT_SIZE = 16;
/** Code is set at 95 % in a monospace font whose characters are 0.602 em wide, plus padding and border. */
const CODE_CHARACTER = 0.95 * 0.602 * FONT_SIZE;
const CODE_EDGE = 1.6 + 1;
/**
 * Cell padding on each side: 0.5 rem on a phone (below 577 px, src/theme/MDXComponents/Table),
 * Infima's 0.75 rem wider up. And the border between cells.
 */
export const PHONE_CELL_PADDING = 8;
export const WIDE_CELL_PADDING = 12;
const CELL_BORDER = 1;
/** The narrowest column of a window 577 px or wider: the docs column at 997 px, beside the sidebar. */
const NARROWEST_WIDE_COLUMN = 491;

function characterWidth(character: string, style: 'regular' | 'bold'): number {
  const code = character.codePointAt(0) ?? 0;
  const table = style === 'bold' ? BOLD : REGULAR;
  const em = code >= 32 && code <= 126 ? table[code - 32]! : OTHER;
  return (em / 1000) * FONT_SIZE;
}

/** Whether a line may break after `before` when `after` follows (a simplified UAX #14). */
function breaksAfter(before: string, after: string): boolean {
  if (/\s/.test(before) || /\s/.test(after)) return true;
  // After a hyphen or en dash that joins words ("client-credentials"), and around an em dash.
  if (/[-–]/.test(before) && /\p{L}/u.test(after)) return true;
  return before === '—' || after === '—';
}

/** Width of the widest piece of a cell's text that cannot wrap, px, without padding. */
export function cellMinContentWidth(runs: readonly CellRun[]): number {
  let widest = 0;
  let current = 0;
  let previous: string | undefined;
  const endPiece = (): void => {
    widest = Math.max(widest, current);
    current = 0;
  };
  for (const run of runs) {
    if ('lineBreak' in run) {
      endPiece();
      previous = undefined;
      continue;
    }
    for (const character of run.text) {
      if (run.style === 'code') {
        // Code may wrap between any two characters: each one is a piece of its own.
        endPiece();
        widest = Math.max(widest, CODE_CHARACTER + CODE_EDGE);
        previous = undefined;
        continue;
      }
      if (previous !== undefined && breaksAfter(previous, character)) endPiece();
      if (!/\s/.test(character)) current += characterWidth(character, run.style);
      previous = character;
    }
  }
  endPiece();
  return widest;
}

/** The narrowest the table can be laid out as a table, px, with the given cell padding. */
export function tableMinContentWidth(rows: TableText, cellPadding = PHONE_CELL_PADDING): number {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  let total = CELL_BORDER;
  for (let column = 0; column < columns; column++) {
    const widest = Math.max(0, ...rows.map((row) => cellMinContentWidth(row[column] ?? [])));
    total += widest + 2 * cellPadding + CELL_BORDER;
  }
  return total;
}

/** The narrowest page column the site supports: a 320 px phone less the page's side padding. */
export const NARROWEST_COLUMN = 288;
/**
 * Box widths, px, at which a table may switch to cards: every 10 px from just above the narrowest
 * column to 720 px (a tablet's column, where every table on the site fits). Finer steps keep a
 * table that fits a phone's column with a few pixels to spare a table there.
 */
export const CARD_BREAKPOINTS: readonly number[] = Array.from(
  {length: (720 - 300) / 10 + 1},
  (_, index) => 300 + index * 10,
);
/** Added to the estimate before choosing a breakpoint, for what it misses (it was within 1 px). */
const SAFETY = 6;

/**
 * The box width, px, below which the table is shown as cards: the smallest breakpoint from which
 * up it surely fits as a table. Columns narrower than 491 px exist only on phones, with their
 * smaller cell padding; wider ones may have either padding. Undefined when the table fits even the
 * narrowest column. A table wider than the largest breakpoint is a table from there up, and
 * scrolls sideways where it does not fit.
 */
export function cardsBelow(rows: TableText): number | undefined {
  const onPhones = tableMinContentWidth(rows, PHONE_CELL_PADDING) + SAFETY;
  const wider = tableMinContentWidth(rows, WIDE_CELL_PADDING) + SAFETY;
  if (onPhones <= NARROWEST_COLUMN) return undefined;
  const fitsFrom = (breakpoint: number): boolean =>
    breakpoint >= onPhones && Math.max(breakpoint, NARROWEST_WIDE_COLUMN) >= wider;
  return CARD_BREAKPOINTS.find(fitsFrom) ?? CARD_BREAKPOINTS.at(-1);
}

/**
 * The stylesheet that switches tables to cards: one container query per breakpoint, setting the two
 * custom properties the card styles in src/theme/MDXComponents/Table read, on the tables that need
 * cards below that width. The box around each Markdown table is the size container.
 */
export function cardBreakpointsCss(breakpoints: readonly number[] = CARD_BREAKPOINTS): string {
  return breakpoints
    .map(
      (width) =>
        `@container (width < ${width}px) {\n` +
        `  table[data-cards-below='${width}'] {\n    --cards: 1;\n    --cards-display: block;\n  }\n}\n`,
    )
    .join('\n');
}

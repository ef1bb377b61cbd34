import {
  CARD_BREAKPOINTS,
  cardBreakpointsCss,
  cardsBelow,
  cellMinContentWidth,
  tableMinContentWidth,
  type CellRun,
  type TableText,
} from './tableCards';

const regular = (text: string): CellRun => ({text, style: 'regular'});
const bold = (text: string): CellRun => ({text, style: 'bold'});
const code = (text: string): CellRun => ({text, style: 'code'});

/** A table of plain cells: a header row, then body rows. */
const table = (...rows: string[][]): TableText =>
  rows.map((row, index) => row.map((text) => [index === 0 ? bold(text) : regular(text)]));

describe('cellMinContentWidth', () => {
  it('is the width of the longest word', () => {
    expect(cellMinContentWidth([regular('a (deprecated) b')])).toBeCloseTo(
      cellMinContentWidth([regular('(deprecated)')]),
    );
    // "(deprecated)" in DejaVu Sans at 16 px, as Chromium lays it out: about 104 px.
    expect(cellMinContentWidth([regular('(deprecated)')])).toBeGreaterThan(100);
    expect(cellMinContentWidth([regular('(deprecated)')])).toBeLessThan(108);
  });

  it('wraps after a hyphen between words and around an em dash', () => {
    const joined = cellMinContentWidth([regular('client-credentials')]);
    expect(joined).toBeCloseTo(cellMinContentWidth([regular('credentials')]));
    expect(cellMinContentWidth([regular('caches—caches')])).toBeCloseTo(
      cellMinContentWidth([regular('caches')]),
    );
    // Not before a digit: "OEP-42" stays whole.
    expect(cellMinContentWidth([regular('OEP-42')])).toBeGreaterThan(
      cellMinContentWidth([regular('OEP-')]),
    );
  });

  it('counts bold text wider than regular text', () => {
    expect(cellMinContentWidth([bold('Anyone')])).toBeGreaterThan(
      cellMinContentWidth([regular('Anyone')]),
    );
  });

  it('lets code wrap anywhere, so a long identifier adds one character', () => {
    const identifier = cellMinContentWidth([code('JWT_ACCESS_TOKEN_EXPIRE_SECONDS')]);
    expect(identifier).toBeLessThan(15);
    expect(cellMinContentWidth([regular('see '), code('JWT_ISSUER'), regular(' here')])).toBe(
      cellMinContentWidth([regular('here')]),
    );
  });

  it('joins words across runs that touch, and breaks at line breaks', () => {
    const word = cellMinContentWidth([regular('access_token')]);
    expect(cellMinContentWidth([regular('access_'), bold('token')])).toBeGreaterThan(word - 1);
    expect(
      cellMinContentWidth([regular('access_'), {lineBreak: true}, regular('token')]),
    ).toBeLessThan(word - 20);
  });
});

describe('tableMinContentWidth', () => {
  it('sums the widest word of each column, plus padding and borders', () => {
    const narrow = table(['A', 'B'], ['x', 'y']);
    const wide = table(['A', 'B'], ['x', 'unbreakable']);
    const difference =
      cellMinContentWidth([regular('unbreakable')]) -
      Math.max(cellMinContentWidth([bold('B')]), cellMinContentWidth([regular('y')]));
    expect(tableMinContentWidth(wide) - tableMinContentWidth(narrow)).toBeCloseTo(difference);
    // Two columns: 2 × (8 + 8) px padding and three 1 px borders around the text.
    expect(tableMinContentWidth(narrow)).toBeCloseTo(
      cellMinContentWidth([bold('A')]) + cellMinContentWidth([bold('B')]) + 35,
    );
  });

  it('grows with the wider cell padding of larger screens', () => {
    const rows = table(['A', 'B', 'C'], ['x', 'y', 'z']);
    expect(tableMinContentWidth(rows, 12) - tableMinContentWidth(rows, 8)).toBe(24);
  });

  it('handles rows with fewer cells than the header', () => {
    expect(tableMinContentWidth(table(['A', 'B'], ['only one']))).toBeGreaterThan(0);
  });
});

describe('cardsBelow', () => {
  it('leaves a table that fits the narrowest phone alone', () => {
    expect(cardsBelow(table(['Claim', 'Meaning'], ['iss', 'Issuer']))).toBeUndefined();
  });

  it('picks the first breakpoint the table fits at on a phone, with a margin', () => {
    // Three columns of long words: about 360 px at phone padding, under 491 px on a desktop.
    const rows = table(
      ['Kind', 'Obtained', 'Lifetime'],
      ['(historical)', '(deprecated)', '(constructor'],
    );
    expect(tableMinContentWidth(rows, 12) + 6).toBeLessThan(491);
    const width = tableMinContentWidth(rows);
    const below = cardsBelow(rows)!;
    expect(CARD_BREAKPOINTS).toContain(below);
    expect(below).toBeGreaterThanOrEqual(width + 6);
    expect(below - 10).toBeLessThan(width + 6);
  });

  it('uses the wider padding for columns a desktop can have', () => {
    // Six columns that fit 480 px at phone padding but need 48 px more on a desktop.
    const word = 'abcdeff';
    const rows = table(Array(6).fill('H'), Array(6).fill(word));
    const onPhones = tableMinContentWidth(rows, 8) + 6;
    const onDesktops = tableMinContentWidth(rows, 12) + 6;
    expect(onPhones).toBeLessThan(491);
    expect(onDesktops).toBeGreaterThan(491);
    expect(cardsBelow(rows)).toBeGreaterThanOrEqual(onDesktops);
  });

  it('stops at the largest breakpoint for a very wide table', () => {
    const rows = table(Array(12).fill('Heading'), Array(12).fill('unbreakableword'));
    expect(cardsBelow(rows)).toBe(CARD_BREAKPOINTS.at(-1));
  });
});

describe('cardBreakpointsCss', () => {
  it('has one container query per breakpoint, switching only the tables that chose it', () => {
    expect(cardBreakpointsCss([300, 320])).toBe(
      "@container (width < 300px) {\n  table[data-cards-below='300'] {\n    --cards: 1;\n    --cards-display: block;\n  }\n}\n\n" +
        "@container (width < 320px) {\n  table[data-cards-below='320'] {\n    --cards: 1;\n    --cards-display: block;\n  }\n}\n",
    );
  });

  it('covers every breakpoint cardsBelow can choose, every 10 px from 300 to 720', () => {
    expect(CARD_BREAKPOINTS[0]).toBe(300);
    expect(CARD_BREAKPOINTS.at(-1)).toBe(720);
    for (const breakpoint of CARD_BREAKPOINTS) {
      expect(cardBreakpointsCss()).toContain(`table[data-cards-below='${breakpoint}']`);
    }
  });
});

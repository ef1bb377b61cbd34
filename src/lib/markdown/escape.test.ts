import fc from 'fast-check';
import {collapseWhitespace, parseGfm, readField} from '@site/test/githubMarkdown';
import {HOSTILE_INPUTS, typedText} from '@site/test/hostileText';
import {
  BREAK,
  invisibleCharacters,
  invisibleCharactersNotice,
  markdownLines,
  markdownText,
  plainText,
  visibleText,
} from './escape';

/** What GitHub must show for a one-line field: the typed text, breaks as spaces, controls visible. */
function expectedInline(input: string): string {
  return collapseWhitespace(visibleText(input));
}

function paragraphOf(markdown: string) {
  const tree = parseGfm(markdown);
  return tree.children;
}

describe('markdownText (one-line fields)', () => {
  it.each(HOSTILE_INPUTS)('%s renders as the typed text, with nothing linked', (_name, input) => {
    const reading = readField(paragraphOf(`Run ${markdownText(input)} ok`));
    expect(reading.markup).toEqual([]);
    expect(reading.githubAutolinks).toEqual([]);
    expect(reading.text).toBe(`Run ${expectedInline(input)} ok`);
  });

  it.each([
    ['ask @octocat', `ask @${BREAK}octocat`],
    ['fixes #123', `fixes \\#${BREAK}123`],
    ['[x](javascript:y)', '\\[x\\](javascript:y)'],
    ['https://a.example', `https:${BREAK}//a.example`],
    ['admin\u202Etxt', 'admin\\[U+202E\\]txt'],
    ['a\u0000b', 'a\\[U+0000\\]b'],
    ['$5', '<span>$</span>5'],
    ['- [x] done', '\\- \\[x\\] done'],
    ['plain words, kept: as typed.', 'plain words, kept: as typed.'],
    ['  two\nlines  ', 'two lines'],
  ])('%j becomes %j', (input, output) => {
    expect(markdownText(input)).toBe(output);
  });

  it('keeps emoji with joiners and flag tag sequences', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const england = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(markdownText(`${family} ${england}`)).toBe(`${family} ${england}`);
  });
});

/** A note as the checklist export quotes it under its item. */
function quotedNote(input: string): string {
  const lines = markdownLines(input).map((line) => (line ? `  > ${line}` : '  >'));
  return ['- [ ] Item', ...lines].join('\n');
}

describe('markdownLines (multi-line notes, quoted under an item)', () => {
  it.each(HOSTILE_INPUTS)('%s renders as the typed text, with nothing linked', (_name, input) => {
    const tree = parseGfm(quotedNote(input));
    const list = tree.children[0];
    expect(list?.type).toBe('list');
    if (list?.type !== 'list') return;
    expect(list.children).toHaveLength(1);
    const [title, quote, ...rest] = list.children[0]!.children;
    expect(rest).toEqual([]);
    expect(readField([title!]).text).toBe('Item');
    expect(quote?.type).toBe('blockquote');
    const reading = readField([quote!]);
    expect(reading.markup).toEqual([]);
    expect(reading.githubAutolinks).toEqual([]);
    expect(reading.text).toBe(collapseWhitespace(visibleText(input)));
  });

  it('keeps paragraphs and lines', () => {
    expect(markdownLines('first\n\n  second  \nthird')).toEqual(['first', '', 'second', 'third']);
  });
});

describe('visible replacement of invisible characters', () => {
  it('names each replaced character once, and says so', () => {
    expect(invisibleCharacters(['a\u202Eb\u202E', '\u0000'])).toEqual(['U+202E', 'U+0000']);
    expect(invisibleCharactersNotice(['a\u202Eb'])).toBe(
      'An invisible or text-reordering character you typed (U+202E) is shown as [U+202E].',
    );
    expect(invisibleCharactersNotice(['plain', 'text\nwith lines\r\n'])).toBe('');
  });

  it('plain text keeps Markdown characters and changes only invisible ones', () => {
    expect(plainText('*a* @b #1 [c](d)\u202E')).toBe('*a* @b #1 [c](d)[U+202E]');
  });

  it('never changes printable text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (text) => {
        const printable = text.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, '');
        expect(visibleText(printable)).toBe(printable);
      }),
    );
  });
});

describe('property: any typed text renders on GitHub as itself', () => {
  it('in a one-line field', () => {
    fc.assert(
      fc.property(typedText, (input) => {
        const reading = readField(paragraphOf(`Run ${markdownText(input)} ok`));
        expect(reading.markup).toEqual([]);
        expect(reading.githubAutolinks).toEqual([]);
        expect(reading.text).toBe(collapseWhitespace(`Run ${visibleText(input)} ok`));
      }),
      {numRuns: 500},
    );
  });

  it('in a note quoted under a list item', () => {
    fc.assert(
      fc.property(typedText, (input) => {
        const tree = parseGfm(quotedNote(input));
        const list = tree.children[0];
        expect(tree.children).toHaveLength(1);
        if (list?.type !== 'list') throw new Error('not a list');
        expect(list.children).toHaveLength(1);
        const [, ...quote] = list.children[0]!.children;
        const reading = readField(quote);
        expect(reading.markup).toEqual([]);
        expect(reading.githubAutolinks).toEqual([]);
        expect(reading.text).toBe(collapseWhitespace(visibleText(input)));
      }),
      {numRuns: 500},
    );
  });

  it('in a table cell', () => {
    fc.assert(
      fc.property(typedText, (input) => {
        const tree = parseGfm(`| When | What |\n| --- | --- |\n| now | ${markdownText(input)} |`);
        const table = tree.children[0];
        expect(table?.type).toBe('table');
        if (table?.type !== 'table') return;
        expect(table.children).toHaveLength(2);
        const cells = table.children[1]!.children;
        expect(cells).toHaveLength(2);
        const reading = readField(cells[1]!.children);
        expect(reading.markup).toEqual([]);
        expect(reading.githubAutolinks).toEqual([]);
        expect(reading.text).toBe(collapseWhitespace(visibleText(input)));
      }),
      {numRuns: 500},
    );
  });

  it('in a heading', () => {
    fc.assert(
      fc.property(typedText, (input) => {
        const tree = parseGfm(`### Plan: ${markdownText(input)}`);
        const heading = tree.children[0];
        expect(tree.children).toHaveLength(1);
        expect(heading?.type).toBe('heading');
        if (heading?.type !== 'heading') return;
        const reading = readField(heading.children);
        expect(reading.markup).toEqual([]);
        expect(reading.githubAutolinks).toEqual([]);
        expect(reading.text).toBe(collapseWhitespace(`Plan: ${visibleText(input)}`));
      }),
      {numRuns: 500},
    );
  });
});

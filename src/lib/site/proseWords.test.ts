import {
  countProseWords,
  formatProseLimitProblems,
  pagesOverProseLimit,
  proseWordLimit,
} from './proseWords';

const outside = (source: string): number => countProseWords(source).outsideDetails;
const inside = (source: string): number => countProseWords(source).insideDetails;

describe('countProseWords', () => {
  it('counts the words of paragraphs, headings and list items', () => {
    expect(outside('## Two words\n\nThree more words.\n\n- one\n- two, three\n')).toBe(8);
  });

  it('leaves out front matter, import and export blocks', () => {
    const page = [
      '---',
      'title: Not prose here',
      'description: Nor here',
      '---',
      "import Thing from '@site/src/components/Thing';",
      'export const toc = [',
      '  {value: "also not prose"},',
      '];',
      '',
      'Only these four words.',
    ].join('\n');
    expect(outside(page)).toBe(4);
  });

  it('leaves out fenced code blocks, diagrams included, but counts inline code', () => {
    const page = [
      'Set `JWT_AUTH_COOKIE` first.',
      '',
      '```python title="settings.py"',
      "JWT_AUTH = {'JWT_AUTH_COOKIE': 'edx-jwt-cookie'}",
      '```',
      '',
      '~~~~mermaid',
      'flowchart LR',
      '  A --> B',
      '~~~~',
      '',
      '- item',
      '  ```bash',
      '  curl https://example.com',
      '  ```',
    ].join('\n');
    expect(outside(page)).toBe(4);
  });

  it('counts link texts but not their URLs, and not reference definitions', () => {
    const page = [
      'Read [the decoder source](https://github.com/o/r/blob/v1/a_b.py) and [ADR 0002][adr].',
      '',
      '[adr]: https://github.com/o/r/blob/v1/docs/0002.rst',
    ].join('\n');
    expect(outside(page)).toBe(7);
  });

  it('counts table cells, not the separator row or the pipes', () => {
    const table = [
      '| Cookie | Holds |',
      '| --- | :---: |',
      '| `edx-jwt-cookie` | the whole JWT |',
    ].join('\n');
    expect(outside(table)).toBe(6);
  });

  it('leaves out JSX tags and their attributes but counts the text children of elements', () => {
    const page = [
      '<SettingsTable names={["JWT_AUTH", "JWT_ISSUERS"]} caption="a long caption" />',
      '',
      '<OperatorBox topic="observability">',
      'Ask your team.',
      '</OperatorBox>',
      '',
      'Text with <abbr title="JSON Web Token">JWT</abbr> inside.<br/>Next',
    ].join('\n');
    expect(outside(page)).toBe(8);
  });

  it('leaves out expressions, MDX and HTML comments, heading ids and admonition keywords', () => {
    const page = [
      '{/* a comment for authors */}',
      '<!-- another one -->',
      '## A heading {#a-heading}',
      '',
      ':::note[Sources and versions]',
      'Read at `e57a655`.',
      ':::',
    ].join('\n');
    expect(outside(page)).toBe(8);
  });

  it('counts words inside <details> separately, summary included, even when nested', () => {
    const page = [
      'One two.',
      '',
      '<details>',
      '<summary>The RFC walk-through</summary>',
      '',
      'Four words in here.',
      '',
      '<details open>',
      '<summary>Deeper</summary>',
      'Still inside.',
      '</details>',
      '',
      'Back in the outer one.',
      '</details>',
      '',
      'Three after it.',
    ].join('\n');
    expect(countProseWords(page)).toEqual({outsideDetails: 5, insideDetails: 15});
  });

  it('does not take a tag-like text inside inline code for a tag', () => {
    expect(
      outside('Call `/oauth2/exchange_access_token/<backend>/` with <strong>care</strong>.'),
    ).toBe(4);
    expect(inside('`<details>` is only code here.')).toBe(0);
  });

  it('does not count a dash, a pipe or a bullet on its own as a word', () => {
    expect(outside('one — two | three\n\n* * *\n')).toBe(3);
  });

  it('keeps an unmatched backtick from swallowing the next paragraph', () => {
    expect(outside('A ` stray backtick.\n\nNext `paragraph` here.')).toBe(6);
  });
});

describe('pagesOverProseLimit', () => {
  const words = (count: number): string => Array.from({length: count}, () => 'word').join(' ');
  const limits = {default: 1600, 'start-here': 900};

  it('reports a page over the default limit with its count', () => {
    const pages = [
      {page: 'background/long', source: `---\ntitle: Long\n---\n\n${words(1601)}\n`},
      {page: 'background/short', source: words(1600)},
    ];
    const problems = pagesOverProseLimit(pages, limits);
    expect(problems).toEqual([{page: 'background/long', words: 1601, limit: 1600}]);
    expect(formatProseLimitProblems(problems)).toBe(
      'docs/background/long.mdx: 1601 words of prose outside <details> (limit 1600, 1 over)',
    );
  });

  it("applies a page's own limit, and leaves what sits in <details> out", () => {
    const page = (source: string) => [{page: 'start-here', source}];
    expect(pagesOverProseLimit(page(words(901)), limits)).toEqual([
      {page: 'start-here', words: 901, limit: 900},
    ]);
    const deepDive = `${words(900)}\n\n<details>\n<summary>More</summary>\n\n${words(2000)}\n</details>\n`;
    expect(pagesOverProseLimit(page(deepDive), limits)).toEqual([]);
  });

  it('does not take an inherited property name for a page limit', () => {
    expect(proseWordLimit('constructor', limits)).toBe(1600);
    expect(proseWordLimit('start-here', limits)).toBe(900);
  });
});

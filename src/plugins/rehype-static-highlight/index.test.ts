import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {cascadedTokenStyle, highlightLines, inlineTokenStyle} from '../../lib/site/codeHighlight';
import {accessiblePrismDark, accessiblePrismLight} from '../../lib/site/prismTheme';
import rehypeStaticHighlight, {lineToHast, prismWith} from '.';

type Tree = Parameters<ReturnType<typeof rehypeStaticHighlight>>[0];

const text = (value: string) => ({type: 'text', value});
const codeBlock = (value: string, className: string[], metastring?: string) => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [
    {
      type: 'element',
      tagName: 'code',
      properties: {className, metastring},
      children: [text(value)],
    },
  ],
});
const run = (node: object, file = {path: 'docs/page.mdx'}): Tree => {
  const tree = {type: 'root', children: [node]} as Tree;
  rehypeStaticHighlight({additionalLanguages: ['bash']})(tree, file);
  return tree;
};
// The hast the plugin writes, reduced to what a reader sees: lines of [classes, text].
function linesOf(tree: Tree): [string, string][][] {
  const code = (tree as {children: {children: {children: object[]}[]}[]}).children[0]!.children[0]!;
  return code.children.map((line) =>
    (
      line as {
        children: {
          type: string;
          value?: string;
          tagName?: string;
          properties?: {className?: string[]};
          children?: {value: string}[];
        }[];
      }
    ).children
      .filter((node) => node.tagName !== 'br')
      .map((node): [string, string] =>
        node.type === 'text'
          ? ['', node.value!]
          : [
              node.properties!.className!.join(' '),
              node.children!.map((child) => child.value).join(''),
            ],
      ),
  );
}

describe('rehypeStaticHighlight', () => {
  it('turns a fenced block into token lines, keeping its class and metastring', () => {
    const tree = run(codeBlock('{"a": true}\n\nx\n', ['language-json'], 'title="x.json"'));
    expect(linesOf(tree)).toEqual([
      [
        ['token punctuation', '{'],
        ['token property', '"a"'],
        ['token operator', ':'],
        ['', ' '],
        ['token boolean', 'true'],
        ['token punctuation', '}'],
      ],
      [],
      [['', 'x']],
    ]);
    const code = (tree as {children: {children: {properties: object}[]}[]}).children[0]!
      .children[0]!;
    expect(code.properties).toEqual({className: ['language-json'], metastring: 'title="x.json"'});
  });

  it('loads the additional languages (bash)', () => {
    expect(linesOf(run(codeBlock('echo "$HOME"', ['language-bash'])))[0]).toEqual([
      ['token builtin class-name', 'echo'],
      ['', ' '],
      ['token string', '"'],
      ['token string environment constant', '$HOME'],
      ['token string', '"'],
    ]);
  });

  it('keeps text of unknown languages and blocks without a language as plain text', () => {
    expect(linesOf(run(codeBlock('GET / HTTP/1.1', ['language-http'])))).toEqual([
      [['', 'GET / HTTP/1.1']],
    ]);
    expect(linesOf(run(codeBlock('a.b.c', [])))).toEqual([[['', 'a.b.c']]]);
  });

  it('leaves inline code and code blocks with element children alone', () => {
    const inline = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{type: 'element', tagName: 'code', properties: {}, children: [text('x')]}],
    };
    expect(run(inline)).toEqual({type: 'root', children: [inline]});
    const jsx = codeBlock('x', ['language-js']);
    jsx.children[0]!.children = [
      {type: 'element', tagName: 'b', properties: {}, children: [text('x')]},
    ] as never;
    expect(run(jsx)).toEqual({type: 'root', children: [jsx]});
  });

  it('refuses line highlighting, which static blocks cannot show', () => {
    expect(() => run(codeBlock('a\nb', ['language-js'], '{2}'))).toThrow(
      'docs/page.mdx uses a line range in the code block metastring',
    );
    expect(() => run(codeBlock('a', ['language-js'], 'showLineNumbers'))).toThrow(
      'showLineNumbers',
    );
    expect(() => run(codeBlock('// highlight-next-line\na', ['language-js']))).toThrow(
      'a highlight-* magic comment',
    );
  });

  it('ends every line with a <br>, as Docusaurus does', () => {
    expect(lineToHast([{types: ['plain'], content: ''}])).toEqual({
      type: 'element',
      tagName: 'div',
      properties: {className: ['token-line']},
      children: [{type: 'element', tagName: 'br', properties: {}, children: []}],
    });
  });
});

describe('the generated stylesheet', () => {
  // Token colours used to be inline styles. The stylesheet writes one rule per token type, so a
  // token with several types could in theory get another colour; this checks every token in docs/.
  const docsDir = path.join(__dirname, '../../../docs');
  const files = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory()
        ? files(path.join(dir, entry.name))
        : /\.mdx?$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    );
  const prism = prismWith(['bash']);
  const typeLists = new Set<string>();
  let blocks = 0;
  for (const file of files(docsDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)) {
      const language = match[1] || 'text';
      if (language === 'mermaid') continue;
      blocks += 1;
      for (const line of highlightLines(prism, match[2]!, language)) {
        for (const token of line) typeLists.add(token.types.join(' '));
      }
    }
  }

  // Guards the scan itself: if it found no blocks, the colour checks below would pass vacuously.
  it('finds the code blocks and a variety of token types in them', () => {
    expect(blocks).toBeGreaterThan(20);
    expect(typeLists.size).toBeGreaterThan(10);
  });

  it.each([...typeLists].filter((types) => types !== 'plain'))(
    'colours "%s" as prism-react-renderer would in both modes',
    (types) => {
      const list = types.split(' ');
      expect(cascadedTokenStyle(accessiblePrismLight, accessiblePrismDark, 'light', list)).toEqual(
        inlineTokenStyle(accessiblePrismLight, list),
      );
      expect(cascadedTokenStyle(accessiblePrismLight, accessiblePrismDark, 'dark', list)).toEqual(
        inlineTokenStyle(accessiblePrismDark, list),
      );
    },
  );
});

import path from 'node:path';
import type {GlossaryTerm} from '../../data/types';
import remarkGlossaryLinks from '.';

type TestNode = Parameters<ReturnType<typeof remarkGlossaryLinks>>[0];

const docsDir = path.resolve('/site/docs');
const glossaryFile = path.join(docsDir, 'reference', 'glossary.mdx');
const terms: GlossaryTerm[] = [
  {
    id: 'ida',
    term: 'IDA',
    matches: ['IDA', 'IDAs'],
    definition: 'Independently deployable application: a separately deployed service. More.',
  },
  {id: 'lms', term: 'LMS', matches: ['LMS'], definition: 'The learning management system.'},
  {
    id: 'leeway',
    term: 'Leeway',
    matches: ['leeway'],
    notLinkedOn: ['challenges/clock-skew'],
    definition: 'A tolerance for clock differences.',
  },
  {id: 'filter', term: 'Filter', definition: 'A restriction (no match forms declared).'},
];

// Trees in the shape remark-parse with MDX, GFM and directives produces (positions left out).
const text = (value: string): TestNode => ({type: 'text', value});
const paragraph = (...children: TestNode[]): TestNode => ({type: 'paragraph', children});
const node = (type: string, ...children: TestNode[]): TestNode => ({type, children});

/** Runs the plugin on a page's children; returns the root after the transform. */
function run(children: TestNode[], file = path.join(docsDir, 'background', 'page.mdx')): TestNode {
  const tree: TestNode = {type: 'root', children};
  remarkGlossaryLinks({terms: () => terms, glossaryFile, docsDir})(tree, {path: file});
  return tree;
}

/** Every glossary link in the tree, as `text→url`, in document order. */
function links(tree: TestNode): string[] {
  const found: string[] = [];
  const walk = (n: TestNode): void => {
    if (n.type === 'link' && (n.data?.hProperties as {className?: string[]})?.className) {
      found.push(`${n.children?.map((c) => c.value).join('')}→${n.url}`);
    }
    n.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('remarkGlossaryLinks', () => {
  it('links the first mention of each term in a paragraph, relative to the page', () => {
    const tree = run([paragraph(text('Each IDA asks the LMS. The IDA then caches it.'))]);
    expect(links(tree)).toEqual([
      'IDA→../reference/glossary.mdx#ida',
      'LMS→../reference/glossary.mdx#lms',
    ]);
    expect(tree.children?.[0]?.children?.map((n) => n.type)).toEqual([
      'text',
      'link',
      'text',
      'link',
      'text',
    ]);
    expect(tree.children?.[0]?.children?.at(-1)).toEqual(text('. The IDA then caches it.'));
  });

  it('gives the link the definition’s first sentence as its title, and the quiet class', () => {
    const link = run([paragraph(text('An IDA.'))]).children?.[0]?.children?.[1];
    expect(link).toMatchObject({
      type: 'link',
      title: 'Glossary: Independently deployable application: a separately deployed service.',
      data: {hProperties: {className: ['glossary-link']}},
    });
  });

  it('links once per page, across paragraphs, lists and table body cells', () => {
    const tree = run([
      paragraph(text('No terms here.')),
      node('list', node('listItem', paragraph(text('An IDA in a list.')))),
      paragraph(text('Another IDA, and the LMS.')),
      node(
        'table',
        node('tableRow', node('tableCell', text('Column'))),
        node('tableRow', node('tableCell', text('The IDA and the LMS again'))),
      ),
    ]);
    expect(links(tree)).toEqual([
      'IDA→../reference/glossary.mdx#ida',
      'LMS→../reference/glossary.mdx#lms',
    ]);
  });

  it('links terms inside emphasis and table body cells', () => {
    const tree = run([
      paragraph(node('strong', text('LMS'))),
      node(
        'table',
        node('tableRow', node('tableCell', text('Who'))),
        node('tableRow', node('tableCell', text('an IDA'))),
      ),
    ]);
    expect(links(tree)).toEqual([
      'LMS→../reference/glossary.mdx#lms',
      'IDA→../reference/glossary.mdx#ida',
    ]);
  });

  it.each([
    ['a heading', {type: 'heading', depth: 2, children: [text('The IDA')]}],
    ['a link', paragraph({type: 'link', url: 'https://x.test', children: [text('IDA docs')]})],
    ['inline code', paragraph({type: 'inlineCode', value: 'IDA'})],
    ['a code block', {type: 'code', value: 'IDA = 1'}],
    ['a table header cell', node('table', node('tableRow', node('tableCell', text('IDA'))))],
    [
      'an admonition title',
      node('containerDirective', {
        type: 'paragraph',
        data: {directiveLabel: true},
        children: [text('About the IDA')],
      }),
    ],
    [
      'a summary',
      {
        type: 'mdxJsxFlowElement',
        name: 'details',
        children: [
          paragraph({type: 'mdxJsxTextElement', name: 'summary', children: [text('IDA')]}),
        ],
      },
    ],
    ['inline JSX', paragraph({type: 'mdxJsxTextElement', name: 'kbd', children: [text('IDA')]})],
  ])('never links inside %s, and links the next prose mention instead', (_where, first) => {
    const tree = run([first as TestNode, paragraph(text('Then the IDA.'))]);
    expect(links(tree)).toEqual(['IDA→../reference/glossary.mdx#ida']);
    const lastParagraph = tree.children?.at(-1);
    expect(lastParagraph?.children?.[1]?.type).toBe('link');
  });

  it('links prose inside JSX blocks such as details and admonition bodies', () => {
    const tree = run([
      {
        type: 'mdxJsxFlowElement',
        name: 'details',
        children: [paragraph(text('An IDA inside.'))],
      },
      node('containerDirective', paragraph(text('The LMS inside.'))),
    ]);
    expect(links(tree)).toEqual([
      'IDA→../reference/glossary.mdx#ida',
      'LMS→../reference/glossary.mdx#lms',
    ]);
  });

  it('does not link a term the page already links to the glossary by hand, wherever that is', () => {
    const tree = run([
      paragraph(text('The IDA asks the LMS.')),
      paragraph({
        type: 'link',
        url: '../reference/glossary.mdx#ida',
        children: [text('independently deployable applications')],
      }),
    ]);
    expect(links(tree)).toEqual(['LMS→../reference/glossary.mdx#lms']);
  });

  it('recognises hand-written glossary links by route too', () => {
    const tree = run([
      paragraph({type: 'link', url: '/docs/reference/glossary#lms', children: [text('LMS')]}),
      paragraph(text('The LMS.')),
    ]);
    expect(links(tree)).toEqual([]);
  });

  it('does not link a term on a page it lists in notLinkedOn', () => {
    const onOwnPage = run(
      [paragraph(text('Some leeway.'))],
      path.join(docsDir, 'challenges', 'clock-skew.mdx'),
    );
    expect(links(onOwnPage)).toEqual([]);
    expect(links(run([paragraph(text('Some leeway.'))]))).toEqual([
      'leeway→../reference/glossary.mdx#leeway',
    ]);
  });

  it('leaves terms without match forms alone', () => {
    expect(links(run([paragraph(text('A filter and a Filter.'))]))).toEqual([]);
  });

  it('writes the link relative to pages in other folders', () => {
    expect(
      links(run([paragraph(text('IDA'))], path.join(docsDir, 'reference', 'claims.mdx'))),
    ).toEqual(['IDA→./glossary.mdx#ida']);
    expect(links(run([paragraph(text('IDA'))], path.join(docsDir, 'start-here.mdx')))).toEqual([
      'IDA→./reference/glossary.mdx#ida',
    ]);
  });

  it.each([
    ['the glossary page itself', glossaryFile],
    ['a partial', path.join(docsDir, '_partials', 'operator-config.mdx')],
    ['a file outside the docs', path.resolve('/site/src/pages/index.mdx')],
  ])('leaves %s alone', (_what, file) => {
    expect(links(run([paragraph(text('The IDA.'))], file))).toEqual([]);
  });
});

/**
 * Remark plugin (decisions/0016): links the first use of each glossary term on a docs page to
 * its entry on the glossary page (`../reference/glossary.mdx#ida`), so a newcomer can look up
 * IDA, MFE or DRF where they first meet it. The link is plain Markdown resolved by Docusaurus like any other, so
 * the broken-anchor check covers it and it works without JavaScript; its `title` carries the
 * definition's first sentence, and the `glossary-link` class styles it quietly (src/css/custom.css).
 *
 * Only prose is linked: paragraphs, list items, table body cells, block quotes, and prose inside
 * JSX blocks such as `<details>`. Never headings, links, code, table header cells, admonition
 * titles, `<summary>`, the glossary page itself, partials (they are part of another page), or a
 * page the term lists in `notLinkedOn`. A term the page already links to the glossary by hand is
 * not linked again. Matching rules are in src/lib/site/glossaryLinks.ts.
 */
import path from 'node:path';
import {
  compileGlossaryMatcher,
  glossaryLinkDescription,
  type GlossaryMatcher,
} from '../../lib/site/glossaryLinks';
import type {GlossaryTerm} from '../../data/types';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  title?: string | null;
  children?: Node[];
  data?: Record<string, unknown>;
}

interface File {
  path?: string;
}

export interface RemarkGlossaryLinksOptions {
  /**
   * Returns the terms. A function rather than the list because Docusaurus copies the site config,
   * plugin options included, into the JavaScript of every page, and leaves functions out of that
   * copy: the glossary (about 29 KB) would otherwise be downloaded and parsed on each page load.
   */
  readonly terms: () => readonly GlossaryTerm[];
  /** Absolute path of the glossary page's source file. */
  readonly glossaryFile: string;
  /** Absolute path of the docs folder, to name pages as in `notLinkedOn`. */
  readonly docsDir: string;
}

/** Nodes whose text is never linked: headings, links, code, raw HTML, expressions, ESM. */
const skippedTypes = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'footnoteDefinition',
  'inlineCode',
  'code',
  'html',
  'image',
  'imageReference',
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  // Inline JSX (`<kbd>`, `<abbr>`…) usually is markup with a meaning of its own.
  'mdxJsxTextElement',
  'leafDirective',
  'textDirective',
]);

/** JSX blocks whose content is a title or code, not prose. */
const skippedElements = new Set([
  'summary',
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function isSkipped(node: Node): boolean {
  if (skippedTypes.has(node.type)) return true;
  if (node.type === 'mdxJsxFlowElement' && node.name && skippedElements.has(node.name)) return true;
  // The `[Title]` of an admonition (`:::note[Title]`) is its title paragraph.
  return node.data?.directiveLabel === true;
}

/** A path as written in a Markdown link: forward slashes, and `./` for a sibling file. */
function markdownPath(from: string, to: string): string {
  const relative = path.relative(path.dirname(from), to).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The glossary id a hand-written link points at, if it points into the glossary. */
function glossaryIdOf(url: string, pageFile: string, glossaryFile: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1) return undefined;
  const target = url.slice(0, hash);
  const id = url.slice(hash + 1);
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  if (target.startsWith('/')) {
    return /^\/docs\/reference\/glossary(\.mdx?)?$/.test(target) ? id : undefined;
  }
  if (target === '') return pageFile === glossaryFile ? id : undefined;
  const resolved = path.resolve(path.dirname(pageFile), target);
  return resolved === glossaryFile || `${resolved}.mdx` === glossaryFile ? id : undefined;
}

function collectLinkedIds(node: Node, found: (url: string) => void): void {
  if ((node.type === 'link' || node.type === 'definition') && node.url) found(node.url);
  for (const child of node.children ?? []) collectLinkedIds(child, found);
}

interface PageContext {
  readonly matcher: GlossaryMatcher;
  readonly linked: Set<string>;
  readonly href: string;
  readonly descriptions: ReadonlyMap<string, string>;
}

/** The link that replaces a term's first mention. */
function glossaryLink(text: string, id: string, page: PageContext): Node {
  return {
    type: 'link',
    url: `${page.href}#${id}`,
    title: page.descriptions.get(id) ?? null,
    children: [{type: 'text', value: text}],
    data: {hProperties: {className: ['glossary-link']}},
  };
}

/** A text node split around the terms it mentions first on the page, or undefined if none. */
function linkText(text: string, page: PageContext): Node[] | undefined {
  const mentions = page.matcher.firstMentions(text, page.linked);
  if (mentions.length === 0) return undefined;
  const nodes: Node[] = [];
  let position = 0;
  for (const {id, start, end} of mentions) {
    if (start > position) nodes.push({type: 'text', value: text.slice(position, start)});
    nodes.push(glossaryLink(text.slice(start, end), id, page));
    page.linked.add(id);
    position = end;
  }
  if (position < text.length) nodes.push({type: 'text', value: text.slice(position)});
  return nodes;
}

/** Walks the tree in document order, so "first" is the first a reader meets. */
function visit(node: Node, page: PageContext): void {
  if (isSkipped(node) || !node.children) return;
  const children: Node[] = [];
  node.children.forEach((child, index) => {
    // A table's first row is its header: column names, not prose.
    const isHeaderRow = node.type === 'table' && index === 0;
    if (child.type === 'text' && child.value !== undefined) {
      children.push(...(linkText(child.value, page) ?? [child]));
    } else {
      if (!isHeaderRow) visit(child, page);
      children.push(child);
    }
  });
  node.children = children;
}

export default function remarkGlossaryLinks({
  terms: loadTerms,
  glossaryFile,
  docsDir,
}: RemarkGlossaryLinksOptions) {
  const terms = loadTerms();
  const matcher = compileGlossaryMatcher(
    terms.map((term) => ({id: term.id, matches: term.matches ?? []})),
  );
  const descriptions = new Map(
    terms.map((term) => [term.id, glossaryLinkDescription(term.definition)]),
  );
  const knownIds = new Set(terms.map((term) => term.id));

  return (tree: Node, file: File): void => {
    if (!file.path) return;
    const pageFile = path.resolve(file.path);
    if (pageFile === glossaryFile) return;
    const pagePath = path.relative(docsDir, pageFile);
    // Outside the docs, or a partial (`_name.mdx`, `_folder/`) that another page includes.
    if (pagePath.startsWith('..') || pagePath.split(path.sep).some((part) => part.startsWith('_')))
      return;
    const pageId = pagePath
      .replace(/\.mdx?$/, '')
      .split(path.sep)
      .join('/');

    const linked = new Set(
      terms.filter((term) => term.notLinkedOn?.includes(pageId)).map((term) => term.id),
    );
    collectLinkedIds(tree, (url) => {
      const id = glossaryIdOf(url, pageFile, glossaryFile);
      if (id !== undefined && knownIds.has(id)) linked.add(id);
    });
    visit(tree, {matcher, linked, href: markdownPath(pageFile, glossaryFile), descriptions});
  };
}

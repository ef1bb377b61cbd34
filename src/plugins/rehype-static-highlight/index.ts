/**
 * Rehype plugin: highlights each fenced code block at build time (decisions/0007). The text of
 * `<pre><code class="language-…">` becomes one `<div class="token-line">` per line holding
 * `<span class="token …">` elements, the markup Docusaurus' CodeBlock renders, without inline
 * colours (src/plugins/static-code-highlight adds a stylesheet for both colour modes). The
 * swizzled CodeBlock (src/theme/CodeBlock) renders these lines as they are, so no page loads Prism.
 */
import {createRequire} from 'node:module';
import {Prism, type PrismLib} from 'prism-react-renderer';
import {highlightLines, isPlainToken, type HighlightedLine} from '../../lib/site/codeHighlight';

interface Text {
  type: 'text';
  value: string;
}

interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

type HastNode = Text | Element | {type: string; children?: HastNode[]};

export interface RehypeStaticHighlightOptions {
  /** Prism languages beyond prism-react-renderer's own, as in `themeConfig.prism`. */
  readonly additionalLanguages?: readonly string[];
}

const loadedLanguages = new Set<string>();

/**
 * prism-react-renderer's Prism with the extra languages loaded. Prism's language files register
 * themselves on a global `Prism`, so it is put there while they load (as Docusaurus does in the
 * browser).
 */
export function prismWith(languages: readonly string[]): PrismLib {
  const missing = languages.filter((language) => !loadedLanguages.has(language));
  if (missing.length > 0) {
    // prismjs comes with @docusaurus/theme-classic, which loads the same files in the browser.
    const requireFromTheme = createRequire(require.resolve('@docusaurus/theme-classic'));
    const scope = globalThis as {Prism?: unknown};
    const before = scope.Prism;
    scope.Prism = Prism;
    try {
      for (const language of missing) {
        requireFromTheme(`prismjs/components/prism-${language}`);
        loadedLanguages.add(language);
      }
    } finally {
      if (before === undefined) delete scope.Prism;
      else scope.Prism = before;
    }
  }
  return Prism;
}

const element = (
  tagName: string,
  properties: Record<string, unknown>,
  children: HastNode[],
): Element => ({type: 'element', tagName, properties, children});

/** A line as hast: plain text stays a text node, every other token gets its classes. */
export function lineToHast(line: HighlightedLine): Element {
  const children: HastNode[] = line
    .filter((token) => token.content !== '')
    .map((token) =>
      isPlainToken(token)
        ? {type: 'text', value: token.content}
        : element('span', {className: ['token', ...token.types]}, [
            {type: 'text', value: token.content},
          ]),
    );
  return element('div', {className: ['token-line']}, [...children, element('br', {}, [])]);
}

function languageOf(code: Element): string {
  const classNames = code.properties.className;
  const list = Array.isArray(classNames) ? classNames.map(String) : [];
  return list.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'text';
}

/** Line highlighting needs Docusaurus' runtime line parsing, which static blocks do not run. */
function unsupportedFeature(code: string, metastring: string): string | undefined {
  if (/\{[\d,\s-]+\}/.test(metastring)) return 'a line range in the code block metastring';
  if (/\bshowLineNumbers\b/.test(metastring)) return 'showLineNumbers';
  if (/highlight-(next-line|start|end)/.test(code)) return 'a highlight-* magic comment';
  return undefined;
}

export default function rehypeStaticHighlight(options: RehypeStaticHighlightOptions = {}) {
  const prism = prismWith(options.additionalLanguages ?? []);

  function highlight(code: Element, file: {path?: string}): void {
    if (!code.children.every((child) => child.type === 'text')) return;
    const text = code.children.map((child) => (child as Text).value).join('');
    const metastring =
      typeof code.properties.metastring === 'string' ? code.properties.metastring : '';
    const unsupported = unsupportedFeature(text, metastring);
    if (unsupported !== undefined) {
      throw new Error(
        `${file.path ?? 'A page'} uses ${unsupported}, which statically highlighted code blocks do not support (decisions/0007).`,
      );
    }
    code.children = highlightLines(prism, text, languageOf(code)).map(lineToHast);
  }

  function visit(node: HastNode, parent: HastNode | undefined, file: {path?: string}): void {
    if (
      node.type === 'element' &&
      (node as Element).tagName === 'code' &&
      parent?.type === 'element' &&
      (parent as Element).tagName === 'pre'
    ) {
      highlight(node as Element, file);
      return;
    }
    if ('children' in node) for (const child of node.children ?? []) visit(child, node, file);
  }

  return (tree: HastNode, file: {path?: string}): void => visit(tree, undefined, file);
}

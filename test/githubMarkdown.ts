/**
 * Reads exported Markdown as GitHub would, for the export tests: a CommonMark + GFM parser
 * (micromark, which Docusaurus uses too) gives the tree, and {@link readField} checks what one typed
 * field became in it, including what GitHub does after rendering (mentions, references, commit
 * hashes, emoji, maths), which no CommonMark parser does.
 */
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import type {Nodes, Root} from 'mdast';
import {BREAK} from '@site/src/lib/markdown/escape';

export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
}

/** The HTML the escaping itself inserts; any other HTML node came from typed text. */
const OWN_HTML = new Set([BREAK, '<span>', '</span>']);

/** Block and inline nodes a field's text may turn into: nothing but text, in paragraphs. */
const PLAIN = new Set(['root', 'paragraph', 'text', 'html', 'break', 'blockquote']);

export interface FieldReading {
  /** What the reader sees, whitespace collapsed as HTML does. */
  readonly text: string;
  /** Nodes that are not plain text (links, images, HTML, emphasis, lists, headings…), by type. */
  readonly markup: readonly string[];
  /** Text GitHub would still link, mention, reference or turn into an emoji or maths. */
  readonly githubAutolinks: readonly string[];
}

/** Collapses whitespace runs as an HTML renderer does, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/**
 * What GitHub links in rendered text. Each pattern is applied to one run of text between HTML
 * nodes: GitHub removes the comments but its filters see the pieces apart.
 */
const GITHUB_TEXT_FILTERS: readonly [string, RegExp][] = [
  ['mention', /@[\p{L}\p{N}_-]/u],
  ['issue reference', /#\d/],
  ['prefixed reference', /\p{L}-\d/u],
  ['URL', /:\/\//],
  ['www autolink', /(?<![\p{L}\p{N}])www\./iu],
  ['emoji', /:[a-z0-9_+-]+:/i],
  ['commit hash', /(?<![\p{L}\p{N}_])[0-9a-f]{7,}(?![\p{L}\p{N}_])/iu],
];

/** Reads the nodes a typed field became (e.g. a paragraph's children, a table cell). */
export function readField(nodes: readonly Nodes[]): FieldReading {
  const markup: string[] = [];
  const githubAutolinks: string[] = [];
  const runs: string[] = [''];
  let text = '';
  const visit = (node: Nodes, index: number, siblings: readonly Nodes[]): void => {
    if (!PLAIN.has(node.type)) {
      markup.push(node.type);
      return;
    }
    if (node.type === 'html') {
      if (!OWN_HTML.has(node.value)) markup.push(`html ${node.value}`);
      // `<span>$</span>`: the dollar is checked to sit inside the span.
      if (node.value === '<span>') {
        const dollar = siblings[index + 1];
        const close = siblings[index + 2];
        if (
          dollar?.type !== 'text' ||
          dollar.value !== '$' ||
          close?.type !== 'html' ||
          close.value !== '</span>'
        ) {
          markup.push('span around something other than $');
        }
      }
      runs.push('');
      return;
    }
    if (node.type === 'text') {
      text += node.value;
      runs[runs.length - 1] += node.value;
      const previous = siblings[index - 1];
      if (node.value.includes('$') && !(node.value === '$' && previous?.type === 'html')) {
        githubAutolinks.push(`maths: ${node.value}`);
      }
      return;
    }
    if (node.type === 'break') {
      text += '\n';
      return;
    }
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, childIndex) => visit(child, childIndex, children));
    if (node.type === 'paragraph') {
      text += '\n';
      runs.push('');
    }
  };
  nodes.forEach((node, index) => visit(node, index, nodes));
  for (const run of runs) {
    for (const [name, pattern] of GITHUB_TEXT_FILTERS) {
      if (pattern.test(run)) githubAutolinks.push(`${name}: ${run}`);
    }
  }
  return {text: collapseWhitespace(text), markup, githubAutolinks};
}

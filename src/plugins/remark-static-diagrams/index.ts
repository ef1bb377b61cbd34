/**
 * Remark plugin: replaces each ```mermaid code block with the SVG that `npm run diagrams` rendered
 * from it (src/diagrams/<key>.svg, decisions/0018), inside the Diagram component. The page then
 * ships the drawing in its HTML and no Mermaid code at all. A block whose SVG is missing, because
 * it is new or was changed, fails the build with the command that renders it.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {
  diagramFile,
  diagramKey,
  diagramSourceProblems,
  recordedKey,
  svgMarkup,
} from '../../../scripts/diagrams-lib.mjs';
import {importNode} from '../remark-import-components';

interface Node {
  type: string;
  lang?: string | null;
  value?: string;
  name?: string | null;
  attributes?: {type: 'mdxJsxAttribute'; name: string; value: string}[];
  children?: Node[];
  position?: {start: {line: number}};
}

export interface RemarkStaticDiagramsOptions {
  /** The repository root: SVG paths are relative to it. */
  readonly siteDir: string;
  /** Module whose default export renders `<X svg="…" />`. */
  readonly component?: string;
}

/** The name the page's import binds; nothing else in a page uses it. */
export const DIAGRAM_COMPONENT_NAME = 'StaticMermaidDiagram';

export default function remarkStaticDiagrams({
  siteDir,
  component = '@site/src/components/Diagram',
}: RemarkStaticDiagramsOptions) {
  return (tree: Node, file: {path?: string}): void => {
    const page = file.path ? path.relative(siteDir, file.path) : 'an MDX page';
    const keysOnPage = new Set<string>();

    const replace = (node: Node): Node => {
      if (node.type !== 'code' || node.lang !== 'mermaid') {
        if (node.children) node.children = node.children.map(replace);
        return node;
      }
      const source = node.value ?? '';
      const place = `${page}:${node.position?.start.line ?? '?'}`;
      const problems = diagramSourceProblems(source);
      if (problems.length > 0) {
        throw new Error(`${place}: the Mermaid diagram cannot be drawn: ${problems.join('; ')}.`);
      }
      const key = diagramKey(source);
      const svgPath = path.join(siteDir, diagramFile(key));
      if (!existsSync(svgPath)) {
        throw new Error(
          `${place}: this Mermaid diagram has no rendered SVG (${diagramFile(key)}): it is new or has changed. Run \`npm run diagrams\` and commit the files it writes in src/diagrams/.`,
        );
      }
      const text = readFileSync(svgPath, 'utf8');
      if (recordedKey(text) !== key) {
        throw new Error(
          `${place}: ${diagramFile(key)} is not the SVG of this diagram. Run \`npm run diagrams -- --all\`.`,
        );
      }
      // Each inline SVG's id scopes its styles and prefixes its inner ids: it must be unique.
      if (keysOnPage.has(key)) {
        throw new Error(`${place}: the same diagram is on this page twice; show it once.`);
      }
      keysOnPage.add(key);
      return {
        type: 'mdxJsxFlowElement',
        name: DIAGRAM_COMPONENT_NAME,
        attributes: [{type: 'mdxJsxAttribute', name: 'svg', value: svgMarkup(text)}],
        children: [],
      };
    };

    tree.children = (tree.children ?? []).map(replace);
    if (keysOnPage.size > 0) {
      tree.children.unshift(importNode(DIAGRAM_COMPONENT_NAME, component) as Node);
    }
  };
}

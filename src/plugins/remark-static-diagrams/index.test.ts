import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {diagramFile, diagramKey, generatedNotice} from '../../../scripts/diagrams-lib.mjs';
import remarkStaticDiagrams, {DIAGRAM_COMPONENT_NAME} from '.';

type Tree = Parameters<ReturnType<typeof remarkStaticDiagrams>>[0];

const source = 'flowchart TD\n  accTitle: Two steps\n  A --> B';
const key = diagramKey(source);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" id="diagram-${key}" role="img"><title>Two steps</title></svg>`;

let siteDir: string;
beforeEach(() => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'static-diagrams-'));
  mkdirSync(path.join(siteDir, 'src', 'diagrams'), {recursive: true});
});
afterEach(() => rmSync(siteDir, {recursive: true, force: true}));

const commitSvg = (text = `${generatedNotice(key)}\n${svg}\n`) =>
  writeFileSync(path.join(siteDir, diagramFile(key)), text);
const code = (value: string, lang = 'mermaid', line = 12): Tree => ({
  type: 'code',
  lang,
  value,
  position: {start: {line}},
});
const run = (...children: Tree[]): Tree[] => {
  const tree: Tree = {type: 'root', children};
  remarkStaticDiagrams({siteDir})(tree, {path: path.join(siteDir, 'docs', 'page.mdx')});
  return tree.children ?? [];
};

describe('remarkStaticDiagrams', () => {
  it('replaces a mermaid block with its committed SVG in the Diagram component, imported once', () => {
    commitSvg();
    const nested: Tree = {type: 'listItem', children: [code(source)]};
    const nodes = run(code(source.replace('Two', 'Three'), 'text'), nested);
    expect(nodes.map((node) => node.type)).toEqual(['mdxjsEsm', 'code', 'listItem']);
    expect(nodes[0]!.value).toBe(
      `import ${DIAGRAM_COMPONENT_NAME} from "@site/src/components/Diagram";`,
    );
    expect(nodes[2]!.children).toEqual([
      {
        type: 'mdxJsxFlowElement',
        name: DIAGRAM_COMPONENT_NAME,
        attributes: [{type: 'mdxJsxAttribute', name: 'svg', value: svg}],
        children: [],
      },
    ]);
  });

  it('leaves a page without diagrams as it was', () => {
    const nodes = run(code('print(1)', 'python'));
    expect(nodes).toEqual([code('print(1)', 'python')]);
  });

  it('fails the build on a diagram without an SVG, naming the page and the command to run', () => {
    expect(() => run(code(source, 'mermaid', 40))).toThrow(
      `docs/page.mdx:40: this Mermaid diagram has no rendered SVG (${diagramFile(key)})`,
    );
    expect(() => run(code(source))).toThrow('Run `npm run diagrams`');
  });

  it('fails the build on an SVG drawn for another diagram', () => {
    commitSvg(`<svg id="diagram-0000000000000000"></svg>`);
    expect(() => run(code(source))).toThrow('is not the SVG of this diagram');
  });

  it('fails the build on a diagram that cannot be drawn: no accessible name', () => {
    expect(() => run(code('flowchart TD\n  A --> B'))).toThrow(/docs\/page\.mdx:12: .*accTitle/);
  });

  it('fails the build on the same diagram twice on a page, whose two SVGs would share ids', () => {
    commitSvg();
    expect(() => run(code(source), code(source))).toThrow('the same diagram is on this page twice');
  });
});

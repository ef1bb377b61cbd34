import remarkImportComponents, {importNode} from '.';

type TestNode = Parameters<ReturnType<typeof remarkImportComponents>>[0];

const components = {
  Checklist: '@site/src/components/Checklist',
  Gauge: '@site/src/components/Gauge',
};
const element = (name: string): TestNode => ({type: 'mdxJsxFlowElement', name, children: []});
const paragraph = (...children: TestNode[]): TestNode => ({type: 'paragraph', children});
const run = (children: TestNode[]) => {
  const tree: TestNode = {type: 'root', children};
  remarkImportComponents({components})(tree);
  return tree.children ?? [];
};
const importedNames = (nodes: TestNode[]) =>
  nodes.filter((node) => node.type === 'mdxjsEsm').map((node) => node.value);

describe('remarkImportComponents', () => {
  it('imports a listed component the page uses, once, however deeply nested', () => {
    const nodes = run([paragraph(element('Checklist')), element('Checklist')]);
    expect(importedNames(nodes)).toEqual([
      'import Checklist from "@site/src/components/Checklist";',
    ]);
    expect(nodes[0]).toEqual(importNode('Checklist', '@site/src/components/Checklist'));
  });

  it('leaves pages that do not use a listed component alone', () => {
    expect(importedNames(run([element('OperatorBox'), paragraph()]))).toEqual([]);
  });

  it('does not import a component the page already imports itself', () => {
    const ownImport = importNode('Checklist', './MyChecklist');
    const nodes = run([ownImport, element('Checklist'), element('Gauge')]);
    expect(importedNames(nodes)).toEqual([
      'import Gauge from "@site/src/components/Gauge";',
      'import Checklist from "./MyChecklist";',
    ]);
  });

  it('wraps each use of a tool in an error boundary, and imports the boundary once', () => {
    const tree: TestNode = {
      type: 'root',
      children: [
        paragraph(element('Checklist')),
        element('Checklist'),
        element('Gauge'),
        {type: 'text', value: 'x'},
      ],
    };
    remarkImportComponents({
      components,
      tools: {Checklist: 'checklist'},
      boundaryModule: '@site/src/components/ToolBoundary',
    })(tree);
    const nodes = tree.children ?? [];
    expect(importedNames(nodes)).toEqual([
      'import ToolBoundary from "@site/src/components/ToolBoundary";',
      'import Checklist from "@site/src/components/Checklist";',
      'import Gauge from "@site/src/components/Gauge";',
    ]);
    const boundary = {
      type: 'mdxJsxFlowElement',
      name: 'ToolBoundary',
      attributes: [{type: 'mdxJsxAttribute', name: 'tool', value: 'checklist'}],
      children: [element('Checklist')],
    };
    expect(nodes.slice(3)).toEqual([
      paragraph(boundary),
      boundary,
      element('Gauge'),
      {type: 'text', value: 'x'},
    ]);
    // mdast-util-to-hast fails on a text node with a `children` key, even an undefined one.
    expect(nodes.at(-1)).not.toHaveProperty('children');
  });
});

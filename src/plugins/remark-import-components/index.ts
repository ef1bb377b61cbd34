/**
 * Remark plugin: for each component of `components` that an MDX page uses as a JSX element
 * (`<Checklist id="rollout" />`) and does not import itself, add
 * `import Checklist from '<module>';` to the page. The component then ships in that page's own
 * chunk, which Docusaurus preloads before rendering and hydrating the route.
 *
 * Each use of a component listed in `tools` is wrapped in `<ToolBoundary tool="…">` (an error
 * boundary, src/components/ToolBoundary): a tool that throws replaces only itself, and the rest
 * of the page keeps working.
 */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: {type: string; name: string; value: string}[];
  children?: Node[];
  data?: {estree?: EstreeProgram};
}

/** The part of an ESTree program this plugin reads and writes. */
interface EstreeProgram {
  type: 'Program';
  sourceType: 'module';
  body: {
    type: string;
    specifiers?: {type: string; local: {type: string; name: string}}[];
    source?: {type: string; value: string; raw: string};
  }[];
}

export interface RemarkImportComponentsOptions {
  /** Component name as written in MDX → module specifier of its default export. */
  readonly components: Readonly<Record<string, string>>;
  /** Component name → the tool's name in a sentence ("JWT decoder"): each use gets a boundary. */
  readonly tools?: Readonly<Record<string, string>>;
  /** Module of the boundary component; the site's ToolBoundary unless a test says otherwise. */
  readonly boundaryModule?: string;
}

const BOUNDARY = 'ToolBoundary';

const jsxElementTypes = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

function collect(node: Node, used: Set<string>, imported: Set<string>): void {
  if (jsxElementTypes.has(node.type) && node.name) used.add(node.name);
  if (node.type === 'mdxjsEsm') {
    for (const statement of node.data?.estree?.body ?? []) {
      for (const specifier of statement.specifiers ?? []) imported.add(specifier.local.name);
    }
  }
  for (const child of node.children ?? []) collect(child, used, imported);
}

/** An ESM import node in the shape MDX 3 compiles (the estree is what the compiler reads). */
export function importNode(name: string, source: string): Node {
  const literal = JSON.stringify(source);
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${literal};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
            source: {type: 'Literal', value: source, raw: literal},
          },
        ],
      },
    },
  };
}

/** Wraps each element named in `tools` in a boundary; true if it wrapped any. */
function wrapTools(node: Node, tools: Readonly<Record<string, string>>): boolean {
  let wrapped = false;
  // Nodes without children (text) must not gain a `children` key: mdast-util-to-hast reads it.
  if (!node.children) return false;
  node.children = node.children.map((child) => {
    if (wrapTools(child, tools)) wrapped = true;
    const tool = child.name ? tools[child.name] : undefined;
    if (!jsxElementTypes.has(child.type) || tool === undefined || node.name === BOUNDARY) {
      return child;
    }
    wrapped = true;
    return {
      type: child.type,
      name: BOUNDARY,
      attributes: [{type: 'mdxJsxAttribute', name: 'tool', value: tool}],
      children: [child],
    };
  });
  return wrapped;
}

export default function remarkImportComponents({
  components,
  tools = {},
  boundaryModule = '@site/src/components/ToolBoundary',
}: RemarkImportComponentsOptions) {
  return (tree: Node): void => {
    const used = new Set<string>();
    const imported = new Set<string>();
    collect(tree, used, imported);
    const missing = Object.keys(components)
      .filter((name) => used.has(name) && !imported.has(name))
      .sort();
    const needsBoundary = wrapTools(tree, tools) && !imported.has(BOUNDARY);
    tree.children = [
      ...(needsBoundary ? [importNode(BOUNDARY, boundaryModule)] : []),
      ...missing.map((name) => importNode(name, components[name]!)),
      ...(tree.children ?? []),
    ];
  };
}

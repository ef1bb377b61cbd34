/**
 * Remark plugin: for each component of `components` that an MDX page uses as a JSX element
 * (`<Checklist id="rollout" />`) and does not import itself, add
 * `import Checklist from '<module>';` to the page. The component then ships in that page's own
 * chunk, which Docusaurus preloads before rendering and hydrating the route.
 */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
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
}

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

export default function remarkImportComponents({components}: RemarkImportComponentsOptions) {
  return (tree: Node): void => {
    const used = new Set<string>();
    const imported = new Set<string>();
    collect(tree, used, imported);
    const missing = Object.keys(components)
      .filter((name) => used.has(name) && !imported.has(name))
      .sort();
    tree.children = [
      ...missing.map((name) => importNode(name, components[name]!)),
      ...(tree.children ?? []),
    ];
  };
}

import rehypeTableCards from '.';

type TestNode = Parameters<ReturnType<typeof rehypeTableCards>>[0];
interface TestElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: TestNode[];
}

// hast in the shape remark-rehype gives a GFM table, with the line-break text nodes it keeps.
const text = (value: string): TestNode => ({type: 'text', value}) as TestNode;
const element = (
  tagName: string,
  children: TestNode[] = [],
  properties: Record<string, unknown> = {},
): TestElement => ({type: 'element', tagName, properties, children});
const row = (cell: 'th' | 'td', cells: (string | TestNode[])[]): TestElement =>
  element('tr', [
    text('\n'),
    ...cells.map((content) =>
      element(cell, typeof content === 'string' ? [text(content)] : content, {align: null}),
    ),
    text('\n'),
  ]);
const gfmTable = (headers: string[], ...rows: (string | TestNode[])[][]): TestElement =>
  element('table', [
    element('thead', [row('th', headers)]),
    element(
      'tbody',
      rows.map((cells) => row('td', cells)),
    ),
  ]);

function run(table: TestElement): TestElement {
  rehypeTableCards()({type: 'root', children: [table]} as TestNode);
  return table;
}

const cells = (table: TestElement, tagName: 'th' | 'td'): TestElement[] => {
  const found: TestElement[] = [];
  const walk = (node: TestNode | TestElement): void => {
    if ('tagName' in node && node.tagName === tagName) found.push(node);
    if ('children' in node && node.children) node.children.forEach(walk);
  };
  walk(table);
  return found;
};

const wide = () =>
  gfmTable(
    ['Kind', 'Who mints it', 'Lifetime (setting)', 'Where it lives'],
    ['(historical)', '(deprecated)', '(constructor', '(ecommerce,'],
    [
      [element('a', [text('Cookie JWT')], {href: '#cookie'})],
      'LMS',
      [element('strong', [text('1 h')])],
      'browsers',
    ],
  );

describe('rehypeTableCards', () => {
  it('marks a table too wide for a phone with the width below which it is cards', () => {
    const table = run(wide());
    expect(table.properties.dataCardsBelow).toMatch(/^\d+$/);
    expect(Number(table.properties.dataCardsBelow)).toBeGreaterThan(400);
  });

  it("labels every body cell with its column's header text", () => {
    const table = run(wide());
    expect(cells(table, 'td').map((cell) => cell.properties.dataLabel)).toEqual([
      'Kind',
      'Who mints it',
      'Lifetime (setting)',
      'Where it lives',
      'Kind',
      'Who mints it',
      'Lifetime (setting)',
      'Where it lives',
    ]);
  });

  it('gives every table part its role, keeping the properties it had', () => {
    const table = run(wide());
    expect(table.properties.role).toBe('table');
    const [head, body] = table.children as TestElement[];
    expect(head!.properties.role).toBe('rowgroup');
    expect(body!.properties.role).toBe('rowgroup');
    for (const tr of [...head!.children, ...body!.children].filter(
      (node): node is TestElement => 'tagName' in node,
    )) {
      expect(tr.properties.role).toBe('row');
    }
    expect(cells(table, 'th').map((cell) => cell.properties.role)).toEqual(
      Array(4).fill('columnheader'),
    );
    expect(cells(table, 'td').every((cell) => cell.properties.role === 'cell')).toBe(true);
    expect(cells(table, 'td')[0]!.properties).toHaveProperty('align', null);
  });

  it('uses the plain text of a header with code or emphasis as the label', () => {
    const table = wide();
    cells(table, 'th')[0]!.children = [element('code', [text('JWT_AUTH')]), text(' key')];
    run(table);
    expect(cells(table, 'td')[0]!.properties.dataLabel).toBe('JWT_AUTH key');
  });

  it('leaves a table that fits a phone as it is', () => {
    const table = run(gfmTable(['Claim', 'Meaning'], ['iss', 'Issuer'], ['aud', 'Audience']));
    expect(table.properties).toEqual({});
    expect(cells(table, 'td').every((cell) => !('dataLabel' in cell.properties))).toBe(true);
  });

  it('counts long code as wrapping, so a table of identifiers can stay a table', () => {
    const table = run(
      gfmTable(
        ['Setting', 'Default'],
        [[element('code', [text('JWT_PUBLIC_SIGNING_JWK_SET_WITH_A_LONG_NAME')])], '1 h'],
      ),
    );
    expect(table.properties.dataCardsBelow).toBeUndefined();
  });

  it('finds tables nested in other content', () => {
    const table = wide();
    rehypeTableCards()({
      type: 'root',
      children: [element('details', [element('div', [table])])],
    } as TestNode);
    expect(table.properties.dataCardsBelow).toBeDefined();
  });
});

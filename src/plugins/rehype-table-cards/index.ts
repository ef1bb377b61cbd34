/**
 * Rehype plugin: prepares each Markdown table that is too wide for a phone to be shown as cards
 * (decisions/0009). It estimates the table's narrowest width from its text
 * (src/lib/site/tableCards.ts) and, when that is wider than the narrowest page column, gives:
 *
 * - the table `data-cards-below`: the column width in px below which it is shown as cards
 *   (container queries in src/theme/MDXComponents/Table/styles.module.css);
 * - every body cell `data-label`: its column's header text, which a card shows above the value;
 * - every table part its ARIA role (table, rowgroup, row, columnheader, cell), because a table
 *   laid out as blocks loses its table semantics in some browsers, and the roles restore them.
 *
 * Tables that fit stay as they are. Everything is in the static HTML: no JavaScript involved.
 */
import {cardsBelow, type CellRun, type RunStyle} from '../../lib/site/tableCards';

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

const isElement = (node: HastNode, tagName?: string): node is Element =>
  node.type === 'element' && (tagName === undefined || (node as Element).tagName === tagName);

function childElements(node: Element, tagName: string): Element[] {
  return node.children.filter((child): child is Element => isElement(child, tagName));
}

/** A cell's text as styled runs, as the width estimate needs it. */
function cellRuns(node: HastNode, style: RunStyle, runs: CellRun[] = []): CellRun[] {
  if (node.type === 'text') {
    runs.push({text: (node as Text).value, style});
  } else if (isElement(node)) {
    if (node.tagName === 'br') {
      runs.push({lineBreak: true});
      return runs;
    }
    const childStyle: RunStyle =
      style === 'code' || node.tagName === 'code'
        ? 'code'
        : node.tagName === 'strong' || node.tagName === 'b'
          ? 'bold'
          : style;
    for (const child of node.children) cellRuns(child, childStyle, runs);
  } else if ('children' in node && node.children) {
    for (const child of node.children) cellRuns(child, style, runs);
  }
  return runs;
}

function plainText(node: HastNode): string {
  if (node.type === 'text') return (node as Text).value;
  return ('children' in node && node.children ? node.children : []).map(plainText).join('');
}

function prepareTable(table: Element): void {
  const head = childElements(table, 'thead')[0];
  const body = childElements(table, 'tbody')[0];
  if (!head || !body) return;
  const headerRow = childElements(head, 'tr')[0];
  if (!headerRow) return;
  const headers = childElements(headerRow, 'th');
  const bodyRows = childElements(body, 'tr');
  const rows = [headerRow, ...bodyRows].map((row) =>
    row.children
      .filter((cell): cell is Element => isElement(cell, 'th') || isElement(cell, 'td'))
      .map((cell) => cellRuns(cell, cell.tagName === 'th' ? 'bold' : 'regular')),
  );
  const below = cardsBelow(rows);
  if (below === undefined) return;

  table.properties = {...table.properties, dataCardsBelow: String(below), role: 'table'};
  head.properties = {...head.properties, role: 'rowgroup'};
  body.properties = {...body.properties, role: 'rowgroup'};
  headerRow.properties = {...headerRow.properties, role: 'row'};
  for (const header of headers) header.properties = {...header.properties, role: 'columnheader'};
  const labels = headers.map((header) => plainText(header).replace(/\s+/g, ' ').trim());
  for (const row of bodyRows) {
    row.properties = {...row.properties, role: 'row'};
    childElements(row, 'td').forEach((cell, column) => {
      const label = labels[column];
      cell.properties = {...cell.properties, role: 'cell', ...(label ? {dataLabel: label} : {})};
    });
  }
}

function visit(node: HastNode): void {
  if (isElement(node, 'table')) {
    prepareTable(node);
    return;
  }
  if ('children' in node && node.children) for (const child of node.children) visit(child);
}

export default function rehypeTableCards() {
  return (tree: HastNode): void => visit(tree);
}

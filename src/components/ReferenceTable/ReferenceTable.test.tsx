import {render, screen, within} from '@testing-library/react';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import ReferenceTable, {entriesOfGroups, type ReferenceColumn} from './index';

// One shared object, so the test can read what the component collected.
const mockBrokenLinks = {collectAnchor: jest.fn(), collectLink: jest.fn()};
jest.mock('@docusaurus/useBrokenLinks', () => ({
  __esModule: true,
  default: () => mockBrokenLinks,
}));

afterEach(() => {
  jest.clearAllMocks();
});

beforeAll(installFakeLayout);

interface Fruit {
  readonly name: string;
  readonly colour: string;
  readonly season: string;
  readonly group: 'stone' | 'berry';
}

const FRUITS: readonly Fruit[] = [
  {name: 'plum', colour: 'purple', season: 'late summer', group: 'stone'},
  {name: 'cherry', colour: 'red', season: 'early summer', group: 'stone'},
  {name: 'gooseberry', colour: 'green', season: 'summer', group: 'berry'},
];

const COLUMNS: readonly ReferenceColumn<Fruit>[] = [
  {header: 'Colour', cell: (fruit) => <em>{fruit.colour}</em>},
  {header: 'Season', cell: (fruit) => fruit.season},
];

function FruitTable({entries = FRUITS}: {readonly entries?: readonly Fruit[]}) {
  return (
    <ReferenceTable
      label="Fruit we grow"
      nameHeader="Fruit"
      nameDetails={(fruit) => <span>{fruit.group} fruit</span>}
      columns={COLUMNS}
      entries={entries}
    />
  );
}

describe('ReferenceTable', () => {
  it('shows one row per entry, named and anchored by the entry name, with a direct link', () => {
    render(<FruitTable />);
    const table = screen.getByRole('table', {name: 'Fruit we grow'});
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.id)).toEqual(['plum', 'cherry', 'gooseberry']);
    const plum = screen.getByRole('row', {name: /^plum/});
    expect(within(plum).getByRole('rowheader').querySelector('code')).toHaveTextContent('plum');
    expect(within(plum).getByRole('rowheader')).toHaveTextContent('stone fruit');
    expect(within(plum).getByRole('link', {name: 'Direct link to plum'})).toHaveAttribute(
      'href',
      '#plum',
    );
    expect(within(plum).getByText('purple').tagName).toBe('EM');
  });

  it('heads the columns in order and labels every cell with its heading for the phone cards', () => {
    render(<FruitTable />);
    const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Fruit', 'Colour', 'Season']);
    const cherry = screen.getByRole('row', {name: /^cherry/});
    const cells = within(cherry).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['Colour', 'Season']);
    expect(cells.map((cell) => cell.textContent)).toEqual(['red', 'early summer']);
  });

  it('registers every row id with the broken-anchor checker', () => {
    render(<FruitTable entries={FRUITS.slice(1)} />);
    const collected = mockBrokenLinks.collectAnchor.mock.calls.map((call) => call[0]);
    expect(collected).toEqual(['cherry', 'gooseberry']);
  });

  it('wraps the table in a region of the same name, keyboard-focusable while the table is wider', () => {
    render(<FruitTable />);
    const region = screen.getByRole('region', {name: 'Fruit we grow'});
    expect(within(region).getByRole('table')).toBeInTheDocument();
    resize(300);
    expect(region).not.toHaveAttribute('tabindex');
    resize(900);
    expect(region).toHaveAttribute('tabindex', '0');
  });
});

describe('entriesOfGroups', () => {
  const where = {table: 'FruitTable', prop: 'group'};
  const groups = ['berry', 'stone'] as const;
  const ofGroup = (group: Fruit['group']) => FRUITS.filter((fruit) => fruit.group === group);

  it('lists every group in the given order when no group is asked for', () => {
    expect(entriesOfGroups(where, undefined, groups, ofGroup).map((f) => f.name)).toEqual([
      'gooseberry',
      'plum',
      'cherry',
    ]);
  });

  it('lists only the group asked for', () => {
    expect(entriesOfGroups(where, 'stone', groups, ofGroup).map((f) => f.name)).toEqual([
      'plum',
      'cherry',
    ]);
  });

  it('names the table, the prop and the valid groups when the group is unknown', () => {
    expect(() => entriesOfGroups(where, 'pome' as unknown as 'stone', groups, ofGroup)).toThrow(
      'FruitTable: unknown group "pome". Use one of "berry", "stone", or omit it to list everything.',
    );
  });
});

/**
 * One reference table: entries from src/data, one row each, shown as a table on wide screens and as
 * one card per row on phones (ReferenceParts). A configuration (ClaimsTable, SettingsTable,
 * MonitoringAttributesTable) says which entries, which columns and how wide; this component owns
 * everything they share: row ids and direct links, the broken-anchor registration, the scroll
 * region, the table roles and the column labels of the phone cards.
 *
 * Each row's id is the entry's exact name, so ids must be unique on a page: a page shows each
 * subset at most once, and never the unfiltered table together with filtered ones.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {
  DirectLink,
  ScrollRegion,
  referenceTableClasses as t,
} from '@site/src/components/ReferenceParts';

/** A column after the name column. */
export interface ReferenceColumn<Entry> {
  /** The column's heading, and the label above its value in a phone card. */
  readonly header: string;
  readonly cell: (entry: Entry) => ReactNode;
}

export interface ReferenceTableProps<Entry extends {readonly name: string}> {
  /** Names the table and the region that scrolls it. */
  readonly label: string;
  /** Heading of the first column, whose cells hold the entries' names. */
  readonly nameHeader: string;
  /** Secondary lines under an entry's name (its type, path or kind); use `t.meta` spans. */
  readonly nameDetails: (entry: Entry) => ReactNode;
  readonly columns: readonly ReferenceColumn<Entry>[];
  readonly entries: readonly Entry[];
  /** The configuration's column widths on wide screens. */
  readonly className?: string;
}

/**
 * The entries of the groups to show: of the one an author asked for, or of every group in order.
 * Throws, naming the valid groups, when an MDX page asks for one that does not exist.
 */
export function entriesOfGroups<Group extends string, Entry>(
  where: {readonly table: string; readonly prop: string},
  group: Group | undefined,
  groups: readonly Group[],
  entriesOf: (group: Group) => readonly Entry[],
): Entry[] {
  if (group !== undefined && !groups.includes(group)) {
    throw new Error(
      `${where.table}: unknown ${where.prop} ${JSON.stringify(group)}. ` +
        `Use one of ${groups.map((g) => `"${g}"`).join(', ')}, or omit it to list everything.`,
    );
  }
  return (group === undefined ? groups : [group]).flatMap((g) => entriesOf(g));
}

function EntryRow<Entry extends {readonly name: string}>({
  entry,
  nameDetails,
  columns,
}: {
  readonly entry: Entry;
  readonly nameDetails: (entry: Entry) => ReactNode;
  readonly columns: readonly ReferenceColumn<Entry>[];
}): ReactNode {
  return (
    <tr id={entry.name} role="row">
      <th scope="row" role="rowheader" className={t.nameCell}>
        <code>{entry.name}</code>
        <DirectLink id={entry.name} name={entry.name} />
        {nameDetails(entry)}
      </th>
      {columns.map((column) => (
        <td key={column.header} role="cell" className={t.cell} data-label={column.header}>
          {column.cell(entry)}
        </td>
      ))}
    </tr>
  );
}

export default function ReferenceTable<Entry extends {readonly name: string}>({
  label,
  nameHeader,
  nameDetails,
  columns,
  entries,
  className,
}: ReferenceTableProps<Entry>): ReactNode {
  const brokenLinks = useBrokenLinks();
  for (const entry of entries) {
    brokenLinks.collectAnchor(entry.name);
  }
  // The explicit roles keep table semantics on phones, where the cards are `display: block`.
  return (
    <ScrollRegion label={label}>
      <table className={clsx(t.table, className)} role="table" aria-label={label}>
        <thead role="rowgroup">
          <tr role="row">
            {[nameHeader, ...columns.map((column) => column.header)].map((header) => (
              <th key={header} scope="col" role="columnheader">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {entries.map((entry) => (
            <EntryRow key={entry.name} entry={entry} nameDetails={nameDetails} columns={columns} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

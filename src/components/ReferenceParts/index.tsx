/**
 * Building blocks shared by the reference tables (claims, settings, monitoring
 * attributes, glossary). Not registered for MDX: authors use the tables themselves.
 */
import type {ReactNode} from 'react';
import type {Source} from '@site/src/data/types';
import styles from './styles.module.css';

/**
 * Splits reference text on backtick code spans: `a \`b\` c` → ['a ', 'b', ' c'].
 * Odd indexes are code. An unmatched backtick stays literal text.
 */
export function splitCodeSpans(text: string): string[] {
  return text.split(/`([^`]+)`/);
}

/** Renders reference text, turning backtick spans into `<code>`. */
export function InlineText({text}: {readonly text: string}): ReactNode {
  return splitCodeSpans(text).map((part, index) =>
    index % 2 === 1 ? <code key={index}>{part}</code> : part,
  );
}

/** The `#` link Docusaurus shows next to headings, for one reference entry. */
export function DirectLink({id, name}: {readonly id: string; readonly name: string}): ReactNode {
  const label = `Direct link to ${name}`;
  return (
    <a className="hash-link" href={`#${id}`} aria-label={label} title={label} translate="no">
      &#8203;
    </a>
  );
}

/** Class names of the shared table layout: a table on wide screens, one card per row on phones. */
export const referenceTableClasses = {
  table: styles.table,
  /** Put on every `<td>` together with `data-label` naming its column. */
  cell: styles.cell,
  /** The first cell of a row: the entry's name. */
  nameCell: styles.nameCell,
  /** Secondary text in a cell (type, kind, status). */
  meta: styles.meta,
  /** A highlighted caveat inside a cell. */
  note: styles.note,
} as const;

/** The public sources of one entry, as a compact list of links. */
export function SourceList({sources}: {readonly sources: readonly Source[]}): ReactNode {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url}>{source.label}</a>
        </li>
      ))}
    </ul>
  );
}

/**
 * A keyboard-focusable, horizontally scrollable region around a wide table, so the
 * page itself never scrolls sideways on a phone (WCAG 1.4.10 Reflow, 2.1.1 Keyboard).
 */
export function ScrollRegion({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}): ReactNode {
  return (
    // A scrollable region must be reachable by keyboard so its hidden part can be scrolled into view.
    <div className={styles.region} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

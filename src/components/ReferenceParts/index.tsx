/**
 * Building blocks shared by the reference tables (claims, settings, monitoring
 * attributes, glossary). Not registered for MDX: authors use the tables themselves.
 */
import {Fragment, useRef, type ReactNode} from 'react';
import {useOverflowsHorizontally} from '@site/src/hooks/useOverflowsHorizontally';
import type {Source} from '@site/src/data/types';
import Inferred from '@site/src/components/Inferred';
import styles from './styles.module.css';

/**
 * How reference data marks an inference (our reading of the sources, decisions/0017):
 * `'… tries every key in order [inference].'` renders the same mark as `<Inferred />` in MDX.
 */
export const INFERENCE_MARK = '[inference]';

/**
 * Splits reference text on backtick code spans: `a \`b\` c` → ['a ', 'b', ' c'].
 * Odd indexes are code. An unmatched backtick stays literal text.
 */
export function splitCodeSpans(text: string): string[] {
  return text.split(/`([^`]+)`/);
}

/** Renders reference text, turning backtick spans into `<code>` and inference marks into the mark. */
export function InlineText({text}: {readonly text: string}): ReactNode {
  return splitCodeSpans(text).map((part, index) =>
    index % 2 === 1 ? (
      <code key={index}>{part}</code>
    ) : (
      part.split(INFERENCE_MARK).map((prose, at) =>
        at === 0 ? (
          prose
        ) : (
          <Fragment key={`${index}-${at}`}>
            <Inferred />
            {prose}
          </Fragment>
        ),
      )
    ),
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
 * A labelled region around a wide table that scrolls it sideways, so the page itself never scrolls
 * sideways (WCAG 1.4.10 Reflow). While the table is wider than the region (on wide screens; on a
 * phone its rows become cards) the region takes keyboard focus, so its hidden part can be scrolled
 * into view (WCAG 2.1.1 Keyboard); otherwise it would be a tab stop with nothing to do.
 */
export function ScrollRegion({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsHorizontally(ref);
  return (
    <div
      ref={ref}
      className={styles.region}
      role="region"
      aria-label={label}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </div>
  );
}

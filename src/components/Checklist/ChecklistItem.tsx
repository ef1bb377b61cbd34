import {memo, useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {ChecklistItemDefinition} from '@site/src/data/checklists';
import {docLinkLabels, isDocRoute} from '@site/src/data/checklists/docRoutes';
import {inlineToText, type ItemRecord} from '@site/src/lib/checklist';
import CopyButton from '@site/src/components/CopyButton';
import InlineText from './InlineText';
import styles from './styles.module.css';

const PRIORITY_LABEL = {must: 'Must', should: 'Should', could: 'Could'} as const;

export interface ChecklistItemProps {
  readonly item: ChecklistItemDefinition;
  readonly entry: ItemRecord;
  readonly isNew: boolean;
  readonly highlighted: boolean;
  readonly onToggleDone: (itemId: string) => void;
  readonly onToggleNotApplicable: (itemId: string) => void;
  readonly onNote: (itemId: string, note: string) => void;
  /** The address of an item, for Copy link. */
  readonly linkTo: (itemId: string) => string;
  /** After Copy link: the link to show for copying by hand, or null when it was copied. */
  readonly onLinkNotCopied: (link: string | null) => void;
  /** Where the outcome of Copy link is said: the run's status line. */
  readonly onMessage: (message: string) => void;
}

function ChecklistItem({
  item,
  entry,
  isNew,
  highlighted,
  onToggleDone,
  onToggleNotApplicable,
  onNote,
  linkTo,
  onLinkNotCopied,
  onMessage,
}: ChecklistItemProps): ReactNode {
  const baseId = useId();
  const title = inlineToText(item.title);
  const na = entry.state === 'na';
  const done = entry.state === 'done';
  const note = entry.note.trim();
  const label = isDocRoute(item.explainedBy) ? docLinkLabels[item.explainedBy] : item.explainedBy;

  return (
    <li
      id={item.id}
      className={clsx(
        styles.item,
        done && styles.itemDone,
        na && styles.itemNa,
        highlighted && styles.itemHighlighted,
      )}
    >
      <div className={styles.itemHead}>
        <input
          type="checkbox"
          id={`${baseId}-done`}
          className={styles.checkbox}
          checked={done}
          onChange={() => onToggleDone(item.id)}
        />
        <span className={styles.titleLine}>
          <label htmlFor={`${baseId}-done`} className={styles.itemTitle}>
            <InlineText text={item.title} />
          </label>
          {item.priority && (
            <span className={clsx(styles.badge, styles[`priority-${item.priority}`])}>
              {PRIORITY_LABEL[item.priority]}
            </span>
          )}
          {na && <span className={clsx(styles.badge, styles.badgeNa)}>N/A</span>}
          {isNew && (
            <span className={clsx(styles.badge, styles.badgeNew)}>New since you started</span>
          )}
        </span>
      </div>
      <div className={styles.itemBody}>
        {item.detail && (
          <p className={styles.detail}>
            <InlineText text={item.detail} />
          </p>
        )}
        <p className={styles.explained}>
          Read: <Link to={item.explainedBy}>{label}</Link>
        </p>
        <div className={styles.itemControls}>
          <span className={styles.naControl}>
            <input
              type="checkbox"
              id={`${baseId}-na`}
              checked={na}
              aria-label={`Not applicable: ${title}`}
              onChange={() => onToggleNotApplicable(item.id)}
            />
            <label htmlFor={`${baseId}-na`}>Not applicable</label>
          </span>
          <span className={styles.noteControl}>
            <label htmlFor={`${baseId}-note`} className={styles.noteLabel}>
              Notes
            </label>
            <textarea
              id={`${baseId}-note`}
              className={styles.note}
              rows={1}
              maxLength={2000}
              value={entry.note}
              aria-label={`Notes for ${title}`}
              onChange={(event) => onNote(item.id, event.target.value)}
            />
          </span>
          <CopyButton
            text={() => linkTo(item.id)}
            label="Copy link"
            accessibleName={`Copy link to ${title}`}
            variant="link"
            className={styles.linkButton}
            status={(copied) =>
              copied ? `Copied the link to “${title}”.` : `Could not copy; the link is shown below.`
            }
            onCopied={(copied, link) => onLinkNotCopied(copied ? null : link)}
            onStatus={onMessage}
          />
        </div>
        {note.length > 0 && <p className={styles.printNote}>Note: {entry.note}</p>}
      </div>
    </li>
  );
}

export default memo(ChecklistItem);

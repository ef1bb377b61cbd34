import type {ReactNode} from 'react';
import type {RecordProblem, StorageKind} from '@site/src/lib/checklist';
import type {SaveState} from '@site/src/hooks/useChecklistRun';
import styles from './styles.module.css';

export interface StatusNoticesProps {
  readonly ready: boolean;
  readonly storageKind: StorageKind | null;
  readonly saveState: SaveState;
  readonly setAside: RecordProblem | null;
  readonly deletedElsewhere: boolean;
  readonly removedCount: number;
  readonly addedCount: number;
  /** The outcome of the last action ("Copied …"). */
  readonly message: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Storage state, migration report and action outcomes, in one polite live region. */
export default function StatusNotices({
  ready,
  storageKind,
  saveState,
  setAside,
  deletedElsewhere,
  removedCount,
  addedCount,
  message,
}: StatusNoticesProps): ReactNode {
  const warnings: string[] = [];
  if (saveState === 'memory-only') {
    warnings.push(
      'Progress is not saved: this browser does not let the site store anything (private mode or blocked storage), so it lasts only until you leave or reload the page. Use “Copy as Markdown” to keep it.',
    );
  } else if (saveState === 'write-failed') {
    warnings.push(
      'Your latest change is not saved: the browser refused to store it (storage may be full). It stays on this page, and this notice goes away with the next successful save.',
    );
  }
  if (setAside !== null) {
    warnings.push(
      setAside === 'newer-schema'
        ? 'This run was saved by a newer version of the site and cannot be read here. It was kept aside, untouched, and the run starts empty.'
        : 'The saved copy of this run could not be read. It was kept aside, untouched, and the run starts empty.',
    );
  }
  if (deletedElsewhere) {
    warnings.push('This run was deleted in another tab. Any change you make here saves it again.');
  }

  const info: string[] = [];
  if (removedCount > 0) {
    info.push(
      `${plural(removedCount, 'item from an earlier version was', 'items from an earlier version were')} removed from this checklist.`,
    );
  }
  if (addedCount > 0) {
    info.push(
      `${plural(addedCount, 'item was', 'items were')} added since you started; ${addedCount === 1 ? 'it is' : 'they are'} marked “New since you started”.`,
    );
  }

  let storage = '';
  if (ready && saveState === 'saved') {
    storage =
      storageKind === 'localstorage'
        ? 'Saved in this browser (local storage). Nothing leaves your computer.'
        : 'Saved in this browser. Nothing leaves your computer.';
  }

  return (
    <div role="status" className={styles.status}>
      {warnings.map((text) => (
        <p key={text} className={styles.warning}>
          {text}
        </p>
      ))}
      {info.map((text) => (
        <p key={text} className={styles.info}>
          {text}
        </p>
      ))}
      <p className={styles.statusLine}>
        {storage}
        {storage && message ? ' ' : ''}
        {message}
      </p>
      <noscript>
        <p className={styles.statusLine}>
          The list is readable without JavaScript; ticking items and saving progress need it.
        </p>
      </noscript>
    </div>
  );
}

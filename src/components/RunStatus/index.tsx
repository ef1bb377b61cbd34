/**
 * Where a per-run document (a plan, a draft) is kept, and what went wrong if it is not: one polite
 * live region, worded like the checklists' notices.
 */
import type {ReactNode} from 'react';
import type {StorageKind} from '@site/src/lib/checklist';
import type {DocumentProblem} from '@site/src/lib/runs';
import type {SaveState} from '@site/src/hooks/useChecklistRun';
import styles from './styles.module.css';

export interface RunStatusProps {
  readonly ready: boolean;
  readonly run: string;
  /** What is saved, in a sentence: "The plan", "The form". */
  readonly what: string;
  readonly storageKind: StorageKind | null;
  readonly saveState: SaveState;
  readonly setAside: DocumentProblem | null;
  /** The outcome of the last action ("Copied …"). */
  readonly message?: string;
}

export default function RunStatus({
  ready,
  run,
  what,
  storageKind,
  saveState,
  setAside,
  message = '',
}: RunStatusProps): ReactNode {
  const warnings: string[] = [];
  if (saveState === 'memory-only') {
    warnings.push(
      `${what} is not saved: this browser does not let the site store anything (private mode or blocked storage), so it lasts only until you leave or reload the page.`,
    );
  } else if (saveState === 'write-failed') {
    warnings.push(
      'Your latest change is not saved: the browser refused to store it (storage may be full). It stays on this page, and this notice goes away with the next successful save.',
    );
  }
  if (setAside !== null) {
    warnings.push(
      setAside === 'newer-version'
        ? `${what} of this run was saved by a newer version of the site and cannot be read here. It was kept aside, untouched; the defaults are shown instead.`
        : `${what} of this run could not be read. It was kept aside, untouched; the defaults are shown instead.`,
    );
  }
  let storage = '';
  if (ready && saveState === 'saved') {
    storage = `${what} of run “${run}” is kept in this browser${
      storageKind === 'localstorage' ? ' (local storage)' : ''
    }: your changes are saved as you type. Nothing leaves your computer.`;
  }
  return (
    <div role="status" className={styles.status}>
      {warnings.map((text) => (
        <p key={text} className={styles.warning}>
          {text}
        </p>
      ))}
      <p className={styles.line}>
        {storage}
        {storage && message ? ' ' : ''}
        {message}
      </p>
    </div>
  );
}

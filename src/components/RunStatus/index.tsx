/**
 * Where a run document (a checklist's progress, a plan, a form) is kept, what went wrong if it is
 * not, and the outcome of the last action: one polite live region, in the server HTML already, so
 * that every message put into it later is announced (decisions/0014).
 */
import type {ReactNode} from 'react';
import type {StorageKind} from '@site/src/lib/runs';
import type {DocumentProblem, SaveState} from '@site/src/hooks/useRunDocument';
import styles from './styles.module.css';

export interface RunStatusProps {
  readonly ready: boolean;
  /** What is saved, as the subject of a sentence: "Progress", "The plan", "The form". */
  readonly what: string;
  readonly storageKind: StorageKind | null;
  readonly saveState: SaveState;
  readonly problem: DocumentProblem | null;
  readonly deletedElsewhere: boolean;
  /** Further facts about the opened document ("2 items were added since you started"). */
  readonly notices?: readonly string[];
  /** The outcome of the last action ("Copied …"). */
  readonly message: string;
}

function problemText(what: string, problem: DocumentProblem): string {
  const cause =
    problem.reason === 'newer'
      ? `${what} of this run was saved by a newer version of the site and cannot be read here.`
      : `${what} of this run could not be read.`;
  return problem.kind === 'set-aside'
    ? `${cause} It was kept aside, untouched, and this page starts from the defaults.`
    : `${cause} This browser could not keep a copy of it aside (its storage may be full), so it is left where it was and nothing is saved over it: your changes are not saved, and stay on this page only.`;
}

export default function RunStatus({
  ready,
  what,
  storageKind,
  saveState,
  problem,
  deletedElsewhere,
  notices = [],
  message,
}: RunStatusProps): ReactNode {
  const warnings: string[] = [];
  if (saveState === 'memory-only') {
    warnings.push(
      `${what} is not saved: this browser does not let the site store anything (private mode or blocked storage), so it lasts only until you leave or reload the page. Copy what you need to keep.`,
    );
  } else if (saveState === 'write-failed' && problem?.kind !== 'unreadable') {
    warnings.push(
      'Your latest change is not saved: the browser refused to store it (storage may be full). It stays on this page, and this notice goes away with the next successful save.',
    );
  }
  if (problem !== null) warnings.push(problemText(what, problem));
  if (deletedElsewhere) {
    warnings.push(
      `${what} of this run was deleted in another tab. Any change you make here saves it again.`,
    );
  }
  let storage = '';
  if (ready && saveState === 'saved') {
    storage = `Saved in this browser${storageKind === 'localstorage' ? ' (local storage)' : ''}. Nothing leaves your computer.`;
  }
  return (
    <div role="status" className={styles.status}>
      {warnings.map((text) => (
        <p key={text} className={styles.warning}>
          {text}
        </p>
      ))}
      {notices.map((text) => (
        <p key={text} className={styles.info}>
          {text}
        </p>
      ))}
      <p className={styles.line}>
        {storage}
        {storage && message ? ' ' : ''}
        {message}
      </p>
      <noscript>
        <p className={styles.line}>Saving and runs need JavaScript; the page reads without it.</p>
      </noscript>
    </div>
  );
}

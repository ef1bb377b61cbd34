/**
 * What the run list does to a whole run: rename it, export every part of it as a file, or delete
 * every part of it after a confirmation.
 */
import {useEffect, useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import {
  DEFAULT_RUN,
  MAX_RUN_NAME_LENGTH,
  normaliseRunName,
  type RunStore,
} from '@site/src/lib/runs';
import {openRunInAddress} from '@site/src/hooks/currentRun';
import Confirm from '@site/src/components/Confirm';
import fields from '../RunControls/styles.module.css';
import styles from './styles.module.css';

export interface RunActionsProps {
  readonly run: string;
  /** The run is the one open on this page. */
  readonly open: boolean;
  readonly store: RunStore;
  readonly onMessage: (message: string) => void;
}

/** Who changes runs from the run list, for the store's change notices. */
const ORIGIN = 'run-list';

/** A file name for a run's export: `run-openedx-edx-platform-12345.json`. */
export function exportFileName(run: string): string {
  const slug = run
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `run-${slug || 'export'}.json`;
}

function download(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

export default function RunActions({run, open, store, onMessage}: RunActionsProps): ReactNode {
  const id = useId();
  const [mode, setMode] = useState<'rename' | 'delete' | null>(null);
  const [name, setName] = useState(run);
  const [error, setError] = useState('');
  const renameRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // The form opens on a click of Rename; the field is what comes next.
  useEffect(() => {
    if (mode === 'rename') inputRef.current?.focus();
  }, [mode]);

  const close = (): void => {
    const trigger = mode === 'rename' ? renameRef.current : deleteRef.current;
    setMode(null);
    setError('');
    trigger?.focus();
  };

  const rename = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const to = normaliseRunName(name);
    if (to === null) {
      setError('Type a name first, such as the pull request.');
      return;
    }
    try {
      await store.renameRun(run, to, ORIGIN);
    } catch (failure) {
      setError(
        failure instanceof Error && /exists already/.test(failure.message)
          ? `A run named “${to}” exists already. Pick another name, or delete that run first.`
          : 'The run could not be renamed: this browser refused to store it.',
      );
      return;
    }
    setMode(null);
    if (open) openRunInAddress(to);
    onMessage(`Run “${run}” was renamed to “${to}”.`);
  };

  const exportRun = async (): Promise<void> => {
    try {
      const documents = await store.exportRun(run);
      const file = {
        site: 'So you want to touch JWTs?',
        run,
        exportedAt: new Date().toISOString(),
        documents,
      };
      download(exportFileName(run), `${JSON.stringify(file, null, 2)}\n`);
      onMessage(`Run “${run}” was exported as ${exportFileName(run)}.`);
    } catch {
      onMessage(`Run “${run}” could not be read for the export.`);
    }
  };

  const remove = async (): Promise<void> => {
    setMode(null);
    try {
      await store.removeRun(run, ORIGIN);
    } catch {
      onMessage(
        `Run “${run}” could not be deleted completely; reload the page to see what is left.`,
      );
      return;
    }
    if (open) openRunInAddress(DEFAULT_RUN);
    onMessage(`Run “${run}” was deleted.`);
  };

  return (
    <div className={styles.actions}>
      <div className={styles.buttons}>
        <button
          ref={renameRef}
          type="button"
          className="button button--secondary button--sm"
          aria-label={`Rename run ${run}`}
          aria-expanded={mode === 'rename'}
          onClick={() => {
            setName(run);
            setMode(mode === 'rename' ? null : 'rename');
          }}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          aria-label={`Export run ${run}`}
          onClick={() => void exportRun()}
        >
          Export
        </button>
        <button
          ref={deleteRef}
          type="button"
          className="button button--secondary button--sm"
          aria-label={`Delete run ${run}`}
          aria-expanded={mode === 'delete'}
          onClick={() => setMode(mode === 'delete' ? null : 'delete')}
        >
          Delete
        </button>
      </div>
      {mode === 'rename' && (
        <form
          className={styles.rename}
          onSubmit={(event) => void rename(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <label htmlFor={`${id}-name`} className={`${fields.fieldLabel} ${styles.wide}`}>
            New name for run “{run}”
          </label>
          <input
            id={`${id}-name`}
            type="text"
            className={fields.input}
            value={name}
            maxLength={MAX_RUN_NAME_LENGTH}
            aria-invalid={error !== '' || undefined}
            aria-describedby={`${id}-error`}
            ref={inputRef}
            onChange={(event) => {
              setName(event.target.value);
              setError('');
            }}
          />
          <button type="submit" className="button button--primary button--sm">
            Save name
          </button>
          <button type="button" className="button button--link button--sm" onClick={close}>
            Cancel
          </button>
          <p
            id={`${id}-error`}
            className={`${fields.hint} ${fields.hintError} ${styles.wide}`}
            aria-live="polite"
          >
            {error}
          </p>
        </form>
      )}
      {mode === 'delete' && (
        <Confirm
          question={`Delete run “${run}” from this browser, with all its parts: its checklists, its rollout plan and its message form?`}
          confirmLabel="Yes, delete the whole run"
          onConfirm={() => void remove()}
          onCancel={close}
        />
      )}
    </div>
  );
}

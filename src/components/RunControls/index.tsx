import {useEffect, useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {DEFAULT_RUN, MAX_RUN_NAME_LENGTH} from '@site/src/lib/runs';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import styles from './styles.module.css';

export interface RunControlsProps {
  readonly runs: readonly string[];
  readonly run: string;
  readonly ready: boolean;
  /** Opens (or creates) a run; returns the normalised name, or null if the name was unusable. */
  readonly onSwitch: (name: string) => string | null;
  readonly onReset: () => void;
  readonly onDelete: () => void;
  /** The confirmation question for "Reset run": what a reset clears in this run. */
  readonly resetQuestion: string;
  /** What is deleted, for the confirmation question ("run “X”" by default). */
  readonly deleteWhat?: string;
}

type Confirming = 'reset' | 'delete' | null;

/**
 * The "Run" select, a form to start a new run, and Reset / Delete with an inline confirmation. Every
 * per-run tool uses it, so a run is chosen the same way on each page.
 */
export default function RunControls({
  runs,
  run,
  ready,
  onSwitch,
  onReset,
  onDelete,
  resetQuestion,
  deleteWhat,
}: RunControlsProps): ReactNode {
  const selectId = useId();
  const newId = useId();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Every control stays off until the run is loaded; one fieldset switches them outside React's
  // commit (useDisabledUntil, decisions/0010).
  const controlsRef = useDisabledUntil(ready);

  useEffect(() => {
    if (confirming !== null) confirmRef.current?.focus();
  }, [confirming]);

  const closeConfirm = (): void => {
    const trigger = confirming === 'reset' ? resetRef.current : deleteRef.current;
    setConfirming(null);
    trigger?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const opened = onSwitch(name);
    setNameError(opened === null);
    if (opened !== null) setName('');
  };

  return (
    <fieldset ref={controlsRef} className={styles.runControls} disabled>
      <div className={styles.runRow}>
        <span className={styles.field}>
          <label htmlFor={selectId} className={styles.fieldLabel}>
            Run
          </label>
          <select
            id={selectId}
            className={styles.select}
            value={run}
            onChange={(event) => {
              setConfirming(null);
              onSwitch(event.target.value);
            }}
          >
            {runs.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </span>
        <form className={styles.newRun} onSubmit={submit}>
          <span className={styles.field}>
            <label htmlFor={newId} className={styles.fieldLabel}>
              New run
            </label>
            <input
              id={newId}
              type="text"
              className={styles.input}
              value={name}
              maxLength={MAX_RUN_NAME_LENGTH}
              placeholder="e.g. openedx/edx-platform#12345"
              aria-invalid={nameError || undefined}
              aria-describedby={`${newId}-hint`}
              onChange={(event) => {
                setName(event.target.value);
                setNameError(false);
              }}
            />
          </span>
          <button type="submit" className="button button--primary button--sm">
            Start run
          </button>
        </form>
      </div>
      <p id={`${newId}-hint`} className={clsx(styles.hint, nameError && styles.hintError)}>
        {nameError
          ? 'Type a name first, such as the pull request.'
          : 'Start one run per change, named after its pull request.'}
      </p>
      <div className={styles.runRow}>
        <button
          ref={resetRef}
          type="button"
          className="button button--secondary button--sm"
          aria-expanded={confirming === 'reset'}
          onClick={() => setConfirming(confirming === 'reset' ? null : 'reset')}
        >
          Reset run
        </button>
        <button
          ref={deleteRef}
          type="button"
          className="button button--secondary button--sm"
          aria-expanded={confirming === 'delete'}
          onClick={() => setConfirming(confirming === 'delete' ? null : 'delete')}
        >
          Delete run
        </button>
      </div>
      {confirming !== null && (
        <div className={styles.confirm} role="group" aria-label="Confirm">
          <p>
            {confirming === 'reset'
              ? resetQuestion
              : deleteWhat !== undefined
                ? `Delete ${deleteWhat} from this browser?`
                : run === DEFAULT_RUN
                  ? `Delete the default run from this browser? It starts again empty.`
                  : `Delete run “${run}” from this browser?`}
          </p>
          <button
            ref={confirmRef}
            type="button"
            className={clsx('button button--sm', styles.dangerButton)}
            onClick={() => {
              setConfirming(null);
              if (confirming === 'reset') {
                onReset();
                resetRef.current?.focus();
              } else {
                onDelete();
                deleteRef.current?.focus();
              }
            }}
          >
            {confirming === 'reset' ? 'Yes, reset run' : 'Yes, delete run'}
          </button>
          <button type="button" className="button button--link button--sm" onClick={closeConfirm}>
            Cancel
          </button>
        </div>
      )}
    </fieldset>
  );
}

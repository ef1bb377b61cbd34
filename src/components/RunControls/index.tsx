import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {MAX_RUN_NAME_LENGTH} from '@site/src/lib/runs/runName';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import Confirm from '@site/src/components/Confirm';
import styles from './styles.module.css';

export interface RunControlsProps {
  readonly runs: readonly string[];
  readonly run: string;
  readonly ready: boolean;
  /** Opens a run (`start`: and creates it); returns the normalised name, or null if unusable. */
  readonly onSwitch: (name: string, options: {readonly start: boolean}) => string | null;
  readonly onReset: () => void;
  readonly onDelete: () => void;
  /** The confirmation question for "Reset run": what a reset clears in this run. */
  readonly resetQuestion: string;
  /** The confirmation question for "Delete run": what is deleted. */
  readonly deleteQuestion: string;
}

type Confirming = 'reset' | 'delete' | null;

const HINT = 'Start one run per change, named after its pull request.';
const NAME_MISSING = 'Type a name first, such as the pull request.';

/**
 * The "Run" select, a form to start a new run, and Reset / Delete with an inline confirmation. Every
 * run tool uses it, so a run is chosen the same way on each page.
 */
export default function RunControls({
  runs,
  run,
  ready,
  onSwitch,
  onReset,
  onDelete,
  resetQuestion,
  deleteQuestion,
}: RunControlsProps): ReactNode {
  const selectId = useId();
  const newId = useId();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Every control stays off until the run is loaded; one fieldset switches them outside React's
  // commit (useDisabledUntil, decisions/0010).
  const controlsRef = useDisabledUntil(ready);

  const close = (focusTrigger: boolean): void => {
    const trigger = confirming === 'reset' ? resetRef.current : deleteRef.current;
    setConfirming(null);
    if (focusTrigger) trigger?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const opened = onSwitch(name, {start: true});
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
              onSwitch(event.target.value, {start: false});
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
      {/* Live, so the error is announced when Start run refuses an empty name. */}
      <p
        id={`${newId}-hint`}
        className={clsx(styles.hint, nameError && styles.hintError)}
        aria-live="polite"
      >
        {nameError ? NAME_MISSING : HINT}
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
        <Confirm
          question={confirming === 'reset' ? resetQuestion : deleteQuestion}
          confirmLabel={confirming === 'reset' ? 'Yes, reset run' : 'Yes, delete run'}
          onConfirm={() => {
            close(true);
            if (confirming === 'reset') onReset();
            else onDelete();
          }}
          onCancel={() => close(true)}
        />
      )}
    </fieldset>
  );
}

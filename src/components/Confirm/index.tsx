/**
 * An inline "are you sure?" for a destructive action: the question, the action and Cancel. The
 * action button takes the focus when it opens; Escape or Cancel close it (the caller puts the focus
 * back on what opened it).
 */
import {useEffect, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface ConfirmProps {
  readonly question: ReactNode;
  /** The action's button, e.g. "Yes, delete run". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export default function Confirm({
  question,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmProps): ReactNode {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <div
      className={styles.confirm}
      role="group"
      aria-label="Confirm"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <p>{question}</p>
      <button
        ref={confirmRef}
        type="button"
        className={clsx('button button--sm', styles.dangerButton)}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--link button--sm" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

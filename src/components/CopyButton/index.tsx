/**
 * A button that copies text to the clipboard and says whether that worked. Every copy button on
 * the site is this one, so the clipboard rules (src/utils/clipboard) and the announcement behave
 * the same everywhere.
 *
 * Where the outcome is said: by default in the button's own live region, cleared after a moment;
 * a component that already has a status line (a run's status, a form's) passes `onStatus` and
 * shows it there, so a page has one place that speaks.
 */
import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {copyText} from '@site/src/utils/clipboard';
import styles from './styles.module.css';

/** What the button's own live region says when the caller does not pass `status`. */
export const DEFAULT_STATUS = {
  copied: 'Copied',
  failed: 'Copy failed: select the text and copy it',
} as const;

/** How long the button's own status stays, ms. */
export const OWN_STATUS_MS = 2000;

export interface CopyButtonProps {
  /** What to copy, or a function that makes it when the button is pressed. */
  readonly text: string | (() => string);
  /** The button's text, which is also its accessible name unless `accessibleName` is given. */
  readonly label: string;
  /** A fuller name for assistive technology, when the text relies on what is around it. */
  readonly accessibleName?: string;
  /** What to say after the attempt; `copied` is false when the clipboard refused the text. */
  readonly status?: (copied: boolean) => string;
  /** Shows the status in the caller's live region instead of the button's own. */
  readonly onStatus?: (status: string) => void;
  /** After the attempt, before the status: e.g. to show or select the text for copying by hand. */
  readonly onCopied?: (copied: boolean, text: string) => void;
  /** Infima's button style: primary for a form's main action, link for a quiet one. */
  readonly variant?: 'primary' | 'secondary' | 'link';
  readonly className?: string;
}

/** A status that empties itself `OWN_STATUS_MS` after it is set. */
function useFadingStatus(): [string, (status: string) => void] {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (status === '') return;
    const timer = window.setTimeout(() => setStatus(''), OWN_STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  return [status, setStatus];
}

function defaultStatus(copied: boolean): string {
  return copied ? DEFAULT_STATUS.copied : DEFAULT_STATUS.failed;
}

export default function CopyButton({
  text,
  label,
  accessibleName,
  status = defaultStatus,
  onStatus,
  onCopied,
  variant = 'secondary',
  className,
}: CopyButtonProps): ReactNode {
  const [ownStatus, setOwnStatus] = useFadingStatus();
  const copy = async (): Promise<void> => {
    const value = typeof text === 'function' ? text() : text;
    const copied = await copyText(value);
    onCopied?.(copied, value);
    (onStatus ?? setOwnStatus)(status(copied));
  };
  const button = (
    <button
      type="button"
      className={clsx('button button--sm', `button--${variant}`, className)}
      aria-label={accessibleName}
      onClick={() => void copy()}
    >
      {label}
    </button>
  );
  if (onStatus) return button;
  return (
    <span className={styles.copy}>
      {button}
      <span role="status" className={styles.status}>
        {ownStatus}
      </span>
    </span>
  );
}

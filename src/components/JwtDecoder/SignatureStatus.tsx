import type {SignatureResult} from '@site/src/lib/jwt/types';
import styles from './styles.module.css';

const LABELS: Readonly<Record<SignatureResult['status'], string>> = {
  verified: 'Signature verified',
  invalid: 'Signature invalid',
  'not-checked': 'Signature not checked',
};

interface Props {
  /** Undefined while the check runs or before the decoder has loaded. */
  readonly result?: SignatureResult;
  readonly ready: boolean;
}

/** The signature verdict, kept apart from the claim findings. */
export default function SignatureStatus({result, ready}: Props): React.JSX.Element {
  const status = result?.status ?? 'not-checked';
  return (
    <div
      role="status"
      aria-label="Signature status"
      className={`${styles.signatureStatus} ${styles[`status-${status}`] ?? ''}`}
    >
      {result ? (
        <>
          <p className={styles.statusLine}>
            <strong>{LABELS[result.status]}</strong>: {result.message}{' '}
            <code className={styles.code}>{result.code}</code>
          </p>
          {result.notes.length > 0 && (
            <ul className={styles.notes}>
              {result.notes.map((note) => (
                <li key={note.code + note.message}>
                  {note.message} <code className={styles.code}>{note.code}</code>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className={styles.statusLine}>
          <strong>Signature not checked</strong>:{' '}
          {ready ? 'checking…' : 'the decoder needs JavaScript.'}
        </p>
      )}
    </div>
  );
}

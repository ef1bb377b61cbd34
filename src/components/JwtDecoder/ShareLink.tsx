import {useState} from 'react';
import {shareLink} from '@site/src/hooks/useJwtDecoder';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

/**
 * "Copy share link": puts the token (never the key) in the URL fragment, which browsers do not
 * send to servers, after telling the reader what sharing a token means.
 */
export default function ShareLink({token}: {token: string}): React.JSX.Element {
  const [step, setStep] = useState<'idle' | 'warning' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');
  const afterCopy = (copied: boolean, url: string) => {
    setLink(url);
    setStep(copied ? 'copied' : 'manual');
  };
  return (
    <div className={styles.share}>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={token === ''}
        aria-expanded={step === 'warning'}
        onClick={() => setStep('warning')}
      >
        Copy share link
      </button>
      {step === 'warning' && (
        <div className={styles.shareWarning}>
          <p>
            The link contains the whole token after the <code>#</code>. Anyone who gets it can read
            every claim and, until the token expires, use it as that user. The verification key is
            never included. Browsers do not send the part after <code>#</code> to servers, but it
            stays in history and chat logs: share only test tokens.
          </p>
          <CopyButton
            text={() => shareLink(token)}
            label="Copy the link anyway"
            variant="primary"
            onCopied={afterCopy}
            // The outcome is said below, from `step`: the warning closes once the link is copied.
            onStatus={() => {}}
          />{' '}
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => setStep('idle')}
          >
            Cancel
          </button>
        </div>
      )}
      <span role="status" className={styles.copyStatus}>
        {step === 'copied' ? 'Share link copied.' : ''}
      </span>
      {step === 'manual' && (
        <label className={styles.field}>
          Share link (copy it yourself)
          <input
            className={styles.input}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}

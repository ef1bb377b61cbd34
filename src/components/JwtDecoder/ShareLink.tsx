import {useState} from 'react';
import {shareLink} from '@site/src/hooks/useJwtDecoder';
import {copyText} from '@site/src/utils/clipboard';
import styles from './styles.module.css';

/**
 * "Copy share link": puts the token (never the key) in the URL fragment, which browsers do not
 * send to servers, after telling the reader what sharing a token means.
 */
export default function ShareLink({token}: {token: string}): React.JSX.Element {
  const [step, setStep] = useState<'idle' | 'warning' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');
  const copy = () => {
    const url = shareLink(token);
    setLink(url);
    void copyText(url).then((copied) => setStep(copied ? 'copied' : 'manual'));
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
          <button type="button" className="button button--sm button--primary" onClick={copy}>
            Copy the link anyway
          </button>{' '}
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

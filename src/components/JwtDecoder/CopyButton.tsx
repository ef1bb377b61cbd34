import {useEffect, useState} from 'react';
import {copyText} from '@site/src/utils/clipboard';
import styles from './styles.module.css';

interface Props {
  readonly text: string;
  /** Accessible name, e.g. "Copy header". */
  readonly label: string;
}

/** Copies `text` to the clipboard; says whether it worked. */
export default function CopyButton({text, label}: Props): React.JSX.Element {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = () => {
    void copyText(text).then((copied) => setState(copied ? 'copied' : 'failed'));
  };
  return (
    <span className={styles.copy}>
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className={styles.copyStatus}>
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy failed: select the text and copy it'
            : ''}
      </span>
    </span>
  );
}

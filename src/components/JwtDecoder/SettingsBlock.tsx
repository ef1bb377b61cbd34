/**
 * The service panel's "Paste a JWT_AUTH block" box: a YAML or JSON block read into the fields.
 * Opened on arrival by the panel's anchor, since a page links there to have a block checked.
 */
import {memo, useEffect, useRef, useState} from 'react';
import type {BlockResult} from '@site/src/lib/jwt/serviceForm';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  /** The panel's anchor: arriving by it opens this box. */
  readonly anchor: string;
  readonly applyBlock: (block: string) => Promise<BlockResult>;
}

/** Memoised (its props do not change), so a new token or result does not re-render its box. */
export default memo(function SettingsBlock({id, anchor, applyBlock}: Props): React.JSX.Element {
  const [block, setBlock] = useState('');
  const [result, setResult] = useState<BlockResult>();
  const details = useRef<HTMLDetailsElement>(null);

  // Arriving by the panel's anchor, the reader has a block to paste: open its box. The DOM's own
  // `open` is set, not React state, so the page does no render for it.
  useEffect(() => {
    if (window.location.hash === `#${anchor}` && details.current) {
      details.current.open = true;
    }
  }, [anchor]);

  return (
    <details ref={details} className={styles.block}>
      <summary>Paste a JWT_AUTH block (YAML or JSON)</summary>
      <div className={styles.field}>
        <label htmlFor={`${id}-block`} className={styles.label}>
          JWT_AUTH settings
        </label>
        <textarea
          id={`${id}-block`}
          className={`${styles.input} ${styles.keyInput}`}
          rows={6}
          value={block}
          onChange={(event) => setBlock(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder={'JWT_AUTH:\n  JWT_ISSUERS:\n    - ISSUER: …'}
        />
      </div>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() => void applyBlock(block).then(setResult)}
      >
        Apply settings
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={styles.hint}>
          {result.message}
        </p>
      )}
    </details>
  );
});

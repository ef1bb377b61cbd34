/**
 * The "Encoded token" box: a token, or text with a token inside it. Memoised, like the other
 * panels with inputs: the decoder re-renders every second while its clock ticks, and React resets
 * an input's `name` and `type` on every update, which costs under Lighthouse's tracing
 * (decisions/0010).
 */
import {memo} from 'react';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  /** The token came from a `#token=` link, which the decoder has removed from the address. */
  readonly fromLink: boolean;
}

export default memo(function EncodedTokenField({
  id,
  text,
  onTextChange,
  fromLink,
}: Props): React.JSX.Element {
  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-token`} className={styles.label}>
        Encoded token
      </label>
      <textarea
        id={`${id}-token`}
        className={`${styles.input} ${styles.tokenInput}`}
        rows={5}
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        aria-describedby={`${id}-token-hint`}
        placeholder="eyJhbGciOi…"
      />
      <p id={`${id}-token-hint`} className={styles.hint}>
        A token, an <code>Authorization</code> header, a <code>Cookie</code> header or a JSON
        response: the token is found inside it.
      </p>
      {fromLink && (
        <p role="status" className={styles.hint}>
          This token came from the link you opened. The decoder removed it from the address bar and
          from this page’s history entry, so the address no longer carries it.
        </p>
      )}
    </div>
  );
});

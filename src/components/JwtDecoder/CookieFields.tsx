/** The two Open edX JWT cookie boxes, an alternative to the "Encoded token" box. */
import {memo} from 'react';
import styles from './styles.module.css';

/**
 * The two cookie boxes. Memoised, like the other panels with inputs: React resets an input's `name`
 * and `type` on every update, which costs under Lighthouse's tracing (decisions/0010).
 */
export default memo(function CookieFields({
  id,
  headerPayload,
  onHeaderPayloadChange,
  signature,
  onSignatureChange,
  inUse,
}: {
  readonly id: string;
  readonly headerPayload: string;
  readonly onHeaderPayloadChange: (value: string) => void;
  readonly signature: string;
  readonly onSignatureChange: (value: string) => void;
  readonly inUse: boolean;
}): React.JSX.Element {
  return (
    <fieldset className={styles.cookies}>
      <legend className={styles.label}>Or the two Open edX JWT cookies</legend>
      <div className={styles.cookieFields}>
        <div className={styles.field}>
          <label htmlFor={`${id}-hp`}>Header and payload cookie</label>
          <input
            id={`${id}-hp`}
            className={styles.input}
            value={headerPayload}
            onChange={(event) => onHeaderPayloadChange(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder="edx-jwt-cookie-header-payload"
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-sig`}>Signature cookie</label>
          <input
            id={`${id}-sig`}
            className={styles.input}
            value={signature}
            onChange={(event) => onSignatureChange(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder="edx-jwt-cookie-signature"
          />
        </div>
      </div>
      {inUse && (
        <p className={styles.hint}>
          Decoding the two cookies joined as header.payload.signature; the “Encoded token” box is
          ignored while either cookie box has text.
        </p>
      )}
    </fieldset>
  );
});

/**
 * The "Verification key" box and its "Secret encoding". Memoised, so that a new token or result
 * does not re-render them (see EncodedTokenField).
 */
import {memo} from 'react';
import type {SecretEncoding} from '@site/src/lib/jwt/types';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly keyText: string;
  readonly onKeyTextChange: (text: string) => void;
  readonly secretEncoding: SecretEncoding;
  readonly onSecretEncodingChange: (encoding: SecretEncoding) => void;
}

export default memo(function VerificationKeyFields({
  id,
  keyText,
  onKeyTextChange,
  secretEncoding,
  onSecretEncodingChange,
}: Props): React.JSX.Element {
  return (
    <div className={styles.keyFields}>
      <div className={styles.field}>
        <label htmlFor={`${id}-key`} className={styles.label}>
          Verification key
        </label>
        <textarea
          id={`${id}-key`}
          className={`${styles.input} ${styles.keyInput}`}
          rows={3}
          value={keyText}
          onChange={(event) => onKeyTextChange(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          aria-describedby={`${id}-key-hint`}
        />
        <p id={`${id}-key-hint`} className={styles.hint}>
          An HMAC secret, a PEM public key or certificate, a JWK, or a JWK Set such as{' '}
          <code>JWT_PUBLIC_SIGNING_JWK_SET</code> (the key is picked by <code>kid</code>, or each is
          tried in turn). Never paste a production private key into any web page.
        </p>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-encoding`} className={styles.label}>
          Secret encoding
        </label>
        <select
          id={`${id}-encoding`}
          className={styles.select}
          value={secretEncoding}
          onChange={(event) => onSecretEncodingChange(event.target.value as SecretEncoding)}
        >
          <option value="text">text (as typed)</option>
          <option value="base64">base64</option>
          <option value="base64url">base64url</option>
        </select>
      </div>
    </div>
  );
});

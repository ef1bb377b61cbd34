/**
 * The service panel's JWT_AUTH fields: the JWT_ISSUERS entries, the public JWK Set, the supported
 * version, the leeway and the verification switches. Edits go to the form's reducer
 * (src/lib/jwt/serviceForm.ts) through `dispatch`.
 */
import {memo, type Dispatch} from 'react';
import type {ServiceForm, ServiceFormAction} from '@site/src/lib/jwt/serviceForm';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly form: ServiceForm;
  readonly dispatch: Dispatch<ServiceFormAction>;
}

const ISSUER_FIELDS = [
  ['issuer', 'ISSUER'],
  ['audience', 'AUDIENCE'],
  ['secretKey', 'SECRET_KEY'],
] as const;

function IssuerEntries({id, form: {issuers}, dispatch}: Props): React.JSX.Element {
  return (
    <>
      {issuers.map((row, index) => (
        <fieldset key={index} className={styles.cookies}>
          <legend className={styles.label}>
            JWT_ISSUERS entry {index + 1}
            {index === 0 ? ' (its secret and audience are the only ones used)' : ' (iss only)'}
          </legend>
          <div className={styles.cookieFields}>
            {ISSUER_FIELDS.map(([field, label]) => (
              <div className={styles.field} key={field}>
                <label htmlFor={`${id}-iss-${index}-${field}`}>{label}</label>
                <input
                  id={`${id}-iss-${index}-${field}`}
                  className={styles.input}
                  value={row[field]}
                  onChange={(event) =>
                    dispatch({type: 'edit-issuer', index, field, value: event.target.value})
                  }
                  spellCheck={false}
                  autoComplete="off"
                  aria-label={`Issuer ${index + 1} ${label}`}
                />
              </div>
            ))}
          </div>
          {issuers.length > 1 && (
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => dispatch({type: 'remove-issuer', index})}
            >
              Remove entry {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => dispatch({type: 'add-issuer'})}
        >
          Add an issuer
        </button>{' '}
        <span className={styles.hint}>An empty field counts as None.</span>
      </p>
    </>
  );
}

function PublicJwkSetField({id, form, dispatch}: Props): React.JSX.Element {
  const {publicJwkSet, publicJwkSetType} = form;
  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-jwks`} className={styles.label}>
        JWT_PUBLIC_SIGNING_JWK_SET
      </label>
      <textarea
        id={`${id}-jwks`}
        className={`${styles.input} ${styles.keyInput}`}
        rows={3}
        value={publicJwkSet}
        onChange={(event) => dispatch({type: 'edit-public-jwk-set', value: event.target.value})}
        spellCheck={false}
        autoComplete="off"
        placeholder='{"keys": [...]}'
        aria-describedby={publicJwkSetType ? `${id}-jwks-type` : undefined}
      />
      {publicJwkSetType && (
        <p id={`${id}-jwks-type`} className={styles.hint}>
          The pasted block gave this setting as a {publicJwkSetType}, not a JSON string, so the
          decoder cannot load it. Edit the field to use this text as a string.
        </p>
      )}
    </div>
  );
}

function VersionAndLeeway({id, form, dispatch}: Props): React.JSX.Element {
  return (
    <div className={styles.cookieFields}>
      <div className={styles.field}>
        <label htmlFor={`${id}-version`} className={styles.label}>
          JWT_SUPPORTED_VERSION
        </label>
        <input
          id={`${id}-version`}
          className={styles.input}
          value={form.supportedVersion}
          onChange={(event) =>
            dispatch({type: 'edit-text', field: 'supportedVersion', value: event.target.value})
          }
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-leeway`} className={styles.label}>
          JWT_LEEWAY (seconds)
        </label>
        <input
          id={`${id}-leeway`}
          className={styles.input}
          type="number"
          value={form.leeway}
          onChange={(event) =>
            dispatch({type: 'edit-text', field: 'leeway', value: event.target.value})
          }
        />
      </div>
    </div>
  );
}

const SWITCHES = [
  ['verifyExpiration', 'JWT_VERIFY_EXPIRATION'],
  ['verifyAudience', 'JWT_VERIFY_AUDIENCE'],
  ['asymmetricOnly', 'Mobile session exchange (asymmetric-only decoder)'],
] as const;

function Switches({form, dispatch}: Props): React.JSX.Element {
  return (
    <div className={styles.checks}>
      {SWITCHES.map(([field, label]) => (
        <label key={field}>
          <input
            type="checkbox"
            checked={form[field]}
            onChange={(event) => dispatch({type: 'set-flag', field, value: event.target.checked})}
          />{' '}
          {label}
        </label>
      ))}
    </div>
  );
}

/**
 * The JWT_AUTH fields. Memoised, so that loading the decoder's code or a new result does not
 * re-render a dozen inputs: React resets an input's `name` and `type` on every update, and under
 * Lighthouse's tracing each reset costs (decisions/0010).
 */
export default memo(function ServiceSettingsFields(props: Props): React.JSX.Element {
  return (
    <>
      <IssuerEntries {...props} />
      <PublicJwkSetField {...props} />
      <VersionAndLeeway {...props} />
      <Switches {...props} />
    </>
  );
});

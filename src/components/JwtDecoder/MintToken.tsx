/**
 * "Create a test token": edit header and claims (from an Open edX-shaped template), pick an
 * algorithm, sign with a secret or a key pair generated in this tab, and load the result into the
 * decoder with the key that verifies it. The private key is not extractable, lives only in this
 * component's memory, and is never shown, stored or sent.
 */
import {useId, useMemo, useState} from 'react';
import {useJwtLib, type JwtLib} from '@site/src/hooks/useJwtLib';
import type {MintAlgorithm, TestKeyPair} from '@site/src/lib/jwt/mint';
import CopyButton from '@site/src/components/CopyButton';
import styles from './styles.module.css';

interface Props {
  /** Loads a created token into the decoder, with the secret or public JWK Set that verifies it. */
  readonly onLoad: (token: string, verificationKey: string) => void;
}

const ALGORITHMS: readonly MintAlgorithm[] = ['HS256', 'RS256', 'RS512', 'ES256'];

/** The Open edX-shaped header and claims as pretty JSON, issued now and valid for one hour. */
function templateTexts(lib: JwtLib, alg: MintAlgorithm): {header: string; claims: string} {
  const template = lib.openEdxTemplate(Date.now() / 1000);
  return {
    header: JSON.stringify({...template.header, alg}, null, 2),
    claims: JSON.stringify(template.claims, null, 2),
  };
}

export default function MintToken({onLoad}: Props): React.JSX.Element {
  const id = useId();
  const lib = useJwtLib();
  const [alg, setAlg] = useState<MintAlgorithm>('RS512');
  // Undefined until the reader edits a box: until then it shows the Open edX template, issued
  // when the signing code arrived. The button issues it again at the current time.
  const [editedHeader, setHeaderText] = useState<string>();
  const [editedClaims, setClaimsText] = useState<string>();
  const initial = useMemo(() => (lib ? templateTexts(lib, 'RS512') : undefined), [lib]);
  const headerText = editedHeader ?? initial?.header ?? '';
  const claimsText = editedClaims ?? initial?.claims ?? '';
  const [secret, setSecret] = useState('');
  const [keyPair, setKeyPair] = useState<TestKeyPair>();
  // The created token and the key that verifies it, fixed when it was created.
  const [created, setCreated] = useState<{token: string; verificationKey: string}>();
  const token = created?.token ?? '';
  const [message, setMessage] = useState<{ok: boolean; text: string}>();

  const fillTemplate = () => {
    if (!lib) return;
    const template = templateTexts(lib, alg);
    setHeaderText(template.header);
    setClaimsText(template.claims);
  };

  const generate = async () => {
    if (!lib || alg === 'HS256') return;
    try {
      setKeyPair(await lib.generateTestKeyPair(alg, `test-${alg.toLowerCase()}-${Date.now()}`));
      setMessage({ok: true, text: `Generated a new ${alg} key pair in this tab.`});
    } catch (error) {
      setMessage({
        ok: false,
        text: `This browser could not generate the key: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const create = async () => {
    if (!lib) return;
    const result = await lib.mintTestToken({headerText, claimsText, alg, secret, keyPair});
    if (result.ok) {
      const verificationKey = lib.testVerificationKey(alg, secret, keyPair, headerText);
      setCreated({token: result.token, verificationKey});
      setMessage({ok: true, text: `Created an ${alg} test token.`});
    } else {
      setMessage({ok: false, text: result.message});
    }
  };

  // The kid typed in the test header is the kid of the key in the set: a verifier that picks
  // keys by kid, as the Open edX decoder does, finds it.
  const publicJwks = lib ? lib.shownTestJwks(alg, keyPair, headerText) : '';

  return (
    <section className={styles.service} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Create a test token</h3>
      <p className={styles.privacy}>
        <strong>For testing only.</strong> Tokens made here are signed with a secret you type or a
        key pair generated in this tab; no real service trusts them. The private key cannot be
        exported, is never shown, saved or sent, and is gone when you leave the page.
      </p>
      {!lib ? (
        <p className={styles.placeholder}>Creating tokens needs JavaScript.</p>
      ) : (
        <>
          <p>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={fillTemplate}
            >
              Start from the Open edX template
            </button>{' '}
            <span className={styles.hint}>Issued at the current time, valid for one hour.</span>
          </p>
          <div className={styles.panels}>
            <div className={styles.field}>
              <label htmlFor={`${id}-header`} className={styles.label}>
                Test header (JSON)
              </label>
              <textarea
                id={`${id}-header`}
                className={`${styles.input} ${styles.keyInput}`}
                rows={4}
                value={headerText}
                onChange={(event) => setHeaderText(event.target.value)}
                spellCheck={false}
                autoComplete="off"
              />
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-claims`} className={styles.label}>
                Test claims (JSON)
              </label>
              <textarea
                id={`${id}-claims`}
                className={`${styles.input} ${styles.keyInput}`}
                rows={10}
                value={claimsText}
                onChange={(event) => setClaimsText(event.target.value)}
                spellCheck={false}
                autoComplete="off"
              />
            </div>
          </div>
          <div className={styles.keyFields}>
            <div className={styles.field}>
              <label htmlFor={`${id}-alg`} className={styles.label}>
                Algorithm
              </label>
              <select
                id={`${id}-alg`}
                className={styles.select}
                value={alg}
                onChange={(event) => setAlg(event.target.value as MintAlgorithm)}
              >
                {ALGORITHMS.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            {alg === 'HS256' ? (
              <div className={styles.field}>
                <label htmlFor={`${id}-secret`} className={styles.label}>
                  Test secret
                </label>
                <input
                  id={`${id}-secret`}
                  className={styles.input}
                  value={secret}
                  onChange={(event) => setSecret(event.target.value)}
                  spellCheck={false}
                  autoComplete="off"
                />
              </div>
            ) : (
              <div className={styles.field}>
                <span className={styles.label}>Key pair</span>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  onClick={() => void generate()}
                >
                  {publicJwks ? `Generate a new ${alg} key pair` : `Generate an ${alg} key pair`}
                </button>
                {alg === 'ES256' && (
                  <p className={styles.hint}>
                    The shared Open edX decoder never uses EC keys, so no key of a service (or of
                    the service panel above) verifies ES256 tokens; use them to test other
                    verifiers.
                  </p>
                )}
              </div>
            )}
          </div>
          <p>
            <button
              type="button"
              className="button button--sm button--primary"
              onClick={() => void create()}
            >
              Create test token
            </button>
          </p>
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={styles.hint}>
              {message.text}
            </p>
          )}
          {publicJwks && (
            <div className={styles.field}>
              <label htmlFor={`${id}-jwks`} className={styles.label}>
                Public JWK Set for JWT_PUBLIC_SIGNING_JWK_SET
              </label>
              <textarea
                id={`${id}-jwks`}
                className={`${styles.input} ${styles.keyInput}`}
                rows={4}
                value={publicJwks}
                readOnly
              />
              <CopyButton text={publicJwks} label="Copy public JWK Set" />
            </div>
          )}
          {token && (
            <div className={styles.field}>
              <label htmlFor={`${id}-token`} className={styles.label}>
                Test token
              </label>
              <textarea
                id={`${id}-token`}
                className={`${styles.input} ${styles.keyInput}`}
                rows={4}
                value={token}
                readOnly
              />
              <p>
                <button
                  type="button"
                  className="button button--sm button--primary"
                  onClick={() => created && onLoad(created.token, created.verificationKey)}
                >
                  Load into the decoder
                </button>{' '}
                <span className={styles.hint}>
                  Fills the token box, and the verification key with the{' '}
                  {alg === 'HS256' ? 'test secret' : 'public JWK Set'}.
                </span>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/**
 * "As an Open edX service sees it": the reader describes a verifying service's JWT_AUTH settings
 * (in fields, or by pasting a YAML/JSON block) and sees, step by step, what the shared decoder of
 * edx-drf-extensions would do with the token, and which custom attributes it would record. The
 * model lives in src/lib/jwt/service; the YAML reader is loaded only when a block is applied.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {JwtLib} from '@site/src/hooks/useJwtDecoder';
import {useServiceSimulation} from '@site/src/hooks/useServiceSimulation';
import type {
  IssuerSettings,
  RejectedSimulation,
  ServiceSettings,
  Simulation,
} from '@site/src/lib/jwt/service/types';
import type {Inspection} from '@site/src/lib/jwt/types';
import styles from './styles.module.css';

interface Props {
  readonly lib?: JwtLib;
  readonly inspection?: Inspection;
  readonly now?: Date;
}

interface IssuerRow {
  readonly issuer: string;
  readonly audience: string;
  readonly secretKey: string;
}

/**
 * The panel's anchor: `/docs/tools/jwt-decoder#service-panel` scrolls to it and opens the box for a
 * pasted JWT_AUTH block, so a page that shows a block can link straight to where it is checked.
 * Only settings travel that way, by the clipboard; a token never goes in the link.
 */
export const SERVICE_PANEL_ANCHOR = 'service-panel';

const INITIAL_ISSUERS: readonly IssuerRow[] = [
  {issuer: 'http://127.0.0.1:8000/oauth2', audience: 'change-me', secretKey: ''},
];

/** Empty fields are Python's None, as an unset setting would be. */
function toIssuer(row: IssuerRow): IssuerSettings {
  return {
    issuer: row.issuer === '' ? null : row.issuer,
    audience: row.audience === '' ? null : row.audience,
    secretKey: row.secretKey === '' ? null : row.secretKey,
  };
}

function fromIssuer(entry: IssuerSettings): IssuerRow {
  return {
    issuer: entry.issuer ?? '',
    audience: entry.audience ?? '',
    secretKey: entry.secretKey ?? '',
  };
}

function attributeValue(value: string | number | boolean | null): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  return String(value);
}

const OUTCOME_CLASS: Readonly<Record<Simulation['outcome'], string | undefined>> = {
  accepted: styles['status-verified'],
  rejected: styles['status-invalid'],
  'unsafe-configuration': styles['status-unsafe'],
};

/**
 * What monitoring shows for a rejection (`jwt_auth_failed`) and, when that hides it, why the
 * token really failed: after failed signature passes the decoder re-raises the last key's error.
 */
function ReportedError({simulation}: {readonly simulation: RejectedSimulation}): React.JSX.Element {
  const {reported, cause} = simulation;
  const differs = cause.error !== reported.error || cause.key !== reported.key;
  return (
    <>
      <p className={styles.statusLine}>
        Monitoring shows <code className={styles.code}>{reported.error}</code>:{' '}
        <Link to="/docs/reference/monitoring-attributes#jwt_auth_failed">
          <code>jwt_auth_failed</code>
        </Link>{' '}
        records <code className={styles.code}>Exception:{reported.error}(…)</code>
        {reported.key ? (
          <>
            , the error of the last key tried ({reported.key}): {reported.message}
          </>
        ) : (
          <>: {reported.message}</>
        )}
      </p>
      {differs && (
        <p className={styles.statusLine}>
          Why it really failed: <code className={styles.code}>{cause.error}</code>
          {cause.key ? ` from ${cause.key}` : ''}: {cause.message}
        </p>
      )}
    </>
  );
}

function OutcomeText({simulation}: {readonly simulation: Simulation}): React.JSX.Element {
  if (simulation.outcome === 'unsafe-configuration') {
    return (
      <>
        <p className={styles.statusLine}>
          <strong>Unsafe configuration: configure JWT_PUBLIC_SIGNING_JWK_SET</strong>
        </p>
        <p className={styles.statusLine}>{simulation.reason}</p>
        <p className={styles.statusLine}>{simulation.advice}</p>
      </>
    );
  }
  if (simulation.outcome === 'accepted') {
    return (
      <p className={styles.statusLine}>
        <strong>Accepted</strong>: {simulation.reason}
      </p>
    );
  }
  return (
    <>
      <p className={styles.statusLine}>
        <strong>Rejected</strong>: {simulation.reason}{' '}
        <code className={styles.code}>{simulation.code}</code>
      </p>
      <ReportedError simulation={simulation} />
    </>
  );
}

interface SettingsFieldsProps {
  readonly id: string;
  readonly issuers: readonly IssuerRow[];
  readonly setIssuers: Dispatch<SetStateAction<readonly IssuerRow[]>>;
  readonly publicJwkSet: string;
  readonly publicJwkSetType: string | undefined;
  readonly onPublicJwkSetChange: (text: string) => void;
  readonly supportedVersion: string;
  readonly setSupportedVersion: (value: string) => void;
  readonly leeway: string;
  readonly setLeeway: (value: string) => void;
  readonly verifyExpiration: boolean;
  readonly setVerifyExpiration: (value: boolean) => void;
  readonly verifyAudience: boolean;
  readonly setVerifyAudience: (value: boolean) => void;
  readonly asymmetricOnly: boolean;
  readonly setAsymmetricOnly: (value: boolean) => void;
}

/**
 * The JWT_AUTH fields. Memoised, so that loading the decoder's code or a new result does not
 * re-render a dozen inputs: React resets an input's `name` and `type` on every update, and under
 * Lighthouse's tracing each reset costs (decisions/0010).
 */
const SettingsFields = memo(function SettingsFields({
  id,
  issuers,
  setIssuers,
  publicJwkSet,
  publicJwkSetType,
  onPublicJwkSetChange,
  supportedVersion,
  setSupportedVersion,
  leeway,
  setLeeway,
  verifyExpiration,
  setVerifyExpiration,
  verifyAudience,
  setVerifyAudience,
  asymmetricOnly,
  setAsymmetricOnly,
}: SettingsFieldsProps): React.JSX.Element {
  const updateIssuer = (index: number, field: keyof IssuerRow, value: string) =>
    setIssuers((rows) => rows.map((row, i) => (i === index ? {...row, [field]: value} : row)));
  return (
    <>
      {issuers.map((row, index) => (
        <fieldset key={index} className={styles.cookies}>
          <legend className={styles.label}>
            JWT_ISSUERS entry {index + 1}
            {index === 0 ? ' (its secret and audience are the only ones used)' : ' (iss only)'}
          </legend>
          <div className={styles.cookieFields}>
            {(
              [
                ['issuer', 'ISSUER'],
                ['audience', 'AUDIENCE'],
                ['secretKey', 'SECRET_KEY'],
              ] as const
            ).map(([field, label]) => (
              <div className={styles.field} key={field}>
                <label htmlFor={`${id}-iss-${index}-${field}`}>{label}</label>
                <input
                  id={`${id}-iss-${index}-${field}`}
                  className={styles.input}
                  value={row[field]}
                  onChange={(event) => updateIssuer(index, field, event.target.value)}
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
              onClick={() => setIssuers((rows) => rows.filter((_, i) => i !== index))}
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
          onClick={() => setIssuers((rows) => [...rows, {issuer: '', audience: '', secretKey: ''}])}
        >
          Add an issuer
        </button>{' '}
        <span className={styles.hint}>An empty field counts as None.</span>
      </p>

      <div className={styles.field}>
        <label htmlFor={`${id}-jwks`} className={styles.label}>
          JWT_PUBLIC_SIGNING_JWK_SET
        </label>
        <textarea
          id={`${id}-jwks`}
          className={`${styles.input} ${styles.keyInput}`}
          rows={3}
          value={publicJwkSet}
          onChange={(event) => onPublicJwkSetChange(event.target.value)}
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
      <div className={styles.cookieFields}>
        <div className={styles.field}>
          <label htmlFor={`${id}-version`} className={styles.label}>
            JWT_SUPPORTED_VERSION
          </label>
          <input
            id={`${id}-version`}
            className={styles.input}
            value={supportedVersion}
            onChange={(event) => setSupportedVersion(event.target.value)}
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
            value={leeway}
            onChange={(event) => setLeeway(event.target.value)}
          />
        </div>
      </div>
      <div className={styles.checks}>
        <label>
          <input
            type="checkbox"
            checked={verifyExpiration}
            onChange={(event) => setVerifyExpiration(event.target.checked)}
          />{' '}
          JWT_VERIFY_EXPIRATION
        </label>
        <label>
          <input
            type="checkbox"
            checked={verifyAudience}
            onChange={(event) => setVerifyAudience(event.target.checked)}
          />{' '}
          JWT_VERIFY_AUDIENCE
        </label>
        <label>
          <input
            type="checkbox"
            checked={asymmetricOnly}
            onChange={(event) => setAsymmetricOnly(event.target.checked)}
          />{' '}
          Mobile session exchange (asymmetric-only decoder)
        </label>
      </div>
    </>
  );
});

export default function ServiceSimulation({lib, inspection, now}: Props): React.JSX.Element {
  const id = useId();
  const [issuers, setIssuers] = useState<readonly IssuerRow[]>(INITIAL_ISSUERS);
  const [publicJwkSet, setPublicJwkSet] = useState('');
  /** Set when a pasted block gave the JWK Set as a mapping or list, not a JSON string. */
  const [publicJwkSetType, setPublicJwkSetType] = useState<string>();
  const [supportedVersion, setSupportedVersion] = useState('1.2.0');
  const [leeway, setLeeway] = useState('1');
  const [verifyExpiration, setVerifyExpiration] = useState(true);
  const [verifyAudience, setVerifyAudience] = useState(true);
  const [asymmetricOnly, setAsymmetricOnly] = useState(false);
  const [block, setBlock] = useState('');
  const [blockResult, setBlockResult] = useState<{ok: boolean; message: string}>();
  const blockDetails = useRef<HTMLDetailsElement>(null);
  useBrokenLinks().collectAnchor(SERVICE_PANEL_ANCHOR);

  // Arriving by the panel's anchor, the reader has a block to paste: open its box. The DOM's own
  // `open` is set, not React state, so the page does no render for it.
  useEffect(() => {
    if (window.location.hash === `#${SERVICE_PANEL_ANCHOR}` && blockDetails.current) {
      blockDetails.current.open = true;
    }
  }, []);

  const settings = useMemo<ServiceSettings>(
    () => ({
      issuers: issuers.map(toIssuer),
      publicJwkSet,
      ...(publicJwkSetType === undefined ? {} : {publicJwkSetType}),
      supportedVersion,
      leeway: Number.isFinite(Number(leeway)) ? Number(leeway) : 0,
      verifyExpiration,
      verifyAudience,
    }),
    [
      issuers,
      publicJwkSet,
      publicJwkSetType,
      supportedVersion,
      leeway,
      verifyExpiration,
      verifyAudience,
    ],
  );
  const simulation = useServiceSimulation(lib, inspection, settings, now, asymmetricOnly);

  const onPublicJwkSetChange = useCallback((text: string) => {
    setPublicJwkSet(text);
    setPublicJwkSetType(undefined);
  }, []);

  const applyBlock = async () => {
    try {
      const {parseSettings} = await import('@site/src/lib/jwt/service/parseSettings');
      const parsed = parseSettings(block);
      if (!parsed.ok) {
        setBlockResult({ok: false, message: parsed.message});
        return;
      }
      const next = parsed.settings;
      if (next.issuers) setIssuers(next.issuers.map(fromIssuer));
      if (next.publicJwkSet !== undefined) {
        setPublicJwkSet(next.publicJwkSet);
        setPublicJwkSetType(next.publicJwkSetType);
      }
      if (next.supportedVersion !== undefined) setSupportedVersion(next.supportedVersion);
      if (next.leeway !== undefined) setLeeway(String(next.leeway));
      if (next.verifyExpiration !== undefined) setVerifyExpiration(next.verifyExpiration);
      if (next.verifyAudience !== undefined) setVerifyAudience(next.verifyAudience);
      const names = Object.keys(next).length;
      setBlockResult({
        ok: true,
        message: `Applied ${names} setting${names === 1 ? '' : 's'} to the fields below; the others keep their values.${parsed.notes.length > 0 ? ` ${parsed.notes.join(' ')}` : ''}`,
      });
    } catch {
      setBlockResult({ok: false, message: 'The settings reader could not load. Reload the page.'});
    }
  };

  return (
    <section id={SERVICE_PANEL_ANCHOR} className={styles.service} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>As an Open edX service sees it</h3>
      <p>
        Describe a verifying service’s <code>JWT_AUTH</code> settings; the token then runs through a
        model of the shared decoder in edx-drf-extensions (<code>jwt_decode_handler</code>), step by
        step, at the time chosen under “Evaluate at”.
      </p>

      <details ref={blockDetails} className={styles.block}>
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
          onClick={() => void applyBlock()}
        >
          Apply settings
        </button>
        {blockResult && (
          <p role={blockResult.ok ? 'status' : 'alert'} className={styles.hint}>
            {blockResult.message}
          </p>
        )}
      </details>

      <SettingsFields
        id={id}
        issuers={issuers}
        setIssuers={setIssuers}
        publicJwkSet={publicJwkSet}
        publicJwkSetType={publicJwkSetType}
        onPublicJwkSetChange={onPublicJwkSetChange}
        supportedVersion={supportedVersion}
        setSupportedVersion={setSupportedVersion}
        leeway={leeway}
        setLeeway={setLeeway}
        verifyExpiration={verifyExpiration}
        setVerifyExpiration={setVerifyExpiration}
        verifyAudience={verifyAudience}
        setVerifyAudience={setVerifyAudience}
        asymmetricOnly={asymmetricOnly}
        setAsymmetricOnly={setAsymmetricOnly}
      />

      <div
        role="status"
        aria-label="Service outcome"
        className={`${styles.signatureStatus} ${
          simulation ? (OUTCOME_CLASS[simulation.outcome] ?? '') : ''
        }`}
      >
        {simulation ? (
          <OutcomeText simulation={simulation} />
        ) : (
          <p className={styles.statusLine}>
            {lib ? 'Paste a token above to simulate.' : 'The simulation needs JavaScript.'}
          </p>
        )}
      </div>

      {simulation && (
        <>
          {simulation.steps.length > 0 && (
            <ol className={styles.steps} aria-label="Decoder steps">
              {simulation.steps.map((step) => (
                <li key={step.id}>
                  <strong>{step.title}</strong>: {step.status}. {step.detail}
                  {step.attempts && step.attempts.length > 0 && (
                    <ul>
                      {step.attempts.map((attempt, index) => (
                        <li key={index}>
                          {attempt.label}, {attempt.algorithms.join('/') || 'no algorithms'}:{' '}
                          {attempt.ok
                            ? 'verified'
                            : `${attempt.error ?? 'failed'}, ${attempt.message}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
          <div className={styles.tableWrap}>
            <table className={styles.claims}>
              <caption>Custom attributes the decoder would record</caption>
              <thead>
                <tr>
                  <th scope="col">Attribute</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {simulation.attributes.map((attribute) => (
                  <tr key={attribute.name}>
                    <th scope="row">
                      <Link to={`/docs/reference/monitoring-attributes#${attribute.name}`}>
                        <code>{attribute.name}</code>
                      </Link>
                    </th>
                    <td className={styles.value}>{attributeValue(attribute.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {simulation.caveats.length > 0 && (
            <ul className={styles.notes} aria-label="Caveats for this run">
              {simulation.caveats.map((caveat) => (
                <li key={caveat}>{caveat}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className={styles.hint}>
        <strong>Where the model is not exact:</strong> signatures are checked with the browser’s
        WebCrypto, not PyJWT, so keys PyJWT accepts but browsers refuse (such as RSA keys under 2048
        bits) fail here. The JWK Set is loaded, and the claims are checked, as PyJWT 2.6.0 does it;
        other PyJWT versions skip or refuse other entries, and their error texts and handling of
        unusual claim types differ. A pasted block is read as PyYAML reads it (YAML 1.1, so{' '}
        <code>no</code> is false). Of the authentication class around the decoder, only the
        exception it records in <code>jwt_auth_failed</code> is modelled; user lookup,{' '}
        <code>jwt_auth_result</code> and cookies are not.
      </p>
    </section>
  );
}

/**
 * JWT decoder playground: paste a token (or the two Open edX JWT cookies), see its parts, what
 * each claim means in Open edX, what a verifier would object to, and whether the signature
 * matches a key. All work happens in src/lib/jwt, loaded lazily with jose; this view only wires
 * inputs to it. Nothing is stored, nothing leaves the browser.
 *
 * Usage in MDX (place it under a `##` heading; it uses `###` headings inside):
 *   <JwtDecoder />
 *   <JwtDecoder sampleToken="eyJ..." />
 */
import {memo, useId, useState} from 'react';
import {useJwtDecoder, useTokenFromFragment} from '@site/src/hooks/useJwtDecoder';
import type {DecodedPart, SecretEncoding} from '@site/src/lib/jwt/types';
import ClaimsTable from './ClaimsTable';
import CompareTokens from './CompareTokens';
import CopyButton from '@site/src/components/CopyButton';
import EvaluateAt from './EvaluateAt';
import FindingsList from './FindingsList';
import MintToken from './MintToken';
import ServiceSimulation from './ServiceSimulation';
import ShareLink from './ShareLink';
import SignatureStatus from './SignatureStatus';
import TokenSegments from './TokenSegments';
import styles from './styles.module.css';

/** An Open edX-shaped HS256 token (expired), signed with EXAMPLE_SECRET. */
export const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjgwMDAvb2F1dGgyIiwiYXVkIjoiY2hhbmdlLW1lIiwiZXhwIjoxNzY3MjI5MjAwLCJpYXQiOjE3NjcyMjU2MDAsInN1YiI6ImExYjJjM2Q0ZTVmNjA3MTgyOTNhNGI1YzZkN2U4ZjkwIiwicHJlZmVycmVkX3VzZXJuYW1lIjoiZWR4Iiwic2NvcGVzIjpbInVzZXJfaWQiLCJlbWFpbCIsInByb2ZpbGUiXSwidmVyc2lvbiI6IjEuMi4wIiwiZmlsdGVycyI6W10sImlzX3Jlc3RyaWN0ZWQiOmZhbHNlLCJlbWFpbF92ZXJpZmllZCI6dHJ1ZSwiZ3JhbnRfdHlwZSI6InBhc3N3b3JkIiwidXNlcl9pZCI6MywiZW1haWwiOiJlZHhAZXhhbXBsZS5jb20iLCJuYW1lIjoiRWQgWCIsImZhbWlseV9uYW1lIjoiWCIsImdpdmVuX25hbWUiOiJFZCIsImFkbWluaXN0cmF0b3IiOmZhbHNlLCJzdXBlcnVzZXIiOmZhbHNlfQ.ewwTz7hw-SHBz2TiO7oP7gYynXzMM3-KzwQYZ27DFFc';
export const EXAMPLE_SECRET = 'example-secret-for-the-jwt-decoder';

export interface JwtDecoderProps {
  /** Pre-fills the "Encoded token" box, e.g. to illustrate a page. */
  readonly sampleToken?: string;
}

function Panel({
  title,
  tone,
  part,
  note,
}: {
  title: 'Header' | 'Payload';
  tone: string | undefined;
  part: DecodedPart | undefined;
  note?: string;
}): React.JSX.Element {
  // Indented JSON within the display limits; when the limits cut it, Copy still gives all of it.
  const text = part?.shown;
  const copied = part?.shownCut ? part.text : text;
  return (
    <section className={`${styles.panel} ${tone ?? ''}`} aria-label={title}>
      <div className={styles.panelHead}>
        <h3 className={styles.panelTitle}>{title}</h3>
        {copied !== undefined && <CopyButton text={copied} label={`Copy ${title.toLowerCase()}`} />}
      </div>
      {note && <p className={styles.panelNote}>{note}</p>}
      {text !== undefined && (
        // Scrolls once it is taller than its max-height (soon, on a phone), so it takes keyboard focus.
        <pre className={styles.json} tabIndex={0}>
          {text}
        </pre>
      )}
    </section>
  );
}

/**
 * The two cookie boxes. Memoised, like the other panels with inputs: React resets an input's `name`
 * and `type` on every update, which costs under Lighthouse's tracing (decisions/0010).
 */
const CookieFields = memo(function CookieFields({
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

export default function JwtDecoder({sampleToken = ''}: JwtDecoderProps): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState(sampleToken);
  const [headerPayloadCookie, setHeaderPayloadCookie] = useState('');
  const [signatureCookie, setSignatureCookie] = useState('');
  const [keyText, setKeyText] = useState('');
  const [secretEncoding, setSecretEncoding] = useState<SecretEncoding>('text');
  const [evaluateAt, setEvaluateAt] = useState<Date>();
  const [skew, setSkew] = useState('0');
  const [tokenFromLink, setTokenFromLink] = useState(false);
  useTokenFromFragment((token) => {
    setText(token);
    setTokenFromLink(true);
  });
  const skewSeconds = Number.isFinite(Number(skew)) ? Number(skew) : 0;
  const {ready, loadFailed, usingCookies, inspection, evaluation, signature, now, lib} =
    useJwtDecoder({
      text,
      headerPayloadCookie,
      signatureCookie,
      keyText,
      secretEncoding,
      evaluateAt,
      skewSeconds,
    });

  const hasToken = inspection !== undefined && inspection.form !== 'empty';
  // Input that leaves no token (only the signature cookie, a bare "Authorization:") still has a
  // diagnosis to show; only a truly empty input gets the prompt.
  const inputProblem =
    !hasToken && (inspection?.findings.some((finding) => finding.code !== 'input-empty') ?? false);
  const claims = inspection?.form === 'jwe' ? undefined : inspection?.payload?.json;
  const headerJson = inspection?.header?.json;
  const lifetimeSeconds =
    typeof claims?.exp === 'number' && typeof claims.iat === 'number'
      ? claims.exp - claims.iat
      : undefined;

  let payloadNote: string | undefined;
  if (inspection?.form === 'jwe') {
    payloadNote = 'Encrypted. A JWE payload can only be read with the recipient’s private key.';
  } else if (inspection?.nested) {
    payloadNote = 'Another token (nested JWT): use "Decode the inner token" below to read it.';
  } else if (inspection?.payload && !inspection.payload.json) {
    payloadNote = 'Not a JSON object, so not a claims set. Shown as text.';
  } else if (!inspection?.payload) {
    payloadNote = 'Could not be decoded: see the findings.';
  }

  return (
    <div className={styles.decoder}>
      <p className={styles.privacy}>
        <strong>Stays in your browser.</strong> Decoding and signature checks run on this page only.
        Nothing you paste is sent anywhere or saved, and the page fetches no keys, not even from a
        token’s <code>jku</code>, <code>x5u</code> or <code>iss</code>.
      </p>

      <div className={styles.field}>
        <label htmlFor={`${id}-token`} className={styles.label}>
          Encoded token
        </label>
        <textarea
          id={`${id}-token`}
          className={`${styles.input} ${styles.tokenInput}`}
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
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
        {tokenFromLink && (
          <p role="status" className={styles.hint}>
            This token came from the link you opened. The decoder removed it from the address bar
            and from this page’s history entry, so the address no longer carries it.
          </p>
        )}
      </div>

      <CookieFields
        id={id}
        headerPayload={headerPayloadCookie}
        onHeaderPayloadChange={setHeaderPayloadCookie}
        signature={signatureCookie}
        onSignatureChange={setSignatureCookie}
        inUse={usingCookies}
      />

      {!ready && (
        <p className={styles.placeholder}>
          {loadFailed
            ? 'The decoder could not load. Reload the page to try again.'
            : 'The decoder runs in your browser and needs JavaScript; with it off, this page can only explain how to read a token.'}
        </p>
      )}
      {ready && !hasToken && !inputProblem && (
        <p className={styles.placeholder}>
          Paste a token above, or{' '}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => {
              setHeaderPayloadCookie('');
              setSignatureCookie('');
              setText(EXAMPLE_TOKEN);
            }}
          >
            try an example token
          </button>{' '}
          (its HS256 secret is <code>{EXAMPLE_SECRET}</code>).
        </p>
      )}

      {/* Only with a token: there is nothing to evaluate before, and a page without the
          datetime-local input loads faster (its first use costs the browser about 25 ms). */}
      {hasToken && (
        <EvaluateAt
          value={evaluateAt}
          onChange={setEvaluateAt}
          skew={skew}
          onSkewChange={setSkew}
          lifetimeSeconds={lifetimeSeconds}
        />
      )}

      {inspection && hasToken && <TokenSegments segments={inspection.segments} />}

      {(hasToken || inputProblem) && evaluation && (
        <>
          <h3>Findings</h3>
          <FindingsList findings={evaluation.findings} />
        </>
      )}

      <h3>Signature</h3>
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
            onChange={(event) => setKeyText(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            aria-describedby={`${id}-key-hint`}
          />
          <p id={`${id}-key-hint`} className={styles.hint}>
            An HMAC secret, a PEM public key or certificate, a JWK, or a JWK Set such as{' '}
            <code>JWT_PUBLIC_SIGNING_JWK_SET</code> (the key is picked by <code>kid</code>, or each
            is tried in turn). Never paste a production private key into any web page.
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
            onChange={(event) => setSecretEncoding(event.target.value as SecretEncoding)}
          >
            <option value="text">text (as typed)</option>
            <option value="base64">base64</option>
            <option value="base64url">base64url</option>
          </select>
        </div>
      </div>
      <SignatureStatus result={signature} ready={ready} />

      {hasToken && (
        <>
          {claims && (
            <>
              <h3>Claims</h3>
              <ClaimsTable
                caption="Payload claims, with what each means in Open edX"
                entries={claims}
                kind="claim"
                times={evaluation?.times}
              />
            </>
          )}
          {headerJson && (
            <>
              <h3>Header parameters</h3>
              <ClaimsTable caption="Header parameters" entries={headerJson} kind="header" />
            </>
          )}
          <div className={styles.panels}>
            <Panel
              title="Header"
              tone={styles.toneHeader}
              part={inspection?.header}
              note={inspection?.header ? undefined : 'Could not be decoded: see the findings.'}
            />
            <Panel
              title="Payload"
              tone={styles.tonePayload}
              part={inspection?.form === 'jwe' ? undefined : inspection?.payload}
              note={payloadNote}
            />
          </div>
          {inspection?.nested && (
            <p>
              <button
                type="button"
                className="button button--sm button--primary"
                onClick={() => {
                  setHeaderPayloadCookie('');
                  setSignatureCookie('');
                  setText(inspection.nested?.token ?? '');
                }}
              >
                Decode the inner token
              </button>
            </p>
          )}
          <ShareLink token={inspection?.token ?? ''} />
        </>
      )}

      <ServiceSimulation lib={lib} inspection={inspection} now={now} />

      <CompareTokens lib={lib} inspection={inspection} now={now} />

      <MintToken
        lib={lib}
        onLoad={(token, verificationKey) => {
          setHeaderPayloadCookie('');
          setSignatureCookie('');
          setText(token);
          setKeyText(verificationKey);
          setSecretEncoding('text');
          document.getElementById(`${id}-token`)?.focus();
        }}
      />
    </div>
  );
}

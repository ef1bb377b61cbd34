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
import {useId, useMemo, useState, type ReactNode} from 'react';
import {useJwtDecoder, useTokenFromFragment} from '@site/src/hooks/useJwtDecoder';
import {useReadyWhenIdle} from '@site/src/hooks/useReadyWhenIdle';
import {JwtLibContext, type JwtLib} from '@site/src/hooks/useJwtLib';
import {useWholeAfterPaint} from '@site/src/hooks/useWholeAfterPaint';
import {firstPaintText, paintsInPart} from '@site/src/lib/jwt/firstPaint';
import {decodedView, numberOrZero, type DecodedView} from '@site/src/lib/jwt/decodedView';
import type {DecodedPart, Evaluation, Inspection, SecretEncoding} from '@site/src/lib/jwt/types';
import CopyButton from '@site/src/components/CopyButton';
import CompareTokens from './CompareTokens';
import CookieFields from './CookieFields';
import DecodedTokenTable from './DecodedTokenTable';
import EncodedTokenField from './EncodedTokenField';
import EvaluateAt from './EvaluateAt';
import FindingsList from './FindingsList';
import MintToken from './MintToken';
import ServiceSimulation from './ServiceSimulation';
import ShareLink from './ShareLink';
import SignatureStatus from './SignatureStatus';
import TokenSegments from './TokenSegments';
import VerificationKeyFields from './VerificationKeyFields';
import styles from './styles.module.css';

/** An Open edX-shaped HS256 token (expired), signed with EXAMPLE_SECRET. */
export const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjgwMDAvb2F1dGgyIiwiYXVkIjoiY2hhbmdlLW1lIiwiZXhwIjoxNzY3MjI5MjAwLCJpYXQiOjE3NjcyMjU2MDAsInN1YiI6ImExYjJjM2Q0ZTVmNjA3MTgyOTNhNGI1YzZkN2U4ZjkwIiwicHJlZmVycmVkX3VzZXJuYW1lIjoiZWR4Iiwic2NvcGVzIjpbInVzZXJfaWQiLCJlbWFpbCIsInByb2ZpbGUiXSwidmVyc2lvbiI6IjEuMi4wIiwiZmlsdGVycyI6W10sImlzX3Jlc3RyaWN0ZWQiOmZhbHNlLCJlbWFpbF92ZXJpZmllZCI6dHJ1ZSwiZ3JhbnRfdHlwZSI6InBhc3N3b3JkIiwidXNlcl9pZCI6MywiZW1haWwiOiJlZHhAZXhhbXBsZS5jb20iLCJuYW1lIjoiRWQgWCIsImZhbWlseV9uYW1lIjoiWCIsImdpdmVuX25hbWUiOiJFZCIsImFkbWluaXN0cmF0b3IiOmZhbHNlLCJzdXBlcnVzZXIiOmZhbHNlfQ.ewwTz7hw-SHBz2TiO7oP7gYynXzMM3-KzwQYZ27DFFc';
export const EXAMPLE_SECRET = 'example-secret-for-the-jwt-decoder';

/** What the parts of the result show for one token. */
interface DecodedResult {
  readonly inspection: Inspection;
  readonly view: DecodedView;
  /** Undefined until the decoder has a clock (the first render with a token). */
  readonly evaluation: Evaluation | undefined;
}

/**
 * The result for EXAMPLE_TOKEN at its issue time, in UTC: what the decoder lays out, unseen, while
 * there is no token, so that the first paste updates elements the browser has already styled and
 * laid out instead of creating them all in one frame (ADR 0030).
 */
function exampleResult(lib: JwtLib): DecodedResult {
  const inspection = lib.inspectText(EXAMPLE_TOKEN);
  const issuedAt = new Date(Number(inspection.payload?.json?.iat) * 1000);
  return {
    inspection,
    view: decodedView(inspection),
    evaluation: lib.evaluate(inspection, issuedAt, {timeZone: 'UTC'}),
  };
}

/**
 * A part of the result that a token shows: in place when `shown`, otherwise laid out at full width
 * but unseen, inert and hidden from assistive technology (the example result, ADR 0030). The same
 * element either way, so a paste changes a class, not the elements inside.
 */
function ResultPart({
  shown,
  children,
}: {
  readonly shown: boolean;
  readonly children: ReactNode;
}): React.JSX.Element {
  return (
    <div
      className={shown ? undefined : styles.laidOutUnseen}
      inert={!shown}
      aria-hidden={shown ? undefined : true}
    >
      {children}
    </div>
  );
}

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
  // A long text's first screenful paints with the paste, the rest a frame later (firstPaint).
  const whole = useWholeAfterPaint(text, text !== undefined && paintsInPart(text.length));
  const painted = text !== undefined && !whole ? firstPaintText(text) : text;
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
          {painted}
        </pre>
      )}
    </section>
  );
}

/** What the decoded token shows: its claims and header tables, the two JSON panels, and links. */
function DecodedToken({
  inspection,
  view,
  times,
  onLoadToken,
}: {
  readonly inspection: Inspection;
  readonly view: DecodedView;
  readonly times: Evaluation['times'] | undefined;
  readonly onLoadToken: (token: string) => void;
}): React.JSX.Element {
  const {claims, headerParameters} = view;
  return (
    <>
      {claims && (
        <>
          <h3>Claims</h3>
          <DecodedTokenTable
            caption="Payload claims, with what each means in Open edX"
            entries={claims}
            kind="claim"
            times={times}
          />
        </>
      )}
      {headerParameters && (
        <>
          <h3>Header parameters</h3>
          <DecodedTokenTable caption="Header parameters" entries={headerParameters} kind="header" />
        </>
      )}
      <div className={styles.panels}>
        <Panel
          title="Header"
          tone={styles.toneHeader}
          part={inspection.header}
          note={view.headerNote}
        />
        <Panel
          title="Payload"
          tone={styles.tonePayload}
          part={view.payload}
          note={view.payloadNote}
        />
      </div>
      {inspection.nested && (
        <p>
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={() => onLoadToken(inspection.nested?.token ?? '')}
          >
            Decode the inner token
          </button>
        </p>
      )}
      <ShareLink token={inspection.token} />
    </>
  );
}

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
  const skewSeconds = numberOrZero(skew);
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

  const view = decodedView(inspection);
  const {hasToken, inputProblem} = view;
  // Without a token, once the browser is idle, the parts a token shows hold an example result,
  // laid out but unseen: the first paste then costs about what a second one does (ADR 0030).
  const idle = useReadyWhenIdle();
  const example = useMemo(() => (lib && idle ? exampleResult(lib) : undefined), [lib, idle]);
  const tokenShown = hasToken && inspection !== undefined;
  const result: DecodedResult | undefined = tokenShown ? {inspection, view, evaluation} : example;
  const findingsShown = (hasToken || inputProblem) && evaluation !== undefined;
  const findings = findingsShown ? evaluation.findings : example?.evaluation?.findings;
  /** Puts a token in the "Encoded token" box, emptying the cookie boxes that would win over it. */
  const loadToken = (token: string) => {
    setHeaderPayloadCookie('');
    setSignatureCookie('');
    setText(token);
  };

  return (
    <div className={styles.decoder}>
      <p className={styles.privacy}>
        <strong>Stays in your browser.</strong> Decoding and signature checks run on this page only.
        Nothing you paste is sent anywhere or saved, and the page fetches no keys, not even from a
        token’s <code>jku</code>, <code>x5u</code> or <code>iss</code>.
      </p>

      <EncodedTokenField id={id} text={text} onTextChange={setText} fromLink={tokenFromLink} />

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
            onClick={() => loadToken(EXAMPLE_TOKEN)}
          >
            try an example token
          </button>{' '}
          (its HS256 secret is <code>{EXAMPLE_SECRET}</code>).
        </p>
      )}

      {/* Not in the page as it loads: its datetime-local input costs the browser about 25 ms
          the first time. The example result brings it in once the browser is idle. */}
      {result && (
        <ResultPart shown={tokenShown}>
          <EvaluateAt
            value={evaluateAt}
            onChange={setEvaluateAt}
            skew={skew}
            onSkewChange={setSkew}
            lifetimeSeconds={result.view.lifetimeSeconds}
          />
          <TokenSegments segments={result.inspection.segments} />
        </ResultPart>
      )}

      {findings && (
        <ResultPart shown={findingsShown}>
          <h3>Findings</h3>
          <FindingsList findings={findings} />
        </ResultPart>
      )}

      <h3>Signature</h3>
      <VerificationKeyFields
        id={id}
        keyText={keyText}
        onKeyTextChange={setKeyText}
        secretEncoding={secretEncoding}
        onSecretEncodingChange={setSecretEncoding}
      />
      <SignatureStatus result={signature} ready={ready} />

      {/* The decoded tables and the companion panels read the lazily loaded inspector from this
          context (useJwtLib). */}
      <JwtLibContext value={lib}>
        {result && (
          <ResultPart shown={tokenShown}>
            <DecodedToken
              inspection={result.inspection}
              view={result.view}
              times={result.evaluation?.times}
              onLoadToken={loadToken}
            />
          </ResultPart>
        )}

        <ServiceSimulation inspection={inspection} now={now} />

        <CompareTokens inspection={inspection} now={now} />

        <MintToken
          onLoad={(token, verificationKey) => {
            loadToken(token);
            setKeyText(verificationKey);
            setSecretEncoding('text');
            document.getElementById(`${id}-token`)?.focus();
          }}
        />
      </JwtLibContext>
    </div>
  );
}

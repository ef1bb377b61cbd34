/**
 * Findings about a decoded token that depend on the clock or on Open edX's rules: validity times,
 * required claims, the `version` claim, claim types (from the reference data in src/data), the
 * header's algorithm and key references, and size against the cookie limit. Findings say what a
 * verifier would do; they are separate from the signature status.
 */
import {findClaimSummary} from '../../data/claimSummaries';
import type {ClaimType} from '../../data/types';
import {HEADER_PAYLOAD_COOKIE} from './extract';
import {isObject} from './json';
import {defaultTimeZone, formatDuration, formatUtc, looksLikeMilliseconds, timeView} from './time';
import type {Evaluation, Finding, Inspection, Severity, TimeView} from './types';

/** Browsers store at most 4096 bytes of name + value per cookie (RFC 6265 §6.1 minimum). */
export const COOKIE_LIMIT = 4096;
/** Warn from 90 % of the limit: a few more claims or a longer name push the cookie over. */
export const COOKIE_WARNING = Math.floor(COOKIE_LIMIT * 0.9);
/** JWT_ACCESS_TOKEN_EXPIRE_SECONDS default and the recommended maximum lifetime. */
export const MAX_LIFETIME_SECONDS = 3600;
/** Major part of the default JWT_SUPPORTED_VERSION (1.2.0) in the LMS and edx-drf-extensions. */
export const SUPPORTED_MAJOR_VERSION = 1;
/** What the edx-drf-extensions decoder accepts: RSA keys RS256/RS512, the shared secret HS256. */
export const OPENEDX_ALGORITHMS: readonly string[] = ['RS256', 'RS512', 'HS256'];

export const TIME_CLAIMS: readonly string[] = ['exp', 'nbf', 'iat'];

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {error: 0, warning: 1, info: 2};

function typeMatches(type: ClaimType, value: unknown): boolean {
  const isString = (v: unknown) => typeof v === 'string';
  const isStringList = (v: unknown) => Array.isArray(v) && v.every(isString);
  switch (type) {
    case 'string':
      return isString(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return isStringList(value);
    case 'object':
      return isObject(value);
    case 'string | string[]':
      return isString(value) || isStringList(value);
    case 'string | null':
      return isString(value) || value === null;
  }
}

const TYPE_NAMES: Readonly<Record<ClaimType, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  'string[]': 'a list of strings',
  object: 'a JSON object',
  'string | string[]': 'a string or a list of strings',
  'string | null': 'a string or null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string')
      ? 'a list'
      : 'a list with non-string items';
  }
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function headerFindings(inspection: Inspection): Finding[] {
  const header = inspection.header?.json;
  if (!header || inspection.form === 'jwe') return [];
  const findings: Finding[] = [];
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') {
    findings.push({
      code: 'alg-missing',
      severity: 'error',
      message:
        'The header has no "alg" (or it is not a string). RFC 7515 requires it, and no verifier can check the token without it.',
      name: 'alg',
    });
  } else if (alg.toLowerCase() === 'none') {
    findings.push({
      code: 'alg-none',
      severity: 'error',
      message:
        '"alg": "none" means the token is unsecured: anyone can write one, so nothing should trust it. This page never reports it as verified.',
      name: 'alg',
    });
  } else {
    if (/^HS\d+$/i.test(alg)) {
      findings.push({
        code: 'alg-symmetric',
        severity: 'warning',
        message: `Signed with a shared secret (${alg}): every service that can verify this token could also mint one. OEP-42 moves Open edX to asymmetric signing (RS512 with the LMS private key).`,
        name: 'alg',
      });
    }
    if (!OPENEDX_ALGORITHMS.includes(alg)) {
      findings.push({
        code: 'alg-not-accepted-by-openedx',
        severity: 'warning',
        message: `The Open edX decoder (edx-drf-extensions) tries RSA keys only with RS256 and RS512 and the shared secret only with HS256, so none of its keys can verify a token signed with ${alg}.`,
        name: 'alg',
      });
    }
    const signature = inspection.segments[2];
    if (inspection.form === 'jws' && signature?.text === '') {
      findings.push({
        code: 'signature-empty',
        severity: 'error',
        message: `The header says "${alg}" but the signature segment is empty, so no verifier can accept the token.`,
      });
    }
  }
  for (const name of ['jku', 'x5u'] as const) {
    if (name in header) {
      const what = name === 'jku' ? 'a JWK Set' : 'an X.509 certificate';
      findings.push({
        code: name === 'jku' ? 'header-jku' : 'header-x5u',
        severity: 'warning',
        message: `"${name}" points to ${what} at a URL the token's author chose. This page never fetches it, and Open edX verifiers ignore it: trusting a key location named by the token would let a forger supply the key that "verifies" the forgery (RFC 8725 §2).`,
        name,
      });
    }
  }
  if ('crit' in header) {
    findings.push({
      code: 'header-crit',
      severity: 'warning',
      message:
        '"crit" lists header extensions a recipient must understand or else reject the token (RFC 7515 §4.1.11). Open edX defines none, so a verifier that honours "crit" rejects this token.',
      name: 'crit',
    });
  }
  return findings;
}

function sizeFindings(inspection: Inspection): Finding[] {
  const [header, payload] = inspection.segments;
  if (inspection.form !== 'jws' || !header || !payload) return [];
  const bytes = HEADER_PAYLOAD_COOKIE.length + 1 + header.text.length + 1 + payload.text.length;
  const total = inspection.token.length;
  if (bytes > COOKIE_LIMIT) {
    return [
      {
        code: 'size-over-cookie-limit',
        severity: 'error',
        message: `The ${HEADER_PAYLOAD_COOKIE} cookie for this token would be ${bytes} bytes, over the ${COOKIE_LIMIT}-byte limit browsers keep per cookie, so the browser would drop it and MFE requests would be anonymous. (Whole token: ${total} bytes.)`,
      },
    ];
  }
  if (bytes >= COOKIE_WARNING) {
    return [
      {
        code: 'size-near-cookie-limit',
        severity: 'warning',
        message: `The ${HEADER_PAYLOAD_COOKIE} cookie for this token would be ${bytes} bytes, close to the ${COOKIE_LIMIT}-byte per-cookie limit: a few more claims or roles would make browsers drop it. (Whole token: ${total} bytes.)`,
      },
    ];
  }
  return [];
}

interface ClaimChecks {
  readonly findings: Finding[];
  readonly times: Record<string, TimeView>;
}

function claimFindings(
  claims: Readonly<Record<string, unknown>>,
  now: Date,
  timeZone: string,
): ClaimChecks {
  const findings: Finding[] = [];
  const times: Record<string, TimeView> = {};
  const nowSeconds = now.getTime() / 1000;

  for (const [name, value] of Object.entries(claims)) {
    const doc = findClaimSummary(name);
    if (doc && !typeMatches(doc.type, value)) {
      findings.push({
        code: 'claim-wrong-type',
        severity: 'error',
        message: `"${name}" should be ${TYPE_NAMES[doc.type]} but is ${describeValue(value)}. Open edX code that reads it expects the documented type and may fail or misjudge the token.`,
        name,
      });
    }
  }

  for (const name of TIME_CLAIMS) {
    const value = claims[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    times[name] = timeView(name, value, now, timeZone);
    if (looksLikeMilliseconds(value)) {
      findings.push({
        code: 'timestamp-milliseconds',
        severity: 'warning',
        message: `"${name}" is ${value}, which looks like milliseconds: read as seconds, as RFC 7519 and every verifier do, it is ${formatUtc(value)}; read as milliseconds it would be ${formatUtc(value / 1000)}.`,
        name,
      });
    }
  }

  for (const name of ['exp', 'iat'] as const) {
    if (!(name in claims)) {
      findings.push({
        code: name === 'exp' ? 'exp-missing' : 'iat-missing',
        severity: 'error',
        message:
          name === 'exp'
            ? 'No "exp": the Open edX decoder requires both exp and iat and rejects this token. Elsewhere, a token without exp never expires.'
            : 'No "iat": the Open edX decoder requires both exp and iat and rejects this token.',
        name,
      });
    }
  }

  const {exp, nbf, iat} = claims;
  if (typeof exp === 'number' && Number.isFinite(exp) && nowSeconds >= exp) {
    findings.push({
      code: 'exp-expired',
      severity: 'error',
      message: `Expired ${formatDuration(nowSeconds - exp)} ago (${formatUtc(exp)}). Verifiers reject it; the signature can still be valid.`,
      name: 'exp',
    });
  }
  if (typeof nbf === 'number' && Number.isFinite(nbf) && nbf > nowSeconds) {
    findings.push({
      code: 'nbf-not-yet-valid',
      severity: 'error',
      message: `Not valid for another ${formatDuration(nbf - nowSeconds)} (nbf ${formatUtc(nbf)}). Verifiers reject it until then.`,
      name: 'nbf',
    });
  }
  if (typeof iat === 'number' && Number.isFinite(iat) && iat > nowSeconds) {
    findings.push({
      code: 'iat-in-future',
      severity: 'error',
      message: `Issued ${formatDuration(iat - nowSeconds)} in the future by this device's clock. The shared Open edX decoder rejects an iat even one second ahead (PyJWT 2.6+, no leeway in its signature pass), so clock skew between the LMS and a service breaks fresh tokens.`,
      name: 'iat',
    });
  }
  if (
    typeof exp === 'number' &&
    typeof iat === 'number' &&
    Number.isFinite(exp - iat) &&
    exp - iat > MAX_LIFETIME_SECONDS
  ) {
    findings.push({
      code: 'lifetime-over-one-hour',
      severity: 'warning',
      message: `Lives ${formatDuration(exp - iat)} from iat to exp. Open edX issues JWTs for one hour (JWT_ACCESS_TOKEN_EXPIRE_SECONDS), the recommended maximum: a leaked JWT cannot be revoked before it expires.`,
      name: 'exp',
    });
  }

  const version = claims.version;
  if (!('version' in claims)) {
    findings.push({
      code: 'version-missing',
      severity: 'warning',
      message:
        'No "version": the Open edX decoder treats the token as version 1.0.0. The LMS always stamps one (1.2.0), so this token was probably made elsewhere.',
      name: 'version',
    });
  } else if (typeof version === 'string') {
    const match = /^(\d+)(\.\d+){0,2}$/.exec(version.trim());
    if (!match) {
      findings.push({
        code: 'version-invalid',
        severity: 'error',
        message: `"version" is "${version}", not a version number like 1.2.0, so the decoder cannot compare it with JWT_SUPPORTED_VERSION.`,
        name: 'version',
      });
    } else if (Number(match[1]) > SUPPORTED_MAJOR_VERSION) {
      findings.push({
        code: 'version-unsupported-major',
        severity: 'error',
        message: `Major version ${match[1]} is higher than ${SUPPORTED_MAJOR_VERSION}, the major part of the default JWT_SUPPORTED_VERSION (1.2.0): services reject this token until they raise their JWT_SUPPORTED_VERSION.`,
        name: 'version',
      });
    }
  }
  return {findings, times};
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, order) => ({finding, order}))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.order - b.order,
    )
    .map(({finding}) => finding);
}

export interface EvaluateOptions {
  /** IANA zone for local times; the runtime's zone by default. */
  readonly timeZone?: string;
}

/**
 * Every finding about the token at the instant `now`, errors first, plus its time claims.
 * Checks no signature: see `verifySignature`.
 */
export function evaluate(
  inspection: Inspection,
  now: Date,
  options: EvaluateOptions = {},
): Evaluation {
  const claims = inspection.form === 'jwe' ? undefined : inspection.payload?.json;
  // The default zone is looked up only when there are claims: it costs an Intl call.
  const checked = claims
    ? claimFindings(claims, now, options.timeZone ?? defaultTimeZone())
    : {findings: [], times: {}};
  const findings = [
    ...inspection.findings,
    ...headerFindings(inspection),
    ...checked.findings,
    ...sizeFindings(inspection),
  ];
  return {findings: sortFindings(findings), times: checked.times};
}

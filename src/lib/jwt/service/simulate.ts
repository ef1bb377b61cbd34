/**
 * A model of the shared Open edX JWT decoder, `jwt_decode_handler` in edx-drf-extensions
 * (edx_rest_framework_extensions/auth/jwt/decoder.py, as of 10.7.0), step by step:
 *
 * 1. the first `JWT_ISSUERS` entry supplies the secret and the audience (an empty list falls back
 *    to the deprecated single settings, `settings.py get_jwt_issuers`);
 * 2. asymmetric pass: a missing or empty `JWT_PUBLIC_SIGNING_JWK_SET` is an unsafe configuration,
 *    for which the model gives no outcome; otherwise the setting is loaded as PyJWT 2.6.0
 *    `PyJWKSet.from_json` loads it (the version the fact sheet reproduces the decoder with, §8.11);
 *    then each key in order (kid ignored), RSA keys with RS256/RS512, oct keys with HS256, other
 *    key types never; PyJWT checks exp/iat/nbf with zero leeway and aud whenever the first issuer
 *    has an AUDIENCE;
 * 3. fallback pass: the same keys plus the first issuer's SECRET_KEY (unless asymmetric-only);
 *    when it fails too, the error raised is the last key's, which is what the service reports;
 * 4. claims pass (`verify_signature` False, so PyJWT leaves iat and nbf alone): exp and iat
 *    required, exp checked if JWT_VERIFY_EXPIRATION (with JWT_LEEWAY), aud if JWT_VERIFY_AUDIENCE,
 *    then the issuer checked by hand against every entry;
 * 5. defaults: version 1.0.0 when missing, higher major rejected, is_restricted and filters.
 *
 * Signatures are checked with jose (WebCrypto). Never throws; nothing leaves the page.
 */
import {compactVerify, importJWK, type JWK} from 'jose';
import {quoteJson} from '../boundedJson';
import {isObject} from '../json';
import type {Inspection} from '../types';
import {checkClaims, type ClaimCheckFailure} from './claims';
import type {
  IssuerSettings,
  KeyAttempt,
  ModelError,
  ModelFailure,
  RecordedAttribute,
  RejectedSimulation,
  RejectionCode,
  ServiceSettings,
  SimulateOptions,
  Simulation,
  SimulationStep,
  UnsafeConfigurationSimulation,
} from './types';
import {majorVersion} from './version';
import {pythonTruthy, pythonTypeName} from './python';

export {DEFAULT_SERVICE_SETTINGS} from './defaults';

/** drf-jwt's defaults for the deprecated single settings (`_get_deprecated_jwt_issuers`). */
const DEPRECATED_DEFAULTS: IssuerSettings = {issuer: null, audience: null, secretKey: null};

/** What the decoder may try for each key type (`verify_jwk_signature_using_keyset`). */
export function algorithmsForKeyType(kty: string): readonly string[] {
  if (kty === 'RSA') return ['RS256', 'RS512'];
  if (kty === 'oct') return ['HS256'];
  return [];
}

interface ModelKey {
  readonly label: string;
  /** The entry's `kty`, which `PyJWK.key_type` returns and the decoder picks algorithms by. */
  readonly kty: string;
  readonly key: JWK | Uint8Array;
}

/** Why loading `JWT_PUBLIC_SIGNING_JWK_SET` raised, before any verification. */
interface KeySetFailure {
  readonly ok: false;
  readonly error: ModelError;
  readonly message: string;
  /** PyJWT 2.7.0 and later catch this entry's error and skip the entry instead. */
  readonly laterVersionsSkip?: boolean;
}

type KeySetResult =
  {readonly ok: true; readonly keys: readonly ModelKey[]; readonly skipped: number} | KeySetFailure;

/**
 * PyJWT 2.6.0 `get_default_algorithms()` with `cryptography` installed (jwt/algorithms.py), and
 * the key type each algorithm's `from_jwk` demands.
 */
const PYJWT_ALGORITHM_KTY: Readonly<Record<string, string>> = {
  none: '',
  HS256: 'oct',
  HS384: 'oct',
  HS512: 'oct',
  RS256: 'RSA',
  RS384: 'RSA',
  RS512: 'RSA',
  PS256: 'RSA',
  PS384: 'RSA',
  PS512: 'RSA',
  ES256: 'EC',
  ES256K: 'EC',
  ES384: 'EC',
  ES521: 'EC',
  ES512: 'EC',
  EdDSA: 'OKP',
};

/** The curves `ECAlgorithm.from_jwk` and `OKPAlgorithm.from_jwk` load in PyJWT 2.6.0. */
const EC_CURVES = new Set(['P-256', 'P-384', 'P-521', 'secp256k1']);
const OKP_CURVES = new Set(['Ed25519', 'Ed448']);

type EntryResult =
  | {readonly kind: 'key'; readonly kty: string; readonly key: JWK}
  | {readonly kind: 'skip'}
  | {
      readonly kind: 'raise';
      readonly error: ModelError;
      readonly message: string;
      readonly laterVersionsSkip: boolean;
    };

/** Python's `str()` of a JSON value, as f-strings print it. */
function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'string' ? value : quoteJson(value);
}

/**
 * One `PyJWK(entry)` as PyJWT 2.6.0 builds it inside `PyJWKSet.__init__` (jwt/api_jwk.py): only a
 * PyJWKError (an `alg` PyJWT does not know) is caught and the entry skipped. `use` and `key_ops`
 * are never read. Everything else (InvalidKeyError and Python errors) escapes `from_json`.
 */
function loadEntry(entry: unknown): EntryResult {
  const raise = (error: ModelError, message: string, laterVersionsSkip = true): EntryResult => ({
    kind: 'raise',
    error,
    message,
    laterVersionsSkip,
  });
  if (!isObject(entry)) {
    return raise(
      'AttributeError',
      `'${pythonTypeName(entry)}' object has no attribute 'get'`,
      false,
    );
  }
  const kty = entry.kty;
  if (!pythonTruthy(kty)) return raise('InvalidKeyError', 'kty is not found');
  const alg = entry.alg;
  let family: string;
  if (pythonTruthy(alg)) {
    if (typeof alg === 'object') {
      return raise('TypeError', `unhashable type: '${pythonTypeName(alg)}'`, false);
    }
    if (typeof alg !== 'string' || !(alg in PYJWT_ALGORITHM_KTY)) return {kind: 'skip'};
    if (alg === 'none') return raise('NotImplementedError', 'alg "none" has no from_jwk', false);
    family = PYJWT_ALGORITHM_KTY[alg] ?? '';
  } else {
    // No alg: PyJWK infers one from kty (and crv).
    const crv = entry.crv;
    if (kty === 'EC') {
      if (pythonTruthy(crv) && !EC_CURVES.has(String(crv))) {
        return raise('InvalidKeyError', `Unsupported crv: ${pyStr(crv)}`);
      }
    } else if (kty === 'OKP') {
      if (!pythonTruthy(crv)) return raise('InvalidKeyError', 'crv is not found');
      if (crv !== 'Ed25519') return raise('InvalidKeyError', `Unsupported crv: ${pyStr(crv)}`);
    } else if (kty !== 'RSA' && kty !== 'oct') {
      return raise('InvalidKeyError', `Unsupported kty: ${pyStr(kty)}`);
    }
    family = String(kty);
  }
  // `Algorithm.from_jwk` of the chosen algorithm: the key type must fit it.
  if (family === 'oct') {
    if (kty !== 'oct') return raise('InvalidKeyError', 'Not an HMAC key');
    if (!('k' in entry)) return raise('KeyError', "'k'", false);
    return {kind: 'key', kty, key: {kty: 'oct', k: String(entry.k)}};
  }
  if (family === 'RSA') {
    if (kty !== 'RSA') return raise('InvalidKeyError', 'Not an RSA key');
    if (!('n' in entry) || !('e' in entry)) {
      return raise('InvalidKeyError', 'Not a public or private key');
    }
    return {kind: 'key', kty, key: {kty: 'RSA', n: String(entry.n), e: String(entry.e)}};
  }
  if (family === 'EC') {
    if (kty !== 'EC' || !('x' in entry) || !('y' in entry)) {
      return raise('InvalidKeyError', 'Not an Elliptic curve key');
    }
    if (!EC_CURVES.has(String(entry.crv))) {
      return raise('InvalidKeyError', `Invalid curve: ${pyStr(entry.crv)}`);
    }
    return {kind: 'key', kty, key: entry as JWK};
  }
  if (kty !== 'OKP') return raise('InvalidKeyError', 'Not an Octet Key Pair');
  if (!OKP_CURVES.has(String(entry.crv))) {
    return raise('InvalidKeyError', `Invalid curve: ${pyStr(entry.crv)}`);
  }
  if (!('x' in entry)) return raise('InvalidKeyError', 'OKP should have "x" parameter');
  return {kind: 'key', kty, key: entry as JWK};
}

/**
 * `get_verification_jwk_key_set`: a falsy setting gives no keys; anything else goes through
 * `PyJWKSet.from_json` (PyJWT 2.6.0), which raises when the JSON, the set or an entry is unusable
 * and skips only entries whose `alg` PyJWT does not know.
 */
export function loadPublicKeys(text: string, pythonType?: string): KeySetResult {
  if (pythonType !== undefined) {
    return {
      ok: false,
      error: 'TypeError',
      message: `the setting is a ${pythonType}, not a JSON string, so json.loads raises TypeError (the JSON object must be str, bytes or bytearray, not ${pythonType}).`,
    };
  }
  if (text === '') return {ok: true, keys: [], skipped: 0};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: 'ValueError',
      message: `it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  if (!isObject(parsed)) {
    return {
      ok: false,
      error: 'AttributeError',
      message: `the JSON is a ${pythonTypeName(parsed)}, not an object with "keys" ('${pythonTypeName(parsed)}' object has no attribute 'get').`,
    };
  }
  const list = parsed.keys;
  if (!pythonTruthy(list)) {
    return {ok: false, error: 'PyJWKSetError', message: 'The JWK Set did not contain any keys.'};
  }
  if (!Array.isArray(list)) {
    return {
      ok: false,
      error: 'PyJWKSetError',
      message: 'Invalid JWK Set value ("keys" is not a list).',
    };
  }
  const keys: ModelKey[] = [];
  let skipped = 0;
  for (const [index, entry] of list.entries()) {
    const result = loadEntry(entry);
    if (result.kind === 'skip') {
      skipped += 1;
      continue;
    }
    if (result.kind === 'raise') {
      return {
        ok: false,
        error: result.error,
        message: `entry ${index + 1} cannot be loaded (${result.error}: ${result.message}).`,
        laterVersionsSkip: result.laterVersionsSkip,
      };
    }
    const kid = isObject(entry) && typeof entry.kid === 'string' ? `kid "${entry.kid}"` : 'no kid';
    keys.push({
      label: `public key ${index + 1} (${result.kty}, ${kid})`,
      kty: result.kty,
      key: result.key,
    });
  }
  if (keys.length === 0) {
    return {
      ok: false,
      error: 'PyJWKSetError',
      message:
        'The JWK Set did not contain any usable keys (every entry names an alg PyJWT does not know).',
    };
  }
  return {ok: true, keys, skipped};
}

interface TokenParts {
  readonly token: string;
  /** Set when PyJWT's `_load` succeeds: three segments and a JSON object header. */
  readonly header?: Readonly<Record<string, unknown>>;
  /** The claims, when the payload is a JSON object; PyJWT parses it after the signature check. */
  readonly payload?: Readonly<Record<string, unknown>>;
}

function tokenParts(inspection: Inspection): TokenParts {
  const header = inspection.header?.json;
  if (inspection.form !== 'jws' || inspection.lenient || !header) return {token: inspection.token};
  return {token: inspection.token, header, payload: inspection.payload?.json};
}

async function signatureMatches(
  token: string,
  key: ModelKey,
  alg: string,
): Promise<{ok: true} | {ok: false; error: ModelError; message: string}> {
  try {
    const material = key.key instanceof Uint8Array ? key.key : await importJWK(key.key, alg);
    await compactVerify(token, material, {algorithms: [alg]});
    return {ok: true};
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error
        ? String((error as {code: unknown}).code)
        : '';
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
      return {ok: false, error: 'InvalidSignatureError', message: 'Signature verification failed.'};
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: 'InvalidSignatureError',
      message: `The key could not be used (${message}). PyJWT may accept keys the browser refuses, such as RSA keys under 2048 bits.`,
    };
  }
}

/** One `jwt.decode(token, key, algorithms, audience, options)` call of a signature pass. */
async function tryKey(
  parts: TokenParts,
  key: ModelKey,
  audience: string | null,
  now: number,
): Promise<KeyAttempt> {
  const algorithms = algorithmsForKeyType(key.kty);
  const base = {label: key.label, algorithms};
  // PyJWT's order (2.6.0): algorithms given? token loads? alg allowed? signature? payload JSON?
  // then the claims. The first failing check is this key's error.
  if (algorithms.length === 0) {
    return {
      ...base,
      ok: false,
      error: 'DecodeError',
      message: `The decoder passes no algorithms for ${key.kty} keys, so PyJWT refuses to verify with it.`,
    };
  }
  if (!parts.header) {
    return {...base, ok: false, error: 'DecodeError', message: 'The token cannot be decoded.'};
  }
  const alg = parts.header.alg;
  if (typeof alg !== 'string' || !algorithms.includes(alg)) {
    return {
      ...base,
      ok: false,
      error: 'InvalidAlgorithmError',
      message:
        typeof alg === 'string'
          ? `The token's alg ${alg} is not allowed for this key (only ${algorithms.join(', ')}).`
          : `The token has no usable alg (only ${algorithms.join(', ')} are allowed for this key).`,
    };
  }
  const signature = await signatureMatches(parts.token, key, alg);
  if (!signature.ok) return {...base, ...signature};
  const verified = {...base, signatureVerified: true};
  if (!parts.payload) {
    return {
      ...verified,
      ok: false,
      error: 'DecodeError',
      message: 'The signature matches, but the payload is not a JSON object.',
    };
  }
  const failure = checkClaims(parts.payload, {
    now,
    leeway: 0,
    require: [],
    verifyIat: true,
    verifyNbf: true,
    verifyExp: true,
    verifyAud: Boolean(audience),
    audience,
  });
  if (failure) return {...verified, ok: false, ...failure};
  return {...verified, ok: true, message: `Verified with ${alg}; claims valid with zero leeway.`};
}

interface PassResult {
  readonly ok: boolean;
  readonly attempts: readonly KeyAttempt[];
  /** The exception PyJWT raises out of the pass: the last key's. */
  readonly last?: KeyAttempt;
}

async function signaturePass(
  parts: TokenParts,
  keys: readonly ModelKey[],
  audience: string | null,
  now: number,
): Promise<PassResult> {
  const attempts: KeyAttempt[] = [];
  for (const key of keys) {
    const attempt = await tryKey(parts, key, audience, now);
    attempts.push(attempt);
    if (attempt.ok) return {ok: true, attempts};
  }
  return {ok: false, attempts, last: attempts[attempts.length - 1]};
}

const PROGRESS: Readonly<Partial<Record<ModelError, number>>> = {
  DecodeError: 0,
  InvalidAlgorithmError: 1,
  InvalidSignatureError: 2,
};

/** The failure that got furthest: past the algorithm and signature checks if any did. */
export function mostTelling(attempts: readonly KeyAttempt[]): KeyAttempt | undefined {
  let best: KeyAttempt | undefined;
  let bestScore = -1;
  for (const attempt of attempts) {
    if (attempt.ok) continue;
    const score = attempt.signatureVerified
      ? 3
      : attempt.error
        ? (PROGRESS[attempt.error] ?? 3)
        : 0;
    if (score > bestScore) {
      best = attempt;
      bestScore = score;
    }
  }
  return best;
}

function textEncode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** What a pass's steps say; only the fallback pass's error escapes the decoder. */
function describeAttempts(pass: PassResult, fallback: boolean): string {
  if (pass.ok) {
    const winner = pass.attempts[pass.attempts.length - 1];
    return `Verified by ${winner?.label ?? 'a key'} after ${pass.attempts.length} attempt${pass.attempts.length === 1 ? '' : 's'}.`;
  }
  if (!fallback) {
    return 'No key verified the token. The decoder drops this pass’s error and runs the fallback pass.';
  }
  return `No key verified the token. The decoder re-raises the error of the last key tried: ${pass.last?.error ?? 'error'} (${pass.last?.message ?? ''}).`;
}

function failureOf(attempt: KeyAttempt): ModelFailure {
  return {
    error: attempt.error ?? 'InvalidTokenError',
    message: attempt.message,
    key: attempt.label,
  };
}

/** PyJWT 2.10.0 added `sub` and `jti` type checks that run in the signature passes. */
function laterPyJwtClaimTypes(payload: Readonly<Record<string, unknown>>): string | undefined {
  const odd = (['sub', 'jti'] as const).filter(
    (claim) => claim in payload && typeof payload[claim] !== 'string',
  );
  if (odd.length === 0) return undefined;
  return `The token's ${odd.join(' and ')} ${odd.length === 1 ? 'is not a string' : 'are not strings'}. This model follows PyJWT 2.6.0, which does not mind; PyJWT 2.10.0 and later reject such a token in the signature passes (InvalidSubjectError or InvalidJTIError).`;
}

/** Why a service with no public keys gets no outcome, and what to configure. */
export const UNSAFE_CONFIGURATION: Pick<UnsafeConfigurationSimulation, 'reason' | 'advice'> = {
  reason:
    'JWT_PUBLIC_SIGNING_JWK_SET is missing or empty, so this service has no public signing keys. The shared decoder relies on them to verify tokens: running a service without them is unsupported and unsafe, so this panel predicts no outcome for the token.',
  advice:
    "Configure JWT_PUBLIC_SIGNING_JWK_SET in every service that verifies JWTs, as a JSON string holding the LMS's public JWK Set with every active public key, and check that jwt_auth_verify_asymmetric_keys_count is above 0 on each of them. To continue here, paste that JWK Set into the JWT_PUBLIC_SIGNING_JWK_SET field.",
};

/** Simulates `jwt_decode_handler(token)` (or the asymmetric-only variant) at `options.now`. */
export async function simulateService(
  inspection: Inspection,
  settings: ServiceSettings,
  options: SimulateOptions,
): Promise<Simulation> {
  const steps: SimulationStep[] = [];
  const attributes: RecordedAttribute[] = [];
  const caveats: string[] = [];
  const now = options.now.getTime() / 1000;
  const symmetricAllowed = !options.asymmetricOnly;
  const reject = (
    code: RejectionCode,
    reason: string,
    reported: ModelFailure,
    cause: ModelFailure = reported,
    defaultsApplied: readonly string[] = [],
  ): RejectedSimulation => ({
    outcome: 'rejected',
    code,
    reason,
    reported,
    cause,
    steps,
    attributes,
    defaultsApplied,
    caveats,
  });

  // settings.get_jwt_issuers(): `if jwt_issuers:` falls back to the deprecated single settings,
  // whose drf-jwt defaults are ISSUER None, AUDIENCE None and SECRET_KEY = Django's SECRET_KEY.
  const fallback = settings.issuers.length === 0;
  const issuers: readonly IssuerSettings[] = fallback ? [DEPRECATED_DEFAULTS] : settings.issuers;
  const first = issuers[0] ?? DEPRECATED_DEFAULTS;

  attributes.push({name: 'jwt_auth_check_symmetric_key', value: symmetricAllowed});
  // get_verification_jwk_key_set(): `if asymmetric_keys:`, so a missing or empty setting loads no
  // key at all. The decoder is not meant to run like that: no outcome is predicted (decisions/0012).
  if (settings.publicJwkSetType === undefined && settings.publicJwkSet === '') {
    attributes.push({name: 'jwt_auth_verify_asymmetric_keys_count', value: 0});
    return {
      outcome: 'unsafe-configuration',
      ...UNSAFE_CONFIGURATION,
      steps,
      attributes,
      caveats,
    };
  }

  if (fallback) {
    caveats.push(
      "JWT_ISSUERS is empty, so the decoder falls back to the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY. Unset, drf-jwt uses None, None and Django's SECRET_KEY; this model cannot know that SECRET_KEY, so it does not try it.",
    );
  }
  steps.push({
    id: 'first-issuer',
    title: 'First JWT_ISSUERS entry',
    status: 'passed',
    detail: fallback
      ? 'JWT_ISSUERS is empty: get_jwt_issuers() falls back to the deprecated settings (drf-jwt defaults: ISSUER None, AUDIENCE None, SECRET_KEY = Django SECRET_KEY).'
      : `Secret and audience come from the first entry only (ISSUER ${quoteJson(first.issuer)}, AUDIENCE ${quoteJson(first.audience)}${issuers.length > 1 ? `; the other ${issuers.length - 1} entr${issuers.length === 2 ? 'y only widens' : 'ies only widen'} the accepted iss values` : ''}).`,
  });

  const loaded = loadPublicKeys(settings.publicJwkSet, settings.publicJwkSetType);
  if (!loaded.ok) {
    steps.push({
      id: 'asymmetric-pass',
      title: 'Asymmetric pass',
      status: 'failed',
      detail: `JWT_PUBLIC_SIGNING_JWK_SET cannot be loaded: ${loaded.message} The error is raised while loading the keys, before any verification, so no verification attribute is recorded.`,
    });
    caveats.push(
      `The ${loaded.error} is raised outside the decoder's try blocks and is not an InvalidTokenError: the service most likely answers every JWT request with a server error rather than 401.`,
    );
    if (loaded.laterVersionsSkip) {
      caveats.push(
        'This follows PyJWT 2.6.0. PyJWT 2.7.0 and later skip a JWK Set entry that raises InvalidKeyError instead of failing, so there the other entries load.',
      );
    }
    return reject(
      'jwk-set-unusable',
      `JWT_PUBLIC_SIGNING_JWK_SET cannot be loaded: ${loaded.message}`,
      {
        error: loaded.error,
        message: loaded.message,
      },
    );
  }
  if (loaded.skipped > 0) {
    caveats.push(
      `${loaded.skipped} JWK Set entr${loaded.skipped === 1 ? 'y names an alg' : 'ies name an alg'} PyJWT does not know and ${loaded.skipped === 1 ? 'is' : 'are'} skipped (PyJWT 2.6.0); other PyJWT versions skip other entries.`,
    );
  }
  const parts = tokenParts(inspection);
  if (inspection.lenient) {
    caveats.push(
      'The token uses padding or standard base64: PyJWT may decode some of these, this model treats them as undecodable.',
    );
  }
  const claimTypes = parts.payload && laterPyJwtClaimTypes(parts.payload);
  if (claimTypes) caveats.push(claimTypes);
  attributes.push({name: 'jwt_auth_verify_asymmetric_keys_count', value: loaded.keys.length});
  const pass1 = await signaturePass(parts, loaded.keys, first.audience, now);
  steps.push({
    id: 'asymmetric-pass',
    title: 'Asymmetric pass (public keys only, zero leeway)',
    status: pass1.ok ? 'passed' : 'failed',
    detail: describeAttempts(pass1, false),
    attempts: pass1.attempts,
  });
  if (pass1.ok) {
    attributes.push({name: 'jwt_auth_asymmetric_verified', value: true});
    steps.push({
      id: 'symmetric-pass',
      title: 'Fallback pass (public keys and the secret)',
      status: 'skipped',
      detail: 'Not needed: the asymmetric pass verified the token.',
    });
  } else {
    const secret =
      symmetricAllowed && first.secretKey
        ? [
            {
              label: 'SECRET_KEY of the first issuer (oct)',
              kty: 'oct',
              key: textEncode(first.secretKey),
            },
          ]
        : [];
    const allKeys = [...loaded.keys, ...secret];
    attributes.push({name: 'jwt_auth_verify_all_keys_count', value: allKeys.length});
    const pass2 = await signaturePass(parts, allKeys, first.audience, now);
    let detail = describeAttempts(pass2, true);
    if (!symmetricAllowed) {
      detail = `Asymmetric-only decoder: the secret is not added. ${detail}`;
    } else if (!first.secretKey) {
      detail = `The first issuer has no SECRET_KEY, so only the public keys are tried again. ${detail}`;
    }
    steps.push({
      id: 'symmetric-pass',
      title: 'Fallback pass (public keys and the secret)',
      status: pass2.ok ? 'passed' : 'failed',
      detail,
      attempts: pass2.attempts,
    });
    if (!pass2.ok) {
      attributes.push({name: 'jwt_auth_verification_failed', value: true});
      steps.push(skipped('claims-pass', 'Claims pass'));
      steps.push(skipped('issuer-check', 'Issuer check'));
      steps.push(skipped('defaults', 'Defaults and version'));
      // The loaded set always holds a key, so both passes tried at least one.
      const last = pass2.last ?? pass2.attempts[pass2.attempts.length - 1];
      const reported: ModelFailure = last
        ? failureOf(last)
        : {error: 'InvalidTokenError', message: 'Token verification failed.'};
      const closest = mostTelling([...pass1.attempts, ...pass2.attempts]);
      const cause = closest ? failureOf(closest) : reported;
      return reject(
        'signature-not-verified',
        `No key verified the token with valid claims at zero leeway. Closest: ${cause.key ?? 'no key'}, ${cause.error}: ${cause.message}`,
        reported,
        cause,
      );
    }
    attributes.push({name: 'jwt_auth_symmetric_verified', value: true});
  }

  // Only reached with a decodable payload: a signature pass succeeded. The claims pass calls
  // PyJWT with verify_signature False, which also turns its iat and nbf checks off.
  const payload = parts.payload ?? {};
  const claimsFailure: ClaimCheckFailure | undefined = checkClaims(payload, {
    now,
    leeway: settings.leeway,
    require: ['exp', 'iat'],
    verifyIat: false,
    verifyNbf: false,
    verifyExp: settings.verifyExpiration,
    verifyAud: settings.verifyAudience,
    audience: first.audience,
  });
  steps.push({
    id: 'claims-pass',
    title: `Claims pass (JWT_LEEWAY ${settings.leeway} s)`,
    status: claimsFailure ? 'failed' : 'passed',
    detail: claimsFailure
      ? `${claimsFailure.error}: ${claimsFailure.message}`
      : `exp and iat present${settings.verifyExpiration ? ', exp valid' : ', exp not checked (JWT_VERIFY_EXPIRATION false)'}${settings.verifyAudience ? ', aud checked' : ', aud not checked here (JWT_VERIFY_AUDIENCE false)'}; iat and nbf are not checked here (verify_signature False).`,
  });
  if (claimsFailure) {
    steps.push(skipped('issuer-check', 'Issuer check'));
    steps.push(skipped('defaults', 'Defaults and version'));
    return reject('claims-invalid', claimsFailure.message, claimsFailure);
  }

  const tokenIssuer = payload.iss ?? null;
  attributes.push({
    name: 'jwt_auth_issuer',
    value:
      tokenIssuer === null || ['string', 'number', 'boolean'].includes(typeof tokenIssuer)
        ? (tokenIssuer as string | number | boolean | null)
        : quoteJson(tokenIssuer),
  });
  const laterMatch = issuers.some((entry) => entry.issuer === tokenIssuer);
  const verification =
    tokenIssuer === first.issuer
      ? 'matches-first-issuer'
      : laterMatch
        ? 'matches-later-issuer'
        : 'no-match';
  attributes.push({name: 'jwt_auth_issuer_verification', value: verification});
  steps.push({
    id: 'issuer-check',
    title: 'Issuer check (any JWT_ISSUERS entry)',
    status: verification === 'no-match' ? 'failed' : 'passed',
    detail:
      verification === 'no-match'
        ? `iss ${quoteJson(tokenIssuer)} matches no JWT_ISSUERS entry.`
        : `iss ${quoteJson(tokenIssuer)}: ${verification}.`,
  });
  if (verification === 'no-match') {
    steps.push(skipped('defaults', 'Defaults and version'));
    return reject(
      'issuer-no-match',
      `${quoteJson(tokenIssuer)} is not a valid issuer: it matches no JWT_ISSUERS entry.`,
      {error: 'InvalidTokenError', message: `${pyIssuer(tokenIssuer)} is not a valid issuer.`},
    );
  }

  const defaultsApplied: string[] = [];
  if (!('version' in payload)) defaultsApplied.push('version = "1.0.0"');
  const version = 'version' in payload ? payload.version : '1.0.0';
  const tokenMajor = majorVersion(version);
  const supportedMajor = majorVersion(settings.supportedVersion);
  if (tokenMajor === undefined || supportedMajor === undefined) {
    const which =
      tokenMajor === undefined
        ? `the token's version ${quoteJson(version)}`
        : `JWT_SUPPORTED_VERSION ${quoteJson(settings.supportedVersion)}`;
    steps.push({
      id: 'defaults',
      title: 'Defaults and version',
      status: 'failed',
      detail: `semantic_version cannot read ${which}.`,
    });
    // semantic_version's Version() raises ValueError for text it cannot parse or a falsy value,
    // and TypeError from its regex for any other value that is not a string.
    const unreadable = tokenMajor === undefined ? version : settings.supportedVersion;
    const error: ModelError =
      typeof unreadable === 'string' || !pythonTruthy(unreadable) ? 'ValueError' : 'TypeError';
    caveats.push(
      `An unreadable version raises ${error}, not InvalidTokenError: the service likely answers with a server error rather than 401.`,
    );
    const message = `The version check cannot read ${which} as a semantic version.`;
    return reject('version-unreadable', message, {error, message}, undefined, defaultsApplied);
  }
  if (tokenMajor > supportedMajor) {
    steps.push({
      id: 'defaults',
      title: 'Defaults and version',
      status: 'failed',
      detail: `Major version ${tokenMajor} is above the supported major ${supportedMajor} (JWT_SUPPORTED_VERSION ${settings.supportedVersion}).`,
    });
    return reject(
      'version-unsupported',
      `JWT version number [${String(version)}] is unsupported: its major version is above ${supportedMajor}.`,
      {
        error: 'InvalidTokenError',
        message: `JWT version number [${String(version)}] is unsupported`,
      },
      undefined,
      defaultsApplied,
    );
  }
  if (!('is_restricted' in payload)) defaultsApplied.push('is_restricted = false');
  if (!('filters' in payload)) defaultsApplied.push('filters = []');
  steps.push({
    id: 'defaults',
    title: 'Defaults and version',
    status: 'passed',
    detail: `Version ${String(version)} accepted (only a higher major than ${supportedMajor} is rejected).${defaultsApplied.length > 0 ? ` Filled in: ${defaultsApplied.join(', ')}.` : ''}`,
  });
  const how = attributes.some((attribute) => attribute.name === 'jwt_auth_asymmetric_verified')
    ? 'Verified by a public key'
    : 'Verified only by the fallback pass';
  return {
    outcome: 'accepted',
    reason: `${how}, claims valid, issuer ${verification}.`,
    steps,
    attributes,
    defaultsApplied,
    caveats,
  };
}

/** The issuer as the decoder's `'%s is not a valid issuer.' % token_issuer` prints it. */
function pyIssuer(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'string' ? value : quoteJson(value);
}

function skipped(id: SimulationStep['id'], title: string): SimulationStep {
  return {id, title, status: 'skipped', detail: 'Not reached.'};
}

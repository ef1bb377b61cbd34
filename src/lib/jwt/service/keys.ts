/**
 * Key loading for the service model: how the decoder turns `JWT_PUBLIC_SIGNING_JWK_SET` and the
 * first issuer's `SECRET_KEY` into PyJWK keys (`get_verification_jwk_key_set` in
 * edx_rest_framework_extensions/auth/jwt/decoder.py, 10.7.0), with the set loaded as PyJWT 2.6.0
 * `PyJWKSet.from_json` loads it (jwt/api_jwk.py), and the errors that loading raises.
 * Pure and synchronous: nothing is imported into WebCrypto here.
 */
import type {JWK} from 'jose';
import {quoteJson} from '../boundedJson';
import {isObject} from '../json';
import {pythonTruthy, pythonTypeName} from './python';
import type {ModelError, ServiceSettings} from './types';

/** One key the decoder tries: a PyJWK built from a JWK Set entry or from the secret. */
export interface ModelKey {
  readonly label: string;
  /** The entry's `kty`, which `PyJWK.key_type` returns and the decoder picks algorithms by. */
  readonly kty: string;
  /** A public JWK, or the secret's UTF-8 bytes. */
  readonly key: JWK | Uint8Array;
}

/** Why loading `JWT_PUBLIC_SIGNING_JWK_SET` raised, before any verification. */
export interface KeySetFailure {
  readonly ok: false;
  readonly error: ModelError;
  readonly message: string;
  /** PyJWT 2.7.0 and later catch this entry's error and skip the entry instead. */
  readonly laterVersionsSkip?: boolean;
}

export type KeySetResult =
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

/** What `PyJWK(entry)` does with one entry: a key, a skipped entry, or an exception. */
export type EntryResult =
  | {readonly kind: 'key'; readonly kty: string; readonly key: JWK}
  | {readonly kind: 'skip'}
  | EntryRaise;

interface EntryRaise {
  readonly kind: 'raise';
  readonly error: ModelError;
  readonly message: string;
  readonly laterVersionsSkip: boolean;
}

function raise(error: ModelError, message: string, laterVersionsSkip = true): EntryRaise {
  return {kind: 'raise', error, message, laterVersionsSkip};
}

/** Python's `str()` of a JSON value, as f-strings print it. */
function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'string' ? value : quoteJson(value);
}

/**
 * The key family of the algorithm `PyJWK.__init__` picks: the entry's `alg` when it has one (an
 * unknown alg is the PyJWKError that `PyJWKSet` skips), otherwise one inferred from kty and crv.
 */
function entryFamily(
  entry: Readonly<Record<string, unknown>>,
): {readonly kind: 'family'; readonly family: string} | EntryResult {
  const {kty, alg} = entry;
  if (!pythonTruthy(kty)) return raise('InvalidKeyError', 'kty is not found');
  if (pythonTruthy(alg)) {
    if (typeof alg === 'object') {
      return raise('TypeError', `unhashable type: '${pythonTypeName(alg)}'`, false);
    }
    if (typeof alg !== 'string' || !(alg in PYJWT_ALGORITHM_KTY)) return {kind: 'skip'};
    if (alg === 'none') return raise('NotImplementedError', 'alg "none" has no from_jwk', false);
    return {kind: 'family', family: PYJWT_ALGORITHM_KTY[alg] ?? ''};
  }
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
  return {kind: 'family', family: String(kty)};
}

/** `Algorithm.from_jwk` of the chosen family: the entry's key type and members must fit it. */
function keyFromJwk(family: string, entry: Readonly<Record<string, unknown>>): EntryResult {
  const kty = entry.kty;
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
 * One `PyJWK(entry)` as PyJWT 2.6.0 builds it inside `PyJWKSet.__init__` (jwt/api_jwk.py): only a
 * PyJWKError (an `alg` PyJWT does not know) is caught and the entry skipped. `use` and `key_ops`
 * are never read. Everything else (InvalidKeyError and Python errors) escapes `from_json`.
 */
export function loadEntry(entry: unknown): EntryResult {
  if (!isObject(entry)) {
    return raise(
      'AttributeError',
      `'${pythonTypeName(entry)}' object has no attribute 'get'`,
      false,
    );
  }
  const family = entryFamily(entry);
  return family.kind === 'family' ? keyFromJwk(family.family, entry) : family;
}

/** `json.loads` and `PyJWKSet.__init__` up to the entries: the `keys` list, or why it raises. */
function parseKeySet(text: string, pythonType: string | undefined): unknown[] | KeySetFailure {
  const failure = (error: ModelError, message: string): KeySetFailure => ({
    ok: false,
    error,
    message,
  });
  if (pythonType !== undefined) {
    return failure(
      'TypeError',
      `the setting is a ${pythonType}, not a JSON string, so json.loads raises TypeError (the JSON object must be str, bytes or bytearray, not ${pythonType}).`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('ValueError', `it is not valid JSON (${reason}).`);
  }
  if (!isObject(parsed)) {
    const type = pythonTypeName(parsed);
    return failure(
      'AttributeError',
      `the JSON is a ${type}, not an object with "keys" ('${type}' object has no attribute 'get').`,
    );
  }
  const list = parsed.keys;
  if (!pythonTruthy(list)) return failure('PyJWKSetError', 'The JWK Set did not contain any keys.');
  if (!Array.isArray(list)) {
    return failure('PyJWKSetError', 'Invalid JWK Set value ("keys" is not a list).');
  }
  return list;
}

/**
 * `get_verification_jwk_key_set`: a falsy setting gives no keys; anything else goes through
 * `PyJWKSet.from_json` (PyJWT 2.6.0), which raises when the JSON, the set or an entry is unusable
 * and skips only entries whose `alg` PyJWT does not know.
 */
export function loadPublicKeys(text: string, pythonType?: string): KeySetResult {
  if (pythonType === undefined && text === '') return {ok: true, keys: [], skipped: 0};
  const list = parseKeySet(text, pythonType);
  if (!Array.isArray(list)) return list;
  const keys: ModelKey[] = [];
  let skipped = 0;
  for (const [index, entry] of list.entries()) {
    const result = loadEntry(entry);
    if (result.kind === 'skip') {
      skipped += 1;
    } else if (result.kind === 'raise') {
      return {
        ok: false,
        error: result.error,
        message: `entry ${index + 1} cannot be loaded (${result.error}: ${result.message}).`,
        laterVersionsSkip: result.laterVersionsSkip,
      };
    } else {
      const kid =
        isObject(entry) && typeof entry.kid === 'string' ? `kid "${entry.kid}"` : 'no kid';
      const label = `public key ${index + 1} (${result.kty}, ${kid})`;
      keys.push({label, kty: result.kty, key: result.key});
    }
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

/**
 * `get_verification_jwk_key_set(asymmetric_keys=...)` skips the set when the setting is falsy
 * (`if asymmetric_keys:`): a missing or empty `JWT_PUBLIC_SIGNING_JWK_SET` gives no public key.
 * A non-string value (`publicJwkSetType`) is truthy and reaches `json.loads`.
 */
export function publicKeysConfigured(settings: ServiceSettings): boolean {
  return settings.publicJwkSetType !== undefined || settings.publicJwkSet !== '';
}

/**
 * The oct key the fallback pass adds for the first issuer's SECRET_KEY (`if secret_key:`): the
 * decoder base64url-encodes its UTF-8 bytes into a JWK, so the HMAC key is those bytes. None when
 * the secret is unset or empty, or when the asymmetric-only decoder passes no secret.
 */
export function secretKey(secret: string | null, symmetricAllowed: boolean): ModelKey | undefined {
  if (!symmetricAllowed || !secret) return undefined;
  return {
    label: 'SECRET_KEY of the first issuer (oct)',
    kty: 'oct',
    key: new TextEncoder().encode(secret),
  };
}

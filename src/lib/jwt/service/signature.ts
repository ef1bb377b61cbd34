/**
 * One signature pass of the service model: `verify_jwk_signature_using_keyset` in
 * edx_rest_framework_extensions/auth/jwt/decoder.py (10.7.0) calls `jwt.decode` once per key, in
 * order, until one succeeds, and re-raises the last key's error when none does. Each call runs
 * PyJWT 2.6.0's checks in its order. Signatures are checked with jose (WebCrypto); nothing throws.
 */
import {compactVerify, importJWK} from 'jose';
import type {Inspection} from '../types';
import {checkClaims} from './claims';
import type {ModelKey} from './keys';
import type {KeyAttempt, ModelError, ModelFailure} from './types';

/** What the decoder may try for each key type (`verify_jwk_signature_using_keyset`). */
export function algorithmsForKeyType(kty: string): readonly string[] {
  if (kty === 'RSA') return ['RS256', 'RS512'];
  if (kty === 'oct') return ['HS256'];
  return [];
}

/** The token as PyJWT reads it. */
export interface TokenParts {
  readonly token: string;
  /** Set when PyJWT's `_load` succeeds: three segments and a JSON object header. */
  readonly header?: Readonly<Record<string, unknown>>;
  /** The claims, when the payload is a JSON object; PyJWT parses it after the signature check. */
  readonly payload?: Readonly<Record<string, unknown>>;
}

/** A compact JWS with a JSON header loads; anything else (JWE, lenient base64) does not. */
export function tokenParts(inspection: Inspection): TokenParts {
  const header = inspection.header?.json;
  if (inspection.form !== 'jws' || inspection.lenient || !header) return {token: inspection.token};
  return {token: inspection.token, header, payload: inspection.payload?.json};
}

type SignatureCheck = {readonly ok: true} | {ok: false; error: ModelError; message: string};

/** `alg_obj.verify` with the key, or why the browser could not use the key. */
async function signatureMatches(
  token: string,
  key: ModelKey,
  alg: string,
): Promise<SignatureCheck> {
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

/**
 * PyJWT's checks before the signature (2.6.0): algorithms given? token loads? alg allowed? The
 * first that fails is the key's error; undefined when the signature is next.
 */
function checkBeforeSignature(
  parts: TokenParts,
  kty: string,
  algorithms: readonly string[],
): {error: ModelError; message: string} | undefined {
  if (algorithms.length === 0) {
    return {
      error: 'DecodeError',
      message: `The decoder passes no algorithms for ${kty} keys, so PyJWT refuses to verify with it.`,
    };
  }
  if (!parts.header) return {error: 'DecodeError', message: 'The token cannot be decoded.'};
  const alg = parts.header.alg;
  if (typeof alg === 'string' && algorithms.includes(alg)) return undefined;
  return {
    error: 'InvalidAlgorithmError',
    message:
      typeof alg === 'string'
        ? `The token's alg ${alg} is not allowed for this key (only ${algorithms.join(', ')}).`
        : `The token has no usable alg (only ${algorithms.join(', ')} are allowed for this key).`,
  };
}

/**
 * One `jwt.decode(token, key, algorithms, audience, options)` call of a signature pass: the
 * checks before the signature, the signature, the payload JSON, then the claims with zero leeway
 * (iat, nbf and exp always; aud when the first issuer has an AUDIENCE, `verify_aud=bool(aud)`).
 */
export async function tryKey(
  parts: TokenParts,
  key: ModelKey,
  audience: string | null,
  now: number,
): Promise<KeyAttempt> {
  const algorithms = algorithmsForKeyType(key.kty);
  const base = {label: key.label, algorithms};
  const early = checkBeforeSignature(parts, key.kty, algorithms);
  if (early) return {...base, ok: false, ...early};
  const alg = String(parts.header?.alg);
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

export interface PassResult {
  readonly ok: boolean;
  readonly attempts: readonly KeyAttempt[];
  /** The exception PyJWT raises out of the pass: the last key's. */
  readonly last?: KeyAttempt;
}

/** `verify_jwk_signature_using_keyset`: keys in order (kid ignored), stop at the first success. */
export async function signaturePass(
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

/** A failed attempt as the exception the service raises. */
export function failureOf(attempt: KeyAttempt): ModelFailure {
  return {
    error: attempt.error ?? 'InvalidTokenError',
    message: attempt.message,
    key: attempt.label,
  };
}

/** What a pass's step says; only the fallback pass's error escapes the decoder. */
export function describePass(pass: PassResult, fallback: boolean): string {
  if (pass.ok) {
    const winner = pass.attempts[pass.attempts.length - 1];
    return `Verified by ${winner?.label ?? 'a key'} after ${pass.attempts.length} attempt${pass.attempts.length === 1 ? '' : 's'}.`;
  }
  if (!fallback) {
    return 'No key verified the token. The decoder drops this pass’s error and runs the fallback pass.';
  }
  return `No key verified the token. The decoder re-raises the error of the last key tried: ${pass.last?.error ?? 'error'} (${pass.last?.message ?? ''}).`;
}

/**
 * What a signature check says: the algorithms this page checks and the key each needs, the
 * result shape, and what a failed jose call or a short HMAC secret means for the reader.
 */
import type {SignatureCode, SignatureNote, SignatureResult, SignatureStatus} from './types';

export type KeyFamily = 'oct' | 'RSA' | 'EC' | 'OKP';

export interface AlgorithmInfo {
  readonly family: KeyFamily;
  /** For HMAC: minimum secret length in bytes (RFC 7518 §3.2). For EC: the curve. */
  readonly minBytes?: number;
  readonly crv?: string;
}

export const ALGORITHMS: Readonly<Record<string, AlgorithmInfo>> = {
  HS256: {family: 'oct', minBytes: 32},
  HS384: {family: 'oct', minBytes: 48},
  HS512: {family: 'oct', minBytes: 64},
  RS256: {family: 'RSA'},
  RS384: {family: 'RSA'},
  RS512: {family: 'RSA'},
  PS256: {family: 'RSA'},
  PS384: {family: 'RSA'},
  PS512: {family: 'RSA'},
  ES256: {family: 'EC', crv: 'P-256'},
  ES384: {family: 'EC', crv: 'P-384'},
  ES512: {family: 'EC', crv: 'P-521'},
  EdDSA: {family: 'OKP', crv: 'Ed25519'},
  Ed25519: {family: 'OKP', crv: 'Ed25519'},
};

export const FAMILY_NAMES: Readonly<Record<KeyFamily, string>> = {
  oct: 'an HMAC secret',
  RSA: 'an RSA key',
  EC: 'an elliptic-curve (EC) key',
  OKP: 'an Ed25519 key',
};

export function result(
  status: SignatureStatus,
  code: SignatureCode,
  message: string,
  notes: readonly SignatureNote[] = [],
): SignatureResult {
  return {status, code, message, notes};
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as {code: unknown}).code)
    : '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a failed jose call means for the reader. */
export function explainFailure(error: unknown, alg: string): SignatureResult {
  const code = errorCode(error);
  const message = errorMessage(error);
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
    return result('invalid', 'signature-mismatch', 'The signature does not match this key.');
  }
  if (/modulusLength/.test(message)) {
    return result(
      'not-checked',
      'key-too-short',
      `The RSA key is shorter than 2048 bits, which RFC 7518 forbids for ${alg}; the browser's JOSE library refuses to use it.`,
    );
  }
  if (code === 'ERR_JOSE_NOT_SUPPORTED' && /crit|Extension/i.test(message)) {
    return result(
      'not-checked',
      'crit-unsupported',
      'The header marks extensions as critical ("crit") that no Open edX verifier understands, so the token must be rejected before its signature is even checked.',
    );
  }
  if (
    code === 'ERR_JOSE_NOT_SUPPORTED' ||
    /not supported|Unrecognized|Algorithm: Unrecognized/i.test(message)
  ) {
    return result(
      'not-checked',
      'alg-unsupported',
      `This browser cannot verify ${alg}: ${message}`,
    );
  }
  if (/CryptoKey does not support|must be of type|Invalid key|DataError|key type/i.test(message)) {
    return result(
      'invalid',
      'alg-not-allowed-for-key',
      `${alg} is not allowed with this key: ${message}`,
    );
  }
  if (code === 'ERR_JWS_INVALID') {
    return result(
      'not-checked',
      'token-malformed',
      `The token is not a well-formed JWS: ${message}`,
    );
  }
  return result(
    'not-checked',
    'verification-error',
    `The key or token could not be used: ${message}`,
  );
}

export function secretNotes(bytes: Uint8Array, alg: string, info: AlgorithmInfo): SignatureNote[] {
  const min = info.minBytes ?? 0;
  if (bytes.length >= min) return [];
  return [
    {
      code: 'hmac-secret-short',
      severity: 'warning',
      message: `The secret is ${bytes.length} byte${bytes.length === 1 ? '' : 's'}; RFC 7518 asks for at least ${min} for ${alg}. Fine for a local test, too weak for real tokens: a short secret can be guessed offline from one token.`,
    },
  ];
}

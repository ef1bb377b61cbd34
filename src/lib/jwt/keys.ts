/**
 * Reads the "Verification key" box: an HMAC secret (text, base64 or base64url), a PEM public key
 * (SPKI) or X.509 certificate, a single JWK, or a JWK Set. Parsing only: nothing is imported into
 * WebCrypto here (see verify.ts). Never throws.
 */
import {base64url, type JWK} from 'jose';
import {isObject} from './json';
import type {SecretEncoding, SignatureCode} from './types';

export type ParsedKey =
  | {readonly kind: 'none'}
  | {readonly kind: 'secret'; readonly bytes: Uint8Array; readonly encoding: SecretEncoding}
  | {readonly kind: 'spki'; readonly pem: string}
  | {readonly kind: 'x509'; readonly pem: string}
  | {readonly kind: 'jwk'; readonly jwk: JWK; readonly privateStripped: boolean}
  | {
      readonly kind: 'jwks';
      readonly keys: readonly JWK[];
      /** Entries that are not JWK objects (no string `kty`), ignored. */
      readonly skipped: number;
      readonly privateStripped: boolean;
    }
  | {readonly kind: 'error'; readonly code: SignatureCode; readonly message: string};

/** Members that make a JWK private (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;

const PEM = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/;

function publicPart(jwk: JWK): {jwk: JWK; stripped: boolean} {
  if (jwk.kty === 'oct' || !PRIVATE_MEMBERS.some((member) => member in jwk)) {
    return {jwk, stripped: false};
  }
  const copy: Record<string, unknown> = {...jwk};
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  // A private key's key_ops ("sign") would stop WebCrypto from verifying with its public part.
  delete copy.key_ops;
  return {jwk: copy as JWK, stripped: true};
}

function isJwk(value: unknown): value is JWK {
  return isObject(value) && typeof value.kty === 'string';
}

/** Base64 or base64url text to bytes; spaces and padding are ignored. */
export function decodeSecret(
  text: string,
): Uint8Array | {readonly bad: string; readonly at: number} {
  const compact = text.replace(/\s+/g, '').replace(/=+$/, '');
  const bad = /[^A-Za-z0-9+/_-]/.exec(compact);
  if (bad) return {bad: bad[0], at: bad.index + 1};
  try {
    return base64url.decode(compact.replace(/\+/g, '-').replace(/\//g, '_'));
  } catch {
    return {bad: compact.slice(-1), at: compact.length};
  }
}

export function parseKey(text: string, encoding: SecretEncoding = 'text'): ParsedKey {
  const trimmed = text.trim();
  if (trimmed === '') return {kind: 'none'};

  const pem = PEM.exec(trimmed);
  if (pem || trimmed.startsWith('-----BEGIN')) {
    const label = pem?.[1] ?? /-----BEGIN ([A-Z0-9 ]+)-----/.exec(trimmed)?.[1] ?? '';
    if (!pem) {
      return {
        kind: 'error',
        code: 'key-invalid',
        message: `The PEM block "${label}" has no matching END line; paste the whole key, including both lines.`,
      };
    }
    if (label === 'PUBLIC KEY') return {kind: 'spki', pem: pem[0]};
    if (label === 'CERTIFICATE') return {kind: 'x509', pem: pem[0]};
    if (label.endsWith('PRIVATE KEY')) {
      return {
        kind: 'error',
        code: 'key-private-pem',
        message:
          'This is a private key. Paste the public key (BEGIN PUBLIC KEY) or the certificate instead, and never paste a production private key into a web page.',
      };
    }
    if (label === 'RSA PUBLIC KEY') {
      return {
        kind: 'error',
        code: 'key-invalid',
        message:
          'This is a PKCS#1 "RSA PUBLIC KEY". Convert it to SPKI first: openssl rsa -RSAPublicKey_in -in key.pem -pubout',
      };
    }
    return {
      kind: 'error',
      code: 'key-invalid',
      message: `A PEM "${label}" is not a verification key. Paste a PUBLIC KEY or a CERTIFICATE.`,
    };
  }

  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        kind: 'error',
        code: 'key-invalid',
        message: `The key looks like JSON but is not valid JSON: ${reason}.`,
      };
    }
    if (isObject(value) && Array.isArray(value.keys)) {
      const entries = value.keys as unknown[];
      const keys = entries.filter(isJwk).map(publicPart);
      if (keys.length === 0) {
        return {
          kind: 'error',
          code: 'jwks-empty',
          message: 'The JWK Set has no usable keys (each needs a "kty").',
        };
      }
      return {
        kind: 'jwks',
        keys: keys.map((entry) => entry.jwk),
        skipped: entries.length - keys.length,
        privateStripped: keys.some((entry) => entry.stripped),
      };
    }
    if (isJwk(value)) {
      const {jwk, stripped} = publicPart(value);
      return {kind: 'jwk', jwk, privateStripped: stripped};
    }
    return {
      kind: 'error',
      code: 'key-invalid',
      message:
        'This JSON is neither a JWK (it needs "kty") nor a JWK Set (it needs a "keys" list). JWT_PUBLIC_SIGNING_JWK_SET holds a JWK Set.',
    };
  }

  if (encoding === 'text') {
    return {kind: 'secret', bytes: new TextEncoder().encode(trimmed), encoding};
  }
  const bytes = decodeSecret(trimmed);
  if (!(bytes instanceof Uint8Array)) {
    return {
      kind: 'error',
      code: 'key-invalid',
      message: `The secret is not valid ${encoding}: "${bytes.bad}" at position ${bytes.at}. Choose "text" if the secret is used as typed.`,
    };
  }
  return {kind: 'secret', bytes, encoding};
}

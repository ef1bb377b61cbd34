/**
 * Checks the signature of a decoded token with the key from the "Verification key" box, using
 * jose (WebCrypto) for all cryptography. The result is a status plus a reason code; claim checks
 * (expiry…) are deliberately not part of it, so an expired token can still show "Signature
 * verified". Never throws, never fetches anything (`jku`, `x5u` and `iss` are ignored).
 */
import {compactVerify, importJWK, importSPKI, importX509, type JWK} from 'jose';
import {parseKey, type ParsedKey} from './keys';
import type {
  Inspection,
  SecretEncoding,
  SignatureCode,
  SignatureNote,
  SignatureResult,
  SignatureStatus,
} from './types';

type KeyFamily = 'oct' | 'RSA' | 'EC' | 'OKP';

interface AlgorithmInfo {
  readonly family: KeyFamily;
  /** For HMAC: minimum secret length in bytes (RFC 7518 §3.2). For EC: the curve. */
  readonly minBytes?: number;
  readonly crv?: string;
}

const ALGORITHMS: Readonly<Record<string, AlgorithmInfo>> = {
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

const FAMILY_NAMES: Readonly<Record<KeyFamily, string>> = {
  oct: 'an HMAC secret',
  RSA: 'an RSA key',
  EC: 'an elliptic-curve (EC) key',
  OKP: 'an Ed25519 key',
};

/** One algorithm per family, to find out what kind of key a PEM holds when the token's alg fails. */
const PROBES: readonly [string, KeyFamily][] = [
  ['RS256', 'RSA'],
  ['ES256', 'EC'],
  ['ES384', 'EC'],
  ['ES512', 'EC'],
  ['EdDSA', 'OKP'],
];

function result(
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

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a failed jose call means for the reader. */
function explainFailure(error: unknown, alg: string): SignatureResult {
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

async function verifyWith(token: string, key: CryptoKey | Uint8Array, alg: string): Promise<void> {
  await compactVerify(token, key, {algorithms: [alg]});
}

function secretNotes(bytes: Uint8Array, alg: string, info: AlgorithmInfo): SignatureNote[] {
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

async function verifySecret(
  token: string,
  bytes: Uint8Array,
  alg: string,
  info: AlgorithmInfo,
  encoding: SecretEncoding,
): Promise<SignatureResult> {
  if (info.family !== 'oct') {
    return result(
      'invalid',
      'alg-not-allowed-for-key',
      `The token says ${alg}, which needs ${FAMILY_NAMES[info.family]}, but the key is a plain secret. Only HS256/HS384/HS512 use a secret.`,
    );
  }
  if (bytes.length === 0) {
    return result('not-checked', 'key-empty', 'The secret decodes to zero bytes.');
  }
  const notes = secretNotes(bytes, alg, info);
  try {
    await verifyWith(token, bytes, alg);
    return result(
      'verified',
      'signature-valid',
      `The ${alg} signature matches this secret.`,
      notes,
    );
  } catch (error) {
    const failure = explainFailure(error, alg);
    if (failure.code !== 'signature-mismatch') return {...failure, notes};
    const hint =
      encoding === 'text'
        ? ' If the secret is stored base64-encoded, set "Secret encoding" to base64 or base64url.'
        : ' If the secret is used as typed, set "Secret encoding" to text.';
    return result(
      'invalid',
      'signature-mismatch',
      `The signature does not match this secret.${hint}`,
      notes,
    );
  }
}

async function verifyPem(
  token: string,
  parsed: Extract<ParsedKey, {kind: 'spki' | 'x509'}>,
  alg: string,
  info: AlgorithmInfo,
): Promise<SignatureResult> {
  const importer = parsed.kind === 'spki' ? importSPKI : importX509;
  const what = parsed.kind === 'spki' ? 'public key' : 'certificate';
  if (info.family === 'oct') {
    return result(
      'invalid',
      'alg-not-allowed-for-key',
      `The token says ${alg} (a shared secret), but this is a ${what}. Using a public key as an HMAC secret is the algorithm-confusion attack of RFC 8725 §2.1; Open edX pins HS256 to the shared secret only.`,
    );
  }
  let key: CryptoKey;
  try {
    key = await importer(parsed.pem, alg);
  } catch (error) {
    for (const [probe, family] of PROBES) {
      if (family === info.family && probe === alg) continue;
      try {
        await importer(parsed.pem, probe);
        if (family !== info.family) {
          return result(
            'invalid',
            'alg-not-allowed-for-key',
            `The token says ${alg}, which needs ${FAMILY_NAMES[info.family]}, but this ${what} holds ${FAMILY_NAMES[family]}.`,
          );
        }
        return result(
          'invalid',
          'alg-not-allowed-for-key',
          `The token says ${alg}, which needs the ${info.crv ?? ''} curve; this ${what} uses another curve.`,
        );
      } catch {
        // not this kind either
      }
    }
    return result(
      'not-checked',
      'key-invalid',
      `The ${what} could not be read: ${errorMessage(error)}`,
    );
  }
  try {
    await verifyWith(token, key, alg);
    return result('verified', 'signature-valid', `The ${alg} signature matches this ${what}.`);
  } catch (error) {
    return explainFailure(error, alg);
  }
}

/** Why a JWK cannot verify this algorithm, or undefined when it can be tried. */
function incompatibility(jwk: JWK, alg: string, info: AlgorithmInfo): string | undefined {
  if (jwk.kty !== info.family) {
    return `the key is ${jwk.kty === 'oct' ? 'an HMAC secret' : `of type ${jwk.kty}`}, and ${alg} needs ${FAMILY_NAMES[info.family]}`;
  }
  if (jwk.alg !== undefined && jwk.alg !== alg)
    return `the key is for ${jwk.alg}, the token says ${alg}`;
  if (jwk.use !== undefined && jwk.use !== 'sig')
    return `the key's "use" is "${jwk.use}", not "sig"`;
  if (info.crv !== undefined && jwk.crv !== undefined && jwk.crv !== info.crv) {
    return `the key's curve is ${jwk.crv}, and ${alg} needs ${info.crv}`;
  }
  return undefined;
}

async function verifyJwk(
  token: string,
  jwk: JWK,
  alg: string,
  info: AlgorithmInfo,
): Promise<SignatureResult> {
  const reason = incompatibility(jwk, alg, info);
  if (reason)
    return result(
      'invalid',
      'alg-not-allowed-for-key',
      `${alg} is not allowed with this key: ${reason}.`,
    );
  let key: CryptoKey | Uint8Array;
  try {
    key = await importJWK(jwk, alg);
  } catch (error) {
    return result(
      'not-checked',
      'key-invalid',
      `The JWK could not be imported: ${errorMessage(error)}`,
    );
  }
  const notes = key instanceof Uint8Array ? secretNotes(key, alg, info) : [];
  try {
    await verifyWith(token, key, alg);
    return result('verified', 'signature-valid', `The ${alg} signature matches this JWK.`, notes);
  } catch (error) {
    return {...explainFailure(error, alg), notes};
  }
}

function describeKey(jwk: JWK, position: number, count: number): string {
  return `key ${position} of ${count}${jwk.kid ? ` (kid "${jwk.kid}")` : ' (no kid)'}`;
}

async function verifyJwks(
  token: string,
  keys: readonly JWK[],
  kid: unknown,
  alg: string,
  info: AlgorithmInfo,
): Promise<SignatureResult> {
  const notes: SignatureNote[] = [];
  const count = keys.length;
  const indexed = keys.map((jwk, i) => ({jwk, position: i + 1}));
  let candidates = indexed;
  if (typeof kid === 'string') {
    const byKid = indexed.filter(({jwk}) => jwk.kid === kid);
    if (byKid.length > 0) {
      candidates = byKid;
    } else {
      notes.push({
        code: 'jwks-kid-not-found',
        severity: 'warning',
        message: `No key in the set has kid "${kid}", so every key was tried in order, as the Open edX decoder does (it ignores kid).`,
      });
    }
  }
  const usable = candidates.filter(({jwk}) => incompatibility(jwk, alg, info) === undefined);
  if (usable.length < candidates.length) {
    notes.push({
      code: 'jwks-keys-skipped',
      severity: 'info',
      message: `Skipped ${candidates.length - usable.length} key${candidates.length - usable.length === 1 ? '' : 's'} that cannot verify ${alg} (${candidates
        .filter(({jwk}) => incompatibility(jwk, alg, info) !== undefined)
        .map(
          ({jwk, position}) =>
            `${describeKey(jwk, position, count)}: ${incompatibility(jwk, alg, info)}`,
        )
        .join('; ')}).`,
    });
  }
  if (usable.length === 0) {
    return result(
      'invalid',
      'alg-not-allowed-for-key',
      `No key in the set can verify ${alg}: it needs ${FAMILY_NAMES[info.family]}.`,
      notes,
    );
  }
  const failures: SignatureResult[] = [];
  for (const {jwk, position} of usable) {
    const outcome = await verifyJwk(token, jwk, alg, info);
    if (outcome.status === 'verified') {
      return result(
        'verified',
        'signature-valid',
        `The ${alg} signature matches ${describeKey(jwk, position, count)} in the set.`,
        [
          ...notes,
          ...outcome.notes,
          {
            code: 'jwks-key-matched',
            severity: 'info',
            message:
              typeof kid === 'string' && jwk.kid === kid
                ? `Picked by the token's kid "${kid}".`
                : `Found by trying the keys in order, like the Open edX decoder (matched ${describeKey(jwk, position, count)}).`,
          },
        ],
      );
    }
    failures.push(outcome);
  }
  const first = failures.find((failure) => failure.code !== 'signature-mismatch');
  if (failures.length === 1 && first) return {...first, notes: [...notes, ...first.notes]};
  return result(
    'invalid',
    'signature-mismatch',
    `No key in the set matches the signature (tried ${usable.length} of ${count}).`,
    notes,
  );
}

/**
 * Verifies the token's signature with the key text the reader pasted.
 *
 * Checks only the signature: not `exp`, `aud` or any other claim (see `evaluate`).
 * `alg: none` is never verified. Resolves, never rejects.
 */
export async function verifySignature(
  inspection: Inspection,
  keyText: string,
  encoding: SecretEncoding = 'text',
): Promise<SignatureResult> {
  try {
    return await verifyUnsafe(inspection, keyText, encoding);
  } catch (error) {
    return result(
      'not-checked',
      'verification-error',
      `Verification stopped: ${errorMessage(error)}`,
    );
  }
}

async function verifyUnsafe(
  inspection: Inspection,
  keyText: string,
  encoding: SecretEncoding,
): Promise<SignatureResult> {
  if (inspection.form === 'empty') {
    // Something was pasted but no token came out of it: point at the diagnosis, not at "yet".
    const pasted = inspection.findings.some((finding) => finding.code !== 'input-empty');
    return result(
      'not-checked',
      'no-token',
      pasted
        ? 'No token could be read from the input; the findings say why.'
        : 'There is no token yet.',
    );
  }
  if (inspection.form === 'jwe') {
    return result(
      'not-checked',
      'token-encrypted',
      'The token is encrypted (JWE): it has no signature to check here.',
    );
  }
  const header = inspection.header?.json;
  if (inspection.form !== 'jws' || !header) {
    return result(
      'not-checked',
      'token-malformed',
      'The token cannot be decoded (see the findings).',
    );
  }
  const alg = header.alg;
  if (typeof alg !== 'string' || alg === '') {
    return result('not-checked', 'alg-missing', 'The header names no algorithm ("alg").');
  }
  if (alg.toLowerCase() === 'none') {
    return result(
      'not-checked',
      'alg-none',
      '"alg": "none" is never verified: an unsecured token proves nothing about who wrote it.',
    );
  }
  const parsed = parseKey(keyText, encoding);
  if (parsed.kind === 'none') {
    return result(
      'not-checked',
      'no-key',
      'Paste a secret, public key, certificate, JWK or JWK Set to check it.',
    );
  }
  if (inspection.lenient) {
    return result(
      'not-checked',
      'token-not-base64url',
      'The token uses padding or standard base64 (see the findings); verifiers reject it before checking the signature.',
    );
  }
  if (inspection.segments[2]?.text === '') {
    return result('invalid', 'signature-empty', 'The signature segment is empty.');
  }
  const info = ALGORITHMS[alg];
  if (!info) {
    return result(
      'not-checked',
      'alg-unsupported',
      `"${alg}" is not a JWS signature algorithm this page can check.`,
    );
  }
  if (parsed.kind === 'error') return result('not-checked', parsed.code, parsed.message);
  if (typeof crypto === 'undefined' || !crypto.subtle) {
    return result(
      'not-checked',
      'crypto-unavailable',
      'This browser offers no WebCrypto here (it needs https or localhost).',
    );
  }
  const privateNote: SignatureNote[] =
    (parsed.kind === 'jwk' || parsed.kind === 'jwks') && parsed.privateStripped
      ? [
          {
            code: 'private-jwk-public-part-used',
            severity: 'warning',
            message:
              'The key includes private members; only its public part was used. Never paste a production private key into a web page.',
          },
        ]
      : [];
  const token = inspection.token;
  let outcome: SignatureResult;
  switch (parsed.kind) {
    case 'secret':
      outcome = await verifySecret(token, parsed.bytes, alg, info, parsed.encoding);
      break;
    case 'spki':
    case 'x509':
      outcome = await verifyPem(token, parsed, alg, info);
      break;
    case 'jwk':
      outcome = await verifyJwk(token, parsed.jwk, alg, info);
      break;
    case 'jwks':
      outcome = await verifyJwks(token, parsed.keys, header.kid, alg, info);
      if (parsed.skipped > 0) {
        outcome = {
          ...outcome,
          notes: [
            ...outcome.notes,
            {
              code: 'jwks-keys-skipped',
              severity: 'info',
              message: `Ignored ${parsed.skipped} entr${parsed.skipped === 1 ? 'y' : 'ies'} of "keys" that are not JWKs.`,
            },
          ],
        };
      }
      break;
  }
  return {...outcome, notes: [...privateNote, ...outcome.notes]};
}

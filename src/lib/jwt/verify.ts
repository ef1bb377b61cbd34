/**
 * Checks the signature of a decoded token with the key from the "Verification key" box, using
 * jose (WebCrypto) for all cryptography. The result is a status plus a reason code; claim checks
 * (expiry…) are deliberately not part of it, so an expired token can still show "Signature
 * verified". Never throws, never fetches anything (`jku`, `x5u` and `iss` are ignored).
 */
import {parseKey, type ParsedKey} from './keys';
import {ALGORITHMS, type AlgorithmInfo, errorMessage, result} from './signatureMessages';
import type {Inspection, SecretEncoding, SignatureNote, SignatureResult} from './types';
import {verifyJwk, verifyJwks, verifyPem, verifySecret} from './verifyKey';

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

/** Why there is no signature to check in this inspection, if there is none. */
function noSignature(inspection: Inspection): SignatureResult | undefined {
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
  if (inspection.form !== 'jws' || !inspection.header?.json) {
    return result(
      'not-checked',
      'token-malformed',
      'The token cannot be decoded (see the findings).',
    );
  }
  return undefined;
}

/** Why the token's signature cannot be checked as it is encoded, if it cannot. */
function badEncoding(inspection: Inspection): SignatureResult | undefined {
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
  return undefined;
}

const PRIVATE_JWK_NOTE: SignatureNote = {
  code: 'private-jwk-public-part-used',
  severity: 'warning',
  message:
    'The key includes private members; only its public part was used. Never paste a production private key into a web page.',
};

type UsableKey = Exclude<ParsedKey, {kind: 'none' | 'error'}>;

/** Checks the token with the parsed key, by the kind of key it is. */
async function verifyWithKey(
  inspection: Inspection,
  parsed: UsableKey,
  alg: string,
  info: AlgorithmInfo,
): Promise<SignatureResult> {
  const token = inspection.token;
  switch (parsed.kind) {
    case 'secret':
      return verifySecret(token, parsed.bytes, alg, info, parsed.encoding);
    case 'spki':
    case 'x509':
      return verifyPem(token, parsed, alg, info);
    case 'jwk':
      return verifyJwk(token, parsed.jwk, alg, info);
    case 'jwks': {
      const outcome = await verifyJwks(token, parsed.keys, inspection.header?.json?.kid, alg, info);
      if (parsed.skipped === 0) return outcome;
      const skipped: SignatureNote = {
        code: 'jwks-keys-skipped',
        severity: 'info',
        message: `Ignored ${parsed.skipped} entr${parsed.skipped === 1 ? 'y' : 'ies'} of "keys" that are not JWKs.`,
      };
      return {...outcome, notes: [...outcome.notes, skipped]};
    }
  }
}

async function verifyUnsafe(
  inspection: Inspection,
  keyText: string,
  encoding: SecretEncoding,
): Promise<SignatureResult> {
  const unsigned = noSignature(inspection);
  if (unsigned) return unsigned;
  const alg = inspection.header?.json?.alg;
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
  const encodingProblem = badEncoding(inspection);
  if (encodingProblem) return encodingProblem;
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
  const outcome = await verifyWithKey(inspection, parsed, alg, info);
  const privateStripped =
    (parsed.kind === 'jwk' || parsed.kind === 'jwks') && parsed.privateStripped;
  return {...outcome, notes: [...(privateStripped ? [PRIVATE_JWK_NOTE] : []), ...outcome.notes]};
}

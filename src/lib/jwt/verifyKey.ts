/**
 * Signature checks with one kind of key each: an HMAC secret, a PEM public key or certificate, a
 * JWK, or a JWK Set (by kid, or each key in turn as the Open edX decoder does). jose (WebCrypto)
 * imports the keys and verifies; signatureMessages.ts says what a failure means.
 */
import {compactVerify, importJWK, importSPKI, importX509, type JWK} from 'jose';
import type {ParsedKey} from './keys';
import {
  type AlgorithmInfo,
  errorMessage,
  explainFailure,
  FAMILY_NAMES,
  type KeyFamily,
  result,
  secretNotes,
} from './signatureMessages';
import type {SecretEncoding, SignatureNote, SignatureResult} from './types';

/** One algorithm per family, to find out what kind of key a PEM holds when the token's alg fails. */
const PROBES: readonly [string, KeyFamily][] = [
  ['RS256', 'RSA'],
  ['ES256', 'EC'],
  ['ES384', 'EC'],
  ['ES512', 'EC'],
  ['EdDSA', 'OKP'],
];

async function verifyWith(token: string, key: CryptoKey | Uint8Array, alg: string): Promise<void> {
  await compactVerify(token, key, {algorithms: [alg]});
}

export async function verifySecret(
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

export async function verifyPem(
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

export async function verifyJwk(
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

interface IndexedKey {
  readonly jwk: JWK;
  /** 1-based, as the reader counts the keys of the set. */
  readonly position: number;
}

/**
 * The keys of a set worth trying: those with the token's kid (or all, when none has it), less
 * those that cannot verify `alg`; with notes saying which were left out and why.
 */
function jwksCandidates(
  keys: readonly JWK[],
  kid: unknown,
  alg: string,
  info: AlgorithmInfo,
): {usable: readonly IndexedKey[]; notes: SignatureNote[]} {
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
  return {usable, notes};
}

export async function verifyJwks(
  token: string,
  keys: readonly JWK[],
  kid: unknown,
  alg: string,
  info: AlgorithmInfo,
): Promise<SignatureResult> {
  const count = keys.length;
  const {usable, notes} = jwksCandidates(keys, kid, alg, info);
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

/**
 * A model of the shared Open edX JWT decoder, `jwt_decode_handler` in edx-drf-extensions
 * (edx_rest_framework_extensions/auth/jwt/decoder.py, as of 10.7.0), step by step:
 *
 * 1. the first `JWT_ISSUERS` entry supplies the secret and the audience;
 * 2. asymmetric pass: each key of `JWT_PUBLIC_SIGNING_JWK_SET` in order (kid ignored), RSA keys
 *    with RS256/RS512, oct keys with HS256, other key types never; PyJWT checks exp/iat/nbf with
 *    zero leeway and aud whenever the first issuer has an AUDIENCE;
 * 3. fallback pass: the same keys plus the first issuer's SECRET_KEY (unless asymmetric-only);
 * 4. claims pass: exp and iat required, JWT_VERIFY_EXPIRATION, JWT_VERIFY_AUDIENCE, JWT_LEEWAY,
 *    then the issuer checked by hand against every entry;
 * 5. defaults: version 1.0.0 when missing, higher major rejected, is_restricted and filters.
 *
 * Signatures are checked with jose (WebCrypto). Never throws; nothing leaves the page.
 */
import {compactVerify, importJWK, type JWK} from 'jose';
import {isObject} from '../json';
import type {Inspection} from '../types';
import {checkClaims, type ClaimCheckFailure} from './claims';
import type {
  KeyAttempt,
  ModelError,
  RecordedAttribute,
  RejectionCode,
  ServiceSettings,
  SimulateOptions,
  Simulation,
  SimulationStep,
} from './types';
import {majorVersion} from './version';

/** Decoder defaults: `JwtTokenVersion.default_latest_supported` and the LMS settings. */
export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  issuers: [{issuer: 'http://127.0.0.1:8000/oauth2', audience: 'change-me', secretKey: ''}],
  publicJwkSet: '',
  supportedVersion: '1.2.0',
  leeway: 1,
  verifyExpiration: true,
  verifyAudience: true,
};

/** What the decoder may try for each key type (`verify_jwk_signature_using_keyset`). */
export function algorithmsForKeyType(kty: string): readonly string[] {
  if (kty === 'RSA') return ['RS256', 'RS512'];
  if (kty === 'oct') return ['HS256'];
  return [];
}

interface ModelKey {
  readonly label: string;
  readonly kty: string;
  readonly key: JWK | Uint8Array;
}

type KeySetResult =
  | {readonly ok: true; readonly keys: readonly ModelKey[]; readonly skipped: number}
  | {readonly ok: false; readonly error: ModelError; readonly message: string};

const KNOWN_KTY = new Set(['RSA', 'EC', 'oct', 'OKP']);

/** `PyJWKSet.from_json`: unusable entries are skipped, an empty or unusable set raises. */
export function loadPublicKeys(text: string): KeySetResult {
  if (text.trim() === '') return {ok: true, keys: [], skipped: 0};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: 'ValueError',
      message: `JWT_PUBLIC_SIGNING_JWK_SET is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  const list = isObject(parsed) ? parsed.keys : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    return {
      ok: false,
      error: 'PyJWKSetError',
      message: 'The JWK Set did not contain any keys (it needs a non-empty "keys" list).',
    };
  }
  const keys: ModelKey[] = [];
  let skipped = 0;
  list.forEach((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.kty !== 'string' || !KNOWN_KTY.has(entry.kty)) {
      skipped += 1;
      return;
    }
    if (entry.use === 'enc') {
      skipped += 1;
      return;
    }
    const kid = typeof entry.kid === 'string' ? `kid "${entry.kid}"` : 'no kid';
    keys.push({
      label: `public key ${index + 1} (${entry.kty}, ${kid})`,
      kty: entry.kty,
      key: entry as JWK,
    });
  });
  if (keys.length === 0) {
    return {
      ok: false,
      error: 'PyJWKSetError',
      message: 'The JWK Set did not contain any usable keys.',
    };
  }
  return {ok: true, keys, skipped};
}

interface TokenParts {
  readonly token: string;
  readonly alg?: string;
  readonly payload?: Readonly<Record<string, unknown>>;
}

function tokenParts(inspection: Inspection): TokenParts {
  const header = inspection.header?.json;
  const readable =
    inspection.form === 'jws' && !inspection.lenient && header && inspection.payload?.json;
  if (!readable) return {token: inspection.token};
  return {
    token: inspection.token,
    alg: typeof header.alg === 'string' ? header.alg : undefined,
    payload: inspection.payload?.json,
  };
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
  if (!parts.payload || parts.alg === undefined) {
    return {...base, ok: false, error: 'DecodeError', message: 'The token cannot be decoded.'};
  }
  if (algorithms.length === 0) {
    return {
      ...base,
      ok: false,
      error: 'DecodeError',
      message: `The decoder passes no algorithms for ${key.kty} keys, so PyJWT refuses to verify with it.`,
    };
  }
  if (!algorithms.includes(parts.alg)) {
    return {
      ...base,
      ok: false,
      error: 'InvalidAlgorithmError',
      message: `The token's alg ${parts.alg} is not allowed for this key (only ${algorithms.join(', ')}).`,
    };
  }
  const signature = await signatureMatches(parts.token, key, parts.alg);
  if (!signature.ok) return {...base, ...signature};
  const failure = checkClaims(parts.payload, {
    now,
    leeway: 0,
    require: [],
    verifyExp: true,
    verifyAud: Boolean(audience),
    audience,
  });
  if (failure) return {...base, ok: false, ...failure};
  return {...base, ok: true, message: `Verified with ${parts.alg}; claims valid with zero leeway.`};
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
    const score = attempt.error ? (PROGRESS[attempt.error] ?? 3) : 0;
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

function describeAttempts(pass: PassResult): string {
  if (pass.attempts.length === 0) return 'No keys to try.';
  if (pass.ok) {
    const winner = pass.attempts[pass.attempts.length - 1];
    return `Verified by ${winner?.label ?? 'a key'} after ${pass.attempts.length} attempt${pass.attempts.length === 1 ? '' : 's'}.`;
  }
  return `No key verified the token; PyJWT raises the last key's error: ${pass.last?.error ?? 'error'} (${pass.last?.message ?? ''}).`;
}

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
    error?: ModelError,
    defaultsApplied: readonly string[] = [],
  ): Simulation => ({
    outcome: 'rejected',
    code,
    reason,
    error,
    steps,
    attributes,
    defaultsApplied,
    caveats,
  });

  const first = settings.issuers[0];
  if (!first) {
    steps.push({
      id: 'first-issuer',
      title: 'First JWT_ISSUERS entry',
      status: 'failed',
      detail: 'JWT_ISSUERS is empty, so get_first_jwt_issuer() fails before any check.',
    });
    return reject(
      'no-issuer-configured',
      'The service has no issuer configured (JWT_ISSUERS is empty): every JWT request fails with a server error.',
      'ValueError',
    );
  }
  steps.push({
    id: 'first-issuer',
    title: 'First JWT_ISSUERS entry',
    status: 'passed',
    detail: `Secret and audience come from the first entry only (ISSUER ${JSON.stringify(first.issuer)}, AUDIENCE ${JSON.stringify(first.audience)}${settings.issuers.length > 1 ? `; the other ${settings.issuers.length - 1} entr${settings.issuers.length === 2 ? 'y only widens' : 'ies only widen'} the accepted iss values` : ''}).`,
  });

  attributes.push({name: 'jwt_auth_check_symmetric_key', value: symmetricAllowed});
  const loaded = loadPublicKeys(settings.publicJwkSet);
  if (!loaded.ok) {
    steps.push({
      id: 'asymmetric-pass',
      title: 'Asymmetric pass',
      status: 'failed',
      detail: `${loaded.message} The error is raised while loading the keys, before any verification, so no verification attribute is recorded.`,
    });
    return reject(
      'jwk-set-unusable',
      `JWT_PUBLIC_SIGNING_JWK_SET cannot be loaded: ${loaded.message}`,
      loaded.error,
    );
  }
  if (loaded.skipped > 0) {
    caveats.push(
      `${loaded.skipped} JWK Set entr${loaded.skipped === 1 ? 'y was' : 'ies were'} skipped as unusable; which entries PyJWT skips depends on its version and installed crypto backends.`,
    );
  }
  if (loaded.keys.length === 0) {
    caveats.push(
      'No public keys are configured. This model treats the asymmetric pass as failed; check how your installed edx-drf-extensions version handles an empty key list.',
    );
  }
  const parts = tokenParts(inspection);
  if (inspection.lenient) {
    caveats.push(
      'The token uses padding or standard base64: PyJWT may decode some of these, this model treats them as undecodable.',
    );
  }
  attributes.push({name: 'jwt_auth_verify_asymmetric_keys_count', value: loaded.keys.length});
  const pass1 =
    loaded.keys.length === 0
      ? {ok: false, attempts: []}
      : await signaturePass(parts, loaded.keys, first.audience, now);
  steps.push({
    id: 'asymmetric-pass',
    title: 'Asymmetric pass (public keys only, zero leeway)',
    status: pass1.ok ? 'passed' : 'failed',
    detail: describeAttempts(pass1),
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
    let detail = describeAttempts(pass2);
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
      const last = pass2.last;
      const cause = mostTelling([...pass1.attempts, ...pass2.attempts]);
      const why =
        cause === undefined
          ? 'there is no key to try'
          : `${cause.label}: ${cause.error ?? 'error'}, ${cause.message}`;
      return {
        ...reject(
          'signature-not-verified',
          `Token verification failed: no key verified the token with valid claims at zero leeway (closest: ${why}).`,
          last?.error ?? 'InvalidTokenError',
        ),
        cause,
      };
    }
    attributes.push({name: 'jwt_auth_symmetric_verified', value: true});
  }

  // Only reached with a decodable payload: a signature pass succeeded.
  const payload = parts.payload ?? {};
  const claimsFailure: ClaimCheckFailure | undefined = checkClaims(payload, {
    now,
    leeway: settings.leeway,
    require: ['exp', 'iat'],
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
      : `exp and iat present${settings.verifyExpiration ? ', exp valid' : ', exp not checked (JWT_VERIFY_EXPIRATION false)'}${settings.verifyAudience ? ', aud checked' : ', aud not checked here (JWT_VERIFY_AUDIENCE false)'}.`,
  });
  if (claimsFailure) {
    steps.push(skipped('issuer-check', 'Issuer check'));
    steps.push(skipped('defaults', 'Defaults and version'));
    return reject('claims-invalid', claimsFailure.message, claimsFailure.error);
  }

  const tokenIssuer = payload.iss ?? null;
  attributes.push({
    name: 'jwt_auth_issuer',
    value: typeof tokenIssuer === 'string' ? tokenIssuer : JSON.stringify(tokenIssuer),
  });
  const laterMatch = settings.issuers.some((entry) => entry.issuer === tokenIssuer);
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
        ? `iss ${JSON.stringify(tokenIssuer)} matches no JWT_ISSUERS entry.`
        : `iss ${JSON.stringify(tokenIssuer)}: ${verification}.`,
  });
  if (verification === 'no-match') {
    steps.push(skipped('defaults', 'Defaults and version'));
    return reject(
      'issuer-no-match',
      `${JSON.stringify(tokenIssuer)} is not a valid issuer: it matches no JWT_ISSUERS entry.`,
      'InvalidTokenError',
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
        ? `the token's version ${JSON.stringify(version)}`
        : `JWT_SUPPORTED_VERSION ${JSON.stringify(settings.supportedVersion)}`;
    steps.push({
      id: 'defaults',
      title: 'Defaults and version',
      status: 'failed',
      detail: `semantic_version cannot read ${which}.`,
    });
    caveats.push(
      'An unreadable version raises ValueError, not InvalidTokenError: the service likely answers with a server error rather than 401.',
    );
    return reject(
      'version-unreadable',
      `The version check cannot read ${which} as a semantic version.`,
      'ValueError',
      defaultsApplied,
    );
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
      'InvalidTokenError',
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

function skipped(id: SimulationStep['id'], title: string): SimulationStep {
  return {id, title, status: 'skipped', detail: 'Not reached.'};
}

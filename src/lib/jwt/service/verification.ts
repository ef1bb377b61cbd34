/**
 * The signature steps of the service model, `_verify_jwt_signature` in
 * edx_rest_framework_extensions/auth/jwt/decoder.py (10.7.0): load the public keys, read the
 * token, try the public keys alone (asymmetric pass), then the public keys plus the first issuer's
 * secret (fallback pass), whose failure is the only one that escapes the decoder.
 */
import type {Inspection} from '../types';
import {loadPublicKeys, type ModelKey, secretKey} from './keys';
import {pythonInt} from './python';
import {
  describePass,
  failureOf,
  mostTelling,
  type PassResult,
  signaturePass,
  type TokenParts,
  tokenParts,
} from './signature';
import type {StepPassed, StepRejection, StepResult} from './trace';
import type {
  IssuerSettings,
  ModelFailure,
  RecordedAttribute,
  ServiceSettings,
  SimulationStep,
} from './types';

/**
 * `PyJWKSet.from_json(JWT_PUBLIC_SIGNING_JWK_SET)` (see ./keys). It runs outside the decoder's
 * try blocks, so a load error is no InvalidTokenError and no verification attribute is recorded;
 * a loaded set records `jwt_auth_verify_asymmetric_keys_count`.
 */
export function keySetStep(settings: ServiceSettings): StepResult<readonly ModelKey[]> {
  const loaded = loadPublicKeys(settings.publicJwkSet, settings.publicJwkSetType);
  if (loaded.ok) {
    const {skipped, keys} = loaded;
    const caveat = `${skipped} JWK Set entr${skipped === 1 ? 'y names an alg' : 'ies name an alg'} PyJWT does not know and ${skipped === 1 ? 'is' : 'are'} skipped (PyJWT 2.6.0); other PyJWT versions skip other entries.`;
    return {
      ok: true,
      value: keys,
      caveats: skipped > 0 ? [caveat] : [],
      attributes: [{name: 'jwt_auth_verify_asymmetric_keys_count', value: keys.length}],
    };
  }
  const caveats = [
    `The ${loaded.error} is raised outside the decoder's try blocks and is not an InvalidTokenError: the service most likely answers every JWT request with a server error rather than 401.`,
  ];
  if (loaded.laterVersionsSkip) {
    caveats.push(
      'This follows PyJWT 2.6.0. PyJWT 2.7.0 and later skip a JWK Set entry that raises InvalidKeyError instead of failing, so there the other entries load.',
    );
  }
  const reason = `JWT_PUBLIC_SIGNING_JWK_SET cannot be loaded: ${loaded.message}`;
  return {
    ok: false,
    steps: [
      {
        id: 'asymmetric-pass',
        title: 'Asymmetric pass',
        status: 'failed',
        detail: `${reason} The error is raised while loading the keys, before any verification, so no verification attribute is recorded.`,
      },
    ],
    caveats,
    rejection: {
      code: 'jwk-set-unusable',
      reason,
      reported: {error: loaded.error, message: loaded.message},
    },
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

/** PyJWT 2.7.0 changed how the signature passes compare an iat with the clock. */
function laterPyJwtIat(payload: Readonly<Record<string, unknown>>): string | undefined {
  const iat = payload.iat;
  if (typeof iat === 'string' && typeof pythonInt(iat) === 'number') {
    return "The token's iat is text. This model follows PyJWT 2.6.0, which compares it with the clock as it is and fails with a TypeError in the signature passes; PyJWT 2.7.0 and later compare int(iat), so there it counts as a number.";
  }
  if (typeof iat === 'number' && Number.isFinite(iat) && !Number.isInteger(iat)) {
    return "The token's iat is not a whole number. This model follows PyJWT 2.6.0, which compares it as it is with the clock in whole seconds; PyJWT 2.7.0 and later drop its fraction and use the exact clock, so within a second of the service's clock the verdicts can differ.";
  }
  return undefined;
}

/**
 * The token as PyJWT's `_load` sees it, with caveats where other PyJWT versions read it
 * differently: lenient base64 (treated as undecodable), non-string sub or jti, and an iat that is
 * text or has a fraction.
 */
export function readTokenStep(inspection: Inspection): StepPassed<TokenParts> {
  const parts = tokenParts(inspection);
  const caveats: string[] = [];
  if (inspection.lenient) {
    caveats.push(
      'The token uses padding or standard base64: PyJWT may decode some of these, this model treats them as undecodable.',
    );
  }
  const claimTypes = parts.payload && laterPyJwtClaimTypes(parts.payload);
  if (claimTypes) caveats.push(claimTypes);
  const iat = parts.payload && laterPyJwtIat(parts.payload);
  if (iat) caveats.push(iat);
  return {ok: true, value: parts, caveats};
}

const FALLBACK_TITLE = 'Fallback pass (public keys and the secret)';

/** The asymmetric pass's outcome: whether a public key verified, and what each key did. */
export interface AsymmetricPass {
  readonly verified: boolean;
  readonly pass: PassResult;
}

/**
 * The asymmetric pass: the public keys alone, zero leeway, audience checked whenever the first
 * issuer has one. Its error is dropped (`except Exception: pass`); success records
 * `jwt_auth_asymmetric_verified` and the fallback pass is not run.
 */
export async function asymmetricPassStep(
  parts: TokenParts,
  keys: readonly ModelKey[],
  first: IssuerSettings,
  now: number,
): Promise<StepPassed<AsymmetricPass>> {
  const pass = await signaturePass(parts, keys, first.audience, now);
  const steps: SimulationStep[] = [
    {
      id: 'asymmetric-pass',
      title: 'Asymmetric pass (public keys only, zero leeway)',
      status: pass.ok ? 'passed' : 'failed',
      detail: describePass(pass, false),
      attempts: pass.attempts,
    },
  ];
  if (!pass.ok) return {ok: true, value: {verified: false, pass}, steps};
  steps.push({
    id: 'symmetric-pass',
    title: FALLBACK_TITLE,
    status: 'skipped',
    detail: 'Not needed: the asymmetric pass verified the token.',
  });
  return {
    ok: true,
    value: {verified: true, pass},
    steps,
    attributes: [{name: 'jwt_auth_asymmetric_verified', value: true}],
  };
}

export interface FallbackPassInput {
  readonly parts: TokenParts;
  readonly keys: readonly ModelKey[];
  readonly first: IssuerSettings;
  readonly now: number;
  /** False for `get_asymmetric_only_jwt_decode_handler`, which passes no secret. */
  readonly symmetricAllowed: boolean;
  /** The asymmetric pass, whose attempts count when naming the real reason of a failure. */
  readonly asymmetric: PassResult;
}

/**
 * The fallback pass: the same public keys plus the first issuer's SECRET_KEY (unless
 * asymmetric-only or unset). When it fails too the decoder re-raises the last key's error, which
 * is what the service reports; the cause is the attempt of either pass that got furthest.
 */
export async function fallbackPassStep(input: FallbackPassInput): Promise<StepResult<void>> {
  const {first, symmetricAllowed} = input;
  const secret = secretKey(first.secretKey, symmetricAllowed);
  const allKeys = secret ? [...input.keys, secret] : input.keys;
  const pass = await signaturePass(input.parts, allKeys, first.audience, input.now);
  let detail = describePass(pass, true);
  if (!symmetricAllowed) {
    detail = `Asymmetric-only decoder: the secret is not added. ${detail}`;
  } else if (!first.secretKey) {
    detail = `The first issuer has no SECRET_KEY, so only the public keys are tried again. ${detail}`;
  }
  const status = pass.ok ? 'passed' : 'failed';
  const steps: SimulationStep[] = [
    {id: 'symmetric-pass', title: FALLBACK_TITLE, status, detail, attempts: pass.attempts},
  ];
  const attributes: RecordedAttribute[] = [
    {name: 'jwt_auth_verify_all_keys_count', value: allKeys.length},
    {name: pass.ok ? 'jwt_auth_symmetric_verified' : 'jwt_auth_verification_failed', value: true},
  ];
  if (pass.ok) return {ok: true, value: undefined, steps, attributes};
  return {ok: false, steps, attributes, rejection: signatureRejection(input.asymmetric, pass)};
}

/** After both passes fail: the last key's error is reported, the furthest attempt is the cause. */
function signatureRejection(asymmetric: PassResult, fallback: PassResult): StepRejection {
  // The loaded set always holds a key, so both passes tried at least one.
  const last = fallback.last ?? fallback.attempts[fallback.attempts.length - 1];
  const reported: ModelFailure = last
    ? failureOf(last)
    : {error: 'InvalidTokenError', message: 'Token verification failed.'};
  const closest = mostTelling([...asymmetric.attempts, ...fallback.attempts]);
  const cause = closest ? failureOf(closest) : reported;
  return {
    code: 'signature-not-verified',
    reason: `No key verified the token with valid claims at zero leeway. Closest: ${cause.key ?? 'no key'}, ${cause.error}: ${cause.message}`,
    reported,
    cause,
  };
}

/**
 * The claims pass of the service model: `_decode_and_verify_token` in
 * edx_rest_framework_extensions/auth/jwt/decoder.py (10.7.0) calls `jwt.decode` again with
 * `verify_signature` False, after a signature pass verified the token. Its issuer check is a step
 * of its own (see ./issuers).
 */
import {checkClaims} from './claims';
import type {StepResult} from './trace';
import type {ServiceSettings, SimulationStep} from './types';

export interface ClaimsPassInput {
  readonly payload: Readonly<Record<string, unknown>>;
  readonly settings: ServiceSettings;
  /** The first issuer's AUDIENCE. */
  readonly audience: string | null;
  /** Seconds since the epoch on the service's clock. */
  readonly now: number;
}

/**
 * exp and iat required; exp checked when JWT_VERIFY_EXPIRATION, with JWT_LEEWAY (the only place
 * the leeway applies); aud when JWT_VERIFY_AUDIENCE. With `verify_signature` False PyJWT leaves
 * iat and nbf alone.
 */
export function claimsPassStep({
  payload,
  settings,
  audience,
  now,
}: ClaimsPassInput): StepResult<void> {
  const failure = checkClaims(payload, {
    now,
    leeway: settings.leeway,
    require: ['exp', 'iat'],
    verifyIat: false,
    verifyNbf: false,
    verifyExp: settings.verifyExpiration,
    verifyAud: settings.verifyAudience,
    audience,
  });
  const checked = `exp and iat present${settings.verifyExpiration ? ', exp valid' : ', exp not checked (JWT_VERIFY_EXPIRATION false)'}${settings.verifyAudience ? ', aud checked' : ', aud not checked here (JWT_VERIFY_AUDIENCE false)'}; iat and nbf are not checked here (verify_signature False).`;
  const steps: SimulationStep[] = [
    {
      id: 'claims-pass',
      title: `Claims pass (JWT_LEEWAY ${settings.leeway} s)`,
      status: failure ? 'failed' : 'passed',
      detail: failure ? `${failure.error}: ${failure.message}` : checked,
    },
  ];
  if (!failure) return {ok: true, value: undefined, steps};
  return {
    ok: false,
    steps,
    rejection: {code: 'claims-invalid', reason: failure.message, reported: failure},
  };
}

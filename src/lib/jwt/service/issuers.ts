/**
 * The two steps of the service model that read `JWT_ISSUERS`: choosing the first entry, whose
 * secret and audience the decoder uses (`get_first_jwt_issuer`), and the manual issuer check at
 * the end of `_decode_and_verify_token`, which accepts any entry's ISSUER
 * (edx_rest_framework_extensions/settings.py and auth/jwt/decoder.py, 10.7.0).
 */
import {quoteJson} from '../boundedJson';
import type {StepPassed, StepResult} from './trace';
import type {IssuerSettings, RecordedAttribute, ServiceSettings, SimulationStep} from './types';

/** drf-jwt's defaults for the deprecated single settings (`_get_deprecated_jwt_issuers`). */
const DEPRECATED_DEFAULTS: IssuerSettings = {issuer: null, audience: null, secretKey: null};

export interface IssuerChoice {
  /** `get_jwt_issuers()`: every entry the issuer check accepts. */
  readonly issuers: readonly IssuerSettings[];
  /** `get_first_jwt_issuer()`: the entry whose SECRET_KEY and AUDIENCE the decoder uses. */
  readonly first: IssuerSettings;
}

/**
 * `get_jwt_issuers()`: `if jwt_issuers:` falls back to the deprecated single settings, whose
 * drf-jwt defaults are ISSUER None, AUDIENCE None and SECRET_KEY = Django's SECRET_KEY. Then the
 * first entry supplies the secret and the audience; later entries only widen the accepted iss.
 */
export function issuersStep(settings: ServiceSettings): StepPassed<IssuerChoice> {
  const fallback = settings.issuers.length === 0;
  const issuers = fallback ? [DEPRECATED_DEFAULTS] : settings.issuers;
  const first = issuers[0] ?? DEPRECATED_DEFAULTS;
  const others = issuers.length - 1;
  const widen =
    others > 0
      ? `; the other ${others} entr${others === 1 ? 'y only widens' : 'ies only widen'} the accepted iss values`
      : '';
  return {
    ok: true,
    value: {issuers, first},
    steps: [
      {
        id: 'first-issuer',
        title: 'First JWT_ISSUERS entry',
        status: 'passed',
        detail: fallback
          ? 'JWT_ISSUERS is empty: get_jwt_issuers() falls back to the deprecated settings (drf-jwt defaults: ISSUER None, AUDIENCE None, SECRET_KEY = Django SECRET_KEY).'
          : `Secret and audience come from the first entry only (ISSUER ${quoteJson(first.issuer)}, AUDIENCE ${quoteJson(first.audience)}${widen}).`,
      },
    ],
    caveats: fallback
      ? [
          "JWT_ISSUERS is empty, so the decoder falls back to the deprecated JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET_KEY. Unset, drf-jwt uses None, None and Django's SECRET_KEY; this model cannot know that SECRET_KEY, so it does not try it.",
        ]
      : [],
  };
}

export type IssuerVerification = 'matches-first-issuer' | 'matches-later-issuer';

/** The issuer as the decoder's `'%s is not a valid issuer.' % token_issuer` prints it. */
function pyIssuer(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'string' ? value : quoteJson(value);
}

/** `jwt_auth_issuer` as a monitoring value: scalars as they are, anything else as JSON. */
function issuerAttribute(tokenIssuer: unknown): string | number | boolean | null {
  return tokenIssuer === null || ['string', 'number', 'boolean'].includes(typeof tokenIssuer)
    ? (tokenIssuer as string | number | boolean | null)
    : quoteJson(tokenIssuer);
}

/**
 * The manual issuer check (`verify_iss` is off in the claims pass): `decoded_token.get('iss')` is
 * compared with the first entry's ISSUER, then with every entry's; no match raises
 * InvalidTokenError. Both outcomes are recorded as custom attributes.
 */
export function issuerCheckStep(
  payload: Readonly<Record<string, unknown>>,
  {issuers, first}: IssuerChoice,
): StepResult<IssuerVerification> {
  const tokenIssuer = payload.iss ?? null;
  const verification =
    tokenIssuer === first.issuer
      ? 'matches-first-issuer'
      : issuers.some((entry) => entry.issuer === tokenIssuer)
        ? 'matches-later-issuer'
        : 'no-match';
  const matched = verification !== 'no-match';
  const attributes: RecordedAttribute[] = [
    {name: 'jwt_auth_issuer', value: issuerAttribute(tokenIssuer)},
    {name: 'jwt_auth_issuer_verification', value: verification},
  ];
  const step: SimulationStep = {
    id: 'issuer-check',
    title: 'Issuer check (any JWT_ISSUERS entry)',
    status: matched ? 'passed' : 'failed',
    detail: matched
      ? `iss ${quoteJson(tokenIssuer)}: ${verification}.`
      : `iss ${quoteJson(tokenIssuer)} matches no JWT_ISSUERS entry.`,
  };
  const record = {attributes, steps: [step]};
  if (verification !== 'no-match') return {...record, ok: true, value: verification};
  return {
    ...record,
    ok: false,
    rejection: {
      code: 'issuer-no-match',
      reason: `${quoteJson(tokenIssuer)} is not a valid issuer: it matches no JWT_ISSUERS entry.`,
      reported: {
        error: 'InvalidTokenError',
        message: `${pyIssuer(tokenIssuer)} is not a valid issuer.`,
      },
    },
  };
}

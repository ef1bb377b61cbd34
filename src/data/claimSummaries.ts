/**
 * What the decoder shows beside each decoded claim and JOSE header parameter: its type (a finding
 * says when a value has another) and one plain sentence about the value itself. The reference
 * details (when the LMS sends it, who reads it, pitfalls, sources) are in ./claims, which adds them
 * to these: kept apart so that the decoder page downloads these sentences and not the reference
 * data and its sources (decisions/0008: the decoder's JavaScript budget).
 */
import type {ClaimOrigin, ClaimType} from './types';

export interface ClaimSummary {
  /** Exact claim or header parameter name; also the anchor id on the claims page. */
  readonly name: string;
  readonly origin: ClaimOrigin;
  readonly type: ClaimType;
  /** One plain sentence: what the value means in Open edX. Shown next to the value by the decoder. */
  readonly summary: string;
}

export const headerParameterSummaries = [
  {
    name: 'alg',
    origin: 'header',
    type: 'string',
    summary:
      'The signing algorithm: RS256/RS512 mean the LMS private RSA key signed the token, HS256 means a shared secret did.',
  },
  {
    name: 'typ',
    origin: 'header',
    type: 'string',
    summary: 'The media type of the token; every kind of Open edX JWT declares JWT.',
  },
  {
    name: 'kid',
    origin: 'header',
    type: 'string',
    summary: 'The id of the key that signed the token, matching a kid in the public JWK Set.',
  },
  {
    name: 'cty',
    origin: 'header',
    type: 'string',
    summary:
      'The content type of the secured payload; RFC 7519 needs it only for nested JWTs, which Open edX does not use.',
  },
  {
    name: 'jku',
    origin: 'header',
    type: 'string',
    summary: 'A URL pointing to a JWK Set that contains the signing key.',
  },
  {
    name: 'x5u',
    origin: 'header',
    type: 'string',
    summary: 'A URL pointing to the X.509 certificate (chain) of the signing key.',
  },
  {
    name: 'crit',
    origin: 'header',
    type: 'string[]',
    summary:
      'Lists header extensions that a recipient must understand, and reject the token if it does not.',
  },
] as const satisfies readonly ClaimSummary[];

export const claimSummaries = [
  // RFC 7519 registered claims
  {
    name: 'iss',
    origin: 'registered',
    type: 'string',
    summary:
      'The issuer: the LMS OAuth2 URL configured as JWT_ISSUER (local default http://127.0.0.1:8000/oauth2).',
  },
  {
    name: 'sub',
    origin: 'registered',
    type: 'string',
    summary:
      'An anonymous id for the user (anonymous_id_for_user(user, None)), not the LMS user id and not the username.',
  },
  {
    name: 'aud',
    origin: 'registered',
    type: 'string | string[]',
    summary:
      'The intended recipient; in Open edX usually one shared configured string (JWT_AUDIENCE, local default change-me).',
  },
  {
    name: 'exp',
    origin: 'registered',
    type: 'number',
    summary: 'The expiry time as a NumericDate (seconds since 1970-01-01 UTC).',
  },
  {
    name: 'nbf',
    origin: 'registered',
    type: 'number',
    summary:
      'The time before which the token must not be accepted; Open edX tokens do not carry it.',
  },
  {
    name: 'iat',
    origin: 'registered',
    type: 'number',
    summary: 'The creation time as a NumericDate (seconds since 1970-01-01 UTC).',
  },
  {
    name: 'jti',
    origin: 'registered',
    type: 'string',
    summary:
      'A unique token id that a revocation list could use; LMS tokens have none, one reason they are short-lived.',
  },

  // Open edX claims and OpenID Connect names
  {
    name: 'preferred_username',
    origin: 'oidc',
    type: 'string',
    summary: 'The LMS username of the user the token represents.',
  },
  {
    name: 'scopes',
    origin: 'openedx',
    type: 'string[]',
    summary:
      'The OAuth scopes granted to this token, which decide the optional claims it carries and the scope-protected APIs it may call.',
  },
  {
    name: 'version',
    origin: 'openedx',
    type: 'string',
    summary: 'The semantic version of the Open edX token format (currently 1.2.0).',
  },
  {
    name: 'filters',
    origin: 'openedx',
    type: 'string[]',
    summary:
      'Access limits of the form type:value, such as content_org:<org> (configured on the OAuth application) or user:me (added by the LMS for tokens issued on behalf of a user).',
  },
  {
    name: 'is_restricted',
    origin: 'openedx',
    type: 'boolean',
    summary:
      'Whether the token belongs to a restricted OAuth application (such as an external SSO client), whose tokens are refused unless a view opts in.',
  },
  {
    name: 'grant_type',
    origin: 'openedx',
    type: 'string',
    summary:
      'The OAuth grant type configured on the issuing application, such as password or client_credentials.',
  },
  {
    name: 'user_id',
    origin: 'openedx',
    type: 'number',
    summary: 'The numeric LMS user id.',
  },
  {
    name: 'email',
    origin: 'oidc',
    type: 'string',
    summary: 'The user’s email address from the LMS account.',
  },
  {
    name: 'email_verified',
    origin: 'oidc',
    type: 'boolean',
    summary: 'Copied from the LMS account’s is_active flag, i.e. whether the account is active.',
  },
  {
    name: 'name',
    origin: 'oidc',
    type: 'string | null',
    summary: 'The full name from the user’s LMS profile.',
  },
  {
    name: 'given_name',
    origin: 'oidc',
    type: 'string',
    summary: 'The first name stored on the LMS user account.',
  },
  {
    name: 'family_name',
    origin: 'oidc',
    type: 'string',
    summary: 'The last name stored on the LMS user account.',
  },
  {
    name: 'administrator',
    origin: 'openedx',
    type: 'boolean',
    summary: 'Whether the user is LMS staff (copied from is_staff).',
  },
  {
    name: 'superuser',
    origin: 'openedx',
    type: 'boolean',
    summary: 'Whether the user is an LMS superuser (copied from is_superuser).',
  },
  {
    name: 'roles',
    origin: 'openedx',
    type: 'string[]',
    summary: 'The user’s edx-rbac role assignments, each written as role or role:context.',
  },
  {
    name: 'tracking_context',
    origin: 'openedx',
    type: 'object',
    summary: 'Tracking context the LMS attaches to its calls to ecommerce.',
  },
  {
    name: 'username',
    origin: 'openedx',
    type: 'string',
    summary: 'A username claim from client-made JWTs; LMS tokens use preferred_username instead.',
  },
  {
    name: 'full_name',
    origin: 'openedx',
    type: 'string',
    summary: 'The user’s full name in client-made JWTs; LMS tokens use name instead.',
  },
] as const satisfies readonly ClaimSummary[];

/** A payload claim's name and summary, by its exact name, e.g. to explain a decoded token. */
export function findClaimSummary(name: string): ClaimSummary | undefined {
  return claimSummaries.find((claim) => claim.name === name);
}

/** A JOSE header parameter's name and summary, by its exact name. */
export function findHeaderParameterSummary(name: string): ClaimSummary | undefined {
  return headerParameterSummaries.find((parameter) => parameter.name === name);
}

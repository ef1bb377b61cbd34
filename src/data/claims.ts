/**
 * JWT claims and JOSE header parameters as Open edX uses them: the summaries of ./claimSummaries
 * (what the decoder shows), with the details the claims reference adds. "What the LMS emits" is as
 * of openedx-platform commit e57a655; "who reads it" as of edx-drf-extensions 10.7.0.
 */
import {claimSummaries, headerParameterSummaries, type ClaimSummary} from './claimSummaries';
import {S} from './sources';
import type {ClaimDoc, ClaimOrigin} from './types';

/** What the reference adds to a claim's summary. */
type ClaimDetails = Omit<ClaimDoc, keyof ClaimSummary>;

/**
 * The summaries, in their order, each with its details. `details` must name every summary and no
 * other claim, so that a claim is never on one side only.
 */
function withDetails<Name extends string>(
  summaries: readonly (ClaimSummary & {readonly name: Name})[],
  details: Readonly<Record<Name, ClaimDetails>>,
): readonly ClaimDoc[] {
  return summaries.map((summary) => ({...summary, ...details[summary.name]}));
}

export const headerParameters: readonly ClaimDoc[] = withDetails(headerParameterSummaries, {
  alg: {
    presence:
      'Always. The LMS signs with PyJWT: `RS512` (from `JWT_SIGNING_ALGORITHM`) for asymmetric tokens, `HS256` (from `JWT_ALGORITHM`) for symmetric ones.',
    readers:
      'The edx-drf-extensions decoder tries each key only with the algorithms of its key type (RSA keys: `RS256` or `RS512`; `oct` keys: `HS256` only), so a token cannot get a public key used as an HMAC secret. Every verifier must have the LMS public keys in `JWT_PUBLIC_SIGNING_JWK_SET`: running without them is unsupported and unsafe. The mobile session exchange accepts a JWT only if it is asymmetrically signed.',
    caveat:
      'Verifiers reject any HMAC variant other than `HS256`, so changing `JWT_ALGORITHM` to e.g. `HS512` breaks them (decoder.py; reproduced locally) [inference].',
    sources: [S.platformJwt, S.decoder, S.rfc7515('4.1.1', 'alg')],
  },
  typ: {
    presence: 'Always `JWT`; PyJWT adds it (reproduced with PyJWT 2.6.0).',
    readers:
      'Not used to tell token kinds apart: OAuth access tokens, cookie JWTs, `create_jwt_for_user` tokens and notes tokens all share `typ: JWT`, so the explicit typing of RFC 8725 §3.11 is not applied [inference].',
    sources: [S.platformJwt, S.rfc7519('5.1', 'typ'), S.rfc8725('3.11', 'explicit typing')],
  },
  kid: {
    presence:
      'Only when the LMS toggle `JWT_AUTH_ADD_KID_HEADER` is on (default off) and the signing JWK has a key id.',
    readers:
      'The edx-drf-extensions decoder ignores it and tries every key of `JWT_PUBLIC_SIGNING_JWK_SET` in order (decoder.py) [inference]. Platform ADR 0034 (Proposed, 2026) proposes always sending it.',
    sources: [S.platformJwt, S.decoder, S.platformAdr0034, S.rfc7515('4.1.4', 'kid')],
  },
  cty: {
    presence: 'Never set by the LMS (its header carries only `alg`, `typ` and sometimes `kid`).',
    readers: 'No Open edX reader.',
    sources: [S.rfc7515('4.1.10', 'cty'), S.rfc7519('5.2', 'cty'), S.platformJwt],
  },
  jku: {
    presence: 'Never set by the LMS.',
    readers:
      'Open edX verifiers take keys only from configuration (`JWT_PUBLIC_SIGNING_JWK_SET`, first issuer secret), so a token cannot steer them to other keys (decoder.py) [inference]. RFC 8725 lists header-based key references among known attacks.',
    sources: [S.rfc7515('4.1.2', 'jku'), S.rfc8725('2', 'threats'), S.decoder],
  },
  x5u: {
    presence: 'Never set by the LMS.',
    readers:
      'Open edX uses JWKs, not X.509 certificates; verifiers take keys only from configuration (decoder.py) [inference].',
    sources: [S.rfc7515('4.1.5', 'x5u'), S.decoder],
  },
  crit: {
    presence: 'Never set by the LMS.',
    readers: 'No Open edX reader; Open edX defines no header extensions.',
    sources: [S.rfc7515('4.1.11', 'crit'), S.platformJwt],
  },
});

export const claims: readonly ClaimDoc[] = withDetails(claimSummaries, {
  // RFC 7519 registered claims
  iss: {
    presence: "Always: the LMS writes `JWT_AUTH['JWT_ISSUER']`.",
    readers:
      'Every service using the edx-drf-extensions decoder: it must equal the `ISSUER` of some entry in that service’s `JWT_ISSUERS` (recorded as `jwt_auth_issuer_verification`).',
    caveat:
      'Only the first `JWT_ISSUERS` entry supplies the secret and audience; later entries merely widen the accepted `iss` values.',
    sources: [S.platformJwt, S.decoder, S.rfc7519('4.1.1', 'iss')],
  },
  sub: {
    presence: 'Always.',
    readers:
      'edx-notes-api requires it to equal the `user` parameter of the request. Draft ADR 0012 proposed putting the LMS user id here behind a new major version; it was never implemented.',
    caveat: 'Use `user_id` when you need the numeric LMS user id.',
    sources: [S.platformJwt, S.notesPermissions, S.adr0012Pii, S.rfc7519('4.1.2', 'sub')],
  },
  aud: {
    presence:
      "Always: `JWT_AUTH['JWT_AUDIENCE']`, or the override a caller passes to `create_jwt_for_user(aud=...)` (edx-notes uses its client id).",
    readers:
      'The decoder’s signature pass checks it against the first `JWT_ISSUERS` entry’s `AUDIENCE` whenever that is non-empty, even if `JWT_VERIFY_AUDIENCE` is False (reproduced) [inference]. edx-notes-api requires its own client id.',
    caveat:
      'An LMS code comment notes the audience is not really used (ARCH-204): most tokens share one audience, so it does not separate recipients.',
    sources: [S.platformJwt, S.decoder, S.notesPermissions, S.rfc7519('4.1.3', 'aud')],
  },
  exp: {
    presence:
      'Always: issue time plus the lifetime (`JWT_ACCESS_TOKEN_EXPIRE_SECONDS` for access and cookie JWTs, `OAUTH_ID_TOKEN_EXPIRATION` for `create_jwt_for_user`; both one hour by default).',
    readers:
      'Every verifier; the decoder’s signature pass enforces it with zero leeway. frontend-platform compares it with the browser clock (no margin) to decide when to refresh the cookie. Service clients reuse cached tokens until just before they expire, never later.',
    caveat:
      'JWTs cannot be revoked, so `exp` is the only limit on a leaked token; lifetime changes reach third-party scripts that ignore expiry.',
    sources: [
      S.platformJwt,
      S.decoder,
      S.frontendTokenService,
      S.restClient,
      S.rfc7519('4.1.4', 'exp'),
    ],
  },
  nbf: {
    presence: 'Never emitted by the LMS.',
    readers:
      'No Open edX code reads it. If a token carries one, PyJWT in the decoder’s signature passes rejects it while `nbf` is in the future, with zero leeway; the claims pass does not check it.',
    sources: [S.platformJwt, S.decoder, S.rfc7519('4.1.5', 'nbf')],
  },
  iat: {
    presence: 'Always: `int(time())` when the token is created.',
    readers:
      'The decoder requires it. Since PyJWT 2.6.0 a value even one second in the future is rejected in the signature pass, where `JWT_LEEWAY` does not apply, so LMS/service clock skew can fail fresh tokens (reproduced) [inference]. The claims pass checks only that it is present.',
    sources: [S.platformJwt, S.decoder, S.rfc7519('4.1.6', 'iat')],
  },
  jti: {
    presence: 'Never emitted by the LMS. edx-proctoring’s own vendor JWTs do carry one.',
    readers: 'No Open edX reader of LMS tokens.',
    sources: [S.platformJwt, S.adr0009, S.proctoringRest, S.rfc7519('4.1.7', 'jti')],
  },

  // Open edX claims and OpenID Connect names
  preferred_username: {
    presence: 'Always.',
    readers:
      '`JwtAuthentication` in every IDA uses it (falling back to `username`) to get or create the local user; frontend-platform uses it as the authenticated user’s username. Renaming it, as ADR 0009 once suggested, would break all of them.',
    sources: [S.platformJwt, S.authentication, S.frontendAuthService, S.adr0009],
  },
  scopes: {
    presence:
      'Always. Defaults to `["email", "profile"]` when none were requested; JWT cookies always get `["user_id", "email", "profile"]`.',
    readers:
      'The LMS adds `user_id`, `email` and `profile` claims based on it; `JwtHasScope` requires a view’s `required_scopes` to be a subset of it.',
    caveat:
      'Scope checks only run through DRF permission classes; code calling `JwtAuthentication` directly (an XBlock handler) skipped them (GHSA-qx8m-mqx3-j9fm).',
    sources: [S.platformJwt, S.platformCookies, S.permissions, S.ghsaXblock],
  },
  version: {
    presence: 'Always: the LMS stamps its `JWT_SUPPORTED_VERSION` (default `1.2.0`).',
    readers:
      'The decoder treats a missing value as `1.0.0` and rejects a token only when its major version is higher than the service’s own `JWT_SUPPORTED_VERSION`; minor and patch differences pass.',
    caveat:
      'Which change produced `1.2.0` is not documented; it followed the `user_id` claim by a month [inference]. edx-drf-extensions test helpers still stamp `1.1.0`.',
    sources: [S.platformJwt, S.platformEnvs, S.decoder, S.pr19765],
  },
  filters: {
    presence:
      'Always. It holds the filters configured on the OAuth application, plus `user:me` whenever the application’s grant type is not client credentials (password-grant and authorization-code tokens; the cookie JWT follows the grant type of the login application). It is `[]` only for `create_jwt_for_user` tokens and for client-credentials applications with no filters configured.',
    readers:
      '`JwtHasContentOrgFilterForRequestedCourse` and `JwtHasUserFilterForRequestedUser`; the decoder treats a missing value as `[]`.',
    caveat: 'All of an application’s filters are included, whatever scopes were requested.',
    sources: [
      S.platformJwt,
      S.platformDotAdapter,
      S.adr0007,
      S.adr0011Filters,
      S.permissions,
      S.decoder,
    ],
  },
  is_restricted: {
    presence:
      'Always; `true` for Restricted Applications (such tokens are always signed asymmetrically).',
    readers:
      '`NotJwtRestrictedApplication`, which `EnsureJWTAuthSettingsMiddleware` appends to every JWT-enabled view that lacks it, and `JwtRestrictedApplication`; the decoder treats a missing value as `false`.',
    sources: [S.platformJwt, S.platformModels, S.permissions, S.jwtMiddleware, S.adr0005],
  },
  grant_type: {
    presence:
      'Always; an empty string for `create_jwt_for_user` tokens and `unknown-error` when the lookup fails.',
    readers:
      'The mobile session exchange (`LoginWithAccessTokenView`) uses it to accept only password-grant tokens.',
    caveat:
      'It is copied from the application’s `authorization_grant_type`, not from the grant used by the request (jwt.py) [inference].',
    sources: [S.platformJwt, S.adr0014, S.platformAuthExchangeViews],
  },
  user_id: {
    presence:
      'Only with the `user_id` scope: always for JWT cookies and password-grant tokens, and for client-credentials tokens when the application allows `user_id` and the request names no scopes.',
    readers:
      'frontend-platform (the authenticated user’s `userId`), credentials (mapped to `lms_user_id`), and edx-drf-extensions monitoring (`jwt_cookie_lms_user_id`).',
    sources: [
      S.platformJwt,
      S.platformValidators,
      S.adr0015,
      S.adr0016,
      S.frontendAuthService,
      S.credentialsSettings,
    ],
  },
  email: {
    presence: 'Only with the `email` scope (a default scope).',
    readers:
      'frontend-platform; credentials copies it into its user model; `ENABLE_JWT_AND_LMS_USER_EMAIL_MATCH` compares it with the LMS user. edx-drf-extensions copies it into local users only if `JWT_PAYLOAD_USER_ATTRIBUTE_MAPPING` says so (the LMS sets that mapping to `{}`).',
    sources: [
      S.platformJwt,
      S.frontendAuthService,
      S.credentialsSettings,
      S.authentication,
      S.oidcStandardClaims,
    ],
  },
  email_verified: {
    presence: 'Always.',
    readers: 'No Open edX reader is documented in our research.',
    caveat:
      'Despite the OpenID Connect name, it is `user.is_active`, not a separate email-verification record.',
    sources: [S.platformJwt, S.oidcStandardClaims],
  },
  name: {
    presence: 'Only with the `profile` scope; `null` for users without a profile.',
    readers: 'frontend-platform (the authenticated user’s name).',
    sources: [S.platformJwt, S.frontendAuthService, S.oidcStandardClaims],
  },
  given_name: {
    presence: 'Only with the `profile` scope.',
    readers: 'No Open edX reader is documented in our research.',
    sources: [S.platformJwt, S.oidcStandardClaims],
  },
  family_name: {
    presence: 'Only with the `profile` scope.',
    readers: 'No Open edX reader is documented in our research.',
    sources: [S.platformJwt, S.oidcStandardClaims],
  },
  administrator: {
    presence: 'Only with the `profile` scope.',
    readers:
      'frontend-platform (the authenticated user’s administrator flag); credentials maps it to `is_staff`; the edx-drf-extensions default attribute mapping does too (the LMS disables that mapping).',
    caveat:
      'Staff status rides on the `profile` scope; draft ADR 0012 proposed splitting it out but was never implemented.',
    sources: [
      S.platformJwt,
      S.frontendAuthService,
      S.credentialsSettings,
      S.drfExtSettings,
      S.adr0012Pii,
    ],
  },
  superuser: {
    presence: 'Only with the `profile` scope.',
    readers: 'No Open edX reader is documented in our research.',
    sources: [S.platformJwt],
  },
  roles: {
    presence: 'Only when the user has edx-rbac system-wide role assignments.',
    readers:
      'frontend-platform (the authenticated user’s roles) and edx-rbac’s JWT-based access checks, which map them to feature roles.',
    sources: [S.platformJwt, S.edxRbacUtils, S.frontendAuthService],
  },
  tracking_context: {
    presence:
      'Only in JWTs the LMS mints with `create_jwt_for_user` for its calls to ecommerce (passed as `additional_claims`); the deprecated edx-rest-api-client `JwtAuth` can add it too.',
    readers: 'ecommerce (the receiving service).',
    sources: [S.platformCommerceUtils, S.platformJwt, S.restClientAuth],
  },
  username: {
    presence:
      'Not emitted by the LMS. Set by the deprecated client-side `JwtAuth` in edx-rest-api-client.',
    readers:
      '`JwtAuthentication` falls back to it when `preferred_username` is missing; the LMS’s `JWT_PAYLOAD_GET_USERNAME_HANDLER` reads it.',
    sources: [S.restClientAuth, S.authentication, S.platformEnvs],
  },
  full_name: {
    presence:
      'Not emitted by the LMS. Set by the deprecated client-side `JwtAuth` in edx-rest-api-client.',
    readers: 'credentials maps it into its user model.',
    sources: [S.restClientAuth, S.credentialsSettings],
  },
});

/** Looks up a payload claim by its exact name, e.g. to explain a decoded token. */
export function findClaim(name: string): ClaimDoc | undefined {
  return claims.find((claim) => claim.name === name);
}

/** Looks up a JOSE header parameter by its exact name. */
export function findHeaderParameter(name: string): ClaimDoc | undefined {
  return headerParameters.find((parameter) => parameter.name === name);
}

/** Every origin, in the order the claims page lists them. */
export const claimOrigins: readonly ClaimOrigin[] = ['header', 'registered', 'openedx', 'oidc'];

/** Header parameters for `'header'`, otherwise the payload claims of that origin. */
export function claimsByOrigin(origin: ClaimOrigin): readonly ClaimDoc[] {
  return origin === 'header' ? headerParameters : claims.filter((claim) => claim.origin === origin);
}

/**
 * Django settings and toggles that shape how Open edX creates and verifies JWTs.
 *
 * Defaults are as documented in our research: LMS/CMS values from
 * openedx-platform commit e57a655 (openedx/envs/common.py), library defaults from
 * edx-drf-extensions 10.7.0 and drf-jwt. Where services differ, `default` says so.
 */
import {S} from './sources';
import type {SettingDoc, SettingGroup} from './types';

export const settings: readonly SettingDoc[] = [
  // JWT_AUTH
  {
    name: 'JWT_ISSUERS',
    group: 'JWT_AUTH',
    type: 'list[dict] of {ISSUER, AUDIENCE, SECRET_KEY}',
    default:
      "LMS: one entry {'ISSUER': 'http://127.0.0.1:8000/oauth2', 'AUDIENCE': 'change-me', 'SECRET_KEY': SECRET_KEY}",
    where: 'edx-drf-extensions decoder, in every service that verifies JWTs',
    summary:
      'The issuers a service trusts. The first entry also supplies the HS256 secret and the expected audience; any entry’s `ISSUER` is accepted as `iss`.',
    rolloutNote:
      'Deprecated: edx-drf-extensions’ settings module says so, and OEP-42 and ADR 0008 want one issuer with many keys in a JWK Set. Reordering entries changes which secret and audience are used; test settings say all entries should share `SECRET_KEY` and `AUDIENCE`. Production LMS merges the YAML `JWT_AUTH` into its defaults with a shallow `dict.update`, so overriding this key replaces the whole list [inference].',
    sources: [
      S.decoder,
      S.drfExtSettings,
      S.platformEnvs,
      S.drfExtTestSettings,
      S.platformLmsProduction,
      S.oep42,
      S.adr0008,
    ],
  },
  {
    name: 'JWT_ISSUER',
    group: 'JWT_AUTH',
    type: 'str',
    default: "LMS: 'http://127.0.0.1:8000/oauth2'; drf-jwt: None",
    where: 'LMS (writes `iss`); decoder fallback when `JWT_ISSUERS` is missing',
    summary: 'The issuer string the LMS writes into the `iss` claim of every JWT it creates.',
    rolloutNote:
      'Every verifier must accept a new value (in its `JWT_ISSUERS`) before the LMS starts writing it [inference]. Without `JWT_ISSUERS`, the decoder builds one entry from `JWT_ISSUER`, `JWT_SECRET_KEY` and `JWT_AUDIENCE` and emits a `DeprecationWarning`. Some IDA settings (credentials, edx-notes-api) put a list here by mistake.',
    sources: [
      S.platformJwt,
      S.platformEnvs,
      S.drfExtSettings,
      S.drfJwtSettings,
      S.credentialsSettings,
    ],
  },
  {
    name: 'JWT_AUDIENCE',
    group: 'JWT_AUTH',
    type: 'str',
    default: "LMS: 'change-me'; drf-jwt: None",
    where: 'LMS (writes `aud`); decoder fallback when `JWT_ISSUERS` is missing',
    summary: 'The audience the LMS writes into the `aud` claim, unless a caller overrides it.',
    rolloutNote:
      'Verifiers compare `aud` with one value (the first `JWT_ISSUERS` entry’s `AUDIENCE`) even when `JWT_VERIFY_AUDIENCE` is False, so old and new audiences cannot be listed side by side (reproduced) [inference]. The only configuration that accepts both, an empty first `AUDIENCE` together with `JWT_VERIFY_AUDIENCE` False, switches audience checking off entirely, which we do not advise.',
    sources: [S.platformJwt, S.platformEnvs, S.decoder, S.drfJwtSettings],
  },
  {
    name: 'JWT_SECRET_KEY',
    group: 'JWT_AUTH',
    type: 'str',
    default: 'LMS: the Django SECRET_KEY; drf-jwt: the Django SECRET_KEY',
    where: 'LMS (HS256 signing); decoder fallback when `JWT_ISSUERS` is missing',
    summary: 'The HMAC key the LMS uses to sign symmetric (HS256) JWTs.',
    rolloutNote:
      'By default it is the LMS’s own Django `SECRET_KEY`, so every service given it for verification holds the LMS secret and could mint tokens too (the problem ADR 0008 and RFC 8725 §3.5 describe).',
    sources: [S.platformEnvs, S.platformJwt, S.adr0008, S.rfc8725('3.5', 'key entropy')],
  },
  {
    name: 'JWT_ALGORITHM',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'HS256'",
    where: 'LMS (symmetric signing); passed to the decoder’s claims pass, where it has no effect',
    summary: 'The algorithm the LMS uses for symmetric JWTs.',
    rolloutNote:
      'The decoder’s signature pass accepts only `HS256` for `oct` keys, so another HMAC algorithm would be rejected everywhere (reproduced with HS512; MIT’s infrastructure hit the hard-coded HS256) [inference].',
    sources: [
      S.platformEnvs,
      S.decoder,
      S.rfc7518,
      {
        label: 'mitodl/ol-infrastructure PR #2577 (hard-coded HS256)',
        url: 'https://github.com/mitodl/ol-infrastructure/pull/2577',
      },
    ],
  },
  {
    name: 'JWT_SIGNING_ALGORITHM',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'RS512'",
    where: 'LMS (asymmetric signing)',
    summary:
      'The algorithm the LMS uses for asymmetric JWTs; `generate_jwt_signing_key` also prints `RS512`.',
    rolloutNote: 'Verifiers accept only `RS256` or `RS512` for RSA keys.',
    sources: [S.platformEnvs, S.platformJwt, S.platformGenerateKey, S.decoder],
  },
  {
    name: 'JWT_PRIVATE_SIGNING_JWK',
    group: 'JWT_AUTH',
    type: 'JSON str (RSA private JWK)',
    default: 'None',
    where: 'LMS only',
    summary: 'The LMS’s RSA private key as a JWK JSON string, including its `kid`.',
    rolloutNote:
      'Must stay inside the LMS. Switch it only after every verifier has the matching public key in `JWT_PUBLIC_SIGNING_JWK_SET` (watch `jwt_auth_verify_asymmetric_keys_count`); this order is inferred from the sources, as no public rotation runbook exists [inference].',
    sources: [S.platformEnvs, S.platformGenerateKey, S.adr0008, S.decoder],
  },
  {
    name: 'JWT_PUBLIC_SIGNING_JWK_SET',
    group: 'JWT_AUTH',
    type: 'JSON str (JWK Set: {"keys": [...]})',
    default: 'None',
    where: 'Every verifier (edx-drf-extensions decoder)',
    summary:
      'All active public signing keys, as a JWK Set JSON string. Every service that verifies JWTs must have it; running without it is unsupported and unsafe.',
    rolloutNote:
      'A service reporting `jwt_auth_verify_asymmetric_keys_count` 0 has none: configure it there before any other change. The LMS exposes no JWKS URL: keys reach services only through configuration deploys. Add a new key everywhere before switching the private key; remove an old key only after every token it signed has expired (one token lifetime after the switch; client caches add nothing). The decoder ignores `kid` and tries keys in order, so each extra key costs attempts. Since edx-drf-extensions 8.8.0, base64url values broken by whitespace (e.g. a hard-wrapped YAML string) no longer load; use an unwrapped block scalar.',
    sources: [S.decoder, S.platformGenerateKey, S.drfExtChangelog, S.rfc7517('5', 'JWK Set')],
  },
  {
    name: 'JWT_SUPPORTED_VERSION',
    group: 'JWT_AUTH',
    type: 'str (semantic version)',
    default: "LMS: '1.2.0'; decoder fallback: '1.2.0'",
    where: 'LMS (stamps the `version` claim); decoder (version check)',
    summary:
      'The token format version the LMS writes into `version`, and the highest major version a verifier accepts.',
    rolloutNote:
      'Services reject tokens whose major version is higher than their own value; minor and patch differences pass. Raise verifiers before the LMS for any major bump.',
    sources: [S.platformEnvs, S.platformJwt, S.decoder],
  },
  {
    name: 'JWT_VERIFY_EXPIRATION',
    group: 'JWT_AUTH',
    type: 'bool',
    default: 'True',
    where: 'edx-drf-extensions decoder (claims pass)',
    summary: 'Whether the decoder’s claims pass checks `exp`.',
    rolloutNote: 'The earlier signature pass checks `exp` regardless (decoder.py) [inference].',
    sources: [S.decoder, S.drfJwtSettings],
  },
  {
    name: 'JWT_VERIFY_AUDIENCE',
    group: 'JWT_AUTH',
    type: 'bool',
    default: 'True (per edx-drf-extensions docs)',
    where: 'edx-drf-extensions decoder (claims pass)',
    summary: 'Whether the decoder’s claims pass checks `aud`.',
    rolloutNote:
      'Setting it to False does not switch audience checking off: the signature pass still compares `aud` with the first issuer’s `AUDIENCE` when that is non-empty (reproduced) [inference].',
    sources: [S.decoder, S.drfExtSettingsDoc],
  },
  {
    name: 'JWT_LEEWAY',
    group: 'JWT_AUTH',
    type: 'int (seconds)',
    default: 'LMS and IDAs: 1; drf-jwt: 0',
    where: 'edx-drf-extensions decoder (claims pass)',
    summary:
      'Seconds of clock tolerance the claims pass allows when it checks `exp`, the only time claim it checks.',
    rolloutNote:
      'It does not apply to the signature pass, which runs first with zero tolerance, so it does not protect against clock skew between the LMS and a service: a future `iat` or a just-expired `exp` fails there (reproduced with PyJWT 2.6.0) [inference].',
    sources: [S.decoder, S.platformEnvs, S.drfJwtSettings, S.rfc7519('4.1.4', 'exp leeway')],
  },
  {
    name: 'JWT_EXPIRATION',
    group: 'JWT_AUTH',
    type: 'int (seconds)',
    default: '30',
    where: 'LMS (`_compute_time_fields` fallback)',
    summary: 'The lifetime the LMS uses only when a caller passes no lifetime of its own.',
    sources: [S.platformJwt, S.platformEnvs],
  },
  {
    name: 'JWT_IN_COOKIE_EXPIRATION',
    group: 'JWT_AUTH',
    type: 'int (seconds)',
    default: '60 * 60 (one hour)',
    where: 'LMS cookie code (user_authn/cookies.py)',
    summary: 'The max-age of the two JWT cookies the LMS sets at login and refresh.',
    rolloutNote:
      'The JWT inside takes its `exp` from `JWT_ACCESS_TOKEN_EXPIRE_SECONDS`. Change both together: otherwise the cookie outlives its JWT (forgiven failures and refreshes) or vanishes early (a refresh on every page) [inference]. ADR 0009 calls this setting `JWT_AUTH_COOKIE_EXPIRATION`; the code uses this name.',
    sources: [S.platformCookies, S.platformJwt, S.adr0009],
  },
  {
    name: 'JWT_LOGIN_CLIENT_ID',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'login-service-client-id'",
    where: 'LMS cookie code',
    summary: 'The client id of the DOT application the LMS uses to mint cookie JWTs.',
    rolloutNote: 'If that application is missing, login fails with an `AuthFailedError`.',
    sources: [S.platformCookies, S.platformEnvs],
  },
  {
    name: 'JWT_LOGIN_SERVICE_USERNAME',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'login_service_user'",
    where: 'LMS',
    summary: 'The service user that owns the login DOT application.',
    sources: [S.platformEnvs],
  },
  {
    name: 'JWT_AUTH_COOKIE',
    group: 'JWT_AUTH',
    type: 'str',
    default:
      "LMS and IDAs: 'edx-jwt-cookie'; drf-jwt: None; edx-drf-extensions helper fallback: 'edx-jwt-cookie'",
    where: 'drf-jwt and `JwtAuthCookieMiddleware` in each service',
    summary:
      'The name of the cookie that `JwtAuthCookieMiddleware` reassembles from the two JWT cookies and `JwtAuthentication` then reads.',
    rolloutNote:
      'If it is unset, `JwtAuthCookieMiddleware` still writes the joined token under the fallback name `edx-jwt-cookie`, but drf-jwt reads a JWT cookie only when this setting names one, so JWT cookie authentication silently never happens. A comment on `jwt_cookie_name()` in edx-drf-extensions warns about this.',
    sources: [S.drfExtCookies, S.jwtMiddleware, S.drfJwtAuthentication, S.platformCookies],
  },
  {
    name: 'JWT_AUTH_COOKIE_HEADER_PAYLOAD',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'edx-jwt-cookie-header-payload'",
    where: 'LMS (sets it); `JwtAuthCookieMiddleware` (reads it)',
    summary:
      'The cookie holding the JWT’s header and payload; it is not HttpOnly, so MFE JavaScript can read user data from it.',
    rolloutNote:
      'The LMS, each service’s middleware and frontend-platform’s cookie name configuration must all agree on it [inference].',
    sources: [S.platformCookies, S.jwtMiddleware, S.frontendTokenService, S.adr0009],
  },
  {
    name: 'JWT_AUTH_COOKIE_SIGNATURE',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'edx-jwt-cookie-signature'",
    where: 'LMS (sets it); `JwtAuthCookieMiddleware` (reads it)',
    summary: 'The HttpOnly cookie holding the JWT’s signature, out of reach of JavaScript.',
    rolloutNote:
      'If only one of the two cookies arrives, the middleware logs a warning and cannot rebuild the token.',
    sources: [S.platformCookies, S.jwtMiddleware, S.adr0009],
  },
  {
    name: 'JWT_AUTH_HEADER_PREFIX',
    group: 'JWT_AUTH',
    type: 'str',
    default: "Open edX: 'JWT'; drf-jwt: 'Bearer'",
    where: 'drf-jwt (`JwtAuthentication`)',
    summary:
      'The prefix `JwtAuthentication` expects in the header, as in `Authorization: JWT <token>`.',
    rolloutNote:
      'When both a header and a cookie are present, the header wins. Header-based JWT auth skips Django CSRF checks; cookie-based auth enforces them.',
    sources: [S.drfJwtAuthentication, S.authentication, S.oep42],
  },
  {
    name: 'JWT_DECODE_HANDLER',
    group: 'JWT_AUTH',
    type: 'str (dotted path)',
    default: "'edx_rest_framework_extensions.auth.jwt.decoder.jwt_decode_handler'",
    where: 'drf-jwt',
    summary:
      'The function drf-jwt calls to decode tokens; Open edX services point it at the edx-drf-extensions decoder.',
    sources: [S.decoder, S.drfJwtSettings],
  },
  {
    name: 'JWT_PAYLOAD_GET_USERNAME_HANDLER',
    group: 'JWT_AUTH',
    type: 'callable',
    default: "LMS: lambda d: d.get('username'); IDAs: lambda d: d.get('preferred_username')",
    where: 'drf-jwt',
    summary: 'drf-jwt’s hook for reading the username from a decoded payload.',
    rolloutNote:
      'Largely bypassed: edx-drf-extensions reads `preferred_username`, then `username`, itself.',
    sources: [S.platformEnvs, S.credentialsSettings, S.authentication],
  },
  {
    name: 'JWT_AUTH_REFRESH_COOKIE',
    group: 'JWT_AUTH',
    type: 'str',
    default: "'edx-jwt-refresh-cookie' where still configured",
    where: 'Nothing current: a legacy name',
    summary:
      'A legacy name: neither edx-drf-extensions 10.7.0 nor the current LMS cookie code reads it. The LMS sets only the two JWT parts, although a docstring in its cookies.py still speaks of a third, refresh-token cookie.',
    sources: [S.platformCookies, S.drfExtCookies],
  },

  // Top-level LMS settings
  {
    name: 'JWT_ACCESS_TOKEN_EXPIRE_SECONDS',
    group: 'LMS',
    type: 'int (seconds)',
    default: '60 * 60 (one hour)',
    where: 'LMS oauth_dispatch (`create_jwt_token_dict`)',
    summary:
      'The lifetime (`exp` minus `iat`) of JWT access tokens, including the JWT inside the login cookies.',
    rolloutNote:
      'Added in May 2022 (PR #30432, a breaking "feat!") so JWTs stopped inheriting DOT’s 10-hour token lifetime; its annotation recommends one hour at most. Scripts that ignore `expires_in` break when it shrinks, and services keep a cached client-credentials token until just before it expires, so a change takes up to one lifetime to reach every caller.',
    sources: [S.platformJwt, S.pr30432, S.restClient],
  },
  {
    name: 'OAUTH_ID_TOKEN_EXPIRATION',
    group: 'LMS',
    type: 'int (seconds)',
    default: 'LMS: 60 * 60 (one hour)',
    where: 'LMS (`create_jwt_for_user`)',
    summary:
      'The lifetime of JWTs the LMS mints with `create_jwt_for_user`, e.g. for ecommerce and notes.',
    sources: [S.platformLmsEnvs, S.platformJwt],
  },
  {
    name: 'SHARED_COOKIE_DOMAIN',
    group: 'LMS',
    type: 'str',
    default:
      'derived from `SESSION_COOKIE_DOMAIN`, which the shared LMS/Studio settings set to `None`',
    where: 'LMS cookie code',
    summary:
      'The domain the LMS sets the two JWT cookies on, so MFEs and services on sibling hosts receive them.',
    sources: [S.platformCookies, S.platformEnvs],
  },

  // OAUTH2_PROVIDER (Django OAuth Toolkit in the LMS)
  {
    name: 'ACCESS_TOKEN_EXPIRE_SECONDS',
    group: 'OAUTH2_PROVIDER',
    type: 'int (seconds)',
    default: 'not set by the LMS (DOT default: 10 hours, per PR #30432)',
    where: 'Django OAuth Toolkit in the LMS',
    summary: 'The lifetime of DOT’s stored access tokens; JWTs stopped inheriting it in May 2022.',
    sources: [S.pr30432, S.platformLmsEnvs],
  },
  {
    name: 'REFRESH_TOKEN_EXPIRE_SECONDS',
    group: 'OAUTH2_PROVIDER',
    type: 'int (seconds)',
    default: '7776000 (90 days)',
    where: 'Django OAuth Toolkit in the LMS',
    summary: 'The lifetime of DOT refresh tokens; it is long because mobile apps rely on it.',
    sources: [S.platformLmsEnvs, S.pr30432],
  },
  {
    name: 'SCOPES',
    group: 'OAUTH2_PROVIDER',
    type: 'dict[str, str]',
    default:
      'read, write, email, profile, certificates:read, grades:read, tpa:read, user_id (default scopes: read, write, email, profile)',
    where: 'Django OAuth Toolkit in the LMS',
    summary: 'The catalogue of OAuth scopes the LMS offers to applications.',
    rolloutNote:
      'The settings comment says `user_id` is added in code for JWT cookies and all password-grant JWTs. `email` and `profile` are defaults for legacy reasons even though they expose personal data.',
    sources: [S.platformLmsEnvs, S.platformJwt, S.platformValidators],
  },

  // EDX_DRF_EXTENSIONS
  {
    name: 'JWT_PAYLOAD_USER_ATTRIBUTE_MAPPING',
    group: 'EDX_DRF_EXTENSIONS',
    type: 'dict[str, str] (claim → user field)',
    default: "Library: {'administrator': 'is_staff', 'email': 'email'}; LMS and Studio: {}",
    where: 'edx-drf-extensions `JwtAuthentication`, in each service',
    summary:
      'Which claims are copied into which fields of the local user each time a JWT authenticates.',
    rolloutNote:
      'A claim change can therefore change user data in services that keep a mapping (updates are logged at info level). The settings the LMS and Studio share empty it so possibly stale JWTs cannot overwrite their users. Hardening: where `administrator` maps to `is_staff` (the library default), a JWT minted before a user’s staff status changed in the LMS sets the old value again on every request it authenticates, until it expires; set a mapping without it in services that do not need it.',
    sources: [S.drfExtSettings, S.authentication, S.platformEnvs, S.credentialsSettings],
  },
  {
    name: 'JWT_PAYLOAD_MERGEABLE_USER_ATTRIBUTES',
    group: 'EDX_DRF_EXTENSIONS',
    type: 'tuple[str]',
    default: '()',
    where: 'edx-drf-extensions `JwtAuthentication`, in each service',
    summary:
      'User attributes whose stored value is merged with the claim value instead of being replaced by it.',
    sources: [S.drfExtSettings, S.authentication],
  },
  {
    name: 'JWT_PAYLOAD_USER_ATTRIBUTES',
    group: 'EDX_DRF_EXTENSIONS',
    type: 'tuple[str]',
    default: "('email',) according to docs/settings.rst",
    where: 'Nothing: documented only',
    summary:
      'Documented in edx-drf-extensions’ settings page, but the code reads `JWT_PAYLOAD_USER_ATTRIBUTE_MAPPING` instead.',
    rolloutNote: 'A documentation/code discrepancy as of 10.7.0; setting it has no effect.',
    sources: [S.drfExtSettingsDoc, S.drfExtSettings],
  },
  {
    name: 'OAUTH2_USER_INFO_URL',
    group: 'EDX_DRF_EXTENSIONS',
    type: 'str',
    default: 'None',
    where: 'edx-drf-extensions `BearerAuthentication`',
    summary:
      'The LMS endpoint that Bearer (opaque token) authentication calls to look up the token’s user.',
    rolloutNote:
      '`BearerAuthentication` is deprecated (edx-drf-extensions#284, platform ADR 0034).',
    sources: [S.drfExtSettings, S.issue284, S.platformAdr0034],
  },

  // Calling services
  {
    name: 'EDX_REST_API_CLIENT_NAME',
    group: 'IDA',
    path: "os.environ['EDX_REST_API_CLIENT_NAME']",
    type: 'environment variable (str), not a Django setting',
    default:
      'unset: the host’s IP address from `socket.gethostbyname(socket.gethostname())`, or `unknown_client_name` if that lookup raises',
    where: 'edx-rest-api-client (`user_agent()` in client.py), in the calling service',
    summary:
      'The client name at the end of the User-Agent that edx-rest-api-client sends, e.g. `python-requests/2.9.1 edx-rest-api-client/1.7.2 ecommerce`; the receiving service records it as `request_client_name`. The User-Agent is built once, when client.py is imported, so the variable must be in the process environment before that.',
    rolloutNote:
      'Set it in every service so you can tell which caller still sends old-style tokens during a rollout.',
    sources: [S.restClient, S.requestMiddleware],
  },

  // Toggles
  {
    name: 'JWT_AUTH_FORCE_CREATE_ASYMMETRIC',
    group: 'toggle',
    type: 'bool (SettingToggle)',
    default: 'False',
    where: 'LMS oauth_dispatch/jwt.py',
    summary:
      'Makes the LMS sign every JWT asymmetrically, overriding callers that ask for symmetric signing (including `create_jwt_for_user`).',
    status: 'Temporary: created 2023-04-10, target removal 2023-07-31, still present at e57a655.',
    rolloutNote:
      'edx.org’s attempt to force asymmetric JWTs everywhere was rolled back after failures, one of them in proctoring (issue #333). edx-notes-api verifies only HS256 with its client secret, so forcing would break notes too [inference].',
    sources: [S.platformJwt, S.pr32045, S.issue333, S.notesPermissions],
  },
  {
    name: 'JWT_AUTH_ADD_KID_HEADER',
    group: 'toggle',
    type: 'bool (SettingToggle)',
    default: 'False',
    where: 'LMS oauth_dispatch/jwt.py',
    summary: 'Adds a `kid` header to LMS-signed JWTs when the signing JWK has a key id.',
    status:
      'Temporary: created 2024-03-20, target removal 2024-04-20; platform ADR 0034 (Proposed, 2026) proposes making `kid` always-on.',
    rolloutNote:
      'The edx-drf-extensions decoder ignores `kid` and tries every key, so turning it on does not change how standard Open edX services pick a key [inference]; other verifiers may use it.',
    sources: [S.platformJwt, S.platformAdr0034, S.decoder],
  },
  {
    name: 'oauth_dispatch.disable_jwt_for_mobile',
    group: 'toggle',
    type: 'waffle switch',
    default: 'False (off)',
    where: 'LMS oauth_dispatch (toggles.py)',
    summary:
      'A kill switch that makes mobile token requests fall back to opaque tokens instead of JWTs.',
    status: 'Temporary: target removal 2022-12-30.',
    sources: [S.platformToggles, S.adr0013Mobile],
  },
  {
    name: 'ENABLE_SET_REQUEST_USER_FOR_JWT_COOKIE',
    group: 'toggle',
    path: "EDX_DRF_EXTENSIONS['ENABLE_SET_REQUEST_USER_FOR_JWT_COOKIE']",
    type: 'bool',
    default: 'False',
    where: 'edx-drf-extensions (`JwtAuthCookieMiddleware`, `JwtAuthentication`)',
    summary:
      'Lets the JWT cookie middleware set `request.user` from the JWT when no session user exists, and makes a valid JWT cookie whose user differs from the session user fail authentication.',
    status: 'Temporary: target removal 2024-12-31.',
    rolloutNote:
      'Its annotation warns that it caused a memory leak in edx-platform. Credentials turns it on. With it off, a mismatch on a valid cookie is only monitored; a mismatch on a failing cookie fails authentication (`user-mismatch-failure`) whatever this toggle says.',
    sources: [
      S.drfExtConfig,
      S.jwtMiddleware,
      S.authentication,
      S.drfExtAdr0002,
      S.credentialsSettings,
    ],
  },
  {
    name: 'ENABLE_JWT_AND_LMS_USER_EMAIL_MATCH',
    group: 'toggle',
    path: "EDX_DRF_EXTENSIONS['ENABLE_JWT_AND_LMS_USER_EMAIL_MATCH']",
    type: 'bool',
    default: 'False',
    where: 'edx-drf-extensions `JwtAuthentication`, LMS only',
    summary:
      'Fails JWT authentication in the LMS when the token’s `email` differs from the user record.',
    status: 'Permanent (added in 10.1.0).',
    sources: [S.drfExtConfig, S.drfExtChangelog, S.authentication],
  },
  {
    name: 'ENABLE_FORGIVING_JWT_COOKIES',
    group: 'toggle',
    path: "EDX_DRF_EXTENSIONS['ENABLE_FORGIVING_JWT_COOKIES']",
    type: 'bool',
    default: 'none: removed in 10.0.0',
    where: 'edx-drf-extensions (before 10.0.0)',
    summary:
      'Gated "forgiving" JWT cookies, which replaced the `USE-JWT-COOKIE` header; since 10.0.0 forgiving cookies are always on.',
    status: 'Removed in 10.0.0 (a breaking release).',
    sources: [S.drfExtChangelog, S.drfExtAdr0002, S.issue371],
  },
  {
    name: 'ENABLE_JWT_VS_SESSION_USER_CHECK',
    group: 'toggle',
    path: "EDX_DRF_EXTENSIONS['ENABLE_JWT_VS_SESSION_USER_CHECK']",
    type: 'bool',
    default: 'none: removed in 8.13.0',
    where: 'edx-drf-extensions (before 8.13.0)',
    summary:
      'Gated the comparison of the JWT cookie user with the session user while that check rolled out.',
    status: 'Removed in 8.13.0.',
    sources: [S.drfExtChangelog, S.drfExtAdr0002],
  },
];

/** Display order of the groups on the settings page. */
export const settingGroups: readonly SettingGroup[] = [
  'JWT_AUTH',
  'LMS',
  'OAUTH2_PROVIDER',
  'EDX_DRF_EXTENSIONS',
  'IDA',
  'toggle',
];

/** How a setting is written in Django settings, e.g. `JWT_AUTH['JWT_ISSUERS']`. */
export function settingPath(setting: SettingDoc): string {
  if (setting.path) {
    return setting.path;
  }
  switch (setting.group) {
    case 'JWT_AUTH':
    case 'EDX_DRF_EXTENSIONS':
    case 'OAUTH2_PROVIDER':
      return `${setting.group}['${setting.name}']`;
    case 'LMS':
    case 'IDA':
    case 'toggle':
      return setting.name;
  }
}

/** Looks up a setting or toggle by its exact name. */
export function findSetting(name: string): SettingDoc | undefined {
  return settings.find((setting) => setting.name === name);
}

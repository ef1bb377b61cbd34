/**
 * Public observability hooks around JWTs: custom attributes, counters, log lines
 * and client-side fields. Names are exact (they are what you query for); log
 * lines get a stable `log-...` slug because their text is not an identifier.
 *
 * `meaning` describes the code (edx-drf-extensions 10.7.0, openedx-platform
 * e57a655 or the older platform files named in the sources). `duringRollout` is
 * our own guidance derived from that meaning, not documentation from the libraries.
 */
import {S} from './sources';
import type {MonitoringArea, MonitoringAttributeDoc} from './types';

const PR_324 = {
  label: 'edx-drf-extensions PR #324: monitoring for the symmetric-JWT deprecation',
  url: 'https://github.com/openedx/edx-drf-extensions/pull/324',
} as const;

export const monitoringAttributes: readonly MonitoringAttributeDoc[] = [
  // edx-drf-extensions decoder
  {
    name: 'jwt_auth_check_symmetric_key',
    kind: 'attribute',
    area: 'decoder',
    values: 'True / False',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning:
      'Whether the fallback verification pass may try the first issuer’s `SECRET_KEY` (it may not when the caller passes `decode_symmetric_token=False`).',
    duringRollout:
      'False on a code path means HS256 tokens cannot verify there; if symmetric tokens still reach it, expect `jwt_auth_verification_failed`.',
    sources: [S.decoder],
  },
  {
    name: 'jwt_auth_verify_asymmetric_keys_count',
    kind: 'attribute',
    area: 'decoder',
    values: 'integer: number of public keys loaded',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning:
      'How many usable public keys the decoder loaded from `JWT_PUBLIC_SIGNING_JWK_SET` for the first (asymmetric-only) pass; set before the pass, which stops at the first key that verifies.',
    duringRollout:
      'Key rotation: after publishing a new key set, every service should report the higher count before the LMS switches its private key. A service still on the old count has not received the new keys. A count of 0 means the service has no public keys at all: configure `JWT_PUBLIC_SIGNING_JWK_SET` there at once, as running without it is unsupported and unsafe.',
    sources: [S.decoder, S.platformGenerateKey],
  },
  {
    name: 'jwt_auth_asymmetric_verified',
    kind: 'attribute',
    area: 'decoder',
    values: 'True (absent otherwise)',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning: 'Set when a public key verified the token in the first pass.',
    duringRollout:
      'Its share should grow as callers move to asymmetric tokens. A drop right after a signing-key switch, with more verification failures, means some service lacks the new public key.',
    sources: [S.decoder, PR_324],
  },
  {
    name: 'jwt_auth_symmetric_verified',
    kind: 'attribute',
    area: 'decoder',
    values: 'True (absent otherwise)',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning:
      'Set when only the fallback pass, which adds the first issuer’s HS256 secret, verified the token. Kept separate from the asymmetric attribute so neither overwrites the other.',
    duringRollout:
      'Shows who still sends HS256 tokens. Before removing shared secrets (symmetric-JWT deprecation) it should be at zero; split it by `request_client_name` to find the callers.',
    sources: [S.decoder, PR_324],
  },
  {
    name: 'jwt_auth_verify_all_keys_count',
    kind: 'attribute',
    area: 'decoder',
    values: 'integer: public keys loaded, + 1 when the secret is tried',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning:
      'How many keys the decoder loaded for the fallback pass: the usable public keys plus the first issuer’s secret, when it is tried.',
    duringRollout:
      'One more than the public-key count when the secret is tried; compare it across services to spot one with a different key set or no secret.',
    sources: [S.decoder],
  },
  {
    name: 'jwt_auth_verification_failed',
    kind: 'attribute',
    area: 'decoder',
    values: 'True (absent otherwise)',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning:
      'Both signature passes failed; the decoder also logs `Token verification failed.` and raises `InvalidTokenError`. The signature passes check more than the signature: `exp`, `iat` and `nbf` without leeway and, when the first issuer has an `AUDIENCE`, `aud`. So an expired, not-yet-valid, wrong-audience or malformed token sets it as well as a missing key or secret.',
    duringRollout:
      'Should stay at its usual baseline. A jump right after a change is the clearest rollback signal. `jwt_auth_failed` then shows the last key’s error, which for asymmetric tokens at a service with a secret is `InvalidAlgorithmError` whatever the reason; see the clock-skew page for what it hides.',
    sources: [S.decoder],
  },
  {
    name: 'jwt_auth_issuer',
    kind: 'attribute',
    area: 'decoder',
    values: 'the token’s `iss` value',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning: 'The issuer claim of the token being checked.',
    duringRollout:
      'Lists which issuers really send tokens; check it before removing or reordering a `JWT_ISSUERS` entry.',
    sources: [S.decoder],
  },
  {
    name: 'jwt_auth_issuer_verification',
    kind: 'attribute',
    area: 'decoder',
    values: 'matches-first-issuer / matches-later-issuer / no-match',
    setBy: 'edx-drf-extensions decoder (decoder.py)',
    meaning:
      'Which `JWT_ISSUERS` entry the `iss` claim matched; `no-match` is also logged at info level. Issue #327 tracks removing this manual check.',
    duringRollout:
      'Before dropping a later `JWT_ISSUERS` entry, `matches-later-issuer` should be zero. Any `no-match` is a rejected token.',
    sources: [
      S.decoder,
      {
        label: 'edx-drf-extensions issue #327',
        url: 'https://github.com/openedx/edx-drf-extensions/issues/327',
      },
    ],
  },

  // edx-drf-extensions JwtAuthentication
  {
    name: 'jwt_auth_result',
    kind: 'attribute',
    area: 'authentication',
    values:
      'n/a, success-auth-header, success-cookie, forgiven-failure, failed-auth-header, user-mismatch-failure, user-mismatch-enforced-failure',
    setBy: 'edx-drf-extensions `JwtAuthentication` (auth/jwt/authentication.py)',
    meaning:
      'The outcome of `JwtAuthentication.authenticate`. `n/a`: no JWT to check. `success-auth-header` / `success-cookie`: the token from the `Authorization` header or from the JWT cookie was accepted. `forgiven-failure`: a JWT cookie failed, and the class returned nothing so the next class (usually session authentication) could try. `failed-auth-header`: a header token failed, which ends authentication with an error. `user-mismatch-failure`: a failing JWT cookie belonged to another user than the session, so the failure is final. `user-mismatch-enforced-failure`: a valid JWT cookie belonged to another user than the session while `ENABLE_SET_REQUEST_USER_FOR_JWT_COOKIE` is on. The code’s annotation also lists `failed-cookie`, but 10.7.0 never sets it: a failing cookie always ends as `forgiven-failure` or `user-mismatch-failure`.',
    duringRollout:
      'Healthy: the success values dominate and `forgiven-failure` stays at the level you measured before the change. Unhealthy: `failed-auth-header` rises (callers sending the header: services, mobile apps, scripts), `forgiven-failure` climbs above its baseline (browsers fall back to the session, and fail where there is none), or the `user-mismatch-*` values appear.',
    sources: [S.authentication, S.drfExtAdr0002],
  },
  {
    name: 'jwt_auth_failed',
    kind: 'attribute',
    area: 'authentication',
    values: 'Exception:<repr of the deepest PyJWT exception>',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'The exception JWT authentication failed with, as the innermost PyJWT exception (added in 6.5.0; deeper exception digging since 8.9.3). When both signature passes fail, that is the error of the last key the fallback pass tried: with a `SECRET_KEY` in the first issuer the secret comes last (except in the asymmetric-only decoder), so every `RS256`/`RS512` token failing there (expired, issued in the future, wrong `aud`, unknown key) is recorded as `InvalidAlgorithmError`. Claims-pass, issuer and version failures are recorded as themselves.',
    duringRollout:
      'Group failures by it, reading `InvalidAlgorithmError` as “an asymmetric token failed the signature passes for some reason”, not as a wrong algorithm. `ExpiredSignatureError`, `ImmatureSignatureError` and `InvalidAudienceError` show directly only for HS256 tokens or where no secret is tried; a token pasted into the decoder’s service panel shows its real reason.',
    sources: [S.authentication, S.drfExtChangelog],
  },
  {
    name: 'jwt_cookie_lms_user_id',
    kind: 'attribute',
    area: 'authentication',
    values: 'the `user_id` claim of the JWT cookie',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'The LMS user id read, without verification, from the JWT cookie, for the cookie-vs-session user comparison.',
    duringRollout:
      'Lets you tie cookie failures to affected users; if it is missing, see `jwt_cookie_unsafe_decode_issue`.',
    sources: [S.authentication],
  },
  {
    name: 'jwt_cookie_unsafe_decode_issue',
    kind: 'attribute',
    area: 'authentication',
    values: 'missing-claim / decode-error',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'Why the unverified read of the JWT cookie could not produce both a username and a user id: `missing-claim` when either is missing, `decode-error` when the cookie cannot be decoded at all.',
    duringRollout:
      '`missing-claim` after a claim change means cookies no longer carry what the comparison needs; `decode-error` means malformed cookies.',
    sources: [S.authentication, S.decoder],
  },
  {
    name: 'jwt_auth_mismatch_session_username',
    kind: 'attribute',
    area: 'authentication',
    values: 'a username (only on mismatch)',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'The session user’s username, recorded only when it differs from the JWT cookie’s user, to limit personal data in monitoring.',
    duringRollout: 'Should be rare; a rise after a cookie or session change needs investigation.',
    sources: [S.authentication],
  },
  {
    name: 'jwt_auth_mismatch_jwt_cookie_username',
    kind: 'attribute',
    area: 'authentication',
    values: 'a username (only on mismatch)',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning: 'The JWT cookie’s username, recorded only when it differs from the session user.',
    duringRollout: 'Read together with `jwt_auth_mismatch_session_username`.',
    sources: [S.authentication],
  },
  {
    name: 'jwt_auth_with_django_request',
    kind: 'attribute',
    area: 'authentication',
    values: 'True (absent otherwise)',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'Custom code called `JwtAuthentication` with a plain Django request instead of a DRF request, i.e. outside DRF, where permission classes such as scope checks do not run.',
    duringRollout:
      'Find these callers before changing JWT handling: they bypass DRF permissions (compare the XBlock handler advisory GHSA-qx8m-mqx3-j9fm). It is recorded only during JWT-cookie authentication, so search the code for direct `JwtAuthentication().authenticate(` calls as well.',
    sources: [S.authentication, S.ghsaXblock],
  },

  // edx-drf-extensions middleware
  {
    name: 'has_jwt_cookie',
    kind: 'attribute',
    area: 'middleware',
    values: 'True / False (missing means False)',
    setBy: 'edx-drf-extensions `JwtAuthCookieMiddleware` (auth/jwt/middleware.py)',
    meaning:
      'Whether the request ended up with the full reassembled JWT cookie. The middleware docstring still mentions `request_jwt_cookie`, which the code no longer sets.',
    duringRollout:
      'A drop on MFE-facing services after a cookie change (name, domain, lifetime) means the rejoined cookie is missing more often: at least one of the two parts no longer arrives.',
    sources: [S.jwtMiddleware],
  },
  {
    name: 'set_user_from_jwt_status',
    kind: 'attribute',
    area: 'middleware',
    values: 'success / auth-failed / jwt-auth-class-not-found / unknown-exception',
    setBy: 'edx-drf-extensions `JwtAuthCookieMiddleware`',
    meaning:
      'The result of setting `request.user` from the JWT cookie for other middleware; only with `ENABLE_SET_REQUEST_USER_FOR_JWT_COOKIE`.',
    duringRollout: 'Anything but `success` rising after a change needs a look.',
    sources: [S.jwtMiddleware, S.drfExtConfig],
  },
  {
    name: 'edx_drf_extensions_version',
    kind: 'attribute',
    area: 'middleware',
    values: 'a version string, e.g. 10.7.0',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware` (middleware.py)',
    meaning: 'The edx-drf-extensions version the service runs (added in 8.7.0).',
    duringRollout:
      'Tells you which services already run a library release that changes JWT handling, so you can compare them with the rest.',
    sources: [S.requestMiddleware, S.drfExtChangelog],
  },
  {
    name: 'request_auth_type_guess',
    kind: 'attribute',
    area: 'middleware',
    values:
      'no-user, unauthenticated, the lower-cased scheme of a two-part Authorization header (jwt, bearer, …), other-token-type, jwt-cookie, session-or-other',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning:
      'A best guess, from headers and cookies, at how an authenticated request authenticated: the `Authorization` header’s scheme first, then the rejoined JWT cookie, else session or something else. It does not look at which class authenticated the request, so a failed JWT cookie forgiven in favour of the session still counts as `jwt-cookie`.',
    duringRollout:
      'Shows the mix of JWT header, JWT cookie, Bearer and session traffic a service gets, e.g. who still uses Bearer tokens. Watch forgiven cookies with `jwt_auth_result`, not with this guess.',
    sources: [S.requestMiddleware],
  },
  {
    name: 'request_client_name',
    kind: 'attribute',
    area: 'middleware',
    values: 'the last word of an edx-rest-api-client User-Agent',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning:
      'Which service made the call, read from a three-word User-Agent whose second word starts with `edx-rest-api-client/`. The calling process sets that name with its `EDX_REST_API_CLIENT_NAME` environment variable; the settings reference gives the fallback when it is unset.',
    duringRollout:
      'Split failures and `jwt_auth_symmetric_verified` by it to find the calling service still using old tokens.',
    sources: [S.requestMiddleware, S.restClient],
  },
  {
    name: 'request_user_agent',
    kind: 'attribute',
    area: 'middleware',
    values: 'the User-Agent header',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning: 'The raw User-Agent of the request.',
    duringRollout: 'Identifies third-party scripts and browsers behind failing requests.',
    sources: [S.requestMiddleware],
  },
  {
    name: 'request_referer',
    kind: 'attribute',
    area: 'middleware',
    values: 'the Referer header',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning: 'The page that sent the request.',
    duringRollout: 'Points at the MFE or page whose calls fail after a cookie change.',
    sources: [S.requestMiddleware],
  },
  {
    name: 'enduser.id',
    kind: 'attribute',
    area: 'middleware',
    values: 'a user id',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning: 'The authenticated user’s id under a standard attribute name.',
    duringRollout: 'Counts distinct affected users.',
    sources: [S.requestMiddleware],
  },
  {
    name: 'request_user_id',
    kind: 'attribute',
    area: 'middleware',
    values: 'a user id',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning: 'The authenticated user’s id in the receiving service.',
    duringRollout: 'Counts distinct affected users.',
    sources: [S.requestMiddleware],
  },
  {
    name: 'request_is_staff_or_superuser',
    kind: 'attribute',
    area: 'middleware',
    values: 'superuser / staff (absent for other users)',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning: 'Whether the authenticated user is a superuser or staff.',
    duringRollout: 'Separates staff tooling from learner traffic when failures appear.',
    sources: [S.requestMiddleware],
  },
  {
    name: 'request_authenticated_user_found_in_middleware',
    kind: 'attribute',
    area: 'middleware',
    values: 'process_request / process_view / process_response / process_exception',
    setBy: 'edx-drf-extensions `RequestCustomAttributesMiddleware`',
    meaning:
      'The first middleware step at which an authenticated user was found on the request, if any. The docstring calls it `request_authenticated_user_set_in_middleware`; the code uses this name.',
    duringRollout:
      'Query by this name, not the one in the docstring. A shift to later steps after a cookie change can mean other middleware no longer sees the user early.',
    sources: [S.requestMiddleware, S.drfExtChangelog],
  },

  // LMS (openedx-platform)
  {
    name: 'create_jwt_grant_type',
    kind: 'attribute',
    area: 'lms',
    values: 'password, client_credentials, authorization_code, …, or unknown-error',
    setBy: 'LMS oauth_dispatch (jwt.py, `create_jwt_token_dict`)',
    meaning:
      'The grant type of the application behind a JWT made from an OAuth access token (`create_jwt_token_dict`: the token endpoint and the login cookie). `create_jwt_for_user` does not go through it, so its tokens do not set this attribute.',
    duringRollout: 'Shows which kinds of OAuth client are getting JWTs while a change rolls out.',
    sources: [S.platformJwt],
  },
  {
    name: 'oauth_token_type',
    kind: 'attribute',
    area: 'lms',
    values: 'jwt, no_token_type_supplied, …',
    setBy: 'LMS oauth_dispatch access-token view (as the LMS’s tests of that view check it)',
    meaning:
      'The token type a request to the access-token endpoint asked for: `jwt`, or `no_token_type_supplied` when it named none. It is set on requests that fail, too.',
    duringRollout: 'Shows how many clients still ask for opaque tokens rather than JWTs.',
    sources: [S.platformOauthViewTests],
  },
  {
    name: 'oauth_grant_type',
    kind: 'attribute',
    area: 'lms',
    values: 'the request’s grant_type, e.g. password',
    setBy: 'LMS oauth_dispatch access-token view (as the LMS’s tests of that view check it)',
    meaning:
      'The `grant_type` of the access-token request, set even when the request fails (no client id).',
    duringRollout: 'Split token requests by it, e.g. to watch mobile (password grant) separately.',
    sources: [S.platformOauthViewTests],
  },
  {
    name: 'create_asymmetric_jwt_count',
    kind: 'counter',
    area: 'lms',
    values: 'count per transaction',
    setBy: 'LMS oauth_dispatch (jwt.py)',
    meaning: 'Incremented each time the LMS signs a JWT with the asymmetric key.',
    duringRollout:
      'With `create_symmetric_jwt_count`, shows the split of signing styles the LMS produces, e.g. after turning on `JWT_AUTH_FORCE_CREATE_ASYMMETRIC`.',
    sources: [S.platformJwt, S.pr32045],
  },
  {
    name: 'create_symmetric_jwt_count',
    kind: 'counter',
    area: 'lms',
    values: 'count per transaction',
    setBy: 'LMS oauth_dispatch (jwt.py)',
    meaning: 'Incremented each time the LMS signs a JWT with the shared HS256 secret.',
    duringRollout: 'Should reach zero before symmetric verification can be removed anywhere.',
    sources: [S.platformJwt, S.pr32045],
  },
  {
    name: 'using_default_auth_classes',
    kind: 'attribute',
    area: 'lms',
    values: 'True (absent otherwise)',
    setBy:
      'LMS default DRF authentication classes (djangolib/default_auth_classes.py at commit 76ccca7)',
    meaning: 'The endpoint relies on the platform’s default DRF authentication classes.',
    duringRollout:
      'Finds endpoints whose behaviour changes if the default authentication classes change.',
    sources: [S.legacyDefaultAuthClasses],
  },
  {
    name: 'session_auth_result',
    kind: 'attribute',
    area: 'lms',
    values: 'success / failure / skipped',
    setBy:
      'LMS default session authentication class (djangolib/default_auth_classes.py at commit 76ccca7)',
    meaning: 'The result of session authentication in the default authentication classes.',
    duringRollout:
      'Read with `jwt_auth_result`: forgiven JWT cookie failures are only harmless while session auth still succeeds.',
    sources: [S.legacyDefaultAuthClasses],
  },

  // Clients
  {
    name: 'api_client',
    kind: 'attribute',
    area: 'clients',
    values: 'OAuthAPIClient',
    setBy: 'edx-rest-api-client (client.py), in the calling service',
    meaning:
      'The call was made through `OAuthAPIClient`, which fetches and caches client-credentials JWTs.',
    duringRollout:
      'Marks calls that may carry a cached token minted up to one token lifetime ago (the cache never outlives the token); problems with newly minted tokens appear only once a service’s cached token expires.',
    sources: [S.restClient],
  },
  {
    name: 'deprecated_jwt_signing',
    kind: 'attribute',
    area: 'clients',
    values: 'JwtAuth',
    setBy: 'edx-rest-api-client (auth.py), in the calling service',
    meaning:
      'The caller signed its own HS256 JWT with the deprecated client-side `JwtAuth` class (its docstring says only ecomworker still did).',
    duringRollout: 'Any caller showing it breaks if shared secrets are removed or rotated.',
    sources: [S.restClientAuth],
  },
  {
    name: 'userId',
    kind: 'client',
    area: 'clients',
    values: 'the LMS user id',
    setBy: 'frontend-platform auth service (logging service)',
    meaning: 'frontend-platform sets the authenticated user’s id on its logging service.',
    duringRollout: 'Ties MFE-side authentication errors to users.',
    sources: [S.frontendAuthService],
  },
  {
    name: 'browserDriftSeconds',
    kind: 'client',
    area: 'clients',
    values: 'seconds, unsigned (null when the response had no `response_epoch_seconds`)',
    setBy:
      'frontend-platform `AxiosJwtTokenService`, only on the “Access token is still null after successful refresh.” error',
    meaning:
      'The absolute difference between the browser clock and `response_epoch_seconds` from `/login_refresh`, attached (with `browserEpochSeconds` and the response) to the one error raised when a refresh succeeded but no JWT cookie can be read. Other refresh errors, such as network failures, do not carry it.',
    duringRollout:
      'Tells you whether the cookies that went missing after a refresh coincide with a skewed browser clock. It says nothing about refreshes that failed outright, and it has no sign, so it cannot tell a fast clock from a slow one.',
    sources: [S.frontendTokenService, S.frontendAdr0005],
  },
  {
    name: 'browserEpochSeconds',
    kind: 'client',
    area: 'clients',
    values: 'seconds since the epoch, browser clock',
    setBy:
      'frontend-platform `AxiosJwtTokenService`, only on the “Access token is still null after successful refresh.” error',
    meaning:
      'The browser’s own time when the refresh response arrived, on the same error as `browserDriftSeconds`.',
    duringRollout: 'Read with `browserDriftSeconds`.',
    sources: [S.frontendTokenService],
  },

  // Log lines
  {
    name: 'log-token-verification-failed',
    kind: 'log',
    area: 'logs',
    values: '"Token verification failed." (exception log with stack trace)',
    setBy: 'edx-drf-extensions decoder',
    meaning:
      'Both signature passes failed; logged with `logger.exception`, so the stack trace shows the error of the last key tried, not necessarily the reason the token failed.',
    duringRollout:
      'Same signal as `jwt_auth_verification_failed`, visible in logs with the stack trace.',
    sources: [S.decoder],
  },
  {
    name: 'log-unsupported-jwt-version',
    kind: 'log',
    area: 'logs',
    values: 'info: "Token decode failed due to unsupported JWT version number [<version>]"',
    setBy: 'edx-drf-extensions decoder',
    meaning:
      'A token’s major `version` is higher than the service’s `JWT_SUPPORTED_VERSION`, so it was rejected.',
    duringRollout:
      'Should never appear; if it does, the LMS bumped the major version before the service.',
    sources: [S.decoder],
  },
  {
    name: 'log-issuer-mismatch',
    kind: 'log',
    area: 'logs',
    values: 'info: "Token decode failed due to mismatched issuer [<iss>]"',
    setBy: 'edx-drf-extensions decoder',
    meaning: 'The token’s `iss` matched no `JWT_ISSUERS` entry.',
    duringRollout: 'Pairs with `jwt_auth_issuer_verification` = `no-match`.',
    sources: [S.decoder],
  },
  {
    name: 'log-jwt-authentication-failure',
    kind: 'log',
    area: 'logs',
    values:
      'debug: "Failed JWT Authentication."; warning, for `user-mismatch-enforced-failure` only: "Failed JWT Authentication due to session user mismatch."',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'Authentication failures are logged only at debug level to limit production noise. The one warning is for a valid JWT cookie whose user differs from the session user while `ENABLE_SET_REQUEST_USER_FOR_JWT_COOKIE` is on; a failing cookie of another user (`user-mismatch-failure`) is logged at debug like other failures.',
    duringRollout:
      'Do not expect failures in default production logs; rely on `jwt_auth_result` and `jwt_auth_failed` instead.',
    sources: [S.authentication],
  },
  {
    name: 'log-user-attributes-updated',
    kind: 'log',
    area: 'logs',
    values: 'info-level message',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning:
      'Local user fields were overwritten from JWT claims per `JWT_PAYLOAD_USER_ATTRIBUTE_MAPPING`.',
    duringRollout:
      'A burst after a claim change means the change is rewriting user data in that service.',
    sources: [S.authentication, S.drfExtSettings],
  },
  {
    name: 'log-user-retrieval-failed',
    kind: 'log',
    area: 'logs',
    values: '"[edx-drf-extensions] User retrieval failed for username <username>."',
    setBy: 'edx-drf-extensions `JwtAuthentication`',
    meaning: 'The service could not get or create its local user from the token’s username.',
    duringRollout: 'Appears if `preferred_username`/`username` changes shape or disappears.',
    sources: [S.authentication],
  },
  {
    name: 'log-missing-jwt-cookie-part',
    kind: 'log',
    area: 'logs',
    values: 'warning naming the missing cookie',
    setBy: 'edx-drf-extensions `JwtAuthCookieMiddleware`',
    meaning:
      'Only one of the two JWT cookies (header-payload, signature) arrived, so the token could not be rebuilt.',
    duringRollout:
      'A rise after changing cookie names, domain or lifetimes means the two parts no longer travel together.',
    sources: [S.jwtMiddleware],
  },
];

/** Looks up an attribute (or log slug) by its exact name. */
export function findMonitoringAttribute(name: string): MonitoringAttributeDoc | undefined {
  return monitoringAttributes.find((attribute) => attribute.name === name);
}

/** Every area, in the order the monitoring attributes page lists them. */
export const monitoringAreas: readonly MonitoringArea[] = [
  'decoder',
  'authentication',
  'middleware',
  'lms',
  'clients',
  'logs',
];

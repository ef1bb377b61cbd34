/**
 * Public sources shared by the reference datasets. URLs point at the version or
 * commit our research read (see /work/shared/research/edx-jwt-facts.md §0), so a
 * fact can be checked against exactly the code it describes.
 */
import type {Source} from './types';

/** openedx/openedx-platform (formerly openedx/edx-platform), commit read for current code. */
export const PLATFORM_REF = 'e57a655';
/** openedx/edx-drf-extensions release read (commit 9abb4cc). */
export const DRF_EXT_REF = 'v10.7.0';
/** openedx/edx-rest-api-client 6.2.0. */
export const REST_CLIENT_REF = 'd4e405b';
export const FRONTEND_PLATFORM_REF = '167a072';
export const NOTES_API_REF = '95eceea';
export const OEPS_REF = '1bd829a';
/** openedx/credentials: commit at which the cited JWT settings of settings/base.py were checked. */
export const CREDENTIALS_REF = '00a11e4';

const gh = (repo: string, ref: string, path: string): string =>
  `https://github.com/${repo}/blob/${ref}/${path}`;

const src = (label: string, url: string): Source => ({label, url});

const platform = (path: string): string => gh('openedx/openedx-platform', PLATFORM_REF, path);
/**
 * oauth_dispatch ADRs and older platform files read from openedx/edx-platform. The research names
 * no commit for them, so they link the default branch (`master`) and their labels say so.
 */
const legacyPlatform = (path: string): string => gh('openedx/edx-platform', 'master', path);
const drfExt = (path: string): string => gh('openedx/edx-drf-extensions', DRF_EXT_REF, path);
const adr = (file: string): string =>
  legacyPlatform(`openedx/core/djangoapps/oauth_dispatch/docs/decisions/${file}`);
const rfc = (n: number, section?: string): string =>
  `https://www.rfc-editor.org/rfc/rfc${n}${section ? `#${section}` : ''}`;

export const S = {
  // openedx-platform, current code at e57a655
  platformJwt: src(
    'openedx-platform oauth_dispatch/jwt.py (commit e57a655)',
    platform('openedx/core/djangoapps/oauth_dispatch/jwt.py'),
  ),
  platformEnvs: src(
    'openedx-platform openedx/envs/common.py (commit e57a655)',
    platform('openedx/envs/common.py'),
  ),
  platformCookies: src(
    'openedx-platform user_authn/cookies.py (commit e57a655)',
    platform('openedx/core/djangoapps/user_authn/cookies.py'),
  ),
  platformValidators: src(
    'openedx-platform oauth_dispatch/dot_overrides/validators.py (commit e57a655)',
    platform('openedx/core/djangoapps/oauth_dispatch/dot_overrides/validators.py'),
  ),
  platformModels: src(
    'openedx-platform oauth_dispatch/models.py (commit e57a655)',
    platform('openedx/core/djangoapps/oauth_dispatch/models.py'),
  ),
  platformToggles: src(
    'openedx-platform oauth_dispatch/toggles.py (commit e57a655)',
    platform('openedx/core/djangoapps/oauth_dispatch/toggles.py'),
  ),
  platformCommerceUtils: src(
    'openedx-platform commerce/utils.py (commit e57a655)',
    platform('openedx/core/djangoapps/commerce/utils.py'),
  ),
  platformAuthExchangeViews: src(
    'openedx-platform auth_exchange/views.py (commit e57a655)',
    platform('openedx/core/djangoapps/auth_exchange/views.py'),
  ),
  platformAdr0034: src(
    'openedx-platform ADR 0034, unify auth on OAuth2/DOT (2026)',
    platform('docs/decisions/0034-unify-auth-oauth2-dot-v2.rst'),
  ),
  platformGenerateKey: src(
    'openedx-platform generate_jwt_signing_key command (commit e57a655)',
    platform(
      'openedx/core/djangoapps/oauth_dispatch/management/commands/generate_jwt_signing_key.py',
    ),
  ),

  // Platform files read outside commit e57a655: pinned where the described code was checked at a
  // known commit, otherwise labelled as an older version on the default branch.
  legacyLmsEnvs: src(
    'edx-platform lms/envs/common.py, DJANGO OAUTH TOOLKIT block (older version, commit not recorded; links the default branch)',
    legacyPlatform('lms/envs/common.py'),
  ),
  platformLmsProduction: src(
    'openedx-platform lms/envs/production.py (commit 8e46852)',
    gh('openedx/openedx-platform', '8e46852', 'lms/envs/production.py'),
  ),
  legacyCookies031da07: src(
    'edx-platform user_authn/cookies.py at commit 031da07 (older version)',
    gh('openedx/edx-platform', '031da07', 'openedx/core/djangoapps/user_authn/cookies.py'),
  ),
  legacyOauthViews: src(
    'openedx-platform oauth_dispatch/views.py (linked at commit e57a655; read from an older version, commit not recorded)',
    platform('openedx/core/djangoapps/oauth_dispatch/views.py'),
  ),
  legacyDefaultAuthClasses: src(
    'edx-platform djangolib/default_auth_classes.py (commit f054d80)',
    gh('openedx/edx-platform', 'f054d80', 'openedx/core/djangolib/default_auth_classes.py'),
  ),
  adr0003: src(
    'oauth_dispatch ADR 0003: use JWT as OAuth tokens, remove OpenID Connect',
    adr('0003-use-jwt-as-oauth-tokens-remove-openid-connect.rst'),
  ),
  adr0005: src(
    'oauth_dispatch ADR 0005: restricted application for SSO',
    adr('0005-restricted-application-for-SSO.rst'),
  ),
  adr0006: src(
    'oauth_dispatch ADR 0006: enforce scopes in LMS APIs (Proposed)',
    adr('0006-enforce-scopes-in-LMS-APIs.rst'),
  ),
  adr0007: src(
    'oauth_dispatch ADR 0007: include organizations in tokens (Proposed)',
    adr('0007-include-organizations-in-tokens.rst'),
  ),
  adr0008: src('oauth_dispatch ADR 0008: use asymmetric JWTs', adr('0008-use-asymmetric-jwts.rst')),
  adr0009: src(
    'oauth_dispatch ADR 0009: JWT in session cookie',
    adr('0009-jwt-in-session-cookie.rst'),
  ),
  adr0011Filters: src(
    'oauth_dispatch ADR 0011: scope filter support',
    adr('0011-scope-filter-support.rst'),
  ),
  adr0011Versioning: src(
    'oauth_dispatch draft ADR 0011: major versioning (never accepted)',
    adr('0011-major-versioning.rst'),
  ),
  adr0012Pii: src(
    'oauth_dispatch draft ADR 0012: enhanced PII protections (never implemented)',
    adr('0012-enhanced-pii-protections.rst'),
  ),
  adr0013Mobile: src(
    'oauth_dispatch ADR 0013: mobile migration to JWT',
    adr('0013-mobile-migration-to-jwt.rst'),
  ),
  adr0014: src(
    'oauth_dispatch ADR 0014: add grant type in JWT payload',
    adr('0014-add-grant-type-in-jwt-payload.rst'),
  ),
  adr0015: src(
    'oauth_dispatch ADR 0015: add scope user_id for JWT',
    adr('0015-add-scope-user-id-for-jwt.rst'),
  ),
  adr0016: src(
    'oauth_dispatch ADR 0016: user_id scope for client credentials',
    adr('0016-add-scope-user-id-for-jwt-client-credentials.rst'),
  ),

  // edx-drf-extensions 10.7.0
  decoder: src(
    'edx-drf-extensions 10.7.0 auth/jwt/decoder.py',
    drfExt('edx_rest_framework_extensions/auth/jwt/decoder.py'),
  ),
  authentication: src(
    'edx-drf-extensions 10.7.0 auth/jwt/authentication.py',
    drfExt('edx_rest_framework_extensions/auth/jwt/authentication.py'),
  ),
  jwtMiddleware: src(
    'edx-drf-extensions 10.7.0 auth/jwt/middleware.py',
    drfExt('edx_rest_framework_extensions/auth/jwt/middleware.py'),
  ),
  requestMiddleware: src(
    'edx-drf-extensions 10.7.0 middleware.py',
    drfExt('edx_rest_framework_extensions/middleware.py'),
  ),
  permissions: src(
    'edx-drf-extensions 10.7.0 permissions.py',
    drfExt('edx_rest_framework_extensions/permissions.py'),
  ),
  drfExtSettings: src(
    'edx-drf-extensions 10.7.0 settings.py',
    drfExt('edx_rest_framework_extensions/settings.py'),
  ),
  drfExtConfig: src(
    'edx-drf-extensions 10.7.0 config.py',
    drfExt('edx_rest_framework_extensions/config.py'),
  ),
  drfExtChangelog: src('edx-drf-extensions CHANGELOG.rst (as of 10.7.0)', drfExt('CHANGELOG.rst')),
  drfExtSettingsDoc: src(
    'edx-drf-extensions 10.7.0 docs/settings.rst',
    drfExt('docs/settings.rst'),
  ),
  drfExtAdr0002: src(
    'edx-drf-extensions ADR 0002: remove USE-JWT-COOKIE header',
    drfExt('docs/decisions/0002-remove-use-jwt-cookie-header.rst'),
  ),
  drfExtTestSettings: src('edx-drf-extensions 10.7.0 test_settings.py', drfExt('test_settings.py')),

  // Other Open edX repositories
  restClient: src(
    'edx-rest-api-client 6.2.0 client.py',
    gh('openedx/edx-rest-api-client', REST_CLIENT_REF, 'edx_rest_api_client/client.py'),
  ),
  restClientAuth: src(
    'edx-rest-api-client 6.2.0 auth.py',
    gh('openedx/edx-rest-api-client', REST_CLIENT_REF, 'edx_rest_api_client/auth.py'),
  ),
  frontendAuthService: src(
    'frontend-platform src/auth/AxiosJwtAuthService.js (commit 167a072)',
    gh('openedx/frontend-platform', FRONTEND_PLATFORM_REF, 'src/auth/AxiosJwtAuthService.js'),
  ),
  frontendTokenService: src(
    'frontend-platform src/auth/AxiosJwtTokenService.js (commit 167a072)',
    gh('openedx/frontend-platform', FRONTEND_PLATFORM_REF, 'src/auth/AxiosJwtTokenService.js'),
  ),
  notesPermissions: src(
    'edx-notes-api notesapi/v1/permissions.py (commit 95eceea)',
    gh('openedx/edx-notes-api', NOTES_API_REF, 'notesapi/v1/permissions.py'),
  ),
  credentialsSettings: src(
    'credentials credentials/settings/base.py (commit 00a11e4)',
    gh('openedx/credentials', CREDENTIALS_REF, 'credentials/settings/base.py'),
  ),
  edxRbacUtils: src(
    'edx-rbac edx_rbac/utils.py, create_role_auth_claim_for_user (default branch; no release recorded)',
    gh('openedx/edx-rbac', 'master', 'edx_rbac/utils.py'),
  ),
  drfJwtSettings: src(
    'drf-jwt src/rest_framework_jwt/settings.py (2020 snapshot; links the default branch)',
    gh('Styria-Digital/django-rest-framework-jwt', 'master', 'src/rest_framework_jwt/settings.py'),
  ),
  drfJwtAuthentication: src(
    'drf-jwt src/rest_framework_jwt/authentication.py (default branch; no release recorded)',
    gh(
      'Styria-Digital/django-rest-framework-jwt',
      'master',
      'src/rest_framework_jwt/authentication.py',
    ),
  ),
  oep42: src(
    'OEP-42 Authentication (open-edx-proposals commit 1bd829a)',
    gh(
      'openedx/open-edx-proposals',
      OEPS_REF,
      'oeps/best-practices/oep-0042-bp-authentication.rst',
    ),
  ),
  oep21: src(
    'OEP-21 Deprecation and Removal (open-edx-proposals commit 1bd829a)',
    gh('openedx/open-edx-proposals', OEPS_REF, 'oeps/processes/oep-0021-proc-deprecation.rst'),
  ),

  // Pull requests and issues
  pr30432: src(
    'openedx-platform PR #30432: JWT access tokens 10 h → 1 h (May 2022)',
    'https://github.com/openedx/openedx-platform/pull/30432',
  ),
  pr32045: src(
    'openedx-platform PR #32045: force-asymmetric toggle (2023)',
    'https://github.com/openedx/openedx-platform/pull/32045',
  ),
  pr19765: src(
    'openedx-platform PR #19765: user_id scope for JWT cookies (Feb 2019)',
    'https://github.com/openedx/openedx-platform/pull/19765',
  ),
  issue333: src(
    'edx-drf-extensions issue #333: JWT creation/decoding consistency',
    'https://github.com/openedx/edx-drf-extensions/issues/333',
  ),
  issue371: src(
    'edx-drf-extensions issue #371: DEPR of USE-JWT-COOKIE',
    'https://github.com/openedx/edx-drf-extensions/issues/371',
  ),
  issue284: src(
    'edx-drf-extensions issue #284: DEPR of BearerAuthentication',
    'https://github.com/openedx/edx-drf-extensions/issues/284',
  ),
  ghsaXblock: src(
    'Security advisory GHSA-qx8m-mqx3-j9fm (XBlock handler skipped scope checks)',
    'https://www.github.com/openedx/edx-platform/security/advisories/GHSA-qx8m-mqx3-j9fm',
  ),

  // Standards
  rfc7519: (section: string, what: string): Source =>
    src(`RFC 7519 §${section} (${what})`, rfc(7519, `section-${section}`)),
  rfc7515: (section: string, what: string): Source =>
    src(`RFC 7515 §${section} (${what})`, rfc(7515, `section-${section}`)),
  rfc7516: src('RFC 7516: JSON Web Encryption', rfc(7516)),
  rfc7517: (section: string, what: string): Source =>
    src(`RFC 7517 §${section} (${what})`, rfc(7517, `section-${section}`)),
  rfc7518: src('RFC 7518 §3: algorithms for JWS', rfc(7518, 'section-3')),
  rfc8725: (section: string, what: string): Source =>
    src(`RFC 8725 §${section} (${what})`, rfc(8725, `section-${section}`)),
  rfc6749: (section: string, what: string): Source =>
    src(`RFC 6749 §${section} (${what})`, rfc(6749, `section-${section}`)),
  oidcStandardClaims: src(
    'OpenID Connect Core 1.0 §5.1: standard claims',
    'https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims',
  ),
} as const;

/**
 * Public sources shared by the reference datasets and the pages.
 *
 * Every GitHub repository the site links to into (blob/tree) is listed in SOURCE_REFS with the refs
 * its facts were read at: a tag spelled exactly as upstream tags it, or a commit that exists
 * upstream, each with the date it was read. src/data/__tests__/sourceRefs.test.ts fails when a page
 * or data file links to such a repository at any other ref, or at a moving branch.
 */
import type {Source} from './types';

/** One version of an upstream repository that facts on this site were read at. */
export interface RecordedRef {
  /** A tag exactly as upstream spells it (`v10.7.0`, `2.6.0`) or a commit sha that exists upstream. */
  readonly ref: string;
  /** ISO date (YYYY-MM-DD) on which the cited files were read at this ref. */
  readonly read: string;
  /** What the ref is (the commit behind a tag) and what was read there. */
  readonly note: string;
}

/** The day the refs below were checked against upstream and the cited files read at them. */
const READ_2026_12_03 = '2026-12-03';

/**
 * Recorded refs per repository (owner/name as GitHub spells it). A repository has one ref, or a few
 * when files were read at different commits (the LMS's ADRs) or an old version is cited on purpose.
 */
export const SOURCE_REFS: Readonly<Record<string, readonly RecordedRef[]>> = {
  'openedx/edx-drf-extensions': [
    {ref: 'v10.7.0', read: READ_2026_12_03, note: 'release 10.7.0, commit 9abb4cc'},
    {
      ref: '2b31afb',
      read: READ_2026_12_03,
      note: 'commit (2019-03-14) that raised JwtTokenVersion.default_latest_supported to 1.2.0',
    },
  ],
  'openedx/edx-rest-api-client': [
    {
      ref: 'v6.2.0',
      read: READ_2026_12_03,
      note: 'release 6.2.0, commit 891764f; edx_rest_api_client/ is identical at d4e405b, which the research read',
    },
  ],
  'openedx/frontend-platform': [
    {
      ref: 'v8.7.1',
      read: READ_2026_12_03,
      note: 'release 8.7.1, commit cf61627; only package-lock.json differs at 167a072 (v8.7.1-3), which the research read',
    },
  ],
  'jpadilla/pyjwt': [
    {
      ref: '2.6.0',
      read: READ_2026_12_03,
      note: 'the release that added the future-iat check; the site models PyJWT 2.6.0',
    },
  ],
  'openedx/openedx-platform': [
    {
      ref: 'e57a655',
      read: READ_2026_12_03,
      note: 'commit e57a655d77b6: current LMS code (oauth_dispatch jwt.py, toggles.py, urls.py and tests/test_views.py, user_authn cookies.py, envs, production.py, lms/envs/common.py, credentials/utils.py, enterprise_support tests/test_api.py); oauth_dispatch/views.py and user_authn/views/login.py are not read here',
    },
    {ref: 'df4221e', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0003 (Accepted)'},
    {ref: '0b248a0', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0005 (Partially Replaced)'},
    {
      ref: '5acde7c',
      read: READ_2026_12_03,
      note: 'oauth_dispatch ADRs 0006 (Accepted), 0009 (Accepted) and 0014 (Accepted); adapters/dot.py (get_authorization_filters, not stored at e57a655)',
    },
    {
      ref: '495ab1f',
      read: READ_2026_12_03,
      note: 'oauth_dispatch ADR 0006, an early version (Proposed) that planned a list of JWT_ISSUERS',
    },
    {ref: '79adcb3', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0007 (Accepted)'},
    {ref: '40467d8', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0008 (Accepted)'},
    {
      ref: 'ea87c1c',
      read: READ_2026_12_03,
      note: 'oauth_dispatch ADR 0010 (Accepted) and docs/README.rst',
    },
    {
      ref: 'd72182a',
      read: READ_2026_12_03,
      note: 'oauth_dispatch draft ADR 0011, major versioning',
    },
    {
      ref: '5e26563',
      read: READ_2026_12_03,
      note: 'oauth_dispatch ADR 0011, scope filters (Accepted)',
    },
    {ref: '1cef931', read: READ_2026_12_03, note: 'oauth_dispatch draft ADR 0012, PII protections'},
    {ref: '5568dbe', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0013 (Accepted)'},
    {ref: '2c562b7', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0015 (Accepted)'},
    {ref: '2f96050', read: READ_2026_12_03, note: 'oauth_dispatch ADR 0016 (Accepted)'},
    {
      ref: 'f5cbaa8',
      read: READ_2026_12_03,
      note: 'docs/decisions/0034-unify-auth-oauth2-dot-v2.rst: Status Proposed, dated 2026-04-07',
    },
    {
      ref: 'c9d20bf',
      read: READ_2026_12_03,
      note: 'openedx/core/djangoapps/user_authn/views/login.py: login_refresh (POST only, CSRF-exempt, 401 without a session)',
    },
    {
      ref: '76ccca7',
      read: READ_2026_12_03,
      note: 'openedx/core/djangolib/default_auth_classes.py (session_auth_result success/failure/skipped)',
    },
    {
      ref: '5af5f01',
      read: READ_2026_12_03,
      note: 'commit 5af5f01fa948: lms/djangoapps/courseware/block_render.py (handle_xblock_callback refuses restricted-application JWTs)',
    },
  ],
  'openedx/open-edx-proposals': [
    {
      ref: '1bd829a',
      read: READ_2026_12_03,
      note: 'OEP-10, OEP-17, OEP-19, OEP-21, OEP-42 and OEP-51 (January 2026)',
    },
    {
      ref: '08109932e3c7103da680253ff69cad7fc67f3bcb',
      read: READ_2026_12_03,
      note: 'OEP-21 as last modified 2023-06-21, cited for its older stage names',
    },
  ],
  'openedx/edx-notes-api': [
    {
      ref: '95eceea',
      read: READ_2026_12_03,
      note: 'notesapi/v1/permissions.py, notesserver/settings/common.py',
    },
  ],
  'openedx/credentials': [
    {
      ref: '00a11e4',
      read: READ_2026_12_03,
      note: 'credentials/settings/base.py (JWT_AUTH, REST_FRAMEWORK, EDX_DRF_EXTENSIONS) and credentials/apps/api/authentication.py (JwtAuthentication subclass)',
    },
  ],
  'openedx/edx-proctoring': [
    {
      ref: 'v5.2.0',
      read: READ_2026_12_03,
      note: 'release 5.2.0, commit f3c1754; edx_proctoring/ is identical at b491419, which the research read',
    },
  ],
  'openedx/edx-django-utils': [
    {
      ref: 'v8.0.1',
      read: READ_2026_12_03,
      note: 'release 8.0.1, commit ab59326: monitoring backends, monitoring README and CHANGELOG; cache/utils.py and cache/README.rst (TieredCache)',
    },
  ],
  'openedx/edx-rbac': [
    {ref: '2.1.0', read: READ_2026_12_03, note: 'release 2.1.0, commit 619d853: edx_rbac/utils.py'},
  ],
  'Styria-Digital/django-rest-framework-jwt': [
    {
      ref: '1.17.3',
      read: READ_2026_12_03,
      note: 'drf-jwt 1.17.3 (2020-12), the newest tag in the public repository; edx-drf-extensions 10.7.0 pins drf-jwt 1.19.2',
    },
  ],
};

/** Old repository names that GitHub redirects; links under them must use the new name's refs. */
export const REPOSITORY_ALIASES: Readonly<Record<string, string>> = {
  'openedx/edx-platform': 'openedx/openedx-platform',
};

/** The first recorded ref of a repository: the version its files are read at by default. */
function primaryRef(repository: string): string {
  const ref = SOURCE_REFS[repository]?.[0]?.ref;
  if (ref === undefined) throw new Error(`${repository} has no recorded ref in SOURCE_REFS`);
  return ref;
}

/** openedx/openedx-platform (formerly openedx/edx-platform), commit read for current code. */
export const PLATFORM_REF = primaryRef('openedx/openedx-platform');
/** openedx/edx-drf-extensions release read (commit 9abb4cc). */
export const DRF_EXT_REF = primaryRef('openedx/edx-drf-extensions');
/** openedx/edx-rest-api-client 6.2.0. */
export const REST_CLIENT_REF = primaryRef('openedx/edx-rest-api-client');
/** openedx/frontend-platform 8.7.1. */
export const FRONTEND_PLATFORM_REF = primaryRef('openedx/frontend-platform');
export const NOTES_API_REF = primaryRef('openedx/edx-notes-api');
export const OEPS_REF = primaryRef('openedx/open-edx-proposals');
/** openedx/credentials: commit at which the cited JWT settings of settings/base.py were checked. */
export const CREDENTIALS_REF = primaryRef('openedx/credentials');
export const PROCTORING_REF = primaryRef('openedx/edx-proctoring');
export const DJANGO_UTILS_REF = primaryRef('openedx/edx-django-utils');
export const PYJWT_REF = primaryRef('jpadilla/pyjwt');
export const RBAC_REF = primaryRef('openedx/edx-rbac');
export const DRF_JWT_REF = primaryRef('Styria-Digital/django-rest-framework-jwt');

/** The commit each oauth_dispatch ADR (or its README) was read at, by file name. */
const OAUTH_DISPATCH_DOC_REFS: Readonly<Record<string, string>> = {
  'README.rst': 'ea87c1c',
  '0003-use-jwt-as-oauth-tokens-remove-openid-connect.rst': 'df4221e',
  '0005-restricted-application-for-SSO.rst': '0b248a0',
  '0006-enforce-scopes-in-LMS-APIs.rst': '5acde7c',
  '0007-include-organizations-in-tokens.rst': '79adcb3',
  '0008-use-asymmetric-jwts.rst': '40467d8',
  '0009-jwt-in-session-cookie.rst': '5acde7c',
  '0010-csrf-protection.rst': 'ea87c1c',
  '0011-major-versioning.rst': 'd72182a',
  '0011-scope-filter-support.rst': '5e26563',
  '0012-enhanced-pii-protections.rst': '1cef931',
  '0013-mobile-migration-to-jwt.rst': '5568dbe',
  '0014-add-grant-type-in-jwt-payload.rst': '5acde7c',
  '0015-add-scope-user-id-for-jwt.rst': '2c562b7',
  '0016-add-scope-user-id-for-jwt-client-credentials.rst': '2f96050',
};

const gh = (repo: string, ref: string, path: string): string =>
  `https://github.com/${repo}/blob/${ref}/${path}`;

const src = (label: string, url: string): Source => ({label, url});

const platform = (path: string): string => gh('openedx/openedx-platform', PLATFORM_REF, path);
const drfExt = (path: string): string => gh('openedx/edx-drf-extensions', DRF_EXT_REF, path);

/** An oauth_dispatch ADR (or the docs README) at the commit it was read at. */
export function oauthDispatchDocUrl(file: string): string {
  const ref = OAUTH_DISPATCH_DOC_REFS[file];
  if (ref === undefined) throw new Error(`no recorded ref for oauth_dispatch doc ${file}`);
  const folder = file === 'README.rst' ? 'docs' : 'docs/decisions';
  return gh(
    'openedx/openedx-platform',
    ref,
    `openedx/core/djangoapps/oauth_dispatch/${folder}/${file}`,
  );
}
const adr = (file: string): string => oauthDispatchDocUrl(file);
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
    'openedx-platform ADR 0034, standardize authentication patterns (Proposed, 2026-04-07; commit f5cbaa8)',
    gh('openedx/openedx-platform', 'f5cbaa8', 'docs/decisions/0034-unify-auth-oauth2-dot-v2.rst'),
  ),
  platformDotAdapter: src(
    'openedx-platform oauth_dispatch/adapters/dot.py, get_authorization_filters (commit 5acde7c)',
    gh(
      'openedx/openedx-platform',
      '5acde7c',
      'openedx/core/djangoapps/oauth_dispatch/adapters/dot.py',
    ),
  ),
  platformGenerateKey: src(
    'openedx-platform generate_jwt_signing_key command (commit e57a655)',
    platform(
      'openedx/core/djangoapps/oauth_dispatch/management/commands/generate_jwt_signing_key.py',
    ),
  ),

  platformLmsEnvs: src(
    'openedx-platform lms/envs/common.py, DJANGO OAUTH TOOLKIT block (commit e57a655)',
    platform('lms/envs/common.py'),
  ),
  platformLmsProduction: src(
    'openedx-platform lms/envs/production.py (commit e57a655)',
    platform('lms/envs/production.py'),
  ),
  platformLogin: src(
    'openedx-platform user_authn/views/login.py (commit c9d20bf)',
    gh('openedx/openedx-platform', 'c9d20bf', 'openedx/core/djangoapps/user_authn/views/login.py'),
  ),
  platformOauthViewTests: src(
    'openedx-platform oauth_dispatch/tests/test_views.py (commit e57a655): oauth_token_type, oauth_grant_type, X-Token-Type, asymmetric_jwt',
    platform('openedx/core/djangoapps/oauth_dispatch/tests/test_views.py'),
  ),
  legacyDefaultAuthClasses: src(
    'openedx-platform djangolib/default_auth_classes.py (commit 76ccca7)',
    gh('openedx/openedx-platform', '76ccca7', 'openedx/core/djangolib/default_auth_classes.py'),
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
    'oauth_dispatch ADR 0006: enforce scopes in LMS APIs (Accepted; commit 5acde7c)',
    adr('0006-enforce-scopes-in-LMS-APIs.rst'),
  ),
  adr0007: src(
    'oauth_dispatch ADR 0007: include organizations in tokens (Accepted; commit 79adcb3)',
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
  drfExtCookies: src(
    'edx-drf-extensions 10.7.0 auth/jwt/cookies.py (jwt_cookie_name)',
    drfExt('edx_rest_framework_extensions/auth/jwt/cookies.py'),
  ),

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
    'frontend-platform 8.7.1 src/auth/AxiosJwtAuthService.js',
    gh('openedx/frontend-platform', FRONTEND_PLATFORM_REF, 'src/auth/AxiosJwtAuthService.js'),
  ),
  frontendTokenService: src(
    'frontend-platform 8.7.1 src/auth/AxiosJwtTokenService.js',
    gh('openedx/frontend-platform', FRONTEND_PLATFORM_REF, 'src/auth/AxiosJwtTokenService.js'),
  ),
  frontendAdr0005: src(
    'frontend-platform 8.7.1 ADR 0005: token null after successful refresh',
    gh(
      'openedx/frontend-platform',
      FRONTEND_PLATFORM_REF,
      'docs/decisions/0005-token-null-after-successful-refresh.rst',
    ),
  ),
  notesPermissions: src(
    'edx-notes-api notesapi/v1/permissions.py (commit 95eceea)',
    gh('openedx/edx-notes-api', NOTES_API_REF, 'notesapi/v1/permissions.py'),
  ),
  proctoringRest: src(
    'edx-proctoring 5.2.0 backends/rest.py (vendor instructor-dashboard JWT)',
    gh('openedx/edx-proctoring', PROCTORING_REF, 'edx_proctoring/backends/rest.py'),
  ),
  credentialsSettings: src(
    'credentials credentials/settings/base.py (commit 00a11e4)',
    gh('openedx/credentials', CREDENTIALS_REF, 'credentials/settings/base.py'),
  ),
  djangoUtilsCache: src(
    'edx-django-utils 8.0.1 cache/utils.py (TieredCache)',
    gh('openedx/edx-django-utils', DJANGO_UTILS_REF, 'edx_django_utils/cache/utils.py'),
  ),
  edxRbacUtils: src(
    'edx-rbac 2.1.0 edx_rbac/utils.py, create_role_auth_claim_for_user',
    gh('openedx/edx-rbac', RBAC_REF, 'edx_rbac/utils.py'),
  ),
  drfJwtSettings: src(
    'drf-jwt 1.17.3 src/rest_framework_jwt/settings.py (newest public tag; services run 1.19.2)',
    gh(
      'Styria-Digital/django-rest-framework-jwt',
      DRF_JWT_REF,
      'src/rest_framework_jwt/settings.py',
    ),
  ),
  drfJwtAuthentication: src(
    'drf-jwt 1.17.3 src/rest_framework_jwt/authentication.py (newest public tag; services run 1.19.2)',
    gh(
      'Styria-Digital/django-rest-framework-jwt',
      DRF_JWT_REF,
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
  oep10: src(
    'OEP-10 Open edX Releases (open-edx-proposals commit 1bd829a)',
    gh('openedx/open-edx-proposals', OEPS_REF, 'oeps/processes/oep-0010-proc-openedx-releases.rst'),
  ),
  oep19: src(
    'OEP-19 Developer Documentation, ADRs (open-edx-proposals commit 1bd829a)',
    gh(
      'openedx/open-edx-proposals',
      OEPS_REF,
      'oeps/best-practices/oep-0019-bp-developer-documentation.rst',
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
  rfc2104: src('RFC 2104: HMAC', rfc(2104)),
  drfAuthenticationGuide: src(
    'Django REST framework API guide: Authentication',
    'https://www.django-rest-framework.org/api-guide/authentication/',
  ),
  oidcStandardClaims: src(
    'OpenID Connect Core 1.0 §5.1: standard claims',
    'https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims',
  ),
} as const;

/**
 * Terms used across the site. `id` is the anchor on /docs/reference/glossary,
 * so other pages can link `glossary.mdx#<id>`. Keep ids stable.
 */
import {S} from './sources';
import type {GlossaryTerm} from './types';

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'adr',
    term: 'ADR',
    matches: ['ADR', 'ADRs'],
    definition:
      'Architecture decision record: a short document that records one technical decision, why it was made and what follows from it. OEP-19 asks each Open edX repository to keep its ADRs in its own `docs` folder, next to the code; the LMS’s decisions about OAuth and JWTs are the `oauth_dispatch` ADRs (ADR 0008, for example, decided that JWTs be signed with asymmetric keys).',
    sources: [S.oep19, S.adr0008],
  },
  {
    id: 'asymmetric-signing',
    term: 'Asymmetric signing',
    matches: ['asymmetric signing'],
    notLinkedOn: ['challenges/symmetric-vs-asymmetric'],
    definition:
      'Signing with a private key (here RSA, `RS512`) that only the LMS holds, while services verify with the matching public key. A verifier cannot mint tokens. OEP-42 and ADR 0008 want all Open edX JWTs signed this way; by default only cookie JWTs, restricted-application JWTs and explicitly requested tokens are, unless the LMS’s `JWT_AUTH_FORCE_CREATE_ASYMMETRIC` toggle is on.',
    sources: [S.adr0008, S.oep42, S.platformJwt],
  },
  {
    id: 'audience',
    term: 'Audience (`aud`)',
    matches: ['audience'],
    notLinkedOn: [
      'challenges/clock-skew-leeway-audience',
      'communication/index',
      'communication/messages',
      'checklists/communication',
    ],
    definition:
      'The registered claim naming who a token is meant for; a recipient that does not find itself in it must reject the token. Open edX writes one shared value (`JWT_AUDIENCE`) into most tokens, so it rarely separates recipients.',
    sources: [S.rfc7519('4.1.3', 'aud'), S.platformJwt],
  },
  {
    id: 'authorization-code-grant',
    term: 'Authorization-code grant',
    matches: ['authorization-code grant', 'authorization code grant'],
    definition:
      'The OAuth 2.0 flow in which a user approves an application in the browser and the application swaps the returned code for tokens; Open edX uses it for SSO and third-party applications.',
    sources: [S.rfc6749('4.1', 'authorization code grant'), S.platformValidators],
  },
  {
    id: 'bearer-token',
    term: 'Bearer token',
    // Capitalised only: in lower case the site means any token its holder can use.
    matches: ['Bearer token', 'Bearer tokens'],
    definition:
      'An opaque random access token sent as `Authorization: Bearer …` and checked by asking the LMS. Deprecated in Open edX in favour of JWTs sent as `Authorization: JWT …`.',
    sources: [S.oep42, S.issue284],
  },
  {
    id: 'client-credentials-grant',
    term: 'Client-credentials grant',
    matches: ['client-credentials grant', 'client credentials grant'],
    definition:
      'The OAuth 2.0 flow a service uses to get a token for itself with its client id and secret, with no user involved. The LMS ties the token to the application’s owner user; services fetch such JWTs through `OAuthAPIClient` and reuse each until just before it expires.',
    sources: [S.rfc6749('4.4', 'client credentials grant'), S.platformValidators, S.restClient],
  },
  {
    id: 'custom-attribute',
    term: 'Custom attribute',
    matches: ['custom attribute', 'custom attributes'],
    definition:
      'A name/value pair that Open edX code attaches to the monitoring record of the current request (for example `jwt_auth_result`), so dashboards can count and filter requests by it.',
    sources: [S.authentication],
  },
  {
    id: 'depr',
    term: 'DEPR',
    matches: ['DEPR'],
    notLinkedOn: ['communication/deprecation'],
    definition:
      'The Open edX deprecation-and-removal process (OEP-21) and the GitHub ticket that tracks one deprecation through its stages, from announcement to removal.',
    sources: [S.oep21],
  },
  {
    id: 'dop',
    term: 'DOP',
    matches: ['DOP'],
    definition:
      'django-oauth2-provider, the OAuth2 library Open edX used before DOT; it was removed completely by the Juniper release.',
    sources: [S.oep42],
  },
  {
    id: 'dot',
    term: 'DOT',
    matches: ['DOT', 'Django OAuth Toolkit'],
    definition:
      'Django OAuth Toolkit, the OAuth 2.0 provider library the LMS runs inside its `oauth_dispatch` app to issue tokens.',
    sources: [S.oep42],
  },
  {
    id: 'drf',
    term: 'DRF',
    matches: ['DRF', 'Django REST Framework', 'Django REST framework'],
    definition:
      'Django REST Framework: the library Open edX services build their REST APIs with. A DRF view tries each of its authentication classes in turn; `JwtAuthentication` from edx-drf-extensions is the class that accepts JWTs.',
    sources: [S.drfAuthenticationGuide, S.authentication],
  },
  {
    id: 'edx-drf-extensions',
    term: 'edx-drf-extensions',
    matches: ['edx-drf-extensions'],
    definition:
      'The shared Django REST Framework library every Open edX service uses to authenticate JWTs (`JwtAuthentication`, the decoder, the JWT cookie middleware) and to enforce scopes and filters.',
    sources: [S.authentication, S.decoder],
  },
  {
    id: 'filter',
    term: 'Filter',
    definition:
      'An Open edX-specific restriction of the form `type:value` carried in the `filters` claim. Filters such as `content_org:<org>` are configured on an OAuth application; `user:me` is added by the LMS to the tokens of every application that does not use the client-credentials grant. Permission classes compare them with the requested resource.',
    sources: [S.adr0011Filters, S.platformDotAdapter, S.permissions],
  },
  {
    id: 'forgiving-jwt-cookies',
    term: 'Forgiving JWT cookies',
    matches: ['forgiving JWT cookies', 'forgiving JWT cookie'],
    definition:
      'edx-drf-extensions behaviour (default since 10.0.0) where a failed or expired JWT cookie does not fail the request outright, so the next authentication class, usually the session, can still succeed. It replaced the `USE-JWT-COOKIE` request header.',
    sources: [S.drfExtAdr0002, S.drfExtChangelog],
  },
  {
    id: 'hmac',
    term: 'HMAC',
    matches: ['HMAC'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'Hash-based message authentication code: a tag computed from a message and a secret key with a hash function; `HS256` is HMAC with SHA-256. The key that checks a tag is the key that makes one, so every service able to verify an HMAC-signed JWT can also mint one (the problem ADR 0008 describes).',
    sources: [S.rfc2104, S.rfc7518, S.adr0008],
  },
  {
    id: 'ida',
    term: 'IDA',
    matches: ['IDA', 'IDAs'],
    definition:
      'Independently deployable application: OEP-42’s name for each separately deployed application of an Open edX installation, such as the LMS with Studio, ecommerce, credentials or Insights.',
    sources: [S.oep42],
  },
  {
    id: 'issuer',
    term: 'Issuer (`iss`)',
    matches: ['issuer', 'issuers'],
    notLinkedOn: ['challenges/multiple-issuers'],
    definition:
      'The registered claim naming who created the token. In Open edX the only legitimate issuer is the LMS, identified by `JWT_ISSUER`; services list the issuers they trust in `JWT_ISSUERS`.',
    sources: [S.rfc7519('4.1.1', 'iss'), S.adr0008],
  },
  {
    id: 'jwe',
    term: 'JWE',
    matches: ['JWE'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'JSON Web Encryption: the JOSE format for encrypted content. Open edX does not use it; its JWTs are signed but deliberately left readable so clients can use the user data inside.',
    sources: [S.rfc7516, S.adr0003],
  },
  {
    id: 'jwk',
    term: 'JWK',
    matches: ['JWK', 'JWKs'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'JSON Web Key: a key written as a JSON object with a required `kty` (key type) and optional members such as `kid`, `alg` and `use`. RSA public keys carry `n` and `e`; private keys add `d`, `p`, `q` and more.',
    sources: [S.rfc7517('4', 'JWK format')],
  },
  {
    id: 'jwks',
    term: 'JWKS (JWK Set)',
    matches: ['JWKS', 'JWK Set', 'JWK set', 'JWK Sets'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'A JSON object whose `keys` member lists JWKs. Open edX services receive the LMS’s public keys as a JWK Set in `JWT_PUBLIC_SIGNING_JWK_SET`, through configuration rather than a URL.',
    sources: [S.rfc7517('5', 'JWK Set'), S.decoder],
  },
  {
    id: 'jws',
    term: 'JWS',
    matches: ['JWS'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'JSON Web Signature: the format of a signed JWT. The compact form is three base64url parts, header, payload and signature, joined by dots; the signature covers the first two parts exactly as sent.',
    sources: [S.rfc7515('7.1', 'compact serialization')],
  },
  {
    id: 'jwt',
    term: 'JWT',
    matches: ['JWT', 'JWTs'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'JSON Web Token: a compact set of claims, signed (as a JWS) or encrypted. Open edX uses signed JWTs as OAuth access tokens, in login cookies for MFEs, and for some service-to-service calls.',
    sources: [S.rfc7519('1', 'introduction'), S.adr0003],
  },
  {
    id: 'jwt-cookie',
    term: 'JWT cookie',
    matches: ['JWT cookie', 'JWT cookies'],
    definition:
      'The login JWT the LMS splits into two cookies: a header-and-payload cookie MFE JavaScript can read, and an HttpOnly signature cookie. Services glue them back together in middleware before authenticating.',
    sources: [S.adr0009, S.platformCookies, S.jwtMiddleware],
  },
  {
    id: 'kid',
    term: 'Key id (`kid`)',
    matches: ['key id', 'key ids'],
    notLinkedOn: ['challenges/key-rotation'],
    definition:
      'A label for one key, present in a JWK and optionally in a token header, so a verifier can pick the right key during rotation. The standard Open edX decoder does not use it.',
    sources: [S.rfc7515('4.1.4', 'kid'), S.decoder],
  },
  {
    id: 'leeway',
    term: 'Leeway',
    matches: ['leeway'],
    notLinkedOn: ['challenges/clock-skew-leeway-audience'],
    definition:
      'A small tolerance a verifier allows when comparing time claims, to absorb clock differences between servers (RFC 7519 suggests no more than a few minutes). In Open edX `JWT_LEEWAY` applies only to the `exp` check of the decoder’s later claims pass, not to its signature pass.',
    sources: [S.rfc7519('4.1.4', 'exp'), S.decoder],
  },
  {
    id: 'lms',
    term: 'LMS',
    matches: ['LMS'],
    definition:
      'The Open edX learning management system (openedx-platform). For authentication it is the single identity provider and OAuth authorization server for all other services.',
    sources: [S.oep42],
  },
  {
    id: 'mfe',
    term: 'MFE',
    matches: ['MFE', 'MFEs', 'micro-frontend', 'micro-frontends'],
    definition:
      'Micro-frontend: a separately deployed single-page React app (built on frontend-platform) that calls Open edX APIs with the JWT cookie.',
    sources: [S.oep42, S.frontendAuthService],
  },
  {
    id: 'mint',
    term: 'Mint',
    matches: ['mint', 'mints', 'minted', 'minting'],
    definition:
      'To create and sign a new token. OEP-42 makes the LMS the only issuer of Open edX tokens, but anyone who holds a signing key can mint JWTs that services accept: with the shared `HS256` secret that is every service that verifies such tokens, with an RSA key pair only the LMS.',
    sources: [S.oep42, S.adr0008, S.platformJwt],
  },
  {
    id: 'named-release',
    term: 'Named release',
    matches: ['named release', 'named releases'],
    notLinkedOn: ['communication/deprecation'],
    definition:
      'The community Open edX release line, created roughly every six months and named with words in alphabetical order (Juniper, …, Quince, …); deprecations aim to align their removals with it.',
    sources: [S.oep10, S.oep21],
  },
  {
    id: 'numericdate',
    term: 'NumericDate',
    matches: ['NumericDate'],
    notLinkedOn: ['background/jwt-primer'],
    definition:
      'The JWT time format: seconds since 1970-01-01T00:00:00Z UTC, ignoring leap seconds. `exp`, `nbf` and `iat` use it.',
    sources: [S.rfc7519('2', 'terminology')],
  },
  {
    id: 'oauth2',
    term: 'OAuth 2.0',
    matches: ['OAuth 2.0', 'OAuth2', 'OAuth'],
    definition:
      'The authorization framework in which clients obtain access tokens from an authorization server; in Open edX that server is the LMS, and its access tokens are JWTs.',
    sources: [S.rfc6749('1', 'introduction'), S.oep42],
  },
  {
    id: 'oauth-dispatch',
    term: 'oauth_dispatch',
    matches: ['oauth_dispatch'],
    definition:
      'The LMS Django app that wraps DOT, issues OAuth tokens and JWTs (`jwt.py`), and holds the authentication ADRs.',
    sources: [S.platformJwt, S.oep42],
  },
  {
    id: 'oep',
    term: 'OEP',
    matches: ['OEP', 'OEPs'],
    definition:
      'Open edX Proposal: a community document that records a process, a best practice or an architectural decision. OEP-42 covers authentication and OEP-21 deprecation.',
    sources: [S.oep42, S.oep21],
  },
  {
    id: 'oidc',
    term: 'OIDC',
    matches: ['OIDC', 'OpenID Connect'],
    definition:
      'OpenID Connect, an identity layer on OAuth 2.0. Open edX dropped it (ADR 0003) but still uses some of its standard claim names, such as `preferred_username` and `email_verified`.',
    sources: [S.adr0003, S.oidcStandardClaims],
  },
  {
    id: 'password-grant',
    term: 'Password grant',
    matches: ['password grant'],
    definition:
      'The OAuth 2.0 flow in which a client exchanges a user’s username and password for tokens directly; Open edX mobile apps use it, and its JWTs always carry `user_id`.',
    sources: [S.rfc6749('4.3', 'resource owner password credentials grant'), S.adr0015],
  },
  {
    id: 'restricted-application',
    term: 'Restricted application',
    matches: ['restricted application', 'restricted applications'],
    definition:
      'A DOT application flagged as restricted, typically an external SSO client. Its JWTs carry `is_restricted: true`, are always signed asymmetrically, and are refused by APIs that do not explicitly allow them.',
    sources: [S.adr0005, S.platformModels, S.permissions],
  },
  {
    id: 'scope',
    term: 'Scope',
    matches: ['scope', 'scopes'],
    notLinkedOn: ['challenges/scope-enforcement'],
    definition:
      'A named permission an OAuth application asks for (e.g. `email`, `profile`, `user_id`, `grades:read`). In Open edX the granted scopes go into the `scopes` claim, decide which user claims are included, and are checked by `JwtHasScope`.',
    sources: [S.rfc6749('3.3', 'access token scope'), S.permissions, S.platformJwt],
  },
  {
    id: 'service-user',
    term: 'Service user',
    matches: ['service user', 'service users'],
    definition:
      'A user account that stands for a service rather than a person and owns that service’s OAuth application in the LMS. When the application gets a token with the client-credentials grant, the LMS saves the token against this owner, so the JWT’s `preferred_username` and user claims describe the service user; a service that accepts the token finds or creates a local user of that name.',
    sources: [S.platformValidators, S.platformJwt, S.authentication],
  },
  {
    id: 'setting-toggle',
    term: 'Setting toggle',
    matches: ['setting toggle', 'setting toggles'],
    definition:
      'An Open edX feature toggle backed by a Django setting (e.g. `JWT_AUTH_FORCE_CREATE_ASYMMETRIC`); changing it needs a configuration deploy. Temporary toggles carry a target removal date.',
    sources: [S.platformJwt, S.oep21],
  },
  {
    id: 'sso',
    term: 'SSO',
    matches: ['SSO', 'single sign-on'],
    definition:
      'Single sign-on: one login that many applications accept. OEP-42 makes the LMS the single sign-on provider for the other IDAs: people log in at the LMS, and the IDAs learn who they are through OAuth 2.0 (the `EdXOAuth2` backend of auth-backends) or, for micro-frontends, through the JWT cookie.',
    sources: [S.oep42],
  },
  {
    id: 'symmetric-signing',
    term: 'Symmetric signing',
    matches: ['symmetric signing'],
    notLinkedOn: ['challenges/symmetric-vs-asymmetric'],
    definition:
      'Signing with a shared secret (HMAC, `HS256`). Anyone who can verify can also mint tokens, which is why Open edX deprecated it (public-engineering#83); the LMS still signs many tokens this way by default.',
    sources: [S.adr0008, S.platformJwt, S.pr32045, S.issue333],
  },
  {
    id: 'tieredcache',
    term: '`TieredCache`',
    matches: ['TieredCache'],
    notLinkedOn: ['challenges/cached-client-credentials'],
    definition:
      "The two-level cache of edx-django-utils: a per-request, in-memory cache in front of the Django cache (`CACHES['default']`, usually memcached). edx-rest-api-client keeps each client-credentials JWT there under a key made of the token type, grant type, client id and token URL, for the token’s lifetime minus 5 seconds, so all processes that share the Django cache reuse one token until just before it expires.",
    sources: [S.djangoUtilsCache, S.restClient],
  },
  {
    id: 'waffle-switch',
    term: 'Waffle switch',
    matches: ['waffle switch', 'waffle switches'],
    definition:
      'An on/off toggle stored in the database (django-waffle), flipped at runtime without a deploy, e.g. `oauth_dispatch.disable_jwt_for_mobile`.',
    sources: [S.platformToggles],
  },
];

/** Looks up a glossary term by its id. */
export function findGlossaryTerm(id: string): GlossaryTerm | undefined {
  return glossary.find((term) => term.id === id);
}

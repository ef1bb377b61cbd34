/**
 * Table tests of the Open edX service model. Each test names the rule it checks and where the
 * rule comes from (file in openedx/edx-drf-extensions at v10.7.0 or jpadilla/pyjwt). Where PyJWT
 * versions differ, the model follows PyJWT 2.6.0, the version the fact sheet reproduces the
 * decoder with (§8.11), and the test name says so.
 */
import {
  CompactSign,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';
import {findMonitoringAttribute} from '../../../data/monitoringAttributes';
import {b64u, NOW, NOW_SECONDS, openEdxClaims} from '@site/test/fixtures/tokens';
import {inspectText} from '../inspect';
import {checkClaims} from './claims';
import {DEFAULT_SERVICE_SETTINGS, simulateService, UNSAFE_CONFIGURATION} from './simulate';
import {DECODER_ATTRIBUTES, type ServiceSettings, type Simulation} from './types';

const DECODER = 'edx-drf-extensions decoder.py';
const KEYSET = `${DECODER} verify_jwk_signature_using_keyset`;
const SIG_PASS = `${DECODER} _verify_jwt_signature`;
const CLAIMS_PASS = `${DECODER} _decode_and_verify_token`;
const DEFAULTS = `${DECODER} _set_token_defaults`;
const LOAD_KEYS = `${DECODER} get_verification_jwk_key_set`;
const PYJWT = 'pyjwt api_jwt.py _validate_claims (2.6+)';
const PYJWS = 'pyjwt api_jws.py _verify_signature (alg checked before the signature, claims after)';
const NO_SIG_OPTIONS = 'pyjwt api_jwt.py decode_complete (verify_signature False: iat, nbf off)';
const AUTHN = 'edx-drf-extensions authentication.py _deepest_jwt_exception (jwt_auth_failed)';
const PYJWK = 'pyjwt 2.6.0 api_jwk.py PyJWK/PyJWKSet';
const ISSUERS = 'edx-drf-extensions settings.py get_jwt_issuers';

const SECRET = 'first-issuer-secret-at-least-32-bytes!';
const FIRST_ISS = 'http://127.0.0.1:8000/oauth2';
const LATER_ISS = 'https://lms.example.com/oauth2';

type Alg = 'RS256' | 'RS512' | 'ES256' | 'PS256';
const keys: Partial<Record<Alg | 'other', {privateKey: CryptoKey; publicJwk: JWK}>> = {};

beforeAll(async () => {
  for (const alg of ['RS256', 'ES256', 'PS256'] as const) {
    const pair = await generateKeyPair(alg, {extractable: true});
    keys[alg] = {privateKey: pair.privateKey, publicJwk: await exportJWK(pair.publicKey)};
  }
  // The same RSA key signing RS512: the decoder accepts both algorithms for one RSA key.
  const rsa = keys.RS256;
  if (rsa) {
    const privateJwk = await exportJWK(rsa.privateKey);
    const privateKey = (await importJWK(privateJwk, 'RS512')) as CryptoKey;
    keys.RS512 = {privateKey, publicJwk: rsa.publicJwk};
  }
  const other = await generateKeyPair('RS256', {extractable: true});
  keys.other = {privateKey: other.privateKey, publicJwk: await exportJWK(other.publicKey)};
});

function jwks(...entries: JWK[]): string {
  return JSON.stringify({keys: entries});
}

function pub(name: Alg | 'other', kid?: string): JWK {
  const key = keys[name];
  if (!key) throw new Error(`no key ${name}`);
  return {...key.publicJwk, ...(kid ? {kid} : {})};
}

async function signAsym(
  alg: Alg,
  claims: JWTPayload = openEdxClaims(),
  name: Alg | 'other' = alg,
  header: Record<string, unknown> = {},
): Promise<string> {
  const key = keys[name];
  if (!key) throw new Error(`no key ${name}`);
  return new SignJWT(claims).setProtectedHeader({alg, typ: 'JWT', ...header}).sign(key.privateKey);
}

async function signSecret(
  claims: JWTPayload = openEdxClaims(),
  alg: 'HS256' | 'HS512' = 'HS256',
  secret = SECRET,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({alg, typ: 'JWT'})
    .sign(new TextEncoder().encode(secret));
}

function settings(overrides: Partial<ServiceSettings> = {}): ServiceSettings {
  return {
    ...DEFAULT_SERVICE_SETTINGS,
    issuers: [
      {issuer: FIRST_ISS, audience: 'change-me', secretKey: SECRET},
      {issuer: LATER_ISS, audience: 'other-aud', secretKey: 'later-secret-never-used-by-decoder'},
    ],
    publicJwkSet: jwks(pub('RS256')),
    ...overrides,
  };
}

async function run(
  token: string,
  overrides: Partial<ServiceSettings> = {},
  now = NOW,
  asymmetricOnly = false,
): Promise<Simulation> {
  return simulateService(inspectText(token), settings(overrides), {now, asymmetricOnly});
}

function attr(simulation: Simulation, name: string): unknown {
  return simulation.attributes.find((entry) => entry.name === name)?.value;
}

interface Row {
  readonly rule: string;
  readonly source: string;
  readonly token: () => Promise<string>;
  readonly settings?: Partial<ServiceSettings> | (() => Partial<ServiceSettings>);
  readonly now?: Date;
  readonly asymmetricOnly?: boolean;
  readonly outcome: Simulation['outcome'];
  readonly code?: string;
  /** The real reason (`cause.error`). */
  readonly error?: string;
  /** What the service reports in `jwt_auth_failed` (`reported.error`). */
  readonly reported?: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly reason?: RegExp;
}

const at = (offsetSeconds: number) => new Date(NOW.getTime() + offsetSeconds * 1000);

const rows: Row[] = [
  {
    rule: 'an RS256 token verifies in the asymmetric pass',
    source: SIG_PASS,
    token: () => signAsym('RS256'),
    outcome: 'accepted',
    attributes: {
      jwt_auth_check_symmetric_key: true,
      jwt_auth_verify_asymmetric_keys_count: 1,
      jwt_auth_asymmetric_verified: true,
      jwt_auth_issuer: FIRST_ISS,
      jwt_auth_issuer_verification: 'matches-first-issuer',
    },
  },
  {
    rule: 'RSA keys accept RS512 too',
    source: KEYSET,
    token: () => signAsym('RS512'),
    outcome: 'accepted',
    attributes: {jwt_auth_asymmetric_verified: true},
  },
  {
    rule: 'RSA keys do not accept PS256',
    source: KEYSET,
    token: () => signAsym('PS256'),
    settings: () => ({publicJwkSet: jwks(pub('PS256'))}),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'InvalidAlgorithmError',
    attributes: {jwt_auth_verification_failed: true, jwt_auth_verify_all_keys_count: 2},
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'EC keys load but are never used (no algorithms for their key type)',
    source: `${KEYSET}; ${PYJWK}`,
    token: () => signAsym('ES256'),
    settings: () => ({publicJwkSet: jwks(pub('ES256'))}),
    outcome: 'rejected',
    code: 'signature-not-verified',
    attributes: {jwt_auth_verify_asymmetric_keys_count: 1, jwt_auth_verification_failed: true},
  },
  {
    rule: 'a "use": "enc" entry is still loaded and tried (PyJWT never reads use)',
    source: `${PYJWK}; ${KEYSET}`,
    token: () => signAsym('RS256'),
    settings: () => ({
      publicJwkSet: jwks({...pub('other'), use: 'enc'}, {...pub('RS256'), use: 'enc'}),
    }),
    outcome: 'accepted',
    attributes: {jwt_auth_verify_asymmetric_keys_count: 2, jwt_auth_asymmetric_verified: true},
  },
  {
    rule: 'an RSA entry with "alg": "PS256" still verifies RS256 tokens (kty decides the algorithms)',
    source: `${PYJWK}; ${KEYSET}`,
    token: () => signAsym('RS256'),
    settings: () => ({publicJwkSet: jwks({...pub('RS256'), alg: 'PS256', key_ops: ['verify']})}),
    outcome: 'accepted',
    attributes: {jwt_auth_asymmetric_verified: true},
  },
  {
    rule: 'an entry whose alg PyJWT does not know is skipped and not counted (PyJWT 2.6.0)',
    source: PYJWK,
    token: () => signAsym('RS256'),
    settings: () => ({publicJwkSet: jwks({...pub('other'), alg: 'RSA-OAEP'}, pub('RS256'))}),
    outcome: 'accepted',
    attributes: {jwt_auth_verify_asymmetric_keys_count: 1, jwt_auth_asymmetric_verified: true},
  },
  {
    rule: 'a set whose every entry names an unknown alg fails to load: PyJWKSetError (PyJWT 2.6.0)',
    source: `${LOAD_KEYS}; ${PYJWK}`,
    token: () => signAsym('RS256'),
    settings: () => ({publicJwkSet: jwks({...pub('RS256'), alg: 'RSA-OAEP-256'})}),
    outcome: 'rejected',
    code: 'jwk-set-unusable',
    error: 'PyJWKSetError',
  },
  {
    rule: 'an EC entry on an unsupported curve stops the whole set loading: InvalidKeyError (PyJWT 2.6.0; 2.7.0+ skips it)',
    source: `${LOAD_KEYS}; ${PYJWK}`,
    token: () => signAsym('RS256'),
    settings: () => ({
      publicJwkSet: jwks({kty: 'EC', crv: 'P-192', x: 'AAAA', y: 'AAAA'}, pub('RS256')),
    }),
    outcome: 'rejected',
    code: 'jwk-set-unusable',
    error: 'InvalidKeyError',
    attributes: {
      jwt_auth_check_symmetric_key: true,
      jwt_auth_verify_asymmetric_keys_count: undefined,
    },
  },
  {
    rule: 'an entry with an unknown kty but an alg PyJWT does not know is skipped (PyJWT 2.6.0 looks up alg first)',
    source: PYJWK,
    token: () => signAsym('RS256'),
    settings: () => ({publicJwkSet: jwks(pub('RS256'), {kty: 'AKP', alg: 'ML-DSA-44'})}),
    outcome: 'accepted',
    attributes: {jwt_auth_verify_asymmetric_keys_count: 1},
  },
  {
    rule: 'an entry with an unknown kty and no alg stops the whole set loading: InvalidKeyError (PyJWT 2.6.0; 2.7.0+ skips it)',
    source: `${LOAD_KEYS}; ${PYJWK}`,
    token: () => signAsym('RS256'),
    settings: () => ({publicJwkSet: jwks(pub('RS256'), {kty: 'AKP'})}),
    outcome: 'rejected',
    code: 'jwk-set-unusable',
    error: 'InvalidKeyError',
  },
  {
    rule: 'a JWK Set given as a mapping, not a JSON string, makes json.loads raise TypeError before any verification',
    source: `${LOAD_KEYS} (PyJWKSet.from_json)`,
    token: () => signAsym('RS256'),
    settings: () => ({publicJwkSet: jwks(pub('RS256')), publicJwkSetType: 'dict'}),
    outcome: 'rejected',
    code: 'jwk-set-unusable',
    error: 'TypeError',
    attributes: {
      jwt_auth_check_symmetric_key: true,
      jwt_auth_verify_asymmetric_keys_count: undefined,
    },
  },
  {
    rule: 'public keys are tried in order and kid is ignored',
    source: KEYSET,
    token: () => signAsym('RS256', openEdxClaims(), 'RS256', {kid: 'does-not-exist'}),
    settings: () => ({publicJwkSet: jwks(pub('other', 'old'), pub('RS256', 'new'))}),
    outcome: 'accepted',
    attributes: {jwt_auth_verify_asymmetric_keys_count: 2, jwt_auth_asymmetric_verified: true},
  },
  {
    rule: 'a symmetric HS256 token fails the asymmetric pass, then verifies in the fallback',
    source: SIG_PASS,
    token: () => signSecret(),
    outcome: 'accepted',
    attributes: {
      jwt_auth_verify_asymmetric_keys_count: 1,
      jwt_auth_verify_all_keys_count: 2,
      jwt_auth_symmetric_verified: true,
      jwt_auth_asymmetric_verified: undefined,
    },
  },
  {
    rule: 'oct keys accept only HS256 (HS512 rejected)',
    source: KEYSET,
    token: () => signSecret(openEdxClaims(), 'HS512'),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'InvalidAlgorithmError',
    attributes: {jwt_auth_verification_failed: true},
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'only the first issuer secret is used (later secrets never)',
    source: `${SIG_PASS}; ${DECODER} get_first_jwt_issuer`,
    token: () => signSecret(openEdxClaims(), 'HS256', 'later-secret-never-used-by-decoder'),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'InvalidSignatureError',
    reported: 'InvalidSignatureError',
  },
  {
    rule: 'the mobile session exchange (asymmetric-only) never tries the secret',
    source: `${DECODER} get_asymmetric_only_jwt_decode_handler`,
    token: () => signSecret(),
    asymmetricOnly: true,
    outcome: 'rejected',
    code: 'signature-not-verified',
    attributes: {
      jwt_auth_check_symmetric_key: false,
      jwt_auth_verify_all_keys_count: 1,
      jwt_auth_verification_failed: true,
    },
  },
  {
    rule: 'the asymmetric-only decoder accepts an RS512 token',
    source: `${DECODER} get_asymmetric_only_jwt_decode_handler`,
    token: () => signAsym('RS512'),
    asymmetricOnly: true,
    outcome: 'accepted',
    attributes: {jwt_auth_check_symmetric_key: false, jwt_auth_asymmetric_verified: true},
  },
  {
    rule: 'zero leeway in the signature passes: iat one second ahead fails, JWT_LEEWAY does not help',
    source: `${SIG_PASS}; ${PYJWT}`,
    token: () => signAsym('RS256', openEdxClaims({iat: NOW_SECONDS + 1})),
    settings: {leeway: 60},
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'ImmatureSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'zero leeway in the signature passes: a just-expired token fails despite JWT_LEEWAY',
    source: `${SIG_PASS}; ${PYJWT}`,
    token: () => signAsym('RS256', openEdxClaims({exp: NOW_SECONDS})),
    settings: {leeway: 60},
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'JWT_VERIFY_EXPIRATION false does not let an expired token through the signature passes',
    source: `${KEYSET} (verify_exp=True)`,
    token: () => signAsym('RS256', openEdxClaims({exp: NOW_SECONDS - 10})),
    settings: {verifyExpiration: false},
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'evaluated one hour later the same token is expired',
    source: PYJWT,
    token: () => signAsym('RS256'),
    now: at(3600),
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'audience is checked whenever the first issuer has one, even with JWT_VERIFY_AUDIENCE false',
    source: `${KEYSET} (verify_aud=bool(aud))`,
    token: () => signAsym('RS256', openEdxClaims({aud: 'another-service'})),
    settings: {verifyAudience: false},
    outcome: 'rejected',
    error: 'InvalidAudienceError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: "only the first issuer's audience is used",
    source: SIG_PASS,
    token: () => signAsym('RS256', openEdxClaims({aud: 'other-aud'})),
    outcome: 'rejected',
    error: 'InvalidAudienceError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'a token without aud fails when the first issuer has an audience',
    source: PYJWT,
    token: () => signAsym('RS256', openEdxClaims({aud: undefined})),
    outcome: 'rejected',
    error: 'MissingRequiredClaimError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'aud is skipped in every pass when AUDIENCE is empty and JWT_VERIFY_AUDIENCE false',
    source: `${KEYSET}; ${CLAIMS_PASS}`,
    token: () => signAsym('RS256', openEdxClaims({aud: 'anything'})),
    settings: {
      issuers: [{issuer: FIRST_ISS, audience: null, secretKey: SECRET}],
      verifyAudience: false,
    },
    outcome: 'accepted',
  },
  {
    rule: 'with AUDIENCE None and JWT_VERIFY_AUDIENCE true, a token with aud fails the claims pass',
    source: `${CLAIMS_PASS}; pyjwt _validate_aud`,
    token: () => signAsym('RS256', openEdxClaims({aud: 'anything'})),
    settings: {issuers: [{issuer: FIRST_ISS, audience: null, secretKey: SECRET}]},
    outcome: 'rejected',
    code: 'claims-invalid',
    error: 'InvalidAudienceError',
    reported: 'InvalidAudienceError',
  },
  {
    rule: 'the claims pass requires iat',
    source: `${CLAIMS_PASS} (require exp, iat)`,
    token: () => signAsym('RS256', openEdxClaims({iat: undefined})),
    outcome: 'rejected',
    code: 'claims-invalid',
    error: 'MissingRequiredClaimError',
    reported: 'MissingRequiredClaimError',
  },
  {
    rule: 'the claims pass requires exp',
    source: `${CLAIMS_PASS} (require exp, iat)`,
    token: () => signAsym('RS256', openEdxClaims({exp: undefined})),
    outcome: 'rejected',
    code: 'claims-invalid',
    error: 'MissingRequiredClaimError',
    reported: 'MissingRequiredClaimError',
  },
  {
    rule: 'the issuer may match a later entry (matches-later-issuer)',
    source: CLAIMS_PASS,
    token: () => signAsym('RS256', openEdxClaims({iss: LATER_ISS})),
    outcome: 'accepted',
    attributes: {jwt_auth_issuer: LATER_ISS, jwt_auth_issuer_verification: 'matches-later-issuer'},
  },
  {
    rule: 'an issuer matching no entry is rejected (no-match)',
    source: CLAIMS_PASS,
    token: () => signAsym('RS256', openEdxClaims({iss: 'https://evil.example.com'})),
    outcome: 'rejected',
    code: 'issuer-no-match',
    attributes: {jwt_auth_issuer_verification: 'no-match'},
    reported: 'InvalidTokenError',
  },
  {
    rule: 'a missing version counts as 1.0.0 and is accepted',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: undefined})),
    outcome: 'accepted',
  },
  {
    rule: 'a higher minor version is accepted',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: '1.9.0'})),
    outcome: 'accepted',
  },
  {
    rule: 'only a higher major version is rejected',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: '2.0.0'})),
    outcome: 'rejected',
    code: 'version-unsupported',
  },
  {
    rule: 'JWT_SUPPORTED_VERSION 2.0.0 accepts a 2.x token',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: '2.1.0'})),
    settings: {supportedVersion: '2.0.0'},
    outcome: 'accepted',
  },
  {
    rule: 'a version that is not semantic versioning cannot be read',
    source: `${DEFAULTS} (semantic_version.Version)`,
    token: () => signAsym('RS256', openEdxClaims({version: '1.2'})),
    outcome: 'rejected',
    code: 'version-unreadable',
  },
  {
    rule: 'an empty "keys" list is not the no-keys case: PyJWKSet raises PyJWKSetError while loading, before any verification',
    source: `${LOAD_KEYS} (PyJWKSet.from_json); ${PYJWK} (if not keys: raise, in every 2.x)`,
    token: () => signAsym('RS256'),
    settings: {publicJwkSet: '{"keys": []}'},
    outcome: 'rejected',
    code: 'jwk-set-unusable',
    error: 'PyJWKSetError',
    reported: 'PyJWKSetError',
    attributes: {jwt_auth_verification_failed: undefined},
  },
  {
    rule: 'an empty JWT_ISSUERS falls back to the deprecated settings: with drf-jwt defaults (ISSUER and AUDIENCE None) a token without iss and aud is accepted',
    source: `${ISSUERS} (if jwt_issuers:); _get_deprecated_jwt_issuers`,
    token: () => signAsym('RS256', openEdxClaims({iss: undefined, aud: undefined})),
    settings: {issuers: []},
    outcome: 'accepted',
    attributes: {jwt_auth_issuer: null, jwt_auth_issuer_verification: 'matches-first-issuer'},
  },
  {
    rule: 'an empty JWT_ISSUERS falls back to the deprecated settings: with ISSUER None, a token with an iss matches no issuer',
    source: `${ISSUERS} (if jwt_issuers:); ${CLAIMS_PASS}`,
    token: () => signAsym('RS256', openEdxClaims({aud: undefined})),
    settings: {issuers: []},
    outcome: 'rejected',
    code: 'issuer-no-match',
    attributes: {jwt_auth_issuer: FIRST_ISS, jwt_auth_issuer_verification: 'no-match'},
  },
  {
    rule: 'a malformed token fails both passes',
    source: SIG_PASS,
    token: () => Promise.resolve('not.a.token'),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'DecodeError',
    reported: 'DecodeError',
  },
  // What jwt_auth_failed shows: after failed signature passes, the last key's error.
  {
    rule: 'an expired RS512 token is reported as the secret’s InvalidAlgorithmError when a secret is configured',
    source: `${SIG_PASS}; ${KEYSET} (raise on the last key); ${PYJWS}; ${AUTHN}`,
    token: () => signAsym('RS512', openEdxClaims({exp: NOW_SECONDS - 10})),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'ExpiredSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'an RS512 token with iat in the future is reported as InvalidAlgorithmError when a secret is configured',
    source: `${SIG_PASS}; ${KEYSET}; ${PYJWS}; ${AUTHN}`,
    token: () => signAsym('RS512', openEdxClaims({iat: NOW_SECONDS + 5})),
    outcome: 'rejected',
    error: 'ImmatureSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'an RS512 token with a wrong aud is reported as InvalidAlgorithmError when a secret is configured',
    source: `${SIG_PASS}; ${KEYSET}; ${PYJWS}; ${AUTHN}`,
    token: () => signAsym('RS512', openEdxClaims({aud: 'another-service'})),
    outcome: 'rejected',
    error: 'InvalidAudienceError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'an RS256 token signed by a key the service does not have is reported as InvalidAlgorithmError when a secret is configured',
    source: `${SIG_PASS}; ${KEYSET}; ${AUTHN}`,
    token: () => signAsym('RS256', openEdxClaims(), 'other', {kid: 'unknown'}),
    outcome: 'rejected',
    error: 'InvalidSignatureError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'without a secret, an expired RS512 token checked by one public key is reported as ExpiredSignatureError',
    source: `${SIG_PASS} (secret_key None adds no oct key); ${KEYSET}; ${AUTHN}`,
    token: () => signAsym('RS512', openEdxClaims({exp: NOW_SECONDS - 10})),
    settings: {issuers: [{issuer: FIRST_ISS, audience: 'change-me', secretKey: null}]},
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'ExpiredSignatureError',
    attributes: {jwt_auth_verify_all_keys_count: 1},
  },
  {
    rule: 'without a secret, an expired token signed by the first of two public keys is reported as the second key’s InvalidSignatureError',
    source: `${KEYSET} (raise on the last key); ${AUTHN}`,
    token: () => signAsym('RS256', openEdxClaims({exp: NOW_SECONDS - 10})),
    settings: () => ({
      issuers: [{issuer: FIRST_ISS, audience: 'change-me', secretKey: null}],
      publicJwkSet: jwks(pub('RS256'), pub('other')),
    }),
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'InvalidSignatureError',
  },
  {
    rule: 'the asymmetric-only decoder never adds the secret, so an expired RS512 token is reported as ExpiredSignatureError',
    source: `${DECODER} get_asymmetric_only_jwt_decode_handler; ${KEYSET}; ${AUTHN}`,
    token: () => signAsym('RS512', openEdxClaims({exp: NOW_SECONDS - 10})),
    asymmetricOnly: true,
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'ExpiredSignatureError',
  },
  {
    rule: 'an expired HS256 token is reported as ExpiredSignatureError: the secret is the last key tried',
    source: `${SIG_PASS}; ${KEYSET}; ${AUTHN}`,
    token: () => signSecret(openEdxClaims({exp: NOW_SECONDS - 10})),
    outcome: 'rejected',
    error: 'ExpiredSignatureError',
    reported: 'ExpiredSignatureError',
  },
  {
    rule: 'an HS256 token at a service without a secret is reported as the public key’s InvalidAlgorithmError',
    source: `${SIG_PASS}; ${KEYSET}; ${AUTHN}`,
    token: () => signSecret(),
    settings: {issuers: [{issuer: FIRST_ISS, audience: 'change-me', secretKey: null}]},
    outcome: 'rejected',
    error: 'InvalidAlgorithmError',
    reported: 'InvalidAlgorithmError',
  },
  // The claims pass: verify_signature False, so PyJWT checks neither iat nor nbf there.
  {
    rule: 'the claims pass does not check iat: with a negative JWT_LEEWAY a token issued 5 s ago is still accepted',
    source: `${CLAIMS_PASS}; ${NO_SIG_OPTIONS}`,
    token: () => signAsym('RS256', openEdxClaims({iat: NOW_SECONDS - 5})),
    settings: {leeway: -30},
    outcome: 'accepted',
  },
  {
    rule: 'the claims pass does not check nbf: with a negative JWT_LEEWAY an nbf 5 s ago is still accepted',
    source: `${CLAIMS_PASS}; ${NO_SIG_OPTIONS}`,
    token: () => signAsym('RS256', openEdxClaims({nbf: NOW_SECONDS - 5})),
    settings: {leeway: -30},
    outcome: 'accepted',
  },
  {
    rule: 'the signature passes do check nbf, with zero leeway',
    source: `${KEYSET}; ${PYJWT}`,
    token: () => signAsym('RS256', openEdxClaims({nbf: NOW_SECONDS + 5})),
    settings: {leeway: 60},
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'ImmatureSignatureError',
  },
  {
    rule: 'the claims pass checks exp with JWT_LEEWAY: a negative leeway rejects a token the signature pass let through',
    source: `${CLAIMS_PASS} (verify_exp=JWT_VERIFY_EXPIRATION, leeway=JWT_LEEWAY); ${PYJWT}`,
    token: () => signAsym('RS256', openEdxClaims({exp: NOW_SECONDS + 10})),
    settings: {leeway: -30},
    outcome: 'rejected',
    code: 'claims-invalid',
    error: 'ExpiredSignatureError',
    reported: 'ExpiredSignatureError',
  },
  {
    rule: 'the claims pass skips exp when JWT_VERIFY_EXPIRATION is false',
    source: `${CLAIMS_PASS} (verify_exp=JWT_VERIFY_EXPIRATION)`,
    token: () => signAsym('RS256', openEdxClaims({exp: NOW_SECONDS + 10})),
    settings: {leeway: -30, verifyExpiration: false},
    outcome: 'accepted',
  },
  // Each key's error is the first of PyJWT's checks that fails, in its order.
  {
    rule: 'a header without alg fails each key with InvalidAlgorithmError, not DecodeError',
    source: `${PYJWS} (not alg: InvalidAlgorithmError)`,
    token: () =>
      Promise.resolve(
        `${b64u('{"typ":"JWT"}')}.${b64u(JSON.stringify(openEdxClaims()))}.c2lnbmF0dXJl`,
      ),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'InvalidAlgorithmError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'a signed payload that is not a JSON object fails after the signature: that DecodeError is the real reason',
    source: `${PYJWS}; pyjwt api_jwt.py decode_complete (json.loads after api_jws)`,
    token: async () => {
      const key = keys.RS256;
      if (!key) throw new Error('no key');
      return new CompactSign(new TextEncoder().encode('not json'))
        .setProtectedHeader({alg: 'RS256'})
        .sign(key.privateKey);
    },
    outcome: 'rejected',
    error: 'DecodeError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'a version that is a number, not a string, makes semantic_version raise TypeError',
    source: `${DEFAULTS} (semantic_version.Version regex)`,
    token: () => signAsym('RS256', openEdxClaims({version: 2})),
    outcome: 'rejected',
    code: 'version-unreadable',
    error: 'TypeError',
    reported: 'TypeError',
  },
  {
    rule: 'an empty version makes semantic_version raise ValueError',
    source: `${DEFAULTS} (semantic_version.Version: if not version_string)`,
    token: () => signAsym('RS256', openEdxClaims({version: ''})),
    outcome: 'rejected',
    code: 'version-unreadable',
    error: 'ValueError',
  },
  // No public keys: no outcome, only what to configure.
  {
    rule: 'a missing or empty JWT_PUBLIC_SIGNING_JWK_SET is an unsafe configuration, not a rejection',
    source: `${LOAD_KEYS} (if asymmetric_keys:); ${KEYSET} (loops over no key)`,
    token: () => signAsym('RS256'),
    settings: {publicJwkSet: ''},
    outcome: 'unsafe-configuration',
    attributes: {
      jwt_auth_check_symmetric_key: true,
      jwt_auth_verify_asymmetric_keys_count: 0,
      jwt_auth_verification_failed: undefined,
      jwt_auth_asymmetric_verified: undefined,
    },
  },
  {
    rule: 'no public keys is an unsafe configuration for an HS256 token too, even with the right secret',
    source: `${LOAD_KEYS}; ${SIG_PASS}`,
    token: () => signSecret(),
    settings: {publicJwkSet: ''},
    outcome: 'unsafe-configuration',
  },
  {
    rule: 'no public keys is an unsafe configuration for the asymmetric-only decoder',
    source: `${DECODER} get_asymmetric_only_jwt_decode_handler; ${LOAD_KEYS}`,
    token: () => signAsym('RS512'),
    settings: {publicJwkSet: ''},
    asymmetricOnly: true,
    outcome: 'unsafe-configuration',
    attributes: {jwt_auth_check_symmetric_key: false, jwt_auth_verify_asymmetric_keys_count: 0},
  },
  {
    rule: 'no public keys is an unsafe configuration whatever the token',
    source: LOAD_KEYS,
    token: () => Promise.resolve('not.a.token'),
    settings: {publicJwkSet: ''},
    outcome: 'unsafe-configuration',
  },
];

describe('Open edX service model', () => {
  it.each(rows)('$rule [$source]', async (row) => {
    const simulation = await run(
      await row.token(),
      typeof row.settings === 'function' ? row.settings() : row.settings,
      row.now ?? NOW,
      row.asymmetricOnly ?? false,
    );
    expect(simulation.outcome).toBe(row.outcome);
    if (simulation.outcome === 'rejected') {
      if (row.code) expect(simulation.code).toBe(row.code);
      if (row.error) expect(simulation.cause.error).toBe(row.error);
      if (row.reported) expect(simulation.reported.error).toBe(row.reported);
    }
    for (const [name, value] of Object.entries(row.attributes ?? {})) {
      expect([name, attr(simulation, name)]).toEqual([name, value]);
    }
  });

  it(`missing is_restricted and filters get defaults [${DEFAULTS}]`, async () => {
    const simulation = await run(
      await signAsym(
        'RS256',
        openEdxClaims({is_restricted: undefined, filters: undefined, version: undefined}),
      ),
    );
    expect(simulation).toMatchObject({outcome: 'accepted'});
    expect(simulation.outcome === 'accepted' && simulation.defaultsApplied).toEqual([
      'version = "1.0.0"',
      'is_restricted = false',
      'filters = []',
    ]);
  });

  it(`JWT_LEEWAY applies in the claims pass only [${CLAIMS_PASS}]`, async () => {
    const simulation = await run(await signAsym('RS256'), {leeway: 5});
    const claimsStep = simulation.steps.find((step) => step.id === 'claims-pass');
    expect(claimsStep?.title).toMatch(/JWT_LEEWAY 5 s/);
    const pass = simulation.steps.find((step) => step.id === 'asymmetric-pass');
    expect(pass?.title).toMatch(/zero leeway/);
  });

  it(`the failing pass reports the last key tried [${KEYSET}]`, async () => {
    const simulation = await run(await signSecret(openEdxClaims(), 'HS256', 'wrong-secret'));
    const fallback = simulation.steps.find((step) => step.id === 'symmetric-pass');
    expect(fallback?.attempts?.map((attempt) => attempt.error)).toEqual([
      'InvalidAlgorithmError',
      'InvalidSignatureError',
    ]);
    expect(simulation).toMatchObject({
      outcome: 'rejected',
      reported: {error: 'InvalidSignatureError', key: 'SECRET_KEY of the first issuer (oct)'},
    });
  });

  it(`a failed signature pass keeps what monitoring shows apart from the real reason [${KEYSET}; ${AUTHN}]`, async () => {
    const simulation = await run(await signAsym('RS512', openEdxClaims({exp: NOW_SECONDS - 10})));
    expect(simulation).toMatchObject({
      outcome: 'rejected',
      code: 'signature-not-verified',
      reported: {
        error: 'InvalidAlgorithmError',
        key: 'SECRET_KEY of the first issuer (oct)',
        message: expect.stringMatching(/alg RS512 is not allowed for this key \(only HS256\)/),
      },
      cause: {
        error: 'ExpiredSignatureError',
        key: 'public key 1 (RSA, no kid)',
        message: expect.stringMatching(/^Signature has expired/),
      },
    });
    expect(simulation.reason).toMatch(
      /Closest: public key 1 \(RSA, no kid\), ExpiredSignatureError/,
    );
    const fallback = simulation.steps.find((step) => step.id === 'symmetric-pass');
    expect(fallback?.detail).toMatch(
      /re-raises the error of the last key tried: InvalidAlgorithmError/,
    );
  });

  it(`no public keys: no outcome, the reason and what to configure, and no verification step [${LOAD_KEYS} (if asymmetric_keys:)]`, async () => {
    for (const token of [await signAsym('RS256'), await signSecret()]) {
      const simulation = await run(token, {publicJwkSet: ''});
      expect(simulation).toEqual({
        outcome: 'unsafe-configuration',
        reason: UNSAFE_CONFIGURATION.reason,
        advice: UNSAFE_CONFIGURATION.advice,
        steps: [],
        attributes: [
          {name: 'jwt_auth_check_symmetric_key', value: true},
          {name: 'jwt_auth_verify_asymmetric_keys_count', value: 0},
        ],
        caveats: [],
      });
    }
    expect(UNSAFE_CONFIGURATION.reason).toMatch(/unsupported and unsafe/);
    expect(UNSAFE_CONFIGURATION.advice).toMatch(
      /Configure JWT_PUBLIC_SIGNING_JWK_SET in every service that verifies JWTs/,
    );
  });

  it(`the claims pass runs PyJWT without the iat and nbf checks, the signature passes with them [${CLAIMS_PASS}; ${NO_SIG_OPTIONS}]`, () => {
    const payload = {exp: NOW_SECONDS + 60, iat: NOW_SECONDS + 30, nbf: NOW_SECONDS + 30};
    const base = {now: NOW_SECONDS, leeway: 0, require: ['exp', 'iat'], verifyExp: true};
    const claimsPass = {...base, verifyIat: false, verifyNbf: false, verifyAud: false};
    expect(checkClaims(payload, {...claimsPass, audience: null})).toBeUndefined();
    const signaturePass = {...base, verifyIat: true, verifyNbf: true, verifyAud: false};
    expect(checkClaims(payload, {...signaturePass, audience: null})).toMatchObject({
      error: 'ImmatureSignatureError',
    });
    expect(checkClaims({...payload, iat: NOW_SECONDS}, {...signaturePass, audience: null})).toEqual(
      {error: 'ImmatureSignatureError', message: 'The token is not yet valid (nbf).'},
    );
  });

  it(`a non-string sub or jti is accepted as PyJWT 2.6.0 does, with a caveat that 2.10.0 and later reject it [pyjwt 2.10.0 api_jwt.py _validate_sub, _validate_jti]`, async () => {
    // Numbers where jose's JWTPayload types strings: the decoder sees whatever JSON arrives.
    const odd: Record<string, unknown> = {sub: 42, jti: 7};
    const simulation = await run(await signAsym('RS256', openEdxClaims(odd)));
    expect(simulation.outcome).toBe('accepted');
    expect(simulation.caveats.join(' ')).toMatch(
      /sub and jti are not strings\. .*PyJWT 2\.10\.0 and later reject such a token/,
    );
    const plain = await run(await signAsym('RS256'));
    expect(plain.caveats).toEqual([]);
  });

  it(`an empty JWT_ISSUERS falls back to the deprecated settings, whose default secret (Django's SECRET_KEY) the model cannot know [${ISSUERS} _get_deprecated_jwt_issuers]`, async () => {
    const simulation = await run(await signSecret(), {issuers: []});
    expect(simulation).toMatchObject({outcome: 'rejected', code: 'signature-not-verified'});
    expect(simulation.steps[0]).toMatchObject({id: 'first-issuer', status: 'passed'});
    expect(simulation.steps[0]?.detail).toMatch(/falls back to the deprecated settings/);
    expect(simulation.caveats.join(' ')).toMatch(/Django's SECRET_KEY/);
    expect(attr(simulation, 'jwt_auth_verify_all_keys_count')).toBe(1);
  });

  it(`a failed JWK Set load says the service likely answers with a server error, and which PyJWT versions differ [${LOAD_KEYS}; ${PYJWK}]`, async () => {
    const simulation = await run(await signAsym('RS256'), {
      publicJwkSet: jwks({kty: 'OKP', crv: 'X25519', x: 'AAAA'}, pub('RS256')),
    });
    expect(simulation).toMatchObject({
      outcome: 'rejected',
      code: 'jwk-set-unusable',
      reported: {error: 'InvalidKeyError'},
      cause: {error: 'InvalidKeyError'},
    });
    expect(simulation.reason).toMatch(
      /entry 1 cannot be loaded \(InvalidKeyError: Unsupported crv: X25519\)/,
    );
    expect(simulation.caveats.join(' ')).toMatch(/server error/);
    expect(simulation.caveats.join(' ')).toMatch(/PyJWT 2\.7\.0 and later skip/);
  });

  it(`every attribute the model can record has an entry in the monitoring attributes reference [${DECODER} set_custom_attribute; src/data/monitoringAttributes.ts]`, async () => {
    for (const name of DECODER_ATTRIBUTES) {
      expect([name, findMonitoringAttribute(name)]).toEqual([
        name,
        expect.objectContaining({name, kind: 'attribute', area: 'decoder'}),
      ]);
    }
    // And every name the table rows actually record is one of them.
    const recorded = new Set<string>();
    for (const row of rows) {
      const simulation = await run(
        await row.token(),
        typeof row.settings === 'function' ? row.settings() : row.settings,
        row.now ?? NOW,
        row.asymmetricOnly ?? false,
      );
      for (const attribute of simulation.attributes) recorded.add(attribute.name);
    }
    expect([...recorded].sort()).toEqual([...DECODER_ATTRIBUTES].sort());
  });
});

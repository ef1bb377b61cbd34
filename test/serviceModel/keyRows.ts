/**
 * Rows about loading the keys: `get_verification_jwk_key_set` reads JWT_PUBLIC_SIGNING_JWK_SET
 * with PyJWT 2.6.0 `PyJWKSet.from_json`, and a missing or empty setting is an unsafe
 * configuration for which the model predicts no outcome. Run by keys.test.ts.
 */
import {
  DECODER,
  KEYSET,
  SIG_PASS,
  LOAD_KEYS,
  PYJWK,
  jwks,
  pub,
  signAsym,
  signSecret,
  type Row,
} from './harness';

export const keySetRows: readonly Row[] = [
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

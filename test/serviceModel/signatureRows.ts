/**
 * Rows about the signature passes: which algorithms each key type gets, key order, the secret,
 * the asymmetric-only decoder, PyJWT's order of checks, and (`reportedRows`) what the service
 * reports in jwt_auth_failed after both passes fail: the last key's error. Run by
 * signature.test.ts.
 */
import {CompactSign} from 'jose';
import {NOW_SECONDS, openEdxClaims, b64u} from '../fixtures/tokens';
import {
  DECODER,
  KEYSET,
  SIG_PASS,
  PYJWS,
  AUTHN,
  PYJWK,
  FIRST_ISS,
  jwks,
  pub,
  signAsym,
  signSecret,
  privateKey,
  type Row,
} from './harness';

export const signatureRows: readonly Row[] = [
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
    rule: 'a malformed token fails both passes',
    source: SIG_PASS,
    token: () => Promise.resolve('not.a.token'),
    outcome: 'rejected',
    code: 'signature-not-verified',
    error: 'DecodeError',
    reported: 'DecodeError',
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
      return new CompactSign(new TextEncoder().encode('not json'))
        .setProtectedHeader({alg: 'RS256'})
        .sign(privateKey('RS256'));
    },
    outcome: 'rejected',
    error: 'DecodeError',
    reported: 'InvalidAlgorithmError',
  },
];

export const reportedRows: readonly Row[] = [
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
];

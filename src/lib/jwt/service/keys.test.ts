/**
 * The key-loading step of the Open edX service model (keys.ts): JWT_PUBLIC_SIGNING_JWK_SET as
 * PyJWT 2.6.0 `PyJWKSet.from_json` loads it, the first issuer's secret, and the unsafe
 * configuration without public keys. Table rows: test/serviceModel/keyRows.ts.
 */
import {
  LOAD_KEYS,
  PYJWK,
  jwks,
  pub,
  signAsym,
  signSecret,
  run,
  expectRow,
  prepareKeys,
} from '@site/test/serviceModel/harness';
import {keySetRows} from '@site/test/serviceModel/keyRows';
import {loadEntry, loadPublicKeys, publicKeysConfigured, secretKey} from './keys';
import {UNSAFE_CONFIGURATION} from './simulate';

const ALGORITHMS = 'pyjwt 2.6.0 algorithms.py from_jwk';
const LATER_SKIP = 'pyjwt 2.7.0 api_jwk.py PyJWKSet (except PyJWTError)';

beforeAll(prepareKeys);

describe('Open edX service model: loading the keys', () => {
  it.each(keySetRows)('$rule [$source]', expectRow);

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
});

describe('loading JWT_PUBLIC_SIGNING_JWK_SET, entry by entry (PyJWT 2.6.0)', () => {
  it(`an oct entry without "k" raises KeyError, which later PyJWT versions do not skip either [${ALGORITHMS} HMACAlgorithm: obj["k"]; ${LATER_SKIP}]`, () => {
    expect(loadEntry({kty: 'oct'})).toEqual({
      kind: 'raise',
      error: 'KeyError',
      message: "'k'",
      laterVersionsSkip: false,
    });
  });

  it(`an RSA entry without n and e is neither a public nor a private key; later PyJWT versions skip it [${ALGORITHMS} RSAAlgorithm; ${LATER_SKIP}]`, () => {
    expect(loadEntry({kty: 'RSA', n: 'AQAB'})).toEqual({
      kind: 'raise',
      error: 'InvalidKeyError',
      message: 'Not a public or private key',
      laterVersionsSkip: true,
    });
  });

  it(`an entry that is not a mapping raises AttributeError on jwk_data.get [${PYJWK} PyJWK.__init__]`, () => {
    expect(loadPublicKeys('{"keys": ["a JWK as a string"]}')).toEqual({
      ok: false,
      error: 'AttributeError',
      message: "entry 1 cannot be loaded (AttributeError: 'str' object has no attribute 'get').",
      laterVersionsSkip: false,
    });
  });

  it(`an entry's alg picks the from_jwk that checks it, whatever its kty [${PYJWK}; ${ALGORITHMS}]`, () => {
    expect(loadEntry({kty: 'oct', k: 'c2VjcmV0', alg: 'RS256'})).toMatchObject({
      kind: 'raise',
      error: 'InvalidKeyError',
      message: 'Not an RSA key',
    });
  });

  it(`the set is read as JSON text with a list of keys, or raises before any entry [${PYJWK} from_json, __init__]`, () => {
    expect(loadPublicKeys('{"keys": ')).toMatchObject({ok: false, error: 'ValueError'});
    expect(loadPublicKeys('[{"kty": "RSA"}]')).toMatchObject({ok: false, error: 'AttributeError'});
    expect(loadPublicKeys('{"keys": {"kty": "RSA"}}')).toEqual({
      ok: false,
      error: 'PyJWKSetError',
      message: 'Invalid JWK Set value ("keys" is not a list).',
    });
  });

  it(`each loaded key is labelled by its place, type and kid, and keeps its kty for the algorithms [${LOAD_KEYS}]`, () => {
    const loaded = loadPublicKeys(jwks({...pub('other'), kid: 'old'}, pub('RS256')));
    expect(loaded.ok && loaded.keys.map(({label, kty}) => ({label, kty}))).toEqual([
      {label: 'public key 1 (RSA, kid "old")', kty: 'RSA'},
      {label: 'public key 2 (RSA, no kid)', kty: 'RSA'},
    ]);
  });
});

describe('the secret and the no-keys case', () => {
  it(`the first issuer's secret is an oct key of its UTF-8 bytes, added only when set and allowed [${LOAD_KEYS} (if secret_key:, base64url_encode(secret_key.encode('utf-8')))]`, () => {
    expect(secretKey('clé', true)).toEqual({
      label: 'SECRET_KEY of the first issuer (oct)',
      kty: 'oct',
      key: new TextEncoder().encode('clé'),
    });
    expect(secretKey('', true)).toBeUndefined();
    expect(secretKey(null, true)).toBeUndefined();
    expect(secretKey('clé', false)).toBeUndefined();
  });

  it(`only a missing or empty setting means no public keys: a mapping is truthy and reaches json.loads [${LOAD_KEYS} (if asymmetric_keys:)]`, () => {
    const base = {issuers: [], supportedVersion: '1.2.0', leeway: 1};
    const flags = {verifyExpiration: true, verifyAudience: true};
    expect(publicKeysConfigured({...base, ...flags, publicJwkSet: ''})).toBe(false);
    expect(publicKeysConfigured({...base, ...flags, publicJwkSet: '{}'})).toBe(true);
    expect(
      publicKeysConfigured({...base, ...flags, publicJwkSet: '', publicJwkSetType: 'dict'}),
    ).toBe(true);
  });
});

import {createHmac, generateKeyPairSync, sign} from 'node:crypto';
import {
  asymmetricFixture,
  b64u,
  type KeyFixture,
  openEdxClaims,
  RFC7515_A1,
  RFC7515_A5,
  signHs256,
  signWithCertificateKey,
  TEST_CERTIFICATE_PEM,
  TEST_PRIVATE_KEY_PEM,
} from '@site/test/fixtures/tokens';
import {inspectText} from './inspect';
import type {SecretEncoding} from './types';
import {verifySignature} from './verify';

async function check(token: string, key: string, encoding: SecretEncoding = 'text') {
  return verifySignature(inspectText(token), key, encoding);
}

const SECRET = 'a-32-byte-long-development-secret';

let rs256: KeyFixture;
let rs512: KeyFixture;
let es256: KeyFixture;
let otherRs256: KeyFixture;

beforeAll(async () => {
  [rs256, rs512, es256, otherRs256] = await Promise.all([
    asymmetricFixture('RS256'),
    asymmetricFixture('RS512'),
    asymmetricFixture('ES256'),
    asymmetricFixture('RS256', openEdxClaims(), 'other'),
  ]);
});

describe('RFC 7515 vectors', () => {
  it('A.1 verifies with its JWK, as base64url secret, and fails as text', async () => {
    expect(await check(RFC7515_A1.token, JSON.stringify(RFC7515_A1.jwk))).toMatchObject({
      status: 'verified',
      code: 'signature-valid',
    });
    expect(await check(RFC7515_A1.token, RFC7515_A1.secretBase64url, 'base64url')).toMatchObject({
      status: 'verified',
    });
    const asText = await check(RFC7515_A1.token, RFC7515_A1.secretBase64url, 'text');
    expect(asText).toMatchObject({status: 'invalid', code: 'signature-mismatch'});
    expect(asText.message).toMatch(/base64-encoded/);
  });

  it('A.5 (alg none) is never verified, whatever the key', async () => {
    for (const key of ['', 'secret', JSON.stringify(RFC7515_A1.jwk)]) {
      expect(await check(RFC7515_A5, key)).toMatchObject({status: 'not-checked', code: 'alg-none'});
    }
  });
});

describe('HMAC secrets', () => {
  it('verifies HS256 with a text secret, and a wrong secret is invalid', async () => {
    const token = await signHs256(SECRET);
    expect(await check(token, SECRET)).toEqual({
      status: 'verified',
      code: 'signature-valid',
      message: 'The HS256 signature matches this secret.',
      notes: [],
    });
    expect(await check(token, `${SECRET}!`)).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    });
  });

  it('allows a short secret with a warning', async () => {
    const token = await signHs256('dev');
    const result = await check(token, 'dev');
    expect(result.status).toBe('verified');
    expect(result.notes).toEqual([
      expect.objectContaining({code: 'hmac-secret-short', severity: 'warning'}),
    ]);
    expect(result.notes[0]?.message).toMatch(/3 bytes; RFC 7518 asks for at least 32/);
  });

  describe('an Open edX-shaped HS256 token', () => {
    // A text secret like JWT_SECRET_KEY, chosen so its base64 and base64url forms differ
    // ("+" vs "-", padding).
    const LMS_SECRET = 'open-edx-lms-secret~>?<~-for-hs256-tokens';
    const base64 = Buffer.from(LMS_SECRET).toString('base64');
    const base64url = Buffer.from(LMS_SECRET).toString('base64url');
    const octJwk = {kty: 'oct', k: base64url};
    let token: string;
    beforeAll(async () => {
      token = await signHs256(LMS_SECRET);
    });

    it('verifies with an oct JWK whose k is the base64url of the secret', async () => {
      expect(await check(token, JSON.stringify(octJwk))).toMatchObject({
        status: 'verified',
        code: 'signature-valid',
        message: 'The HS256 signature matches this JWK.',
        notes: [],
      });
    });

    it('verifies with a JWK Set where that key comes after others, and says which matched', async () => {
      // No kid in the token: the keys are tried in order; the RSA key cannot do HS256 and the
      // other secret does not match, so the third key is the one.
      const otherOct = {kty: 'oct', k: Buffer.from(`${LMS_SECRET}-rotated`).toString('base64url')};
      const result = await check(
        token,
        JSON.stringify({keys: [otherRs256.publicJwk, otherOct, octJwk]}),
      );
      expect(result).toMatchObject({
        status: 'verified',
        code: 'signature-valid',
        message: 'The HS256 signature matches key 3 of 3 (no kid) in the set.',
      });
      expect(result.notes.map((note) => note.code)).toEqual([
        'jwks-keys-skipped',
        'jwks-key-matched',
      ]);
      expect(result.notes[1]?.message).toBe(
        'Found by trying the keys in order, like the Open edX decoder (matched key 3 of 3 (no kid)).',
      );
    });

    it.each([
      ['base64', base64],
      ['base64url', base64url],
    ] as const)('verifies with the secret declared %s', async (encoding, encoded) => {
      expect(base64).toMatch(/\+.*=$/);
      expect(base64url).not.toMatch(/[+/=]/);
      expect(await check(token, encoded, encoding)).toMatchObject({
        status: 'verified',
        code: 'signature-valid',
      });
      // The same text taken as typed is another secret.
      expect(await check(token, encoded, 'text')).toMatchObject({status: 'invalid'});
    });
  });

  it('decodes base64 (standard alphabet, padded) secrets', async () => {
    const bytes = new Uint8Array(32).map((_, i) => 250 - i * 3);
    const token = await signHs256(bytes);
    const base64 = Buffer.from(bytes).toString('base64');
    expect(base64).toMatch(/[+/]/);
    expect((await check(token, base64, 'base64')).status).toBe('verified');
    expect(
      (await check(token, `  ${base64.slice(0, 20)}\n${base64.slice(20)} `, 'base64')).status,
    ).toBe('verified');
    expect(await check(token, 'not base64!', 'base64')).toMatchObject({
      status: 'not-checked',
      code: 'key-invalid',
    });
  });
});

describe('public keys', () => {
  it.each(['RS256', 'RS512', 'ES256'] as const)('%s with a JWK, a JWKS and a PEM', async (alg) => {
    const fixture = {RS256: rs256, RS512: rs512, ES256: es256}[alg];
    const jwk = JSON.stringify(fixture.publicJwk);
    const jwks = JSON.stringify({keys: [otherRs256.publicJwk, fixture.publicJwk]});
    for (const key of [jwk, jwks, fixture.spki]) {
      expect(await check(fixture.token, key)).toMatchObject({
        status: 'verified',
        code: 'signature-valid',
      });
    }
  });

  it('reports a wrong key as an invalid signature', async () => {
    expect(await check(rs256.token, JSON.stringify(otherRs256.publicJwk))).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    });
    expect(await check(rs256.token, otherRs256.spki)).toMatchObject({status: 'invalid'});
  });

  it('verifies with an X.509 certificate', async () => {
    const token = await signWithCertificateKey('RS512');
    expect(await check(token, TEST_CERTIFICATE_PEM)).toMatchObject({
      status: 'verified',
      message: 'The RS512 signature matches this certificate.',
    });
  });

  it('uses the public part of a pasted private JWK, with a warning', async () => {
    const result = await check(rs512.token, JSON.stringify(rs512.privateJwk));
    expect(result.status).toBe('verified');
    expect(result.notes[0]?.code).toBe('private-jwk-public-part-used');
  });

  it('refuses private PEM keys and PKCS#1 public keys with an explanation', async () => {
    expect(await check(rs512.token, TEST_PRIVATE_KEY_PEM)).toMatchObject({
      status: 'not-checked',
      code: 'key-private-pem',
    });
    const pkcs1 = '-----BEGIN RSA PUBLIC KEY-----\nMIIB\n-----END RSA PUBLIC KEY-----';
    expect((await check(rs512.token, pkcs1)).message).toMatch(/openssl rsa -RSAPublicKey_in/);
  });

  it('rejects algorithm confusion: an HS256 token checked with a public key', async () => {
    const forged = await signHs256(rs256.spki);
    expect(await check(forged, rs256.spki)).toMatchObject({
      status: 'invalid',
      code: 'alg-not-allowed-for-key',
    });
    expect(await check(forged, JSON.stringify(rs256.publicJwk))).toMatchObject({
      status: 'invalid',
      code: 'alg-not-allowed-for-key',
    });
  });

  it('names the key type when a PEM does not fit the algorithm', async () => {
    const result = await check(rs256.token, es256.spki);
    expect(result).toMatchObject({status: 'invalid', code: 'alg-not-allowed-for-key'});
    expect(result.message).toMatch(/holds an elliptic-curve \(EC\) key/);
  });

  it('refuses an RSA key shorter than 2048 bits (not checked, says why)', async () => {
    const {publicKey, privateKey} = generateKeyPairSync('rsa', {modulusLength: 1024});
    const input = `${b64u('{"alg":"RS256","typ":"JWT"}')}.${b64u(JSON.stringify(openEdxClaims()))}`;
    const signature = sign('sha256', Buffer.from(input), privateKey).toString('base64url');
    const spki = publicKey.export({type: 'spki', format: 'pem'}).toString();
    expect(await check(`${input}.${signature}`, spki)).toMatchObject({
      status: 'not-checked',
      code: 'key-too-short',
    });
  });
});

describe('JWK Sets', () => {
  it('picks the key by kid', async () => {
    const result = await check(
      rs512.token,
      JSON.stringify({keys: [otherRs256.publicJwk, es256.publicJwk, rs512.publicJwk]}),
    );
    expect(result.status).toBe('verified');
    expect(result.message).toBe(
      'The RS512 signature matches key 3 of 3 (kid "test-RS512") in the set.',
    );
    expect(result.notes.map((note) => note.code)).toEqual(['jwks-key-matched']);
  });

  it('without kid, tries each key in order like the Open edX decoder and says which matched', async () => {
    const unnamed = await asymmetricFixture('RS512', openEdxClaims(), null);
    const publicJwk = {...unnamed.publicJwk};
    const result = await check(
      unnamed.token,
      JSON.stringify({keys: [otherRs256.publicJwk, {kty: 'oct', k: 'c2VjcmV0'}, publicJwk]}),
    );
    expect(result.status).toBe('verified');
    expect(result.message).toMatch(/key 3 of 3 \(no kid\)/);
    expect(result.notes.map((note) => note.code)).toEqual([
      'jwks-keys-skipped',
      'jwks-key-matched',
    ]);
    expect(result.notes[1]?.message).toMatch(/trying the keys in order/);
  });

  it('falls back to every key when no key has the kid', async () => {
    const renamed = {...rs512.publicJwk, kid: 'rotated'};
    const result = await check(rs512.token, JSON.stringify({keys: [renamed]}));
    expect(result.status).toBe('verified');
    expect(result.notes[0]?.code).toBe('jwks-kid-not-found');
  });

  it('says when no key matches or none can be used', async () => {
    expect(
      await check(
        rs512.token,
        JSON.stringify({keys: [otherRs256.publicJwk, {...otherRs256.publicJwk, kid: 'x'}]}),
      ),
    ).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
      message: 'No key in the set matches the signature (tried 2 of 2).',
    });
    expect(await check(rs512.token, JSON.stringify({keys: [es256.publicJwk]}))).toMatchObject({
      status: 'invalid',
      code: 'alg-not-allowed-for-key',
    });
    expect(await check(rs512.token, '{"keys": [1, "x"]}')).toMatchObject({code: 'jwks-empty'});
  });
});

describe('statuses that need no key check', () => {
  it.each([
    ['', 'secret', 'no-token'],
    ['Authorization: ', 'secret', 'no-token'],
    ['eyJhbGciOiJIUzI1NiJ9.e30', 'secret', 'token-malformed'],
    [
      `${b64u('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`,
      'secret',
      'token-encrypted',
    ],
    [`${b64u('{"typ":"JWT"}')}.e30.c2ln`, 'secret', 'alg-missing'],
    [`${b64u('{"alg":"HS256"}')}.e30.c2ln`, '', 'no-key'],
    [`${b64u('{"alg":"HS256"}')}==.e30.c2ln`, 'secret', 'token-not-base64url'],
    [`${b64u('{"alg":"XY999"}')}.e30.c2ln`, 'secret', 'alg-unsupported'],
    [`${b64u('{"alg":"HS256"}')}.e30.c2ln`, '{"kty": ', 'key-invalid'],
    [`${b64u('{"alg":"HS256"}')}.e30.c2ln`, '{"hello": 1}', 'key-invalid'],
    [`${b64u('{"alg":"HS256"}')}.e30.`, 'secret', 'signature-empty'],
  ])('%s with key %p → %s', async (token, key, code) => {
    const result = await check(token, key);
    expect(result.code).toBe(code);
    expect(result.status).not.toBe('verified');
  });

  it('says why there is no token when the input had something but no token', async () => {
    expect((await check('', 'secret')).message).toBe('There is no token yet.');
    expect((await check('""', 'secret')).message).toBe(
      'No token could be read from the input; the findings say why.',
    );
  });

  it('does not let crit through', async () => {
    // jose refuses to sign with an unknown critical extension, so sign with Node directly.
    const input = `${b64u('{"alg":"HS256","crit":["ext"],"ext":1}')}.${b64u(JSON.stringify(openEdxClaims()))}`;
    const token = `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
    expect(await check(token, SECRET)).toMatchObject({
      status: 'not-checked',
      code: 'crit-unsupported',
    });
  });

  it('checks the signature only: an expired token can be verified', async () => {
    const token = await signHs256(SECRET, openEdxClaims({exp: 1, iat: 0}));
    expect((await check(token, SECRET)).status).toBe('verified');
  });
});

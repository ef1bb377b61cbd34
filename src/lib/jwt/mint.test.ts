import {compactVerify, importJWK, type JWK} from 'jose';
import {NOW_SECONDS} from '@site/test/fixtures/tokens';
import {inspectText} from './inspect';
import {generateTestKeyPair, mintTestToken, openEdxTemplate} from './mint';
import {DEFAULT_SERVICE_SETTINGS, simulateService} from './service/simulate';

const template = openEdxTemplate(NOW_SECONDS);
const headerText = JSON.stringify(template.header);
const claimsText = JSON.stringify(template.claims);

describe('mint test tokens', () => {
  it('templates an Open edX token issued now and valid for one hour', () => {
    expect(template.claims.exp).toBe(NOW_SECONDS + 3600);
    expect(template.claims.iat).toBe(NOW_SECONDS);
    expect(template.claims.version).toBe('1.2.0');
  });

  it.each(['RS256', 'RS512', 'ES256'] as const)(
    'signs %s with a generated key whose public JWK Set verifies it',
    async (alg) => {
      const pair = await generateTestKeyPair(alg, 'test-key');
      const minted = await mintTestToken({headerText, claimsText, alg, keyPair: pair});
      if (!minted.ok) throw new Error(minted.message);
      const jwks = JSON.parse(pair.publicJwks) as {keys: JWK[]};
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).not.toHaveProperty('d');
      // The private key cannot leave WebCrypto, not even through exportJWK.
      expect((pair.privateKey as CryptoKey).extractable).toBe(false);
      expect(jwks.keys[0]).toMatchObject({kid: 'test-key', alg, use: 'sig'});
      const key = await importJWK(jwks.keys[0] as JWK, alg);
      const {protectedHeader} = await compactVerify(minted.token, key);
      expect(protectedHeader).toEqual({alg, typ: 'JWT'});
    },
  );

  it('an RS512 test token is accepted by the service model with its JWK Set', async () => {
    const pair = await generateTestKeyPair('RS512', 'k1');
    const minted = await mintTestToken({headerText, claimsText, alg: 'RS512', keyPair: pair});
    if (!minted.ok) throw new Error(minted.message);
    const simulation = await simulateService(
      inspectText(minted.token),
      {...DEFAULT_SERVICE_SETTINGS, publicJwkSet: pair.publicJwks},
      {now: new Date(NOW_SECONDS * 1000)},
    );
    expect(simulation.outcome).toBe('accepted');
  });

  it('signs HS256 with a text secret, and explains bad input', async () => {
    const minted = await mintTestToken({headerText, claimsText, alg: 'HS256', secret: 's3cret'});
    expect(minted.ok).toBe(true);
    expect(await mintTestToken({headerText, claimsText, alg: 'HS256'})).toEqual({
      ok: false,
      message: 'Enter a secret for HS256.',
    });
    expect(await mintTestToken({headerText, claimsText, alg: 'RS256'})).toMatchObject({ok: false});
    const broken = await mintTestToken({
      headerText,
      claimsText: '{"a": }',
      alg: 'HS256',
      secret: 's',
    });
    expect(broken).toMatchObject({
      ok: false,
      message: expect.stringMatching(/claims set is not valid JSON \(line 1/),
    });
    expect(
      await mintTestToken({headerText: '[]', claimsText, alg: 'HS256', secret: 's'}),
    ).toMatchObject({
      ok: false,
      message: 'The header must be a JSON object.',
    });
  });
});

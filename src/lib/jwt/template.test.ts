import {headerKid, shownTestJwks, testVerificationKey} from './template';

const PAIR = {
  alg: 'RS512',
  kid: 'test-rs512-1',
  publicJwk: {kty: 'RSA', n: 'AQAB', e: 'AQAB'},
} as const;

function kids(jwks: string): unknown[] {
  return (JSON.parse(jwks) as {keys: {kid: unknown}[]}).keys.map((key) => key.kid);
}

describe('headerKid', () => {
  it('reads a non-empty string kid from a JSON object, and nothing else', () => {
    expect(headerKid('{"alg":"RS512","kid":"lms-2026"}')).toBe('lms-2026');
    expect(headerKid('{"kid":""}')).toBeUndefined();
    expect(headerKid('{"kid":7}')).toBeUndefined();
    expect(headerKid('["kid"]')).toBeUndefined();
    expect(headerKid('{"kid":')).toBeUndefined();
  });
});

describe('shownTestJwks', () => {
  it('gives the public key the kid the test header names, or the pair’s own', () => {
    expect(kids(shownTestJwks('RS512', PAIR, '{"kid":"lms-2026"}'))).toEqual(['lms-2026']);
    expect(kids(shownTestJwks('RS512', PAIR, '{"alg":"RS512"}'))).toEqual(['test-rs512-1']);
  });

  it('is empty without a pair, or with a pair made for another algorithm', () => {
    expect(shownTestJwks('RS512', undefined, '{}')).toBe('');
    expect(shownTestJwks('ES256', PAIR, '{}')).toBe('');
  });
});

describe('testVerificationKey', () => {
  it('is the secret for HS256 and the public JWK Set with the header’s kid otherwise', () => {
    expect(testVerificationKey('HS256', 'secret', PAIR, '{}')).toBe('secret');
    expect(kids(testVerificationKey('RS512', 'secret', PAIR, '{"kid":"k2"}'))).toEqual(['k2']);
    expect(testVerificationKey('RS512', 'secret', undefined, '{}')).toBe('secret');
  });
});

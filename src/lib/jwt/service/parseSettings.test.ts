import {parseSettings} from './parseSettings';

describe('parseSettings (JWT_AUTH block)', () => {
  it('reads a YAML JWT_AUTH block as found in an Open edX config file', () => {
    const result = parseSettings(`JWT_AUTH:
  JWT_ISSUERS:
    - ISSUER: https://lms.example.com/oauth2
      AUDIENCE: lms-key
      SECRET_KEY: lms-secret
    - ISSUER: https://old.example.com/oauth2
      AUDIENCE: ignored
      SECRET_KEY: ignored
  JWT_PUBLIC_SIGNING_JWK_SET: '{"keys": []}'
  JWT_SUPPORTED_VERSION: 1.2.0
  JWT_LEEWAY: 1
  JWT_VERIFY_EXPIRATION: true
  JWT_VERIFY_AUDIENCE: False
`);
    expect(result).toEqual({
      ok: true,
      notes: [],
      settings: {
        issuers: [
          {issuer: 'https://lms.example.com/oauth2', audience: 'lms-key', secretKey: 'lms-secret'},
          {issuer: 'https://old.example.com/oauth2', audience: 'ignored', secretKey: 'ignored'},
        ],
        publicJwkSet: '{"keys": []}',
        supportedVersion: '1.2.0',
        leeway: 1,
        verifyExpiration: true,
        verifyAudience: false,
      },
    });
  });

  it('reads JSON, with or without the JWT_AUTH wrapper', () => {
    const inner = {JWT_LEEWAY: 5, JWT_PUBLIC_SIGNING_JWK_SET: {keys: [{kty: 'RSA'}]}};
    for (const text of [JSON.stringify({JWT_AUTH: inner}), JSON.stringify(inner)]) {
      const result = parseSettings(text);
      expect(result).toMatchObject({
        ok: true,
        settings: {leeway: 5, publicJwkSet: '{"keys":[{"kty":"RSA"}]}'},
      });
    }
  });

  it('builds one issuer from the deprecated single settings [edx-drf-extensions settings.py]', () => {
    const result = parseSettings('JWT_ISSUER: https://a\nJWT_AUDIENCE: aud\nJWT_SECRET_KEY: s');
    expect(result).toMatchObject({
      ok: true,
      settings: {issuers: [{issuer: 'https://a', audience: 'aud', secretKey: 's'}]},
    });
  });

  it('keeps a YAML null audience as None and an empty one as an empty string', () => {
    const result = parseSettings(
      "JWT_ISSUERS:\n  - {ISSUER: a, AUDIENCE: null, SECRET_KEY: s}\n  - {ISSUER: b, AUDIENCE: '', SECRET_KEY: s}",
    );
    expect(result).toMatchObject({
      ok: true,
      settings: {issuers: [{audience: null}, {audience: ''}]},
    });
  });

  it('reports bad YAML with its line', () => {
    const result = parseSettings('JWT_AUTH:\n  JWT_LEEWAY: 1\n  JWT_ISSUERS: [\n  - x: "unclosed');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBeGreaterThanOrEqual(3);
      expect(result.message).toMatch(/line \d+/);
    }
  });

  it('rejects a list under JWT_ISSUER, empty text and unknown keys', () => {
    expect(parseSettings('JWT_ISSUER: [a, b]')).toMatchObject({ok: false});
    expect(parseSettings('  ')).toMatchObject({ok: false});
    expect(parseSettings('FOO: 1')).toMatchObject({ok: false});
    expect(parseSettings('JWT_VERIFY_AUDIENCE: maybe')).toMatchObject({ok: false});
  });
});

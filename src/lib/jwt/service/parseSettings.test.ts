/**
 * Reading a pasted JWT_AUTH block. Each test names the rule and its source: edx-drf-extensions
 * settings.py / decoder.py (what the decoder does with a value), PyYAML (how Open edX reads its
 * YAML config: `yaml.safe_load` in openedx-platform lms/envs/production.py), or the `yaml` package
 * (parse errors).
 */
import {MAX_ALIASES, MAX_ISSUERS, MAX_SETTINGS_CHARS, parseSettings} from './parseSettings';

const SETTINGS_PY = 'edx-drf-extensions settings.py';
const PYYAML = 'PyYAML resolver.py, as lms/envs/production.py yaml.safe_load reads config';
const KEYSET = 'edx-drf-extensions decoder.py get_verification_jwk_key_set';
const DECODER = 'edx-drf-extensions decoder.py';

describe('parseSettings (JWT_AUTH block)', () => {
  it(`reads a YAML JWT_AUTH block as found in an Open edX config file [${PYYAML}]`, () => {
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

  it(`reads yes/no/on/off as booleans, like PyYAML's YAML 1.1 (JWT_VERIFY_AUDIENCE: no is false) [${PYYAML}]`, () => {
    expect(parseSettings('JWT_VERIFY_AUDIENCE: no\nJWT_VERIFY_EXPIRATION: on')).toMatchObject({
      ok: true,
      settings: {verifyAudience: false, verifyExpiration: true},
    });
    expect(parseSettings('JWT_VERIFY_AUDIENCE: off\nJWT_VERIFY_EXPIRATION: YES')).toMatchObject({
      ok: true,
      settings: {verifyAudience: false, verifyExpiration: true},
    });
  });

  it(`keeps PyYAML's strings where the yaml package's YAML 1.1 schema differs: y, 1e3 [${PYYAML}]`, () => {
    // PyYAML has no y/n booleans, and a float needs a dot: both stay strings.
    expect(parseSettings('JWT_VERIFY_AUDIENCE: n')).toMatchObject({
      ok: true,
      settings: {verifyAudience: true},
      notes: [expect.stringMatching(/the str "n", not a boolean.*counts as true/)],
    });
    expect(parseSettings('JWT_LEEWAY: 1e3')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/PyYAML reads "1e3" as a string/),
    });
    // A leading-zero number is octal in YAML 1.1; 010 is 8.
    expect(parseSettings('JWT_LEEWAY: 010')).toMatchObject({ok: true, settings: {leeway: 8}});
    expect(parseSettings('JWT_LEEWAY: 1.5')).toMatchObject({ok: true, settings: {leeway: 1.5}});
  });

  it(`flags a JWK Set given as a mapping: json.loads raises TypeError, so every request fails [${KEYSET}; pyjwt api_jwk.py PyJWKSet.from_json]`, () => {
    const inner = {JWT_LEEWAY: 5, JWT_PUBLIC_SIGNING_JWK_SET: {keys: [{kty: 'RSA'}]}};
    for (const text of [JSON.stringify({JWT_AUTH: inner}), JSON.stringify(inner)]) {
      const result = parseSettings(text);
      expect(result).toMatchObject({
        ok: true,
        settings: {leeway: 5, publicJwkSetType: 'dict'},
      });
      if (result.ok) {
        expect(JSON.parse(result.settings.publicJwkSet ?? '')).toEqual(
          inner.JWT_PUBLIC_SIGNING_JWK_SET,
        );
        expect(result.notes.join(' ')).toMatch(
          /expects a JSON string.*TypeError.*every JWT request fails/,
        );
      }
    }
  });

  it(`reads an empty mapping or null JWK Set as no keys (if asymmetric_keys: is false) [${KEYSET}]`, () => {
    for (const text of ['JWT_PUBLIC_SIGNING_JWK_SET: {}', 'JWT_PUBLIC_SIGNING_JWK_SET: null']) {
      const result = parseSettings(text);
      expect(result).toMatchObject({ok: true, settings: {publicJwkSet: ''}});
      if (result.ok) expect(result.settings.publicJwkSetType).toBeUndefined();
    }
  });

  it(`builds one issuer from the deprecated single settings [${SETTINGS_PY} _get_deprecated_jwt_issuers]`, () => {
    const result = parseSettings('JWT_ISSUER: https://a\nJWT_AUDIENCE: aud\nJWT_SECRET_KEY: s');
    expect(result).toMatchObject({
      ok: true,
      settings: {issuers: [{issuer: 'https://a', audience: 'aud', secretKey: 's'}]},
    });
  });

  it(`falls back to the deprecated settings when JWT_ISSUERS is an empty list [${SETTINGS_PY} get_jwt_issuers (if jwt_issuers:)]`, () => {
    const withDeprecated = parseSettings(
      'JWT_ISSUERS: []\nJWT_ISSUER: https://a\nJWT_AUDIENCE: aud\nJWT_SECRET_KEY: s',
    );
    expect(withDeprecated).toMatchObject({
      ok: true,
      settings: {issuers: [{issuer: 'https://a', audience: 'aud', secretKey: 's'}]},
    });
    // Nothing else set: drf-jwt's defaults, ISSUER and AUDIENCE None, SECRET_KEY Django's.
    const bare = parseSettings('JWT_ISSUERS: []');
    expect(bare).toMatchObject({
      ok: true,
      settings: {issuers: [{issuer: null, audience: null, secretKey: null}]},
    });
    if (bare.ok) {
      expect(bare.notes.join(' ')).toMatch(/JWT_ISSUERS is empty.*falls back/);
      expect(bare.notes.join(' ')).toMatch(/Django's SECRET_KEY/);
    }
  });

  it(`keeps a YAML null audience as None and an empty one as an empty string [${PYYAML}; ${SETTINGS_PY} entries used as given]`, () => {
    const result = parseSettings(
      "JWT_ISSUERS:\n  - {ISSUER: a, AUDIENCE: null, SECRET_KEY: s}\n  - {ISSUER: b, AUDIENCE: '', SECRET_KEY: s}",
    );
    expect(result).toMatchObject({
      ok: true,
      settings: {issuers: [{audience: null}, {audience: ''}]},
    });
  });

  it('reports bad YAML with its line [yaml package parseDocument, prettyErrors]', () => {
    const result = parseSettings('JWT_AUTH:\n  JWT_LEEWAY: 1\n  JWT_ISSUERS: [\n  - x: "unclosed');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBeGreaterThanOrEqual(3);
      expect(result.message).toMatch(/line \d+/);
    }
  });

  it(`rejects a list under JWT_ISSUER, empty text and unknown keys [${SETTINGS_PY}; fact sheet §8.3]`, () => {
    expect(parseSettings('JWT_ISSUER: [a, b]')).toMatchObject({ok: false});
    expect(parseSettings('  ')).toMatchObject({ok: false});
    expect(parseSettings('FOO: 1')).toMatchObject({ok: false});
  });

  it(`reads JWT_VERIFY_AUDIENCE and JWT_VERIFY_EXPIRATION by Python truthiness: a quoted "False" is true [${DECODER} _decode_and_verify_token options; pyjwt api_jwt.py _validate_claims]`, () => {
    const result = parseSettings("JWT_VERIFY_AUDIENCE: 'False'\nJWT_VERIFY_EXPIRATION: 0");
    expect(result).toMatchObject({
      ok: true,
      settings: {verifyAudience: true, verifyExpiration: false},
    });
    if (result.ok) {
      expect(result.notes).toEqual([
        'JWT_VERIFY_EXPIRATION is the int 0, not a boolean. The decoder only tests its truthiness, so it counts as false.',
        'JWT_VERIFY_AUDIENCE is the str "False", not a boolean. The decoder only tests its truthiness, so it counts as true.',
      ]);
    }
    expect(parseSettings('JWT_VERIFY_AUDIENCE: null')).toMatchObject({
      ok: true,
      settings: {verifyAudience: false},
      notes: [expect.stringMatching(/is null \(None\)/)],
    });
  });

  it(`refuses a JWT_ISSUERS entry without a key the decoder reads: KeyError [${DECODER} jwt_issuer['AUDIENCE'], jwt_issuer['SECRET_KEY'], issuer['ISSUER']]`, () => {
    expect(parseSettings('JWT_ISSUERS:\n  - {ISSUER: a, SECRET_KEY: s}')).toEqual({
      ok: false,
      message:
        "JWT_ISSUERS entry 1 has no AUDIENCE key. The decoder reads it as entry['AUDIENCE'], which raises KeyError, so every JWT request fails. Add the key (null stands for None).",
    });
    expect(parseSettings('JWT_ISSUERS:\n  - {ISSUER: a, AUDIENCE: b}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/entry 1 has no SECRET_KEY key/),
    });
    // A later entry only needs ISSUER: its AUDIENCE and SECRET_KEY are never read.
    expect(
      parseSettings(
        'JWT_ISSUERS:\n  - {ISSUER: a, AUDIENCE: b, SECRET_KEY: s}\n  - {AUDIENCE: x, SECRET_KEY: y}',
      ),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /entry 2 has no ISSUER key.*whenever a token’s iss matches no earlier entry/,
      ),
    });
    expect(
      parseSettings('JWT_ISSUERS:\n  - {ISSUER: a, AUDIENCE: b, SECRET_KEY: s}\n  - {ISSUER: c}'),
    ).toMatchObject({
      ok: true,
      settings: {issuers: [{issuer: 'a'}, {issuer: 'c', audience: null}]},
    });
  });

  describe('caps that keep the page responsive, each named in its refusal', () => {
    it('refuses a block over the size cap, such as 300 KB of !!binary, and says how big it was', () => {
      const binary = Buffer.alloc(225_000, 7).toString('base64');
      const source = `JWT_AUTH:\n  JWT_PUBLIC_SIGNING_JWK_SET: !!binary ${binary}\n`;
      expect(parseSettings(source)).toEqual({
        ok: false,
        message: `Not read: the block is ${source.length.toLocaleString('en-US')} characters long, and the settings reader reads at most 32,768 (a JWT_AUTH block with several issuers and keys is a few thousand). Paste only the JWT_AUTH block, without large values such as !!binary data.`,
      });
      const justUnder = `JWT_AUTH:\n  JWT_LEEWAY: 1\n#${'x'.repeat(MAX_SETTINGS_CHARS - 27)}`;
      expect(justUnder).toHaveLength(MAX_SETTINGS_CHARS);
      expect(parseSettings(justUnder)).toMatchObject({ok: true, settings: {leeway: 1}});
    });

    it('refuses more issuers than the cap, and reads the cap itself', () => {
      const issuers = (count: number) =>
        `JWT_ISSUERS: [${Array.from({length: count}, () => '{ISSUER: i, AUDIENCE: a, SECRET_KEY: s}').join(',')}]`;
      expect(parseSettings(issuers(MAX_ISSUERS + 1))).toEqual({
        ok: false,
        message: `Not read: JWT_ISSUERS has 101 entries, and the settings reader reads at most 100 (deployments have one to a few).`,
      });
      const read = parseSettings(issuers(MAX_ISSUERS));
      expect(read.ok && read.settings.issuers).toHaveLength(MAX_ISSUERS);
    });

    it('refuses 10,000 issuers made of one alias, and an alias bomb, as alias expansion', () => {
      const aliasBomb = [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        ...'bcdefg'.split('').map((name, i) => {
          const previous = 'abcdef'[i]!;
          return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
        }),
        'JWT_AUTH: {JWT_ISSUERS: *g}',
      ].join('\n');
      const aliasedIssuers = `e: &e {ISSUER: i, AUDIENCE: a, SECRET_KEY: s}\nJWT_ISSUERS: [${Array(10_000).fill('*e').join(',')}]`;
      expect(aliasedIssuers.length).toBeLessThanOrEqual(MAX_SETTINGS_CHARS);
      for (const source of [aliasBomb, aliasedIssuers]) {
        expect(parseSettings(source)).toEqual({
          ok: false,
          message: `Not read: the block's aliases (*name) expand to more than ${MAX_ALIASES} copies of their anchors, which could freeze the page (an alias bomb). Write the values out instead of aliasing them.`,
        });
      }
      // A few aliases, as config files use them, still work.
      expect(
        parseSettings('e: &e {ISSUER: i, AUDIENCE: a, SECRET_KEY: s}\nJWT_ISSUERS: [*e, *e]'),
      ).toMatchObject({ok: true, settings: {issuers: [{issuer: 'i'}, {issuer: 'i'}]}});
    });
  });
});

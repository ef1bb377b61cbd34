import {
  b64u,
  NOW,
  NOW_SECONDS,
  openEdxClaims,
  RFC7515_A1,
  RFC7515_A5,
} from '@site/test/fixtures/tokens';
import {evaluate} from './findings';
import {inspectText} from './inspect';
import type {Finding} from './types';

const SIG = 'c2ln';

function token(
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {alg: 'RS512', typ: 'JWT'},
): string {
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(claims))}.${SIG}`;
}

function findings(input: string, now = NOW): Finding[] {
  return [...evaluate(inspectText(input), now, {timeZone: 'UTC'}).findings];
}

function codes(input: string, now = NOW): string[] {
  return findings(input, now).map((finding) => finding.code);
}

describe('findings', () => {
  it('a fresh RS512 Open edX token has none', () => {
    expect(codes(token(openEdxClaims()))).toEqual([]);
  });

  const cases: [name: string, input: string, expected: string[]][] = [
    ['expired', token(openEdxClaims({exp: NOW_SECONDS - 1})), ['exp-expired']],
    ['expires exactly now', token(openEdxClaims({exp: NOW_SECONDS})), ['exp-expired']],
    ['not yet valid', token(openEdxClaims({nbf: NOW_SECONDS + 60})), ['nbf-not-yet-valid']],
    ['iat one second ahead', token(openEdxClaims({iat: NOW_SECONDS + 1})), ['iat-in-future']],
    ['missing exp', token(openEdxClaims({exp: undefined})), ['exp-missing']],
    ['missing iat', token(openEdxClaims({iat: undefined})), ['iat-missing']],
    [
      'lifetime over one hour',
      token(openEdxClaims({exp: NOW_SECONDS + 36_000})),
      ['lifetime-over-one-hour'],
    ],
    ['exactly one hour is fine', token(openEdxClaims({exp: NOW_SECONDS + 3600})), []],
    ['missing version', token(openEdxClaims({version: undefined})), ['version-missing']],
    [
      'unsupported major version',
      token(openEdxClaims({version: '2.0.0'})),
      ['version-unsupported-major'],
    ],
    ['newer minor version is fine', token(openEdxClaims({version: '1.9.3'})), []],
    ['unparseable version', token(openEdxClaims({version: 'latest'})), ['version-invalid']],
    ['version not a string', token(openEdxClaims({version: 1.2})), ['claim-wrong-type']],
    ['scopes not a list', token(openEdxClaims({scopes: 'email profile'})), ['claim-wrong-type']],
    [
      'is_restricted as a string',
      token(openEdxClaims({is_restricted: 'false'})),
      ['claim-wrong-type'],
    ],
    [
      'exp as a string',
      token(openEdxClaims({exp: String(NOW_SECONDS + 60) as unknown as number})),
      ['claim-wrong-type'],
    ],
    ['name may be null', token(openEdxClaims({name: null})), []],
    [
      'exp in milliseconds',
      token(openEdxClaims({exp: (NOW_SECONDS + 600) * 1000})),
      ['timestamp-milliseconds', 'lifetime-over-one-hour'],
    ],
    ['HS256', token(openEdxClaims(), {alg: 'HS256', typ: 'JWT'}), ['alg-symmetric']],
    [
      'HS512',
      token(openEdxClaims(), {alg: 'HS512'}),
      ['alg-symmetric', 'alg-not-accepted-by-openedx'],
    ],
    ['ES256', token(openEdxClaims(), {alg: 'ES256'}), ['alg-not-accepted-by-openedx']],
    ['alg missing', token(openEdxClaims(), {typ: 'JWT'}), ['alg-missing']],
    [
      'jku header',
      token(openEdxClaims(), {alg: 'RS256', jku: 'https://evil.example/jwks'}),
      ['header-jku'],
    ],
    [
      'x5u header',
      token(openEdxClaims(), {alg: 'RS256', x5u: 'https://evil.example/cert'}),
      ['header-x5u'],
    ],
    ['crit header', token(openEdxClaims(), {alg: 'RS256', crit: ['exp']}), ['header-crit']],
    [
      'empty signature with a real alg',
      token(openEdxClaims(), {alg: 'RS256'}).replace(/c2ln$/, ''),
      ['signature-empty'],
    ],
    [
      'JWE',
      `${b64u('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`,
      ['token-encrypted'],
    ],
    [
      'RFC 7515 A.1 (HS256, expired, not an Open edX token)',
      RFC7515_A1.token,
      ['exp-expired', 'iat-missing', 'alg-symmetric', 'version-missing'],
    ],
    [
      'RFC 7515 A.5 (alg none)',
      RFC7515_A5,
      ['alg-none', 'exp-expired', 'iat-missing', 'version-missing'],
    ],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(codes(input).sort()).toEqual([...expected].sort());
  });

  it('orders errors before warnings before notes', () => {
    const severities = findings(`Bearer ${RFC7515_A1.token}`).map((finding) => finding.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities.at(-1)).toBe('info');
  });

  it('explains in plain words', () => {
    const [expired] = findings(token(openEdxClaims({exp: NOW_SECONDS - 3 * 3600})));
    expect(expired?.message).toMatch(/^Expired 3 hours ago \(2024-05-01T09:00:00Z\)/);
    const [future] = findings(token(openEdxClaims({iat: NOW_SECONDS + 5})));
    expect(future?.message).toMatch(/even one second/);
    const [scopes] = findings(token(openEdxClaims({scopes: 'email'})));
    expect(scopes).toMatchObject({name: 'scopes', severity: 'error'});
    expect(scopes?.message).toMatch(/"scopes" should be a list of strings but is a string/);
  });

  it('warns near and over the 4096-byte cookie limit', () => {
    const near = token(openEdxClaims({roles: ['x'.repeat(2300)]}));
    const over = token(openEdxClaims({roles: ['x'.repeat(3200)]}));
    expect(codes(near)).toEqual(['size-near-cookie-limit']);
    expect(codes(over)).toEqual(['size-over-cookie-limit']);
    expect(findings(over)[0]?.message).toMatch(/over the 4096-byte limit/);
  });

  it('gives the time claims three ways', () => {
    const {times} = evaluate(inspectText(token(openEdxClaims())), NOW, {timeZone: 'Europe/Paris'});
    expect(times.exp).toEqual({
      name: 'exp',
      seconds: NOW_SECONDS + 3600,
      utc: '2024-05-01T13:00:00Z',
      local: '2024-05-01T15:00:00+02:00 (Europe/Paris)',
      relative: 'expires in 60 minutes',
      looksLikeMilliseconds: false,
    });
    expect(times.iat?.relative).toBe('issued 0 seconds ago');
    expect(times.nbf).toBeUndefined();
  });
});

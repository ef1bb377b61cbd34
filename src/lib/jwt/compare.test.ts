import {b64u, deeplyNestedToken} from '@site/test/fixtures/tokens';
import {compareTokens, diffObjects} from './compare';
import {inspectText} from './inspect';

function token(header: object, claims: object): string {
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(claims))}.c2ln`;
}

describe('compareTokens', () => {
  it('lists added, removed, changed and type-changed claims with a one-line summary', () => {
    const before = token(
      {alg: 'HS256', typ: 'JWT'},
      {version: '1.1.0', scopes: ['email'], user_id: 3, old: true},
    );
    const after = token(
      {alg: 'RS512', typ: 'JWT'},
      {version: '1.2.0', scopes: ['email'], user_id: '3', roles: []},
    );
    const comparison = compareTokens(inspectText(before), inspectText(after));
    expect(comparison.claims).toEqual([
      {name: 'version', kind: 'changed', before: '1.1.0', after: '1.2.0'},
      {name: 'user_id', kind: 'type-changed', before: 3, after: '3'},
      {name: 'roles', kind: 'added', after: []},
      {name: 'old', kind: 'removed', before: true},
    ]);
    expect(comparison.header).toEqual([
      {name: 'alg', kind: 'changed', before: 'HS256', after: 'RS512'},
    ]);
    expect(comparison.summary).toBe(
      '4 claims differ: version 1.1.0 → 1.2.0, user_id number → string, roles added ([]), old removed; 1 header parameter differs: alg HS256 → RS512.',
    );
  });

  it('ignores key order inside objects', () => {
    expect(diffObjects({a: {x: 1, y: 2}}, {a: {y: 2, x: 1}})).toEqual([]);
  });

  it('compares what decodes when one token is malformed', () => {
    const good = token({alg: 'HS256'}, {sub: 'a'});
    const bad = `${b64u(JSON.stringify({alg: 'HS256'}))}.!!!.sig`;
    const comparison = compareTokens(inspectText(good), inspectText(bad));
    expect(comparison.header).toEqual([]);
    expect(comparison.claims).toEqual([{name: 'sub', kind: 'removed', before: 'a'}]);
    expect(comparison.notes).toEqual([
      "The second token's claims cannot be decoded; they are compared as empty.",
    ]);
  });

  it('says when both are the same', () => {
    const same = token({alg: 'HS256'}, {sub: 'a'});
    expect(compareTokens(inspectText(same), inspectText(same)).summary).toBe(
      'Header and claims are the same.',
    );
  });

  it('compares claims nested 5,000 deep without overflowing the stack', () => {
    const comparison = compareTokens(
      inspectText(deeplyNestedToken(5000, 'a')),
      inspectText(deeplyNestedToken(5001, 'a')),
    );
    expect(comparison.claims.map((difference) => difference.name)).toEqual(['deep']);
    expect(comparison.summary).toMatch(/^1 claim differs: deep \[\[\[/);
    expect(comparison.notes).toContain(
      "The first token's payload nests 5,001 levels deep; values deeper than 32 levels are shown as […] or {…}.",
    );
  });
});

describe('times and lifetimes in a comparison', () => {
  const ISSUED = 1767225600; // 2026-01-01T00:00:00Z
  const now = new Date('2026-01-01T00:10:00Z');
  const before = token({alg: 'HS256'}, {iat: ISSUED, exp: ISSUED + 3600});
  const after = token({alg: 'HS256'}, {iat: ISSUED, exp: ISSUED + 1800});

  it('the summary shows a changed exp as dates, not raw numbers', () => {
    const comparison = compareTokens(inspectText(before), inspectText(after));
    expect(comparison.summary).toBe(
      '1 claim differs: exp 2026-01-01T01:00:00Z → 2026-01-01T00:30:00Z.',
    );
  });

  it('each side of a changed time claim is a date: UTC, in the reader’s zone, and relative', () => {
    const comparison = compareTokens(inspectText(before), inspectText(after), {
      now,
      timeZone: 'Europe/Paris',
    });
    expect(comparison.claims).toEqual([
      {
        name: 'exp',
        kind: 'changed',
        before: ISSUED + 3600,
        after: ISSUED + 1800,
        beforeTime: {
          name: 'exp',
          seconds: ISSUED + 3600,
          utc: '2026-01-01T01:00:00Z',
          local: '2026-01-01T02:00:00+01:00 (Europe/Paris)',
          relative: 'expires in 50 minutes',
          looksLikeMilliseconds: false,
        },
        afterTime: {
          name: 'exp',
          seconds: ISSUED + 1800,
          utc: '2026-01-01T00:30:00Z',
          local: '2026-01-01T01:30:00+01:00 (Europe/Paris)',
          relative: 'expires in 20 minutes',
          looksLikeMilliseconds: false,
        },
      },
    ]);
  });

  it('gives the lifetime difference, exp − iat: "1 h → 30 min"', () => {
    const comparison = compareTokens(inspectText(before), inspectText(after));
    expect(comparison.lifetime).toEqual({
      before: {seconds: 3600},
      after: {seconds: 1800},
      text: 'Lifetime 1 h → 30 min (token above → second token, exp − iat).',
    });
  });

  it('says when the lifetime is the same', () => {
    const comparison = compareTokens(inspectText(before), inspectText(before));
    expect(comparison.lifetime.text).toBe('Lifetime 1 h in both tokens (exp − iat).');
  });

  it.each([
    [
      'one token has no iat',
      token({alg: 'HS256'}, {exp: ISSUED + 1800}),
      'Lifetime 1 h → cannot be computed: the second token has no iat.',
    ],
    [
      'one token has no exp',
      token({alg: 'HS256'}, {iat: ISSUED}),
      'Lifetime 1 h → cannot be computed: the second token has no exp.',
    ],
    [
      'one token has neither',
      token({alg: 'HS256'}, {sub: 'a'}),
      'Lifetime 1 h → cannot be computed: the second token has no exp and no iat.',
    ],
    [
      'exp is not a number',
      token({alg: 'HS256'}, {iat: ISSUED, exp: '1767227400'}),
      'Lifetime 1 h → cannot be computed: the second token’s exp is not a number.',
    ],
    [
      'exp comes before iat',
      token({alg: 'HS256'}, {iat: ISSUED, exp: ISSUED - 60}),
      'Lifetime 1 h → cannot be computed: the second token’s exp is before its iat.',
    ],
    [
      'the claims do not decode',
      `${b64u(JSON.stringify({alg: 'HS256'}))}.!!!.sig`,
      'Lifetime 1 h → cannot be computed: the second token’s claims are unreadable.',
    ],
  ])('says why it cannot be computed when %s', (_name, second, text) => {
    expect(compareTokens(inspectText(before), inspectText(second)).lifetime.text).toBe(text);
  });

  it('reads milliseconds as milliseconds, as the claims table does', () => {
    const millis = token({alg: 'HS256'}, {iat: ISSUED * 1000, exp: (ISSUED + 1800) * 1000});
    expect(compareTokens(inspectText(before), inspectText(millis)).lifetime.text).toBe(
      'Lifetime 1 h → 30 min (token above → second token, exp − iat).',
    );
  });

  it('says when neither lifetime can be computed', () => {
    const bare = token({alg: 'HS256'}, {sub: 'a'});
    expect(compareTokens(inspectText(bare), inspectText(after)).lifetime.text).toBe(
      'Lifetime cannot be computed → 30 min: the token above has no exp and no iat.',
    );
    expect(compareTokens(inspectText(bare), inspectText(bare)).lifetime.text).toBe(
      'Lifetime cannot be computed: the token above has no exp and no iat; the second token has no exp and no iat.',
    );
  });
});

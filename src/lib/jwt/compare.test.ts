import {b64u, deeplyNestedToken} from './__fixtures__/tokens';
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

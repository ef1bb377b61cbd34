import fc from 'fast-check';
import {boundedJson, jsonTextDepth, shortJson} from './boundedJson';
import {MAX_SHOWN_CHARS, MAX_SHOWN_DEPTH} from './limits';

/** `[[[…]]]` nested `depth` deep, parsed: what a hostile payload decodes to. */
function nestedArrays(depth: number): unknown {
  return JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

/** `{"a":{"a":…1}}` nested `depth` deep. */
function nestedObjects(depth: number): unknown {
  return JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

describe('boundedJson', () => {
  it.each([
    ['an Open edX claims set', {iss: 'https://lms', scopes: ['email'], filters: [], n: 1.5}],
    ['nested containers and escapes', {a: [1, [2, {b: 'é"\n'}]], c: {}, d: null, e: true}],
    ['a scalar', 'text'],
    ['an empty array', []],
  ])('writes %s exactly as JSON.stringify does', (_, value) => {
    for (const indent of [0, 2]) {
      expect(boundedJson(value, {indent}).text).toBe(JSON.stringify(value, null, indent));
    }
  });

  it('prints a payload nested 5,000 deep without overflowing the stack', () => {
    const value = nestedObjects(5000);
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    const printed = boundedJson(value, {indent: 2});
    expect(printed.depthCut).toBe(true);
    expect(printed.sizeCut).toBe(false);
    expect(printed.text).toContain('"a": {…}');
    // Opened to the limit, so the deepest line is indented MAX_SHOWN_DEPTH levels.
    expect(printed.text).toContain(`\n${'  '.repeat(MAX_SHOWN_DEPTH)}"a": {…}`);
    expect(printed.text.length).toBeLessThan(5000);
  });

  it('stops at maxChars, inside a long string too', () => {
    const printed = boundedJson({big: 'x'.repeat(200_000)}, {indent: 2});
    expect(printed.sizeCut).toBe(true);
    expect(printed.text).toHaveLength(MAX_SHOWN_CHARS);
    expect(printed.text.startsWith('{\n  "big": "xxx')).toBe(true);
  });

  it('sorts keys on request, so key order is not a difference', () => {
    expect(boundedJson({b: 1, a: {d: 2, c: 3}}, {sortKeys: true}).text).toBe(
      '{"a":{"c":3,"d":2},"b":1}',
    );
  });

  it('skips what JSON.stringify skips and calls toJSON', () => {
    const value = {gone: undefined, list: [undefined], when: new Date(0)};
    expect(boundedJson(value).text).toBe(JSON.stringify(value));
  });
});

describe('jsonTextDepth', () => {
  it.each([
    ['a scalar', '1', 0],
    ['an empty object', '{}', 1],
    ['an object in an array', '[{"a":1}]', 2],
    ['brackets inside strings', '{"a":"[[{\\"]]","b":[]}', 2],
    ['100,000 levels', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 100_000],
  ])('of %s', (_, text, depth) => {
    expect(jsonTextDepth(text)).toBe(depth);
  });
});

describe('shortJson', () => {
  it('keeps strings as they are and cuts long values with an ellipsis', () => {
    expect(shortJson('user')).toBe('user');
    expect(shortJson(['a', 'b'])).toBe('["a","b"]');
    expect(shortJson('x'.repeat(50), {maxChars: 10})).toBe(`${'x'.repeat(10)}…`);
    expect(shortJson({a: 'x'.repeat(50)}, {maxChars: 10})).toBe('{"a":"xxxx…');
    expect(shortJson(nestedArrays(6000), {maxChars: 80})).toMatch(/^\[{32}\[…\]{33}$/);
  });
});

describe('boundedJson properties', () => {
  /** Any JSON value wrapped in up to 3,000 levels of arrays and objects. */
  const deepValue = fc
    .tuple(
      fc.jsonValue({maxDepth: 3}),
      fc.array(fc.constantFrom('array', 'object'), {maxLength: 3000}),
    )
    .map(([inner, wrappers]) => {
      // Built from the inside out without recursion, as a parsed hostile payload would be.
      let value: unknown = inner;
      for (const wrapper of wrappers) value = wrapper === 'array' ? [value] : {k: value};
      return {value, depth: wrappers.length + jsonTextDepth(JSON.stringify(inner))};
    });

  it('never throws, stays within the caps, and equals JSON.stringify when nothing is cut', () => {
    fc.assert(
      fc.property(
        deepValue,
        fc.integer({min: 1, max: 64}),
        fc.integer({min: 0, max: 4096}),
        fc.constantFrom(0, 2),
        ({value, depth}, maxDepth, maxChars, indent) => {
          const printed = boundedJson(value, {maxDepth, maxChars, indent});
          expect(printed.text.length).toBeLessThanOrEqual(maxChars);
          if (!printed.depthCut && !printed.sizeCut) {
            expect(printed.text).toBe(JSON.stringify(value, null, indent));
          }
          if (depth <= maxDepth) expect(printed.depthCut).toBe(false);
          // Past the limit an empty container is printed whole ([] loses nothing), so only a
          // container below the limit's level that holds another one must be cut.
          if (depth > maxDepth + 1) expect(printed.depthCut || printed.sizeCut).toBe(true);
        },
      ),
      {numRuns: 200},
    );
  });
});

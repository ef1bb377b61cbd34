import {MAX_SHOWN_CHARS, MAX_SHOWN_DEPTH} from './limits';
import {b64u, deeplyNestedToken, RFC7515_A1, RFC7515_A5} from '@site/test/fixtures/tokens';
import {inspectText} from './inspect';

const HEADER = b64u('{"alg":"HS256","typ":"JWT"}');
const PAYLOAD = b64u('{"sub":"x","exp":1}');
const SIG = 'c2ln';

function codes(input: string): string[] {
  return inspectText(input).findings.map((finding) => finding.code);
}

describe('decoding the RFC 7515 vectors', () => {
  it('A.1 (HS256): exact header and payload text, CR LF included', () => {
    const result = inspectText(RFC7515_A1.token);
    expect(result.form).toBe('jws');
    expect(result.header?.text).toBe(RFC7515_A1.headerText);
    expect(result.payload?.text).toBe(RFC7515_A1.payloadText);
    expect(result.header?.json).toEqual({typ: 'JWT', alg: 'HS256'});
    expect(result.payload?.json).toEqual({
      iss: 'joe',
      exp: 1300819380,
      'http://example.com/is_root': true,
    });
    expect(result.signatureBytes).toBe(32);
    expect(result.lenient).toBe(false);
    expect(result.findings).toEqual([]);
    expect(result.segments.map((segment) => [segment.role, segment.start])).toEqual([
      ['header', 0],
      ['payload', 41],
      ['signature', 41 + 94 + 1],
    ]);
  });

  it('A.5 (alg none): decodes, empty signature segment', () => {
    const result = inspectText(RFC7515_A5);
    expect(result.form).toBe('jws');
    expect(result.header?.json).toEqual({alg: 'none'});
    expect(result.payload?.json).toMatchObject({iss: 'joe'});
    expect(result.segments[2]?.text).toBe('');
    expect(result.signatureBytes).toBeUndefined();
  });
});

describe('malformed input gets a precise diagnosis', () => {
  const cases: [name: string, input: string, expected: string[], message?: RegExp][] = [
    ['empty input', '', ['input-empty'], undefined],
    ['one segment', HEADER, ['segments-wrong-count'], /1 segment .*no dot/],
    [
      'two segments',
      `${HEADER}.${PAYLOAD}`,
      ['segments-wrong-count'],
      /signature segment is missing/,
    ],
    ['four segments', `${HEADER}.${PAYLOAD}.${SIG}.x`, ['segments-wrong-count'], undefined],
    ['empty header', `.${PAYLOAD}.${SIG}`, ['segment-empty'], /The header \(segment 1\) is empty/],
    ['empty payload', `${HEADER}..${SIG}`, ['segment-empty'], /payload \(segment 2\)/],
    [
      'invalid character in the payload',
      `${HEADER}.${PAYLOAD.slice(0, 5)}$${PAYLOAD.slice(5)}.${SIG}`,
      ['base64url-invalid-character'],
      /payload \(segment 2\) contains "\$" at position 6 of the segment \(character 43 of the token\)/,
    ],
    [
      'control character',
      `${HEADER}.${PAYLOAD}.si\u0000g`,
      ['base64url-invalid-character'],
      /signature \(segment 3\) contains U\+0000 at position 3/,
    ],
    [
      'emoji in the header',
      `ab😀cd.${PAYLOAD}.${SIG}`,
      ['base64url-invalid-character'],
      /contains "😀" at position 3/,
    ],
    [
      'impossible length',
      `${HEADER}x.${PAYLOAD}.${SIG}`,
      ['base64url-invalid-length'],
      /1 more than a multiple of 4/,
    ],
    [
      'padding',
      `${Buffer.from('{"alg":"HS2"}').toString('base64')}.${PAYLOAD}.${SIG}`,
      ['base64-padding'],
      /header \(segment 1\) ends with "=" padding/,
    ],
    [
      'standard alphabet',
      `${HEADER}.${Buffer.from('{"a":"???>>>"}').toString('base64').replace(/=+$/, '')}.${SIG}`,
      ['base64-standard-alphabet'],
      /uses "\+" or "\/"/,
    ],
    [
      'invalid UTF-8',
      `${HEADER}.${Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]).toString('base64url')}.${SIG}`,
      ['utf8-invalid'],
      /first bad byte at offset 6/,
    ],
    [
      'invalid JSON with position',
      `${HEADER}.${b64u('{"sub":"x",}')}.${SIG}`,
      ['json-invalid'],
      /payload \(segment 2\) is not valid JSON at character 12 \(line 1, column 12\)/,
    ],
    [
      'JSON cut short',
      `${b64u('{"alg":')}.${PAYLOAD}.${SIG}`,
      ['json-invalid'],
      /header \(segment 1\) is not valid JSON at character 8/,
    ],
    [
      'header not an object',
      `${b64u('["HS256"]')}.${PAYLOAD}.${SIG}`,
      ['header-not-object'],
      /an array/,
    ],
    [
      'payload is a JSON string',
      `${HEADER}.${b64u('"hello"')}.${SIG}`,
      ['payload-not-object'],
      /not a JWT claims set/,
    ],
    [
      'payload is plain text',
      `${HEADER}.${b64u('hello <b>world</b>')}.${SIG}`,
      ['payload-not-json'],
      /text, not JSON/,
    ],
  ];

  it.each(cases)('%s', (_name, input, expected, message) => {
    const result = inspectText(input);
    expect(result.findings.map((finding) => finding.code)).toEqual(expected);
    if (message)
      expect(result.findings.map((finding) => finding.message).join('\n')).toMatch(message);
  });

  it('still shows what can be decoded', () => {
    const twoSegments = inspectText(`${HEADER}.${PAYLOAD}`);
    expect(twoSegments.header?.json).toEqual({alg: 'HS256', typ: 'JWT'});
    expect(twoSegments.payload?.json).toEqual({sub: 'x', exp: 1});
    const badPayload = inspectText(`${HEADER}.${b64u('hello')}.${SIG}`);
    expect(badPayload.header?.json?.alg).toBe('HS256');
    expect(badPayload.payload?.text).toBe('hello');
    const padded = inspectText(`${HEADER}==.${PAYLOAD}.${SIG}`);
    expect(padded.lenient).toBe(true);
  });

  it('reads non-ASCII claims as UTF-8', () => {
    const result = inspectText(`${HEADER}.${b64u('{"name":"Zoë 学生 😀"}')}.${SIG}`);
    expect(result.payload?.json?.name).toBe('Zoë 学生 😀');
    expect(codes(`${HEADER}.${b64u('{"name":"Zoë"}')}.${SIG}`)).toEqual([]);
  });
});

describe('encrypted and nested tokens', () => {
  it('recognises a JWE, shows its protected header and says the payload is encrypted', () => {
    const header = b64u('{"alg":"RSA-OAEP","enc":"A256GCM","cty":"JWT"}');
    const result = inspectText(`${header}.a2V5.aXY.Y2lwaGVy.dGFn`);
    expect(result.form).toBe('jwe');
    expect(result.header?.json).toMatchObject({alg: 'RSA-OAEP', enc: 'A256GCM'});
    expect(result.payload).toBeUndefined();
    expect(result.segments.map((segment) => segment.role)).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ]);
    expect(result.findings.map((finding) => finding.code)).toEqual([
      'token-encrypted',
      'nested-jwt',
    ]);
  });

  it('decodes the inner token of a nested JWT (cty: JWT)', () => {
    const inner = `${HEADER}.${PAYLOAD}.${SIG}`;
    const outer = `${b64u('{"alg":"HS256","cty":"JWT"}')}.${b64u(inner)}.${SIG}`;
    const result = inspectText(outer);
    expect(result.findings.map((finding) => finding.code)).toEqual(['nested-jwt']);
    expect(result.nested?.token).toBe(inner);
    expect(result.nested?.payload?.json).toEqual({sub: 'x', exp: 1});
  });
});

describe('tokens with very many dots', () => {
  it('keeps six segments, the sixth holding the rest, and counts them all', () => {
    const result = inspectText(`${HEADER}.${PAYLOAD}.${SIG}${'.x'.repeat(100_000)}`);
    expect(result.segments).toHaveLength(6);
    expect(result.segments[5]).toMatchObject({role: 'extra', index: 6});
    expect(result.segments[5]?.text).toBe('x.'.repeat(99_997) + 'x');
    expect(result.segments.map((segment) => segment.text).join('.')).toBe(result.token);
    expect(result.findings.find((f) => f.code === 'segments-wrong-count')?.message).toMatch(
      /^The token has 100,003 segments separated by dots; .* Too many dots/,
    );
  });
});

describe('payloads too deep or too long to show', () => {
  it('shows a payload nested 5,000 deep to the depth limit and says what was cut', () => {
    const result = inspectText(deeplyNestedToken(5000));
    expect(result.payload?.json).toMatchObject({sub: 'deep-user'});
    const shown = result.payload?.shown ?? '';
    expect(shown).toContain('"sub": "deep-user"');
    expect(shown).toContain('[…]');
    expect(shown.length).toBeLessThan(10_000);
    expect(result.payload?.shownCut).toBe(true);
    const finding = result.findings.find((f) => f.code === 'json-too-deep');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('nested 5,001 levels deep');
    expect(finding?.message).toContain(`first ${MAX_SHOWN_DEPTH} levels`);
    expect(finding?.message).toContain('Copy payload');
  });

  it('shows the first MAX_SHOWN_CHARS of a long payload, with a finding', () => {
    const long = `${HEADER}.${b64u(JSON.stringify({sub: 'x', note: 'n'.repeat(100_000)}))}.${SIG}`;
    const result = inspectText(long);
    expect(result.payload?.shown).toHaveLength(MAX_SHOWN_CHARS);
    expect(result.payload?.shownCut).toBe(true);
    const finding = result.findings.find((f) => f.code === 'json-too-long-to-show');
    expect(finding?.message).toMatch(/more than 65,536 characters/);
  });

  it('shows an ordinary token in full, indented, with no finding', () => {
    const result = inspectText(RFC7515_A1.token);
    expect(result.payload?.shown).toBe(JSON.stringify(result.payload?.json, null, 2));
    expect(result.payload?.shownCut).toBe(false);
  });
});

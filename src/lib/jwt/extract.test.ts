import fc from 'fast-check';
import {costGrowth} from '@site/test/growth';
import {extractToken, joinCookies} from './extract';
import {MAX_INPUT_CHARS} from './limits';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
const [HP_HEADER, HP_PAYLOAD, SIG] = TOKEN.split('.') as [string, string, string];
const HP = `${HP_HEADER}.${HP_PAYLOAD}`;

describe('extractToken', () => {
  const cases: [name: string, input: string, token: string, source: string, codes: string[]][] = [
    ['empty', '', '', 'empty', ['input-empty']],
    ['only whitespace', ' \n\t ', '', 'empty', ['input-empty']],
    ['bare token', TOKEN, TOKEN, 'token', []],
    ['surrounding whitespace', `\n  ${TOKEN}  \n`, TOKEN, 'token', []],
    [
      'line breaks inside',
      `${TOKEN.slice(0, 10)}\n${TOKEN.slice(10, 30)}\r\n ${TOKEN.slice(30)}`,
      TOKEN,
      'token',
      ['input-whitespace-removed'],
    ],
    ['Bearer prefix', `Bearer ${TOKEN}`, TOKEN, 'token', ['input-prefix-removed']],
    ['JWT prefix', `JWT ${TOKEN}`, TOKEN, 'token', ['input-prefix-removed']],
    ['lower-case bearer', `bearer   ${TOKEN}`, TOKEN, 'token', ['input-prefix-removed']],
    ['double quotes', `"${TOKEN}"`, TOKEN, 'token', ['input-quotes-removed']],
    ['single quotes', `'${TOKEN}'`, TOKEN, 'token', ['input-quotes-removed']],
    [
      'Authorization header',
      `Authorization: JWT ${TOKEN}`,
      TOKEN,
      'authorization-header',
      ['input-authorization-header', 'input-prefix-removed'],
    ],
    [
      'Authorization header among other headers',
      `GET /api/user/v1/me HTTP/1.1\nHost: lms\nauthorization: Bearer ${TOKEN}\nAccept: */*`,
      TOKEN,
      'authorization-header',
      ['input-authorization-header', 'input-prefix-removed'],
    ],
    [
      'JSON-style header',
      `"Authorization": "JWT ${TOKEN}",`,
      TOKEN,
      'authorization-header',
      ['input-authorization-header', 'input-quotes-removed', 'input-prefix-removed'],
    ],
    [
      'Cookie header with both Open edX cookies',
      `Cookie: csrftoken=abc; edx-jwt-cookie-header-payload=${HP}; sessionid=x; edx-jwt-cookie-signature=${SIG}`,
      TOKEN,
      'cookie-header',
      ['input-cookies-reassembled'],
    ],
    [
      'cookie pairs on separate lines',
      `edx-jwt-cookie-signature=${SIG}\nedx-jwt-cookie-header-payload=${HP}`,
      TOKEN,
      'cookie-header',
      ['input-cookies-reassembled'],
    ],
    [
      'only the header and payload cookie',
      `edx-jwt-cookie-header-payload=${HP}`,
      `${HP}.`,
      'cookie-header',
      ['input-cookie-signature-missing'],
    ],
    [
      'the joined cookie',
      `Cookie: edx-jwt-cookie=${TOKEN}; other=1`,
      TOKEN,
      'cookie-header',
      ['input-token-found-in-text'],
    ],
    [
      'token inside a JSON response',
      `{"access_token": "${TOKEN}", "token_type": "JWT", "expires_in": 3600}`,
      TOKEN,
      'text',
      ['input-token-found-in-text'],
    ],
    ['text with no token', 'hello world', 'helloworld', 'token', ['input-whitespace-removed']],
    ['prose', 'this is not a token!', 'this is not a token!', 'token', ['input-no-token']],
  ];

  it.each(cases)('%s', (_name, input, token, source, codes) => {
    const result = extractToken(input);
    expect(result.token).toBe(token);
    expect(result.source).toBe(source);
    expect(result.findings.map((finding) => finding.code).sort()).toEqual([...codes].sort());
  });
});

describe('joinCookies', () => {
  it('joins header.payload and signature and says so', () => {
    const result = joinCookies(` ${HP} `, `"${SIG}"`);
    expect(result.token).toBe(TOKEN);
    expect(result.source).toBe('separate-cookies');
    expect(result.findings[0]?.code).toBe('input-cookies-reassembled');
    expect(result.findings[0]?.message).toContain('edx-jwt-cookie-signature');
  });

  it('accepts values pasted with their cookie names', () => {
    expect(
      joinCookies(`edx-jwt-cookie-header-payload=${HP}`, `edx-jwt-cookie-signature=${SIG}`).token,
    ).toBe(TOKEN);
  });

  it('explains a missing half', () => {
    expect(joinCookies(HP, '').findings[0]?.code).toBe('input-cookie-signature-missing');
    expect(joinCookies('', SIG).findings[0]).toMatchObject({
      code: 'input-cookie-header-payload-missing',
      severity: 'error',
    });
    expect(joinCookies('', ' ').findings[0]?.code).toBe('input-empty');
  });
});

describe('extractToken on hostile input', () => {
  // Each shape made a pattern backtrack, or a loop start over, once per character.
  const shapes: [name: string, make: (length: number) => string][] = [
    ['a run of line breaks between two words', (n) => `a${'\n'.repeat(n)}b`],
    ['a run of quotes', (n) => '"'.repeat(n)],
    ['an Authorization header ending in commas', (n) => `Authorization: JWT ${','.repeat(n)}x`],
    [
      'a cookie value in a run of quotes',
      (n) => `Cookie: edx-jwt-cookie-header-payload=${'"'.repeat(n)}`,
    ],
    ['"eyJ" over and over after a space', (n) => `x ${'eyJ'.repeat(n / 3)}`],
    ['token-like runs between tabs', (n) => 'eyJa.b\t'.repeat(n / 7)],
    ['lines that almost name the header', (n) => 'authorization\n'.repeat(n / 14)],
  ];

  it.each(shapes)('takes time in proportion to the input: %s', (_name, make) => {
    // Linear work gives about 1, quadratic work about 16 (see test/growth.ts).
    expect(costGrowth(extractToken, make)).toBeLessThan(4);
  });

  it('still finds a token after a long run of line breaks', () => {
    expect(extractToken(`${'\n'.repeat(100_000)}Authorization: JWT ${TOKEN}`).token).toBe(TOKEN);
    expect(extractToken(`"'${TOKEN}'"`).token).toBe(TOKEN);
  });

  it('refuses input over the cap and says how big it was, the cap, and what to do', () => {
    const result = extractToken(`${TOKEN}${' '.repeat(MAX_INPUT_CHARS)}`);
    expect(result.token).toBe('');
    expect(result.findings).toEqual([
      {
        code: 'input-too-large',
        severity: 'error',
        message: `The pasted text is ${(MAX_INPUT_CHARS + TOKEN.length).toLocaleString('en-US')} characters long; the decoder reads at most 262,144 (256 KB), so it did not decode it. An Open edX JWT is a few kilobytes: paste only the token, or the Authorization or Cookie header line that carries it.`,
      },
    ]);
    expect(extractToken(`${TOKEN}${' '.repeat(MAX_INPUT_CHARS - TOKEN.length)}`).token).toBe(TOKEN);
  });

  it('refuses two cookies that are together over the cap', () => {
    const result = joinCookies(HP, SIG.repeat(MAX_INPUT_CHARS / SIG.length));
    expect(result.token).toBe('');
    expect(result.findings[0]?.code).toBe('input-too-large');
  });

  it('ends and stays within the cap whatever it is given', () => {
    const pieces = fc.string({
      maxLength: 12,
      unit: fc.constantFrom(...'eyJ.\n\r \t"\'`,;:=aA-_%'.split(''), 'Authorization', 'JWT '),
    });
    fc.assert(
      fc.property(pieces, fc.integer({min: 0, max: 60_000}), fc.string(), (piece, times, tail) => {
        const input = piece.repeat(times) + tail;
        const result = extractToken(input);
        expect(result.token.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
        const refused = result.findings.some((finding) => finding.code === 'input-too-large');
        expect(refused).toBe(input.length > MAX_INPUT_CHARS);
      }),
      {numRuns: 150},
    );
  });
});

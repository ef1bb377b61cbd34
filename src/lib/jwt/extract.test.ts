import {extractToken, joinCookies} from './extract';

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

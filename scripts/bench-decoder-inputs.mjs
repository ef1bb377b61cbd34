/**
 * What the decoder benchmark types into the decoder (scripts/bench-decoder.mjs): an Open edX-shaped
 * token of a given size, and the hostile inputs of the worst-case measurement (issue #16).
 */

export const DECODER_ROUTE = '/docs/tools/jwt-decoder';

/** src/lib/jwt/limits.ts MAX_INPUT_CHARS: the most the token box reads. */
export const INPUT_CAP = 256 * 1024;

const b64u = (value) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** An Open edX-shaped token of about `bytes` characters; `marker` makes each run's output differ. */
export function benchToken(bytes, marker) {
  const iat = Math.floor(Date.now() / 1000);
  const claims = {
    iss: 'https://lms.example.org/oauth2',
    aud: 'change-me',
    exp: iat + 3600,
    iat,
    sub: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    preferred_username: 'edx',
    scopes: ['user_id', 'email', 'profile'],
    version: '1.2.0',
    filters: [],
    is_restricted: false,
    email_verified: true,
    grant_type: 'password',
    user_id: 3,
    email: 'edx@example.com',
    bench_marker: marker,
    roles: [],
  };
  const header = b64u({alg: 'RS512', typ: 'JWT', kid: 'bench'});
  const signature = 'A'.repeat(342);
  for (let i = 0; ; i++) {
    const token = `${header}.${b64u(claims)}.${signature}`;
    if (token.length >= bytes) return token;
    claims.roles.push(`enterprise_learner:${String(i).padStart(6, '0')}-course-v1:edX+DemoX`);
  }
}

/**
 * The hostile inputs of the worst-case measurement, each as long as the cap allows, and the finding
 * code that shows the decoder has dealt with it.
 */
export function hostileInputs(cap = INPUT_CAP) {
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  // A payload whose token is just under the cap: base64url makes 4 characters of 3 bytes.
  const fit = (payload) => `${header}.${Buffer.from(payload).toString('base64url')}.c2ln`;
  const room = Math.floor(((cap - header.length - 6) * 3) / 4);
  const depth = Math.floor(room / 2);
  const claims = Math.floor(room / 12) - 1;
  return [
    {
      label: 'nested to the cap',
      text: fit('['.repeat(depth) + ']'.repeat(depth)),
      code: 'json-too-deep',
    },
    {
      label: `${claims.toLocaleString('en-US')} claims`,
      text: fit(
        `{${Array.from({length: claims}, (_, i) => `"c${String(i).padStart(5, '0')}":1`).join(',')}}`,
      ),
      code: 'json-too-long-to-show',
    },
    {label: 'line breaks', text: `a${'\n'.repeat(cap - 2)}b`, code: 'segments-wrong-count'},
    {label: 'dots', text: '.'.repeat(cap), code: 'segments-wrong-count'},
    {label: 'one huge segment', text: `eyJ${'A'.repeat(cap - 3)}`, code: 'segments-wrong-count'},
    {label: 'one over the cap', text: 'x'.repeat(cap + 1), code: 'input-too-large'},
  ];
}

/**
 * Property-based tests: whatever is pasted, the inspector never throws and always says something
 * useful (decoded parts, or an error finding with a code).
 */
import fc from 'fast-check';
import {b64u, NOW, openEdxClaims, RFC7515_A1, RFC7515_A5} from '@site/test/fixtures/tokens';
import {evaluate} from './findings';
import {inspectCookies, inspectText} from './inspect';
import type {Inspection} from './types';
import {verifySignature} from './verify';

const VALID_TOKENS = [
  RFC7515_A1.token,
  RFC7515_A5,
  `${b64u('{"alg":"RS512","typ":"JWT","kid":"k1"}')}.${b64u(JSON.stringify(openEdxClaims({name: 'Zoë 学生'})))}.${'A'.repeat(342)}`,
  `${b64u('{"alg":"RSA-OAEP","enc":"A256GCM","cty":"JWT"}')}.a2V5.aXY.Y2lwaGVy.dGFn`,
  `${b64u('{"alg":"HS256","cty":"JWT"}')}.${b64u(RFC7515_A1.token)}.c2ln`,
];

const TOKEN_ALPHABET = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=. "\n\t{}:é😀\u0000',
];

/** One edit applied to a valid token. */
const mutation = fc.oneof(
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({maxLength: 4})}),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({min: 1, max: 8}),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    char: fc.constantFrom(...TOKEN_ALPHABET),
  }),
  fc.record({kind: fc.constant('truncate' as const), at: fc.nat()}),
  fc.record({
    kind: fc.constant('wrap' as const),
    prefix: fc.constantFrom(
      'Bearer ',
      'JWT ',
      '"',
      'Authorization: JWT ',
      'Cookie: edx-jwt-cookie-header-payload=',
    ),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(token: string, edits: readonly Mutation[]): string {
  let text = token;
  for (const edit of edits) {
    const at = text.length === 0 ? 0 : 'at' in edit ? edit.at % (text.length + 1) : 0;
    switch (edit.kind) {
      case 'insert':
        text = text.slice(0, at) + edit.text + text.slice(at);
        break;
      case 'delete':
        text = text.slice(0, at) + text.slice(at + edit.length);
        break;
      case 'replace':
        text = text.slice(0, at) + edit.char + text.slice(at + 1);
        break;
      case 'truncate':
        text = text.slice(0, at);
        break;
      case 'wrap':
        text = edit.prefix + text;
        break;
    }
  }
  return text;
}

/** Decoded parts, or an error finding; the only silent result is empty input, which says so. */
function saysSomething(inspection: Inspection): boolean {
  const findings = evaluate(inspection, NOW, {timeZone: 'UTC'}).findings;
  return (
    inspection.header !== undefined ||
    inspection.payload !== undefined ||
    findings.some((finding) => finding.severity === 'error' && finding.code.length > 0) ||
    (inspection.form === 'empty' && findings.some((finding) => finding.code === 'input-empty'))
  );
}

function check(input: string): boolean {
  const inspection = inspectText(input);
  return (
    saysSomething(inspection) &&
    (inspection.nested === undefined || saysSomething(inspection.nested))
  );
}

describe('the inspector never throws and always reports something', () => {
  it('on 5,000 arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), check), {numRuns: 5000});
  });

  it('on 5,000 strings made of token characters', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...TOKEN_ALPHABET), maxLength: 200}), check),
      {numRuns: 5000},
    );
  });

  it('on 10,000 mutated valid tokens', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_TOKENS),
        fc.array(mutation, {minLength: 1, maxLength: 4}),
        (token, edits) => check(mutate(token, edits)),
      ),
      {numRuns: 10_000},
    );
  });

  it('on 2,000 pairs of cookie values', () => {
    fc.assert(
      fc.property(
        fc.string({maxLength: 80}),
        fc.string({maxLength: 40}),
        (headerPayload, signature) => saysSomething(inspectCookies(headerPayload, signature)),
      ),
      {numRuns: 2000},
    );
  });

  it('verification always resolves with a status and a code (300 mutated tokens and keys)', async () => {
    const keys = [
      '',
      'secret',
      JSON.stringify(RFC7515_A1.jwk),
      '{"keys":[]}',
      '{',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VALID_TOKENS),
        fc.array(mutation, {maxLength: 3}),
        fc.oneof(fc.constantFrom(...keys), fc.string({maxLength: 40})),
        fc.constantFrom('text' as const, 'base64' as const, 'base64url' as const),
        async (token, edits, key, encoding) => {
          const result = await verifySignature(inspectText(mutate(token, edits)), key, encoding);
          return (
            ['verified', 'invalid', 'not-checked'].includes(result.status) && result.code.length > 0
          );
        },
      ),
      {numRuns: 300},
    );
  });
});

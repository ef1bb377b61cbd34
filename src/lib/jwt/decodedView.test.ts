import {b64u, deeplyNestedToken} from '@site/test/fixtures/tokens';
import {decodedView, lifetimeSeconds, numberOrZero, payloadNote} from './decodedView';
import {inspectCookies, inspectText} from './inspect';

const HEADER = b64u('{"alg":"HS256","typ":"JWT"}');
const SIG = 'c2ln';

function token(claims: string, header = HEADER): string {
  return `${header}.${b64u(claims)}.${SIG}`;
}

describe('decodedView', () => {
  it('shows the claims, the header parameters and the lifetime of a token with claims', () => {
    const view = decodedView(inspectText(token('{"sub":"a","iat":1000,"exp":4600}')));
    expect(view).toMatchObject({
      hasToken: true,
      inputProblem: false,
      claims: {sub: 'a', iat: 1000, exp: 4600},
      headerParameters: {alg: 'HS256', typ: 'JWT'},
      lifetimeSeconds: 3600,
    });
    expect(view.payload?.json).toEqual({sub: 'a', iat: 1000, exp: 4600});
    expect(view.headerNote).toBeUndefined();
    expect(view.payloadNote).toBeUndefined();
  });

  it('prompts for a token only when the input is truly empty', () => {
    expect(decodedView(inspectText('   '))).toMatchObject({hasToken: false, inputProblem: false});
    expect(decodedView(undefined)).toMatchObject({hasToken: false, inputProblem: false});
  });

  it('has a problem to show when the input holds no token but is not empty', () => {
    expect(decodedView(inspectCookies('', 'c2lnbmF0dXJl'))).toMatchObject({
      hasToken: false,
      inputProblem: true,
    });
    expect(decodedView(inspectText('Authorization:'))).toMatchObject({
      hasToken: false,
      inputProblem: true,
    });
  });

  it('never shows the payload or claims of a JWE, and says it is encrypted', () => {
    const header = b64u('{"alg":"RSA-OAEP","enc":"A256GCM"}');
    const view = decodedView(inspectText(`${header}.a2V5.aXY.Y2lwaGVy.dGFn`));
    expect(view.hasToken).toBe(true);
    expect(view.payload).toBeUndefined();
    expect(view.claims).toBeUndefined();
    expect(view.headerParameters).toMatchObject({enc: 'A256GCM'});
    expect(view.payloadNote).toMatch(/^Encrypted\./);
  });

  it('points to the inner token of a nested JWT', () => {
    const outer = `${b64u('{"alg":"HS256","cty":"JWT"}')}.${b64u(deeplyNestedToken(1))}.${SIG}`;
    expect(decodedView(inspectText(outer)).payloadNote).toBe(
      'Another token (nested JWT): use "Decode the inner token" below to read it.',
    );
  });

  it('says when the payload is JSON but not a claims set, or could not be decoded', () => {
    expect(payloadNote(inspectText(token('[1, 2]')))).toBe(
      'Not a JSON object, so not a claims set. Shown as text.',
    );
    expect(payloadNote(inspectText(`${HEADER}.%%%.${SIG}`))).toBe(
      'Could not be decoded: see the findings.',
    );
  });

  it('says when the header could not be decoded', () => {
    const view = decodedView(inspectText(`%%%.${b64u('{"sub":"a"}')}.${SIG}`));
    expect(view.headerNote).toBe('Could not be decoded: see the findings.');
    expect(view.headerParameters).toBeUndefined();
  });
});

describe('lifetimeSeconds', () => {
  it('is exp − iat only when both are numbers', () => {
    expect(lifetimeSeconds({iat: 10, exp: 70})).toBe(60);
    expect(lifetimeSeconds({iat: '10', exp: 70})).toBeUndefined();
    expect(lifetimeSeconds({exp: 70})).toBeUndefined();
    expect(lifetimeSeconds(undefined)).toBeUndefined();
  });
});

describe('numberOrZero', () => {
  it('reads a number field, and 0 while it is empty or not a number', () => {
    expect(numberOrZero('30')).toBe(30);
    expect(numberOrZero('-1.5')).toBe(-1.5);
    expect(numberOrZero('')).toBe(0);
    expect(numberOrZero('-')).toBe(0);
    expect(numberOrZero('Infinity')).toBe(0);
  });
});

/**
 * The claim checks of the Open edX service model (claims.ts, claimsPass.ts): zero leeway in the
 * signature passes, JWT_LEEWAY and the verify flags in the claims pass, and the audience. Table
 * rows: test/serviceModel/claimsRows.ts.
 */
import {
  KEYSET,
  CLAIMS_PASS,
  NO_SIG_OPTIONS,
  signAsym,
  run,
  expectRow,
  prepareKeys,
} from '@site/test/serviceModel/harness';
import {claimsRows} from '@site/test/serviceModel/claimsRows';
import {NOW_SECONDS, openEdxClaims} from '@site/test/fixtures/tokens';
import {checkClaims} from './claims';
import {claimsPassStep} from './claimsPass';
import {DEFAULT_SERVICE_SETTINGS} from './defaults';

beforeAll(prepareKeys);

describe('Open edX service model: claims', () => {
  it.each(claimsRows)('$rule [$source]', expectRow);

  it(`JWT_LEEWAY applies in the claims pass only [${CLAIMS_PASS}]`, async () => {
    const simulation = await run(await signAsym('RS256'), {leeway: 5});
    const claimsStep = simulation.steps.find((step) => step.id === 'claims-pass');
    expect(claimsStep?.title).toMatch(/JWT_LEEWAY 5 s/);
    const pass = simulation.steps.find((step) => step.id === 'asymmetric-pass');
    expect(pass?.title).toMatch(/zero leeway/);
  });

  it(`the claims pass runs PyJWT without the iat and nbf checks, the signature passes with them [${CLAIMS_PASS}; ${NO_SIG_OPTIONS}]`, () => {
    const payload = {exp: NOW_SECONDS + 60, iat: NOW_SECONDS + 30, nbf: NOW_SECONDS + 30};
    const base = {now: NOW_SECONDS, leeway: 0, require: ['exp', 'iat'], verifyExp: true};
    const claimsPass = {...base, verifyIat: false, verifyNbf: false, verifyAud: false};
    expect(checkClaims(payload, {...claimsPass, audience: null})).toBeUndefined();
    const signaturePass = {...base, verifyIat: true, verifyNbf: true, verifyAud: false};
    expect(checkClaims(payload, {...signaturePass, audience: null})).toMatchObject({
      error: 'ImmatureSignatureError',
    });
    expect(checkClaims({...payload, iat: NOW_SECONDS}, {...signaturePass, audience: null})).toEqual(
      {error: 'ImmatureSignatureError', message: 'The token is not yet valid (nbf).'},
    );
  });

  it(`a non-string sub or jti is accepted as PyJWT 2.6.0 does, with a caveat that 2.10.0 and later reject it [pyjwt 2.10.0 api_jwt.py _validate_sub, _validate_jti]`, async () => {
    // Numbers where jose's JWTPayload types strings: the decoder sees whatever JSON arrives.
    const odd: Record<string, unknown> = {sub: 42, jti: 7};
    const simulation = await run(await signAsym('RS256', openEdxClaims(odd)));
    expect(simulation.outcome).toBe('accepted');
    expect(simulation.caveats.join(' ')).toMatch(
      /sub and jti are not strings\. .*PyJWT 2\.10\.0 and later reject such a token/,
    );
    const plain = await run(await signAsym('RS256'));
    expect(plain.caveats).toEqual([]);
  });
});

describe('the claims pass step', () => {
  const base = {settings: DEFAULT_SERVICE_SETTINGS, now: NOW_SECONDS};

  it(`an empty AUDIENCE turns aud off in the signature passes but the claims pass still checks it [${KEYSET} (verify_aud=bool(aud)); ${CLAIMS_PASS}; pyjwt 2.6.0 api_jwt.py _validate_aud]`, () => {
    const payload = openEdxClaims({aud: 'change-me'});
    expect(claimsPassStep({...base, payload, audience: ''})).toMatchObject({
      ok: false,
      rejection: {code: 'claims-invalid', reported: {error: 'InvalidAudienceError'}},
    });
  });

  it(`with both verify flags off, the step says exp and aud were not checked [${CLAIMS_PASS} (verify_exp, verify_aud)]`, () => {
    const step = claimsPassStep({
      ...base,
      settings: {...DEFAULT_SERVICE_SETTINGS, verifyExpiration: false, verifyAudience: false},
      payload: openEdxClaims({exp: NOW_SECONDS - 3600, aud: 'another-service'}),
      audience: 'change-me',
    });
    expect(step.ok).toBe(true);
    expect(step.steps?.[0]?.detail).toMatch(
      /exp not checked \(JWT_VERIFY_EXPIRATION false\), aud not checked here \(JWT_VERIFY_AUDIENCE false\)/,
    );
  });
});

describe('reading the time claims as integers', () => {
  const signaturePass = {
    now: NOW_SECONDS,
    leeway: 0,
    require: [],
    verifyIat: true,
    verifyNbf: true,
    verifyExp: true,
    verifyAud: false,
    audience: null,
  };

  it(`an iat, nbf or exp that int() cannot take raises TypeError, which PyJWT does not catch; text that is not an integer raises the claim's own error [pyjwt api_jwt.py _validate_iat, _validate_nbf, _validate_exp (except ValueError), 2.6.0 to 2.12.1]`, () => {
    const valid = {iat: NOW_SECONDS, nbf: NOW_SECONDS, exp: NOW_SECONDS + 60};
    expect(checkClaims({...valid, iat: null}, signaturePass)).toEqual({
      error: 'TypeError',
      message:
        "int() argument must be a string, a bytes-like object or a real number, not 'NoneType' (the iat claim).",
    });
    expect(checkClaims({...valid, nbf: [NOW_SECONDS]}, signaturePass)).toMatchObject({
      error: 'TypeError',
      message: expect.stringMatching(/not 'list' \(the nbf claim\)/),
    });
    expect(checkClaims({...valid, exp: {at: 1}}, signaturePass)).toMatchObject({
      error: 'TypeError',
    });
    expect(checkClaims({...valid, iat: 'soon'}, signaturePass)).toMatchObject({
      error: 'InvalidIssuedAtError',
    });
    expect(checkClaims({...valid, exp: 'later'}, signaturePass)).toMatchObject({
      error: 'DecodeError',
    });
  });

  it(`as in PyJWT 2.6.0, an iat int() takes is then compared as it is: text fails with a TypeError, while nbf and exp are compared as int() [pyjwt 2.6.0 api_jwt.py _validate_iat, _validate_exp]`, () => {
    const valid = {iat: NOW_SECONDS, nbf: NOW_SECONDS, exp: NOW_SECONDS + 60};
    expect(checkClaims({...valid, iat: ` ${NOW_SECONDS} `}, signaturePass)).toEqual({
      error: 'TypeError',
      message: "'>' not supported between instances of 'str' and 'int' (the iat claim).",
    });
    expect(checkClaims({...valid, exp: ` ${NOW_SECONDS + 60} `}, signaturePass)).toBeUndefined();
    // Python's int() takes underscores between digits.
    const grouped = String(NOW_SECONDS + 60).replace(/(\d{3})(?=\d)/g, '$1_');
    expect(grouped).toContain('_');
    expect(checkClaims({...valid, exp: grouped}, signaturePass)).toBeUndefined();
    expect(checkClaims({...valid, exp: '1__0'}, signaturePass)).toMatchObject({
      error: 'DecodeError',
    });
  });

  it(`as in PyJWT 2.6.0, the clock is read in whole seconds and an iat's fraction is kept, so an iat later within the current second is in the future [pyjwt 2.6.0 api_jwt.py _validate_claims (timegm), _validate_iat]`, () => {
    const options = {...signaturePass, now: NOW_SECONDS + 0.7};
    expect(checkClaims({iat: NOW_SECONDS + 0.5}, options)).toMatchObject({
      error: 'ImmatureSignatureError',
    });
    expect(checkClaims({iat: NOW_SECONDS}, options)).toBeUndefined();
    // exp is compared as int(): one that ends within the current second has ended.
    expect(checkClaims({exp: NOW_SECONDS + 0.9}, options)).toMatchObject({
      error: 'ExpiredSignatureError',
    });
  });

  it(`a time claim too large for a double is infinity, which int() refuses with an OverflowError PyJWT does not catch [pyjwt api_jwt.py _validate_exp (except ValueError)]`, () => {
    expect(checkClaims({exp: Infinity}, signaturePass)).toMatchObject({
      error: 'OverflowError',
      message: expect.stringMatching(/^cannot convert float infinity to integer \(the exp claim\)/),
    });
  });

  it(`a token whose iat is text or has a fraction carries a caveat that PyJWT 2.7.0 and later compare int(iat) [pyjwt 2.7.0 api_jwt.py _validate_iat]`, async () => {
    // Text where jose's JWTPayload types a number: the decoder sees whatever JSON arrives.
    const textClaims: Record<string, unknown> = openEdxClaims();
    textClaims.iat = String(NOW_SECONDS);
    const text = await run(await signAsym('RS256', textClaims));
    expect(text).toMatchObject({outcome: 'rejected', cause: {error: 'TypeError'}});
    expect(text.caveats.join(' ')).toMatch(
      /iat is text\. This model follows PyJWT 2\.6\.0.*PyJWT 2\.7\.0 and later compare int\(iat\)/,
    );
    const fraction = await run(await signAsym('RS256', openEdxClaims({iat: NOW_SECONDS - 0.5})));
    expect(fraction.outcome).toBe('accepted');
    expect(fraction.caveats.join(' ')).toMatch(/iat is not a whole number/);
  });

  it(`a token whose iat is null is rejected in the signature passes with that TypeError as the real reason [${KEYSET}; pyjwt api_jwt.py _validate_iat]`, async () => {
    const claims: Record<string, unknown> = openEdxClaims({iat: undefined});
    claims.iat = null;
    const simulation = await run(await signAsym('RS256', claims));
    expect(simulation).toMatchObject({
      outcome: 'rejected',
      code: 'signature-not-verified',
      cause: {error: 'TypeError'},
    });
  });
});

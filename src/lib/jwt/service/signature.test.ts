/**
 * The signature passes of the Open edX service model (signature.ts, verification.ts): one
 * `jwt.decode` per key in PyJWT's order of checks, the asymmetric and fallback passes, and what
 * the service reports when both fail. Table rows: test/serviceModel/signatureRows.ts.
 */
import {
  KEYSET,
  PYJWS,
  AUTHN,
  jwks,
  pub,
  signAsym,
  signSecret,
  run,
  expectRow,
  prepareKeys,
} from '@site/test/serviceModel/harness';
import {signatureRows, reportedRows} from '@site/test/serviceModel/signatureRows';
import {NOW_SECONDS, openEdxClaims} from '@site/test/fixtures/tokens';
import {inspectText} from '../inspect';
import {loadPublicKeys} from './keys';
import {algorithmsForKeyType, mostTelling, tokenParts, tryKey} from './signature';
import type {KeyAttempt} from './types';

beforeAll(prepareKeys);

describe('Open edX service model: signature passes', () => {
  it.each(signatureRows)('$rule [$source]', expectRow);
  it.each(reportedRows)('$rule [$source]', expectRow);

  it(`the failing pass reports the last key tried [${KEYSET}]`, async () => {
    const simulation = await run(await signSecret(openEdxClaims(), 'HS256', 'wrong-secret'));
    const fallback = simulation.steps.find((step) => step.id === 'symmetric-pass');
    expect(fallback?.attempts?.map((attempt) => attempt.error)).toEqual([
      'InvalidAlgorithmError',
      'InvalidSignatureError',
    ]);
    expect(simulation).toMatchObject({
      outcome: 'rejected',
      reported: {error: 'InvalidSignatureError', key: 'SECRET_KEY of the first issuer (oct)'},
    });
  });

  it(`a failed signature pass keeps what monitoring shows apart from the real reason [${KEYSET}; ${AUTHN}]`, async () => {
    const simulation = await run(await signAsym('RS512', openEdxClaims({exp: NOW_SECONDS - 10})));
    expect(simulation).toMatchObject({
      outcome: 'rejected',
      code: 'signature-not-verified',
      reported: {
        error: 'InvalidAlgorithmError',
        key: 'SECRET_KEY of the first issuer (oct)',
        message: expect.stringMatching(/alg RS512 is not allowed for this key \(only HS256\)/),
      },
      cause: {
        error: 'ExpiredSignatureError',
        key: 'public key 1 (RSA, no kid)',
        message: expect.stringMatching(/^Signature has expired/),
      },
    });
    expect(simulation.reason).toMatch(
      /Closest: public key 1 \(RSA, no kid\), ExpiredSignatureError/,
    );
    const fallback = simulation.steps.find((step) => step.id === 'symmetric-pass');
    expect(fallback?.detail).toMatch(
      /re-raises the error of the last key tried: InvalidAlgorithmError/,
    );
  });
});

describe('one jwt.decode call per key', () => {
  it(`RSA keys get RS256 and RS512, oct keys HS256, every other key type none [${KEYSET}]`, () => {
    expect(algorithmsForKeyType('RSA')).toEqual(['RS256', 'RS512']);
    expect(algorithmsForKeyType('oct')).toEqual(['HS256']);
    for (const kty of ['EC', 'OKP', 'AKP']) expect(algorithmsForKeyType(kty)).toEqual([]);
  });

  it(`a key without algorithms fails with DecodeError before PyJWT looks at the token [${KEYSET} (algorithms=None); pyjwt 2.6.0 api_jws.py decode_complete (not algorithms: DecodeError)]`, async () => {
    const loaded = loadPublicKeys(jwks(pub('ES256')));
    const key = loaded.ok ? loaded.keys[0] : undefined;
    if (!key) throw new Error('the EC key did not load');
    const attempt = await tryKey(tokenParts(inspectText('not.a.token')), key, null, NOW_SECONDS);
    expect(attempt).toMatchObject({ok: false, error: 'DecodeError', algorithms: []});
    expect(attempt.message).toMatch(/no algorithms for EC keys/);
  });

  it(`the claims are checked only after the signature matches, and a match is recorded [${PYJWS}]`, async () => {
    const loaded = loadPublicKeys(jwks(pub('RS256')));
    const key = loaded.ok ? loaded.keys[0] : undefined;
    if (!key) throw new Error('the RSA key did not load');
    const expired = openEdxClaims({exp: NOW_SECONDS - 10});
    const parts = tokenParts(inspectText(await signAsym('RS256', expired)));
    expect(await tryKey(parts, key, 'change-me', NOW_SECONDS)).toMatchObject({
      ok: false,
      signatureVerified: true,
      error: 'ExpiredSignatureError',
    });
    const forged = tokenParts(inspectText(await signAsym('RS256', expired, 'other')));
    const attempt = await tryKey(forged, key, 'change-me', NOW_SECONDS);
    expect(attempt).toMatchObject({ok: false, error: 'InvalidSignatureError'});
    expect(attempt.signatureVerified).toBeUndefined();
  });

  it(`the real reason of a failure is the attempt that got furthest: claims, then signature, then algorithm, then decoding [${PYJWS}; ${AUTHN}]`, () => {
    const failed = (label: string, error: KeyAttempt['error'], signatureVerified?: boolean) => ({
      label,
      algorithms: ['RS256'],
      ok: false,
      error,
      message: label,
      ...(signatureVerified ? {signatureVerified} : {}),
    });
    const decode = failed('decode', 'DecodeError');
    const algorithm = failed('algorithm', 'InvalidAlgorithmError');
    const signature = failed('signature', 'InvalidSignatureError');
    const claims = failed('claims', 'ExpiredSignatureError', true);
    expect(mostTelling([decode, algorithm])?.label).toBe('algorithm');
    expect(mostTelling([algorithm, signature, decode])?.label).toBe('signature');
    expect(mostTelling([signature, claims, algorithm])?.label).toBe('claims');
    // Ties keep the first: the asymmetric pass's attempt wins over the same key in the fallback.
    expect(mostTelling([signature, {...signature, label: 'again'}])?.label).toBe('signature');
    expect(mostTelling([])).toBeUndefined();
  });
});

/**
 * The JWT_ISSUERS steps of the Open edX service model (issuers.ts): the first entry's secret and
 * audience, the fallback to the deprecated settings, and the manual issuer check. Table rows:
 * test/serviceModel/issuerRows.ts.
 */
import {
  DECODER,
  CLAIMS_PASS,
  ISSUERS,
  SECRET,
  FIRST_ISS,
  LATER_ISS,
  signSecret,
  run,
  attr,
  expectRow,
  prepareKeys,
} from '@site/test/serviceModel/harness';
import {issuerRows} from '@site/test/serviceModel/issuerRows';
import {DEFAULT_SERVICE_SETTINGS} from './defaults';
import {issuerCheckStep, issuersStep} from './issuers';

beforeAll(prepareKeys);

describe('Open edX service model: issuers', () => {
  it.each(issuerRows)('$rule [$source]', expectRow);

  it(`an empty JWT_ISSUERS falls back to the deprecated settings, whose default secret (Django's SECRET_KEY) the model cannot know [${ISSUERS} _get_deprecated_jwt_issuers]`, async () => {
    const simulation = await run(await signSecret(), {issuers: []});
    expect(simulation).toMatchObject({outcome: 'rejected', code: 'signature-not-verified'});
    expect(simulation.steps[0]).toMatchObject({id: 'first-issuer', status: 'passed'});
    expect(simulation.steps[0]?.detail).toMatch(/falls back to the deprecated settings/);
    expect(simulation.caveats.join(' ')).toMatch(/Django's SECRET_KEY/);
    expect(attr(simulation, 'jwt_auth_verify_all_keys_count')).toBe(1);
  });
});

describe('the JWT_ISSUERS steps', () => {
  const issuers = [
    {issuer: FIRST_ISS, audience: 'change-me', secretKey: SECRET},
    {issuer: LATER_ISS, audience: 'other-aud', secretKey: null},
  ];
  const service = {...DEFAULT_SERVICE_SETTINGS, issuers};

  it(`the first entry supplies secret and audience, later entries only widen the accepted iss values [${DECODER} get_first_jwt_issuer; ${ISSUERS}]`, () => {
    const step = issuersStep(service);
    expect(step.value).toEqual({issuers, first: issuers[0]});
    expect(step.steps?.[0]?.detail).toMatch(
      /AUDIENCE "change-me"; the other 1 entry only widens the accepted iss values/,
    );
    expect(step.caveats).toEqual([]);
  });

  it(`a token without iss matches no issuer with an ISSUER set, and the error prints None [${CLAIMS_PASS} ('%s is not a valid issuer.' % token_issuer)]`, () => {
    const step = issuerCheckStep({}, issuersStep(service).value);
    expect(step).toMatchObject({
      ok: false,
      attributes: [
        {name: 'jwt_auth_issuer', value: null},
        {name: 'jwt_auth_issuer_verification', value: 'no-match'},
      ],
      rejection: {
        code: 'issuer-no-match',
        reported: {error: 'InvalidTokenError', message: 'None is not a valid issuer.'},
      },
    });
  });

  it(`an iss that is not a string is compared as it is and recorded as JSON [${CLAIMS_PASS} (set_custom_attribute('jwt_auth_issuer', token_issuer))]`, () => {
    const step = issuerCheckStep({iss: [FIRST_ISS]}, issuersStep(service).value);
    expect(step).toMatchObject({
      ok: false,
      attributes: [
        {name: 'jwt_auth_issuer', value: `["${FIRST_ISS}"]`},
        {name: 'jwt_auth_issuer_verification', value: 'no-match'},
      ],
    });
  });
});

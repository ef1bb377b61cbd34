/**
 * The last step of the Open edX service model (tokenDefaults.ts): `_set_token_defaults`, the
 * version check and the defaults it fills in. Table rows: test/serviceModel/defaultsRows.ts.
 */
import {DEFAULTS, signAsym, run, expectRow, prepareKeys} from '@site/test/serviceModel/harness';
import {defaultsRows} from '@site/test/serviceModel/defaultsRows';
import {openEdxClaims} from '@site/test/fixtures/tokens';
import {tokenDefaultsStep} from './tokenDefaults';

beforeAll(prepareKeys);

describe('Open edX service model: defaults and version', () => {
  it.each(defaultsRows)('$rule [$source]', expectRow);

  it(`missing is_restricted and filters get defaults [${DEFAULTS}]`, async () => {
    const simulation = await run(
      await signAsym(
        'RS256',
        openEdxClaims({is_restricted: undefined, filters: undefined, version: undefined}),
      ),
    );
    expect(simulation).toMatchObject({outcome: 'accepted'});
    expect(simulation.outcome === 'accepted' && simulation.defaultsApplied).toEqual([
      'version = "1.0.0"',
      'is_restricted = false',
      'filters = []',
    ]);
  });
});

describe('the defaults step', () => {
  it(`the token's version is read before JWT_SUPPORTED_VERSION, so it is the one named when both are unreadable [${DEFAULTS} (_get_and_set_version, then _verify_version)]`, () => {
    expect(tokenDefaultsStep({version: 'one'}, 'latest')).toMatchObject({
      ok: false,
      rejection: {code: 'version-unreadable', reported: {error: 'ValueError'}},
      steps: [
        {
          id: 'defaults',
          status: 'failed',
          detail: 'semantic_version cannot read the token\'s version "one".',
        },
      ],
    });
    expect(tokenDefaultsStep({version: '1.2.0'}, 'latest')).toMatchObject({
      ok: false,
      rejection: {
        code: 'version-unreadable',
        reported: {
          error: 'ValueError',
          message: expect.stringMatching(/JWT_SUPPORTED_VERSION "latest"/),
        },
      },
    });
  });

  it(`a missing version is set to 1.0.0 before the check, so a supported major of 0 rejects it [${DEFAULTS}]`, () => {
    expect(tokenDefaultsStep({}, '0.9.0')).toMatchObject({
      ok: false,
      rejection: {
        code: 'version-unsupported',
        reported: {
          error: 'InvalidTokenError',
          message: 'JWT version number [1.0.0] is unsupported',
        },
        defaultsApplied: ['version = "1.0.0"'],
      },
    });
  });

  it(`is_restricted and filters are filled in only after the version passes, and never over a value the token has [${DEFAULTS}]`, () => {
    expect(tokenDefaultsStep({version: '1.0.0', is_restricted: true}, '1.2.0')).toMatchObject({
      ok: true,
      value: ['filters = []'],
    });
    const rejected = tokenDefaultsStep({version: '2.0.0'}, '1.2.0');
    expect(rejected.ok || rejected.rejection.defaultsApplied).toEqual([]);
  });
});

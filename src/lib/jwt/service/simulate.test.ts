/**
 * The Open edX service model as a whole (simulate.ts): the steps run in the decoder's order and
 * the first failing one stops the run, and together the table rows of the step tests record every
 * custom attribute the decoder sets. The step tests sit next to their modules (keys, signature,
 * claims, issuers, tokenDefaults); their rows are in test/serviceModel/.
 */
import {findMonitoringAttribute} from '../../../data/monitoringAttributes';
import {claimsRows} from '@site/test/serviceModel/claimsRows';
import {defaultsRows} from '@site/test/serviceModel/defaultsRows';
import {
  DECODER,
  jwks,
  signAsym,
  signSecret,
  run,
  prepareKeys,
  runRow,
  type Row,
} from '@site/test/serviceModel/harness';
import {NOW_SECONDS, openEdxClaims} from '@site/test/fixtures/tokens';
import {issuerRows} from '@site/test/serviceModel/issuerRows';
import {keySetRows} from '@site/test/serviceModel/keyRows';
import {reportedRows, signatureRows} from '@site/test/serviceModel/signatureRows';
import {DECODER_ATTRIBUTES, type Simulation} from './types';

/** The steps of a run as `id status`, in order. */
function stepTrail(simulation: Simulation): string[] {
  return simulation.steps.map((step) => `${step.id} ${step.status}`);
}

const ALL_ROWS: readonly Row[] = [
  ...keySetRows,
  ...signatureRows,
  ...reportedRows,
  ...claimsRows,
  ...issuerRows,
  ...defaultsRows,
];

beforeAll(prepareKeys);

describe('Open edX service model', () => {
  it(`every attribute the model can record has an entry in the monitoring attributes reference [${DECODER} set_custom_attribute; src/data/monitoringAttributes.ts]`, async () => {
    for (const name of DECODER_ATTRIBUTES) {
      expect([name, findMonitoringAttribute(name)]).toEqual([
        name,
        expect.objectContaining({name, kind: 'attribute', area: 'decoder'}),
      ]);
    }
    // And every name the table rows actually record is one of them.
    const recorded = new Set<string>();
    for (const row of ALL_ROWS) {
      const simulation = await runRow(row);
      for (const attribute of simulation.attributes) recorded.add(attribute.name);
    }
    expect([...recorded].sort()).toEqual([...DECODER_ATTRIBUTES].sort());
  });

  it(`the steps run in the decoder's order and the first failing one stops the run [${DECODER} jwt_decode_handler]`, async () => {
    const verified = ['first-issuer passed', 'asymmetric-pass passed', 'symmetric-pass skipped'];
    const accepted = await run(await signAsym('RS256'));
    expect(stepTrail(accepted)).toEqual([
      ...verified,
      'claims-pass passed',
      'issuer-check passed',
      'defaults passed',
    ]);
    const badIssuer = await run(await signAsym('RS256', openEdxClaims({iss: 'https://x'})));
    expect(stepTrail(badIssuer)).toEqual([
      ...verified,
      'claims-pass passed',
      'issuer-check failed',
      'defaults skipped',
    ]);
    const noIat = await run(await signAsym('RS256', openEdxClaims({iat: undefined})));
    expect(stepTrail(noIat)).toEqual([
      ...verified,
      'claims-pass failed',
      'issuer-check skipped',
      'defaults skipped',
    ]);
    const fallback = await run(await signSecret());
    expect(stepTrail(fallback).slice(1, 3)).toEqual([
      'asymmetric-pass failed',
      'symmetric-pass passed',
    ]);
    const expired = await run(await signAsym('RS256', openEdxClaims({exp: NOW_SECONDS - 5})));
    expect(stepTrail(expired)).toEqual([
      'first-issuer passed',
      'asymmetric-pass failed',
      'symmetric-pass failed',
      'claims-pass skipped',
      'issuer-check skipped',
      'defaults skipped',
    ]);
    // A JWK Set that cannot be loaded raises before either pass: nothing after it is shown.
    const unloadable = await run(await signAsym('RS256'), {publicJwkSet: jwks({kty: 'AKP'})});
    expect(stepTrail(unloadable)).toEqual(['first-issuer passed', 'asymmetric-pass failed']);
  });
});

import {defaultTokenFields, parsePlanDocument, type PlanDocument} from './planDocument';

const plan: PlanDocument = {
  title: 'Switch to RS512',
  timeZone: 'Europe/Paris',
  startLocal: '2026-03-29T01:30',
  tokens: defaultTokenFields().map((token) =>
    token.id === 'access' ? {...token, lifetime: '90'} : token,
  ),
  stages: [{label: 'verifiers deployed', local: '2026-03-29T03:30'}],
};

describe('parsePlanDocument', () => {
  it('reads back a saved plan unchanged', () => {
    expect(parsePlanDocument(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('keeps half-typed fields as they were (the form shows their errors again)', () => {
    const draft = {...plan, startLocal: '', tokens: [{id: 'access', enabled: true, lifetime: '-'}]};
    expect(parsePlanDocument(draft)?.tokens[0]).toEqual({
      id: 'access',
      enabled: true,
      lifetime: '-',
    });
    expect(parsePlanDocument(draft)?.startLocal).toBe('');
  });

  it('drops token kinds it no longer knows and adds new ones with their defaults', () => {
    const parsed = parsePlanDocument({
      ...plan,
      tokens: [{id: 'retired-kind', enabled: true, lifetime: '5'}, plan.tokens[0]],
    });
    expect(parsed?.tokens.map((token) => token.id)).toEqual(
      defaultTokenFields().map((token) => token.id),
    );
    expect(parsed?.tokens[0]?.lifetime).toBe('90');
    expect(parsed?.tokens.find((token) => token.id === 'client-credentials')?.margin).toBe('5');
  });

  it.each([
    ['not an object', 'plan'],
    ['no title', {...plan, title: undefined}],
    ['a number for a time', {...plan, startLocal: 1_700_000_000}],
    ['tokens that are not a list', {...plan, tokens: {}}],
    [
      'a token without a boolean',
      {...plan, tokens: [{id: 'access', enabled: 'yes', lifetime: '1'}]},
    ],
    ['a stage without a label', {...plan, stages: [{local: '2026-03-29T03:30'}]}],
    ['too many stages', {...plan, stages: Array.from({length: 51}, () => plan.stages[0])}],
    ['an oversized field', {...plan, timeZone: 'x'.repeat(65)}],
  ])('rejects %s', (_label, data) => {
    expect(parsePlanDocument(data)).toBeNull();
  });
});

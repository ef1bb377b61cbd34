import {
  computePlanFromDocument,
  defaultTokenFields,
  parsePlanDocument,
  type PlanDocument,
} from './planDocument';

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

describe('computePlanFromDocument', () => {
  it('computes the same plan as computePlan on the parsed input', () => {
    const result = computePlanFromDocument(plan);
    expect(result.ok && result.plan.input.start).toBe(Date.parse('2026-03-29T00:30:00Z'));
  });

  it.each([
    [
      'a start the clocks skip',
      {startLocal: '2026-03-29T02:30', stages: []},
      'start-in-gap',
      'The start time 2026-03-29 02:30 does not exist in Europe/Paris: the clocks skip it. Pick a time outside the change of clocks.',
    ],
    [
      'a stage the clocks skip',
      {
        startLocal: '2026-03-29T00:30',
        stages: [
          {label: 'verifiers deployed', local: '2026-03-29T01:00'},
          {label: 'issuer switched', local: '2026-03-29T02:15'},
        ],
      },
      'stage-time-in-gap',
      'The time of stage 2 "issuer switched" (2026-03-29 02:15) does not exist in Europe/Paris: the clocks skip it. Pick a time outside the change of clocks.',
    ],
    [
      'a start that is not a time at all',
      {startLocal: 'soon', stages: []},
      'invalid-start',
      'The start time is not a valid date and time.',
    ],
  ])('names %s precisely', (_label, patch, code, message) => {
    const result = computePlanFromDocument({...plan, ...patch});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({code, message});
  });
});

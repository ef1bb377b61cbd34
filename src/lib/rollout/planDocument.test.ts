import {createMemoryBackend, createRunStore} from '../runs';
import {
  computePlanFromDocument,
  defaultTokenFields,
  lifetimeHints,
  parsePlanDocument,
  sharedSettingHint,
  rolloutPlanDocument,
  withTimeZone,
  type PlanDocument,
  type PlanTokenFields,
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
    const draft = {
      ...plan,
      startLocal: '',
      tokens: [{id: 'access', enabled: true, lifetime: '-', newLifetime: '1'}],
    };
    expect(parsePlanDocument(draft)?.tokens[0]).toEqual({
      id: 'access',
      enabled: true,
      lifetime: '-',
      newLifetime: '1',
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
      'a token without its new lifetime',
      {...plan, tokens: [{id: 'access', enabled: true, lifetime: '1'}]},
    ],
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

describe('old and new lifetimes in the form', () => {
  const access = (patch: Partial<PlanTokenFields>): PlanDocument => ({
    ...plan,
    startLocal: '2026-03-10T10:00',
    stages: [],
    tokens: plan.tokens.map((token) =>
      token.id === 'access' ? {...token, lifetime: '3600', ...patch} : {...token, enabled: false},
    ),
  });

  it('a new plan leaves every new lifetime empty: unchanged', () => {
    expect(defaultTokenFields().map((token) => token.newLifetime)).toEqual(['', '', '', '', '']);
  });

  it('an empty new lifetime is the old one; a typed one is used for the rollback only', () => {
    const same = computePlanFromDocument(access({newLifetime: ''}));
    const shorter = computePlanFromDocument(access({newLifetime: '1800'}));
    if (!same.ok || !shorter.ok) throw new Error('invalid');
    expect(same.plan.windows[0]).toMatchObject({
      oldEffectiveSeconds: 3600,
      newEffectiveSeconds: 3600,
    });
    expect(shorter.plan.windows[0]).toMatchObject({
      oldEffectiveSeconds: 3600,
      newEffectiveSeconds: 1800,
    });
    expect(shorter.plan.drained).toBe(same.plan.drained);
  });

  it('a new lifetime that is not a number is named', () => {
    const result = computePlanFromDocument(access({newLifetime: '-'}));
    expect(!result.ok && result.errors.map((error) => error.code)).toEqual([
      'new-lifetime-not-positive',
    ]);
  });

  it.each([
    ['3600', '', {old: '= 1 h', new: 'Empty: unchanged, 1 h'}],
    ['3600', '1800', {old: '= 1 h', new: '= 30 min'}],
    ['', '', {old: '', new: 'Empty: unchanged'}],
    ['3600', '-5', {old: '= 1 h', new: ''}],
  ])('hints for lifetimes %p and %p', (lifetime, newLifetime, hints) => {
    expect(lifetimeHints({lifetime, newLifetime})).toEqual(hints);
  });

  it('the JWT cookies field says when the access-token lifetime it shares changes and it does not', () => {
    // The JWT in the cookies gets its exp from JWT_ACCESS_TOKEN_EXPIRE_SECONDS, like access tokens.
    const tokens = (accessNew: string, cookieNew = '', cookieEnabled = true) =>
      defaultTokenFields().map((token) =>
        token.id === 'access'
          ? {...token, newLifetime: accessNew}
          : token.id === 'cookie'
            ? {...token, newLifetime: cookieNew, enabled: cookieEnabled}
            : token,
      );
    expect(sharedSettingHint(tokens('1800'))).toBe(
      'JWT access tokens change to 30 min, and the JWT in the cookies takes its exp from the same setting, JWT_ACCESS_TOKEN_EXPIRE_SECONDS: if you change that setting, enter 1800 here too.',
    );
    expect(sharedSettingHint(tokens(''))).toBe('');
    expect(sharedSettingHint(tokens('3600'))).toBe('');
    expect(sharedSettingHint(tokens('1800', '1800'))).toBe('');
    expect(sharedSettingHint(tokens('1800', '', false))).toBe('');
    expect(sharedSettingHint(tokens('-'))).toBe('');
  });

  it('keeps a half-typed new lifetime as it was', () => {
    const draft = access({newLifetime: '18'});
    expect(parsePlanDocument(JSON.parse(JSON.stringify(draft)), 2)).toEqual(draft);
  });
});

describe('a plan stored before new lifetimes existed', () => {
  const RUN = 'openedx/edx-platform#40001';
  /** Exactly as the site stores a plan today (issue #15): body version 2, fields of version 1. */
  const storedToday = {
    schemaVersion: 2,
    type: 'rollout-plan',
    run: RUN,
    version: 2,
    updatedAt: 1773136800000,
    body: {
      fields: {
        title: 'Access tokens for 30 min',
        timeZone: 'Europe/Berlin',
        startLocal: '2026-03-10T10:00',
        tokens: [
          {id: 'access', enabled: true, lifetime: '1800'},
          {id: 'cookie', enabled: true, lifetime: '3600'},
          {id: 'id-token', enabled: false, lifetime: '3600'},
          {id: 'client-credentials', enabled: true, lifetime: '3600', margin: '5'},
          {id: 'refresh', enabled: false, lifetime: '7776000'},
        ],
        stages: [{label: 'issuer switched', local: '2026-03-10T10:20'}],
      },
      stamps: {title: 1773136800000, 'token:access': 1773136800000},
    },
  };

  it('opens with its lifetimes as the lifetimes before the change, none changed', async () => {
    const backend = createMemoryBackend();
    await backend.setItem(`doc:rollout-plan:${RUN}`, storedToday);
    const found = await createRunStore(backend, {kind: 'indexeddb'}).read(rolloutPlanDocument, RUN);
    if (found.status !== 'found') throw new Error(found.status);
    expect(found.value.stamps).toEqual(storedToday.body.stamps);
    expect(found.value.fields.tokens.map((t) => [t.id, t.lifetime, t.newLifetime])).toEqual([
      ['access', '1800', ''],
      ['cookie', '3600', ''],
      ['id-token', '3600', ''],
      ['client-credentials', '3600', ''],
      ['refresh', '7776000', ''],
    ]);
    const result = computePlanFromDocument(found.value.fields);
    if (!result.ok) throw new Error('invalid');
    // Its numbers are what it showed before: one lifetime per kind, for drain and rollback alike.
    expect(new Date(result.plan.drained).toISOString()).toBe('2026-03-10T10:20:00.000Z');
    expect(result.plan.rollback.exposureSeconds).toBe(3600);
  });

  it('is written back in the new shape with its next edit', async () => {
    const backend = createMemoryBackend();
    await backend.setItem(`doc:rollout-plan:${RUN}`, storedToday);
    const store = createRunStore(backend, {kind: 'indexeddb'});
    const found = await store.read(rolloutPlanDocument, RUN);
    if (found.status !== 'found') throw new Error(found.status);
    const from = found.value.fields;
    const to = {
      ...from,
      tokens: from.tokens.map((t) => (t.id === 'access' ? {...t, newLifetime: '900'} : t)),
    };
    await store.save(
      rolloutPlanDocument,
      RUN,
      rolloutPlanDocument.edit(found.value, {from, to}, 1773137000000),
      't',
    );
    const written = JSON.parse(backend.map.get(`doc:rollout-plan:${RUN}`)!) as {
      version: number;
      body: {fields: PlanDocument};
    };
    expect(written.version).toBe(rolloutPlanDocument.version);
    expect(written.version).toBeGreaterThan(storedToday.version);
    expect(written.body.fields.tokens[0]).toEqual({
      id: 'access',
      enabled: true,
      lifetime: '1800',
      newLifetime: '900',
    });
    const reread = await createRunStore(backend, {kind: 'indexeddb'}).read(
      rolloutPlanDocument,
      RUN,
    );
    expect(reread.status === 'found' && reread.value.fields).toEqual(to);
  });
});

describe('changing the zone', () => {
  it('keeps the start and the stages at the same instants, shown in the new zone', () => {
    const moved = withTimeZone(
      {
        ...plan,
        timeZone: 'Europe/Berlin',
        startLocal: '2026-03-10T10:00',
        stages: [
          {label: 'verifiers deployed', local: '2026-03-11T14:00'},
          {label: 'half typed', local: '2026-03-1'},
        ],
      },
      'America/New_York',
    );
    expect(moved.timeZone).toBe('America/New_York');
    expect(moved.startLocal).toBe('2026-03-10T05:00');
    expect(moved.stages).toEqual([
      {label: 'verifiers deployed', local: '2026-03-11T09:00'},
      {label: 'half typed', local: '2026-03-1'},
    ]);
  });
});

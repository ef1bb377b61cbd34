import {
  EXAMPLE_PLANNER,
  EXAMPLE_START,
  defaultTokenFields,
  newPlanForm,
  planDocumentOf,
  plannerReducer,
  zoneChoices,
  zoneDescription,
  type PlanDocument,
  type PlannerAction,
  type PlannerState,
} from './index';

const NOW = Date.parse('2026-03-10T09:01:30Z');

const savedPlan: PlanDocument = {
  title: 'RS512 for all',
  timeZone: 'Europe/Berlin',
  startLocal: '2026-03-10T16:00',
  tokens: defaultTokenFields(),
  stages: [
    {label: 'verifiers deployed', local: '2026-03-10T16:30'},
    {label: 'issuer switched', local: '2026-03-11T14:00'},
  ],
};

function after(...actions: PlannerAction[]): PlannerState {
  return actions.reduce(plannerReducer, EXAMPLE_PLANNER);
}

const openedNew: PlannerAction = {
  type: 'opened',
  saved: null,
  now: NOW,
  zone: 'America/New_York',
  knownZones: ['Europe/Berlin', 'Asia/Kolkata'],
};

describe('the example and a new plan', () => {
  test('the example starts at EXAMPLE_START in UTC with the default token kinds and no stages', () => {
    expect(EXAMPLE_PLANNER.isExample).toBe(true);
    expect(EXAMPLE_PLANNER.zones).toEqual(['UTC']);
    expect(EXAMPLE_PLANNER.form).toEqual({
      title: '',
      timeZone: 'UTC',
      startLocal: '2026-01-13T10:00',
      tokens: defaultTokenFields(),
      stages: [],
      stamp: EXAMPLE_START,
    });
  });

  test.each([
    ['2026-03-10T09:01:30Z', 'UTC', '2026-03-10T09:05'],
    ['2026-03-10T09:05:00Z', 'UTC', '2026-03-10T09:05'],
    ['2026-03-10T23:58:00Z', 'Europe/Berlin', '2026-03-11T01:00'],
  ])('a new plan at %s in %s starts at %s (rounded up to five minutes)', (iso, zone, start) => {
    const form = newPlanForm(Date.parse(iso), zone);
    expect(form).toMatchObject({timeZone: zone, startLocal: start, stamp: Date.parse(iso)});
    expect(form.stages).toEqual([]);
  });
});

describe('opening a run', () => {
  test('without a saved plan: a new plan from now in the reader’s zone, the example gone', () => {
    const state = after(openedNew);
    expect(state.isExample).toBe(false);
    expect(state.form).toEqual(newPlanForm(NOW, 'America/New_York'));
    expect(state.zones).toEqual(['America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'UTC']);
  });

  test('with a saved plan: its fields, its zone offered, keyed stages; the next stage gets a new key', () => {
    const state = after({...openedNew, saved: savedPlan, knownZones: []});
    expect(planDocumentOf(state.form)).toEqual(savedPlan);
    expect(state.form.stamp).toBe(NOW);
    expect(state.form.stages.map((stage) => stage.key)).toEqual([1, 2]);
    expect(state.zones).toEqual(['America/New_York', 'Europe/Berlin', 'UTC']);
    expect(plannerReducer(state, {type: 'add-stage'}).form.stages.at(-1)!.key).toBe(3);
  });

  test('reset: the defaults from now, the zones and the keys unchanged', () => {
    const opened = after({...openedNew, saved: savedPlan});
    const reset = plannerReducer(opened, {type: 'reset', now: NOW, zone: 'UTC'});
    expect(reset.form).toEqual(newPlanForm(NOW, 'UTC'));
    expect(reset).toMatchObject({zones: opened.zones, nextKey: 3, isExample: false});
  });
});

describe('edits', () => {
  const opened = () => after({...openedNew, saved: savedPlan});

  test('a new stage starts at the last stage’s time, or at the start without stages', () => {
    const fresh = plannerReducer(after(openedNew), {type: 'add-stage'});
    expect(fresh.form.stages).toEqual([{key: 1, label: '', local: '2026-03-10T05:05'}]);
    const staged = plannerReducer(opened(), {type: 'add-stage'});
    expect(staged.form.stages.at(-1)).toEqual({key: 3, label: '', local: '2026-03-11T14:00'});
  });

  test('a stage is edited and removed by its key, whatever its place', () => {
    const state = after(
      {...openedNew, saved: savedPlan},
      {type: 'remove-stage', key: 1},
      {type: 'edit-stage', key: 2, patch: {label: 'issuer switched to RS512'}},
    );
    expect(state.form.stages).toEqual([
      {key: 2, label: 'issuer switched to RS512', local: '2026-03-11T14:00'},
    ]);
  });

  test('a token kind is edited by its id; the others stay as they are', () => {
    const state = plannerReducer(opened(), {
      type: 'edit-token',
      id: 'access',
      patch: {newLifetime: '1800'},
    });
    expect(state.form.tokens.map((token) => token.newLifetime)).toEqual(['1800', '', '', '', '']);
  });

  test('another zone keeps the instants of the start and every stage, and the row keys', () => {
    const state = plannerReducer(opened(), {type: 'move-to-zone', timeZone: 'Asia/Kolkata'});
    expect(state.form).toMatchObject({
      timeZone: 'Asia/Kolkata',
      startLocal: '2026-03-10T20:30',
      stages: [
        {key: 1, label: 'verifiers deployed', local: '2026-03-10T21:00'},
        {key: 2, label: 'issuer switched', local: '2026-03-11T18:30'},
      ],
    });
  });

  test('another zone keeps a half-typed time as typed', () => {
    const typing = after(
      {...openedNew, saved: savedPlan},
      {type: 'edit', patch: {startLocal: '2026-03'}},
    );
    const moved = plannerReducer(typing, {type: 'move-to-zone', timeZone: 'UTC'});
    expect(moved.form).toMatchObject({timeZone: 'UTC', startLocal: '2026-03'});
  });
});

describe('zones', () => {
  test('the select offers each zone once, sorted', () => {
    expect(zoneChoices('UTC', 'Europe/Berlin', ['Europe/Berlin', 'Africa/Abidjan'])).toEqual([
      'Africa/Abidjan',
      'Europe/Berlin',
      'UTC',
    ]);
  });

  test.each([
    ['2026-03-10T10:00', 'Europe/Berlin', 'Europe/Berlin (UTC+01:00)'],
    ['2026-07-10T10:00', 'Europe/Berlin', 'Europe/Berlin (UTC+02:00)'],
    ['2026-03-10T10:00', 'Asia/Kolkata', 'Asia/Kolkata (UTC+05:30)'],
    // No valid start, no offset to give.
    ['', 'Europe/Berlin', 'Europe/Berlin'],
    ['2026-03-29T02:30', 'Europe/Berlin', 'Europe/Berlin'],
  ])('start %p in %s is described as %p', (startLocal, timeZone, text) => {
    expect(zoneDescription({startLocal, timeZone})).toBe(text);
  });
});

import {defaultTokenFields, type PlanDocument} from '../rollout';
import {
  EMPTY_DRAFT,
  TIMES_TAKEN_MESSAGE,
  clearedDraft,
  draftInZone,
  newDraft,
  planTimesMessage,
  timesFromPlan,
  type CommunicationDraft,
} from './index';

const plan: PlanDocument = {
  title: '',
  timeZone: 'Europe/Berlin',
  startLocal: '2026-03-10T10:00',
  tokens: defaultTokenFields(),
  stages: [{label: 'issuer switched', local: '2026-03-10T10:30'}],
};

const filled: CommunicationDraft = {
  ...EMPTY_DRAFT,
  whatChanges: 'New signing key',
  contact: 'Ana, #jwt',
  timeZone: 'Europe/Berlin',
  startLocal: '2026-03-10T10:00',
  watchUntilLocal: '2026-03-10T11:30',
};

test('a new form is empty and starts now, rounded up to five minutes, in the reader’s zone', () => {
  expect(newDraft(Date.parse('2026-03-10T09:01:30Z'), 'Asia/Kolkata')).toEqual({
    ...EMPTY_DRAFT,
    timeZone: 'Asia/Kolkata',
    startLocal: '2026-03-10T14:35',
  });
});

test('clearing empties every field but keeps the zone', () => {
  expect(clearedDraft(filled)).toEqual({...EMPTY_DRAFT, timeZone: 'Europe/Berlin'});
});

test('another zone keeps the instants of the start and the watch end', () => {
  expect(draftInZone(filled, 'UTC')).toEqual({
    timeZone: 'UTC',
    startLocal: '2026-03-10T09:00',
    watchUntilLocal: '2026-03-10T10:30',
  });
});

test('another zone keeps a half-typed or empty time as typed', () => {
  const typing = {...filled, startLocal: '2026-03', watchUntilLocal: ''};
  expect(draftInZone(typing, 'UTC')).toEqual({
    timeZone: 'UTC',
    startLocal: '2026-03',
    watchUntilLocal: '',
  });
});

describe('times from the run’s rollout plan', () => {
  test('the plan’s zone, its start and its drain, counted from the last stage', () => {
    const times = timesFromPlan(plan);
    expect(times).toEqual({
      status: 'taken',
      times: {
        timeZone: 'Europe/Berlin',
        startLocal: '2026-03-10T10:00',
        watchUntilLocal: '2026-03-10T11:30',
      },
    });
    expect(planTimesMessage(times, 'PR 7')).toBe(TIMES_TAKEN_MESSAGE);
  });

  test('a plan with an error gives no times and says where to fix it', () => {
    const times = timesFromPlan({...plan, startLocal: '2026-03-29T02:30'});
    expect(times).toEqual({status: 'plan-has-errors'});
    expect(planTimesMessage(times, 'PR 7')).toBe(
      'The rollout plan of this run has an error; fix it in the rollout timeline first.',
    );
  });

  test('a run without a plan is named', () => {
    expect(planTimesMessage(timesFromPlan(null), 'PR 7')).toBe(
      'Run “PR 7” has no rollout plan yet. Make one in the rollout timeline.',
    );
  });
});

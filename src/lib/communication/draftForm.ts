/**
 * The rules of the communication form while it is edited: a new form starting now, the times taken
 * from the run's rollout plan, another zone, and clearing. Pure: the clock and the stored plan come
 * in as arguments.
 */
import {
  computePlanFromDocument,
  startFromNow,
  toInstant,
  toLocalInput,
  type PlanDocument,
} from '../rollout';
import {EMPTY_DRAFT, type CommunicationDraft} from './draft';

/** An empty form starting now (rounded up to five minutes) in the reader's `zone`. */
export function newDraft(now: number, zone: string): CommunicationDraft {
  return {...EMPTY_DRAFT, timeZone: zone, startLocal: startFromNow(now, zone)};
}

/** Every field empty; the zone stays, as the reader's choice rather than part of the change. */
export function clearedDraft(draft: CommunicationDraft): CommunicationDraft {
  return {...EMPTY_DRAFT, timeZone: draft.timeZone};
}

/**
 * The form in another zone: the start and the watch end stay at the same instants, written as that
 * zone's wall-clock time. A time that is not valid yet (half typed) is kept as typed.
 */
export function draftInZone(
  draft: CommunicationDraft,
  timeZone: string,
): Pick<CommunicationDraft, 'timeZone' | 'startLocal' | 'watchUntilLocal'> {
  const move = (local: string): string => {
    const at = toInstant(local, draft.timeZone);
    return Number.isFinite(at) ? toLocalInput(at, timeZone) : local;
  };
  return {
    timeZone,
    startLocal: move(draft.startLocal),
    watchUntilLocal: move(draft.watchUntilLocal),
  };
}

export type PlanTimes =
  /** The plan's zone, its start and its drain (the end of the close watch). */
  | {
      readonly status: 'taken';
      readonly times: Pick<CommunicationDraft, 'timeZone' | 'startLocal' | 'watchUntilLocal'>;
    }
  | {readonly status: 'plan-has-errors'}
  | {readonly status: 'no-plan'};

/** The times a run's rollout plan gives the form; `plan` is null when the run has none. */
export function timesFromPlan(plan: PlanDocument | null): PlanTimes {
  if (plan === null) return {status: 'no-plan'};
  const result = computePlanFromDocument(plan);
  if (!result.ok) return {status: 'plan-has-errors'};
  const {input, drained} = result.plan;
  return {
    status: 'taken',
    times: {
      timeZone: input.timeZone,
      startLocal: toLocalInput(input.start, input.timeZone),
      watchUntilLocal: toLocalInput(drained, input.timeZone),
    },
  };
}

export const TIMES_TAKEN_MESSAGE =
  'Start and watch times were taken from the rollout plan of this run.';

/** What the form says after "Use times from the rollout plan" of run `run`. */
export function planTimesMessage(times: PlanTimes, run: string): string {
  switch (times.status) {
    case 'taken':
      return TIMES_TAKEN_MESSAGE;
    case 'plan-has-errors':
      return 'The rollout plan of this run has an error; fix it in the rollout timeline first.';
    case 'no-plan':
      return `Run “${run}” has no rollout plan yet. Make one in the rollout timeline.`;
  }
}

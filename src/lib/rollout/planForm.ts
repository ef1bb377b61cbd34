/**
 * The rollout planner's form while it is edited: the saved plan's fields, a key per stage row and
 * the .ics stamp, with the rules of each edit as a reducer. Pure: the clock, the reader's zone and
 * the zones the browser knows come in with the actions.
 */
import {
  defaultTokenFields,
  toInstant,
  withTimeZone,
  type PlanDocument,
  type PlanStageFields,
  type PlanTokenFields,
} from './planDocument';
import {formatOffset, offsetMinutes, toLocalInput} from './time';
import type {TokenKindId} from './tokenKinds';

/** 2026-01-13 10:00 UTC: the example shown before hydration and without JavaScript. */
export const EXAMPLE_START = Date.UTC(2026, 0, 13, 10, 0);
const FIVE_MINUTES = 5 * 60_000;

export interface StageField extends PlanStageFields {
  /** Identifies the row while stages above it are added or removed. */
  readonly key: number;
}

export interface PlanForm {
  readonly title: string;
  readonly timeZone: string;
  readonly startLocal: string;
  readonly tokens: readonly PlanTokenFields[];
  readonly stages: readonly StageField[];
  /** When the .ics is said to be made (DTSTAMP). */
  readonly stamp: number;
}

export interface PlannerState {
  readonly form: PlanForm;
  /** The zones the zone select offers. */
  readonly zones: readonly string[];
  /** The key the next added stage gets. */
  readonly nextKey: number;
  /** True until the run's plan is shown: the fixed example of the server render. */
  readonly isExample: boolean;
}

const EXAMPLE_FORM: PlanForm = {
  title: '',
  timeZone: 'UTC',
  startLocal: toLocalInput(EXAMPLE_START, 'UTC'),
  tokens: defaultTokenFields(),
  stages: [],
  stamp: EXAMPLE_START,
};

/** What the server and the first client render show: the example, in UTC. */
export const EXAMPLE_PLANNER: PlannerState = {
  form: EXAMPLE_FORM,
  zones: ['UTC'],
  nextKey: 1,
  isExample: true,
};

/** A start "now" for a new form: `now` rounded up to five minutes, as `zone`'s wall-clock time. */
export function startFromNow(now: number, zone: string): string {
  return toLocalInput(Math.ceil(now / FIVE_MINUTES) * FIVE_MINUTES, zone);
}

/** A new plan with the defaults, starting now (rounded up to five minutes) in `zone`. */
export function newPlanForm(now: number, zone: string): PlanForm {
  return {...EXAMPLE_FORM, timeZone: zone, startLocal: startFromNow(now, zone), stamp: now};
}

/** The form's fields as the run saves them (without row keys or stamp). */
export function planDocumentOf(form: PlanForm): PlanDocument {
  return {
    title: form.title,
    timeZone: form.timeZone,
    startLocal: form.startLocal,
    tokens: form.tokens,
    stages: form.stages.map(({label, local}) => ({label, local})),
  };
}

/** The zone select's options, sorted: UTC, the reader's zone, the plan's zone and every known one. */
export function zoneChoices(
  readerZone: string,
  planZone: string,
  known: readonly string[],
): string[] {
  return [...new Set(['UTC', readerZone, planZone, ...known])].sort();
}

/** The zone as the start field describes it: with its offset at the start, when the start is valid. */
export function zoneDescription(form: Pick<PlanForm, 'startLocal' | 'timeZone'>): string {
  const start = toInstant(form.startLocal, form.timeZone);
  return Number.isFinite(start)
    ? `${form.timeZone} (${formatOffset(offsetMinutes(start, form.timeZone))})`
    : form.timeZone;
}

export type PlannerAction =
  /** A run is open: show its saved plan, or a new one from `now` in the reader's `zone`. */
  | {
      readonly type: 'opened';
      readonly saved: PlanDocument | null;
      readonly now: number;
      readonly zone: string;
      readonly knownZones: readonly string[];
    }
  /** Back to the defaults, starting now. */
  | {readonly type: 'reset'; readonly now: number; readonly zone: string}
  | {readonly type: 'edit'; readonly patch: Partial<Pick<PlanForm, 'title' | 'startLocal'>>}
  /** Another zone: the start and the stages keep their instants. */
  | {readonly type: 'move-to-zone'; readonly timeZone: string}
  | {
      readonly type: 'edit-token';
      readonly id: TokenKindId;
      readonly patch: Partial<PlanTokenFields>;
    }
  | {
      readonly type: 'edit-stage';
      readonly key: number;
      readonly patch: Partial<PlanStageFields>;
    }
  /** A new stage, at the time of the last one (or the start): stages are listed in order. */
  | {readonly type: 'add-stage'}
  | {readonly type: 'remove-stage'; readonly key: number};

function opened(action: Extract<PlannerAction, {type: 'opened'}>): PlannerState {
  const {saved, now, zone} = action;
  return {
    form: saved
      ? {
          ...saved,
          stages: saved.stages.map((stage, index) => ({...stage, key: index + 1})),
          stamp: now,
        }
      : newPlanForm(now, zone),
    zones: zoneChoices(zone, saved?.timeZone ?? zone, action.knownZones),
    nextKey: (saved?.stages.length ?? 0) + 1,
    isExample: false,
  };
}

function movedToZone(form: PlanForm, timeZone: string): PlanForm {
  const moved = withTimeZone(planDocumentOf(form), timeZone);
  return {
    ...form,
    ...moved,
    stages: form.stages.map((stage, index) => ({...stage, ...moved.stages[index]})),
  };
}

function withStageAdded(state: PlannerState): PlannerState {
  const {form, nextKey} = state;
  const last = form.stages[form.stages.length - 1];
  const stage = {key: nextKey, label: '', local: last?.local ?? form.startLocal};
  return {...state, form: {...form, stages: [...form.stages, stage]}, nextKey: nextKey + 1};
}

/** The form after an edit: every edit of the planner goes through here. */
function editedForm(form: PlanForm, action: PlannerAction): PlanForm {
  switch (action.type) {
    case 'edit':
      return {...form, ...action.patch};
    case 'move-to-zone':
      return movedToZone(form, action.timeZone);
    case 'edit-token':
      return {
        ...form,
        tokens: form.tokens.map((token) =>
          token.id === action.id ? {...token, ...action.patch} : token,
        ),
      };
    case 'edit-stage':
      return {
        ...form,
        stages: form.stages.map((stage) =>
          stage.key === action.key ? {...stage, ...action.patch} : stage,
        ),
      };
    case 'remove-stage':
      return {...form, stages: form.stages.filter((stage) => stage.key !== action.key)};
    default:
      return form;
  }
}

export function plannerReducer(state: PlannerState, action: PlannerAction): PlannerState {
  switch (action.type) {
    case 'opened':
      return opened(action);
    case 'reset':
      return {...state, form: newPlanForm(action.now, action.zone)};
    case 'add-stage':
      return withStageAdded(state);
    default:
      return {...state, form: editedForm(state.form, action)};
  }
}

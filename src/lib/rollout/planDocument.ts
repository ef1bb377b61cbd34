/**
 * A rollout plan as the planner's form holds it, saved per run (decisions/0004: runs live in the
 * browser only). Fields are kept as typed (strings), so a half-typed lifetime or an invalid start
 * comes back exactly as the user left it, error message included.
 */
import {fieldDocumentSpec} from '../runs';
import {formatCompactDuration, fromWallClock, parseLocalInput, toLocalInput} from './time';
import {TOKEN_KINDS, type TokenKindId} from './tokenKinds';
import type {PlanError, PlanInput, PlanResult} from './planTypes';
import {computePlan} from './timeline';

export interface PlanTokenFields {
  readonly id: TokenKindId;
  readonly enabled: boolean;
  /** Lifetime before the change, in seconds: decides when old tokens are gone. */
  readonly lifetime: string;
  /**
   * Lifetime after the change, in seconds; empty when it stays the same (the form needs one entry
   * for an unchanged lifetime). Decides how long new tokens outlast a rollback.
   */
  readonly newLifetime: string;
  readonly margin?: string;
}

export interface PlanStageFields {
  readonly label: string;
  /** `YYYY-MM-DDTHH:mm` wall-clock time in the plan's zone, as a datetime-local input gives it. */
  readonly local: string;
}

export interface PlanDocument {
  readonly title: string;
  readonly timeZone: string;
  readonly startLocal: string;
  readonly tokens: readonly PlanTokenFields[];
  readonly stages: readonly PlanStageFields[];
}

/**
 * Version of the plan's fields. 1: one lifetime per kind (until issue #16). 2: `newLifetime` added;
 * a version-1 plan reads with every new lifetime empty, so it shows the numbers it showed before.
 */
export const PLAN_FIELDS_VERSION = 2;

const MAX_TITLE = 300;
const MAX_FIELD = 64;
const MAX_STAGES = 50;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const shortText = (value: unknown, max = MAX_FIELD): value is string =>
  typeof value === 'string' && value.length <= max;

function parseToken(value: unknown, version: number): PlanTokenFields | null {
  if (!isObject(value)) return null;
  const {id, enabled, lifetime, margin} = value;
  const info = TOKEN_KINDS.find((kind) => kind.id === id);
  if (!info || typeof enabled !== 'boolean' || !shortText(lifetime)) return null;
  if (margin !== undefined && !shortText(margin)) return null;
  // Version 1 had one lifetime, which was the lifetime before the change too: nothing changes.
  const newLifetime = version < 2 ? '' : value.newLifetime;
  if (!shortText(newLifetime)) return null;
  return {
    id: info.id,
    enabled,
    lifetime,
    newLifetime,
    ...(info.defaultMarginSeconds === undefined
      ? {}
      : {margin: typeof margin === 'string' ? margin : String(info.defaultMarginSeconds)}),
  };
}

/** The token fields with the Open edX defaults (what a new plan starts from). */
export function defaultTokenFields(): PlanTokenFields[] {
  return TOKEN_KINDS.map((info) => ({
    id: info.id,
    enabled: info.enabledByDefault,
    lifetime: String(info.defaultLifetimeSeconds),
    newLifetime: '',
    ...(info.defaultMarginSeconds === undefined ? {} : {margin: String(info.defaultMarginSeconds)}),
  }));
}

/**
 * Validates a stored plan whose fields are of `version` (PLAN_FIELDS_VERSION or older, which it
 * migrates). Token kinds the site no longer knows are dropped and kinds added since the plan was
 * saved get their defaults, so a plan survives changes to the planner.
 */
export function parsePlanDocument(
  data: unknown,
  version: number = PLAN_FIELDS_VERSION,
): PlanDocument | null {
  if (!isObject(data)) return null;
  const {title, timeZone, startLocal, tokens, stages} = data;
  if (!shortText(title, MAX_TITLE) || !shortText(timeZone) || !shortText(startLocal)) return null;
  if (!Array.isArray(tokens) || !Array.isArray(stages) || stages.length > MAX_STAGES) return null;
  const saved = new Map<TokenKindId, PlanTokenFields>();
  for (const raw of tokens) {
    const token = parseToken(raw, version);
    if (token) {
      saved.set(token.id, token);
      continue;
    }
    // A kind the planner no longer offers is dropped; a damaged entry of a known kind is not ours.
    const retired =
      isObject(raw) &&
      typeof raw.id === 'string' &&
      !TOKEN_KINDS.some((kind) => kind.id === raw.id);
    if (!retired) return null;
  }
  const cleanStages: PlanStageFields[] = [];
  for (const raw of stages) {
    if (!isObject(raw) || !shortText(raw.label, MAX_TITLE) || !shortText(raw.local)) return null;
    cleanStages.push({label: raw.label, local: raw.local});
  }
  return {
    title,
    timeZone,
    startLocal,
    tokens: defaultTokenFields().map((token) => saved.get(token.id) ?? token),
    stages: cleanStages,
  };
}

/**
 * A plan per run, merged part by part between tabs: the title, each token kind, and the times. The
 * zone, the start and the stages are one part, because changing the zone rewrites the other two.
 */
export const rolloutPlanDocument = fieldDocumentSpec<PlanDocument>({
  type: 'rollout-plan',
  version: PLAN_FIELDS_VERSION,
  parseFields: (data, version) => parsePlanDocument(data, version),
  partsOf: ({title, timeZone, startLocal, stages, tokens}) => ({
    title,
    when: {timeZone, startLocal, stages},
    ...Object.fromEntries(tokens.map((token) => [`token:${token.id}`, token])),
  }),
  fromParts: (parts) => {
    const when = parts.when as Pick<PlanDocument, 'timeZone' | 'startLocal' | 'stages'>;
    return {
      title: parts.title as string,
      timeZone: when.timeZone,
      startLocal: when.startLocal,
      tokens: defaultTokenFields().map(
        (token) => (parts[`token:${token.id}`] as PlanTokenFields | undefined) ?? token,
      ),
      stages: when.stages,
    };
  },
});

/** The instant of a datetime-local value in a zone; NaN when it is not a valid time there. */
export function toInstant(local: string, timeZone: string): number {
  const wall = parseLocalInput(local);
  return (wall && fromWallClock(wall, timeZone)) ?? Number.NaN;
}

const toNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * What the form says next to a kind's two lifetimes: `= 1 h` for a usable number, that the new
 * lifetime is the old one while it is empty, nothing for a number that is not usable (the error
 * list names it).
 */
export function lifetimeHints(token: Pick<PlanTokenFields, 'lifetime' | 'newLifetime'>): {
  readonly old: string;
  readonly new: string;
} {
  const shown = (text: string): string => {
    const seconds = toNumber(text);
    return Number.isFinite(seconds) && seconds > 0 ? formatCompactDuration(seconds) : '';
  };
  const old = shown(token.lifetime);
  if (token.newLifetime.trim() === '') {
    return {old: old && `= ${old}`, new: old ? `Empty: unchanged, ${old}` : 'Empty: unchanged'};
  }
  const after = shown(token.newLifetime);
  return {old: old && `= ${old}`, new: after && `= ${after}`};
}

/**
 * For the JWT cookies' "after" field: the JWT in the cookies takes its `exp` from the setting of
 * access tokens (JWT_ACCESS_TOKEN_EXPIRE_SECONDS), so a plan that changes the access-token
 * lifetime but leaves the cookies' empty is likely missing it (and overstates a rollback). Empty
 * when there is nothing to say.
 */
export function sharedSettingHint(tokens: readonly PlanTokenFields[]): string {
  const access = tokens.find((token) => token.id === 'access');
  const cookie = tokens.find((token) => token.id === 'cookie');
  if (!access?.enabled || !cookie?.enabled || cookie.newLifetime.trim() !== '') return '';
  const before = toNumber(access.lifetime);
  const after = toNumber(access.newLifetime);
  if (!Number.isFinite(after) || after <= 0 || after === before) return '';
  const info = TOKEN_KINDS.find((kind) => kind.id === 'access')!;
  return `${info.label} change to ${formatCompactDuration(after)}, and the JWT in the cookies takes its exp from the same setting, ${info.setting}: if you change that setting, enter ${after} here too.`;
}

/** The planner's input from the form's text; computePlan reports what is wrong with it. */
export function planInputFromDocument(plan: PlanDocument): PlanInput {
  return {
    title: plan.title,
    start: toInstant(plan.startLocal, plan.timeZone),
    timeZone: plan.timeZone,
    tokens: plan.tokens.map((token) => ({
      id: token.id,
      enabled: token.enabled,
      oldLifetimeSeconds: toNumber(token.lifetime),
      ...(token.newLifetime.trim() === '' ? {} : {newLifetimeSeconds: toNumber(token.newLifetime)}),
      ...(token.margin === undefined ? {} : {marginSeconds: toNumber(token.margin) || 0}),
    })),
    stages: plan.stages.map((stage) => ({
      label: stage.label,
      at: toInstant(stage.local, plan.timeZone),
    })),
  };
}

/**
 * The plan shown in another zone: the start and every stage stay at the same instant, written as
 * that zone's wall-clock time. A time that is not valid yet (half typed) is kept as typed.
 */
export function withTimeZone(plan: PlanDocument, timeZone: string): PlanDocument {
  const moved = (local: string): string => {
    const at = toInstant(local, plan.timeZone);
    return Number.isFinite(at) ? toLocalInput(at, timeZone) : local;
  };
  return {
    ...plan,
    timeZone,
    startLocal: moved(plan.startLocal),
    stages: plan.stages.map((stage) => ({...stage, local: moved(stage.local)})),
  };
}

/** True when `local` is a well-formed wall-clock time that the zone skips (a DST gap). */
function inGap(local: string, timeZone: string): boolean {
  const wall = parseLocalInput(local);
  return wall !== null && fromWallClock(wall, timeZone) === null;
}

const shown = (local: string): string => local.replace('T', ' ');

/**
 * computePlan for the form's text, with the time errors made precise: a time that the clocks skip
 * in the chosen zone is named as such instead of "not a valid date and time".
 */
export function computePlanFromDocument(plan: PlanDocument): PlanResult {
  const result = computePlan(planInputFromDocument(plan));
  if (result.ok) return result;
  const errors = result.errors.map((error): PlanError => {
    if (error.code === 'invalid-start' && inGap(plan.startLocal, plan.timeZone)) {
      return {
        code: 'start-in-gap',
        message: `The start time ${shown(plan.startLocal)} does not exist in ${plan.timeZone}: the clocks skip it. Pick a time outside the change of clocks.`,
      };
    }
    return error;
  });
  // Stage errors carry no index; match them to the stages in order.
  let stageIndex = 0;
  const stageErrors = errors.map((error): PlanError => {
    if (error.code !== 'stage-invalid-time') return error;
    while (
      stageIndex < plan.stages.length &&
      Number.isFinite(toInstant(plan.stages[stageIndex]!.local, plan.timeZone))
    ) {
      stageIndex++;
    }
    const stage = plan.stages[stageIndex++];
    if (stage && inGap(stage.local, plan.timeZone)) {
      return {
        code: 'stage-time-in-gap',
        message: `${error.message.replace(/ is not a valid date and time\.$/, '')} (${shown(stage.local)}) does not exist in ${plan.timeZone}: the clocks skip it. Pick a time outside the change of clocks.`,
      };
    }
    return error;
  });
  return {ok: false, errors: stageErrors};
}

/**
 * The token-drain timeline of a JWT rollout: from a start time, the affected token kinds and their
 * lifetimes before and after the change, and optional stages, compute when old tokens can still be
 * in use, when the last one expires, what to watch when, the next-day follow-up, the earliest safe
 * removal and the rollback drain. Every derived time counts from the moment the change is complete
 * (the last stage), never from an earlier stage. Pure: no clock, no DOM.
 */
import {formatCompactDuration, isValidTimeZone, fromWallClock, wallClock} from './time';

export type TokenKindId = 'access' | 'cookie' | 'id-token' | 'client-credentials' | 'refresh';

export interface TokenKindInput {
  readonly id: TokenKindId;
  readonly enabled: boolean;
  /**
   * Lifetime of one token before the change, in seconds: tokens minted by the old code live this
   * long, so it decides when they are gone (the drain).
   */
  readonly oldLifetimeSeconds: number;
  /**
   * Lifetime after the change, in seconds; absent when the change keeps the lifetime. Tokens minted
   * by the new code live this long, so it decides how long they outlast a rollback.
   */
  readonly newLifetimeSeconds?: number;
  /** Seconds a client stops using a token before its `exp` (edx-rest-api-client: 5). */
  readonly marginSeconds?: number;
}

export interface StageInput {
  readonly label: string;
  readonly at: number;
}

export interface PlanInput {
  /** What changes, in a few words (for the Markdown and calendar titles). Optional. */
  readonly title: string;
  /** Epoch milliseconds. */
  readonly start: number;
  /** IANA zone used to display times and to place the next-day follow-up. */
  readonly timeZone: string;
  readonly tokens: readonly TokenKindInput[];
  /** In chronological order, none before the start. */
  readonly stages: readonly StageInput[];
}

export interface TokenKindInfo {
  readonly id: TokenKindId;
  readonly label: string;
  /** The setting the lifetime comes from. */
  readonly setting: string;
  /** A second setting that can end a token's use earlier, never later, when it is shorter. */
  readonly cappedBy?: string;
  readonly defaultLifetimeSeconds: number;
  readonly defaultMarginSeconds?: number;
  readonly enabledByDefault: boolean;
}

/** Open edX defaults (research sheet §6.1, §8.7). */
export const TOKEN_KINDS: readonly TokenKindInfo[] = [
  {
    id: 'access',
    label: 'JWT access tokens',
    setting: 'JWT_ACCESS_TOKEN_EXPIRE_SECONDS',
    defaultLifetimeSeconds: 3600,
    enabledByDefault: true,
  },
  {
    // The JWT inside the cookies gets its `exp` from the access-token lifetime (cookies.py calls
    // create_jwt_from_token); the cookies' max-age only makes the browser drop it sooner.
    id: 'cookie',
    label: 'JWT cookies',
    setting: 'JWT_ACCESS_TOKEN_EXPIRE_SECONDS',
    cappedBy: 'JWT_IN_COOKIE_EXPIRATION',
    defaultLifetimeSeconds: 3600,
    enabledByDefault: true,
  },
  {
    id: 'id-token',
    label: 'create_jwt_for_user tokens',
    setting: 'OAUTH_ID_TOKEN_EXPIRATION',
    defaultLifetimeSeconds: 3600,
    enabledByDefault: false,
  },
  {
    id: 'client-credentials',
    label: 'Cached client-credentials JWTs',
    setting: 'edx-rest-api-client cache (lifetime − 5 s)',
    defaultLifetimeSeconds: 3600,
    defaultMarginSeconds: 5,
    enabledByDefault: true,
  },
  {
    id: 'refresh',
    label: 'Mobile refresh tokens',
    setting: "OAUTH2_PROVIDER['REFRESH_TOKEN_EXPIRE_SECONDS']",
    defaultLifetimeSeconds: 7_776_000,
    enabledByDefault: false,
  },
];

export function tokenKindInfo(id: TokenKindId): TokenKindInfo {
  const info = TOKEN_KINDS.find((kind) => kind.id === id);
  if (info === undefined) throw new Error(`unknown token kind ${id}`);
  return info;
}

export function defaultTokens(): TokenKindInput[] {
  return TOKEN_KINDS.map((kind) => ({
    id: kind.id,
    enabled: kind.enabledByDefault,
    oldLifetimeSeconds: kind.defaultLifetimeSeconds,
    ...(kind.defaultMarginSeconds === undefined ? {} : {marginSeconds: kind.defaultMarginSeconds}),
  }));
}

/** How long to keep watching after the last old token expired (our choice, see the page). */
export const WATCH_MARGIN_MS = 3600_000;
/** Local hour of the next-day support follow-up. */
export const FOLLOW_UP_HOUR = 9;

export type PlanErrorCode =
  | 'invalid-start'
  /** The start's wall-clock time does not exist in its zone (clocks skip it). */
  | 'start-in-gap'
  | 'invalid-time-zone'
  | 'no-token-kinds'
  | 'lifetime-not-positive'
  | 'new-lifetime-not-positive'
  | 'margin-not-below-lifetime'
  | 'stage-invalid-time'
  | 'stage-time-in-gap'
  | 'stage-label-missing'
  | 'stage-before-start'
  | 'stages-out-of-order';

export interface PlanError {
  readonly code: PlanErrorCode;
  readonly message: string;
}

export type MomentKind =
  | 'start'
  | 'stage'
  | 'token-expiry'
  | 'drained'
  | 'watch-end'
  | 'follow-up'
  | 'safe-removal'
  | 'rollback';

export interface KeyMoment {
  /** Stable within a plan: `start`, `stage-1`, `expiry-access`, `drained`, … */
  readonly id: string;
  readonly kind: MomentKind;
  readonly label: string;
  readonly at: number;
  /** One sentence: why this moment matters. */
  readonly detail: string;
}

export interface TokenWindow {
  readonly id: TokenKindId;
  readonly label: string;
  /** How long a token minted by the old code is used: old lifetime minus margin, seconds. */
  readonly oldEffectiveSeconds: number;
  /** The same for the new code: new lifetime (the old one when unchanged) minus margin, seconds. */
  readonly newEffectiveSeconds: number;
  /** Old tokens of this kind can be in use from the start until `lastExpires`. */
  readonly from: number;
  readonly lastExpires: number;
}

export interface WatchWindow {
  readonly id: 'close-watch' | 'margin-watch';
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export interface Plan {
  readonly input: PlanInput;
  /** The moment the change is fully in place: the last stage, or the start without stages. */
  readonly changeComplete: number;
  readonly windows: readonly TokenWindow[];
  /** When the last old token of any affected kind has expired. */
  readonly drained: number;
  readonly watches: readonly WatchWindow[];
  readonly followUp: number;
  readonly safeRemoval: number;
  /**
   * A rollback decided at the end of the close watch: its revert is assumed to take as long to
   * deploy as the change did (start to last stage), then new-style tokens drain for the longest new
   * lifetime (`exposureSeconds`); `landsAt` is when the last of them has expired.
   */
  readonly rollback: {
    readonly decidedAt: number;
    readonly revertSeconds: number;
    readonly exposureSeconds: number;
    readonly landsAt: number;
  };
  /** Every moment above, in time order (ties keep the order above). */
  readonly moments: readonly KeyMoment[];
  /** First and last instant to draw. */
  readonly range: {readonly from: number; readonly to: number};
}

export type PlanResult =
  | {readonly ok: true; readonly plan: Plan}
  | {readonly ok: false; readonly errors: readonly PlanError[]};

const stageName = (stage: StageInput, index: number): string =>
  stage.label.trim() === '' ? `stage ${index + 1}` : `stage ${index + 1} "${stage.label.trim()}"`;

function validate(input: PlanInput): PlanError[] {
  const errors: PlanError[] = [];
  if (!Number.isFinite(input.start)) {
    errors.push({code: 'invalid-start', message: 'The start time is not a valid date and time.'});
  }
  if (!isValidTimeZone(input.timeZone)) {
    errors.push({
      code: 'invalid-time-zone',
      message: `"${input.timeZone}" is not a time zone this browser knows.`,
    });
  }
  const enabled = input.tokens.filter((token) => token.enabled);
  if (enabled.length === 0) {
    errors.push({code: 'no-token-kinds', message: 'Choose at least one token kind.'});
  }
  const positive = (seconds: number): boolean => Number.isFinite(seconds) && seconds > 0;
  for (const token of enabled) {
    const {label} = tokenKindInfo(token.id);
    const {oldLifetimeSeconds: before, newLifetimeSeconds: after = before} = token;
    if (!positive(before)) {
      errors.push({
        code: 'lifetime-not-positive',
        message: `The lifetime of ${label} must be a positive number of seconds.`,
      });
    }
    if (token.newLifetimeSeconds !== undefined && !positive(token.newLifetimeSeconds)) {
      errors.push({
        code: 'new-lifetime-not-positive',
        message: `The new lifetime of ${label} must be a positive number of seconds (leave it empty if it does not change).`,
      });
    }
    if (
      positive(before) &&
      positive(after) &&
      (token.marginSeconds ?? 0) >= Math.min(before, after)
    ) {
      errors.push({
        code: 'margin-not-below-lifetime',
        message:
          before === after
            ? `The cache margin of ${label} must be shorter than its lifetime.`
            : `The cache margin of ${label} must be shorter than its lifetime before and after the change.`,
      });
    }
  }
  input.stages.forEach((stage, index) => {
    if (stage.label.trim() === '') {
      errors.push({
        code: 'stage-label-missing',
        message: `Stage ${index + 1} needs a name.`,
      });
    }
    if (!Number.isFinite(stage.at)) {
      errors.push({
        code: 'stage-invalid-time',
        message: `The time of ${stageName(stage, index)} is not a valid date and time.`,
      });
      return;
    }
    if (Number.isFinite(input.start) && stage.at < input.start) {
      errors.push({
        code: 'stage-before-start',
        message: `${capitalise(stageName(stage, index))} is before the start time.`,
      });
    }
    const previous = input.stages[index - 1];
    if (previous !== undefined && Number.isFinite(previous.at) && stage.at < previous.at) {
      errors.push({
        code: 'stages-out-of-order',
        message: `${capitalise(stageName(stage, index))} is earlier than ${stageName(
          previous,
          index - 1,
        )}: list the stages in the order they happen.`,
      });
    }
  });
  return errors;
}

/** Lower-cases a label's first letter for use inside a sentence, unless it starts an acronym. */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How the plan times a rollback's revert, as a phrase ("with …"): as long as the change took from
 * start to last stage, or at once when the plan has no stages (the reader adds their deploy time).
 */
export function revertAssumption(revertSeconds: number): string {
  return revertSeconds > 0
    ? `its revert deploying as long as the change did (${formatCompactDuration(revertSeconds)}, start to last stage)`
    : 'its revert in place at once, as the change was (no stages: add your deploy time)';
}

/** 09:00 local time on the calendar day after `epochMs` (in `timeZone`). */
export function nextDayAt(epochMs: number, timeZone: string, hour: number): number {
  const today = wallClock(epochMs, timeZone);
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  const wall = {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour,
    minute: 0,
    second: 0,
  };
  // A zone may skip that hour (a DST gap): take the first existing hour after it.
  for (let h = hour; h < 24; h++) {
    const at = fromWallClock({...wall, hour: h}, timeZone);
    if (at !== null) return at;
  }
  throw new Error('no valid hour on the next day');
}

/** The moment the change is complete: its last stage, or the start when it has no stages. */
export function changeCompleteOf(input: Pick<PlanInput, 'start' | 'stages'>): number {
  return input.stages.reduce((latest, stage) => Math.max(latest, stage.at), input.start);
}

/** True when the change gives some affected kind a different lifetime. */
export function lifetimeChanged(windows: readonly TokenWindow[]): boolean {
  return windows.some((window) => window.oldEffectiveSeconds !== window.newEffectiveSeconds);
}

/**
 * Which kind's lifetime after the change sets the rollback exposure, as a parenthesis; empty when
 * no lifetime changes. Named because a shortened lifetime can be outlasted by one the change keeps
 * (JWT cookies at 1 h while access tokens go to 30 min), and the reader would expect the shorter.
 */
export function exposureSource(windows: readonly TokenWindow[], exposureSeconds: number): string {
  if (!lifetimeChanged(windows)) return '';
  const deciding = windows.filter((window) => window.newEffectiveSeconds === exposureSeconds);
  const names = deciding.map((window) => inSentence(window.label));
  const list =
    names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  const changed = deciding.filter(
    (window) => window.oldEffectiveSeconds !== window.newEffectiveSeconds,
  ).length;
  if (changed === 0) return ` (the lifetime of ${list}, entered as unchanged)`;
  if (changed === deciding.length) return ` (the new lifetime of ${list})`;
  return ` (the lifetime after the change of ${list})`;
}

export function computePlan(input: PlanInput): PlanResult {
  const errors = validate(input);
  if (errors.length > 0) return {ok: false, errors};

  const {start, timeZone} = input;
  // Every time below counts from here: the stage that completes the change, not the first one.
  const changeComplete = changeCompleteOf(input);
  const windows: TokenWindow[] = input.tokens
    .filter((token) => token.enabled)
    .map((token) => {
      const margin = token.marginSeconds ?? 0;
      const oldEffectiveSeconds = token.oldLifetimeSeconds - margin;
      const newEffectiveSeconds = (token.newLifetimeSeconds ?? token.oldLifetimeSeconds) - margin;
      return {
        id: token.id,
        label: tokenKindInfo(token.id).label,
        oldEffectiveSeconds,
        newEffectiveSeconds,
        from: start,
        // Old code may mint until the change is complete; its tokens live the old lifetime.
        lastExpires: changeComplete + oldEffectiveSeconds * 1000,
      };
    });
  const drained = Math.max(...windows.map((window) => window.lastExpires));
  const exposureSeconds = Math.max(...windows.map((window) => window.newEffectiveSeconds));
  const watchEnd = drained + WATCH_MARGIN_MS;
  const followUp = nextDayAt(changeComplete, timeZone, FOLLOW_UP_HOUR);
  const safeRemoval = Math.max(watchEnd, followUp);
  const revertSeconds = (changeComplete - start) / 1000;
  const rollback = {
    decidedAt: drained,
    revertSeconds,
    exposureSeconds,
    // New code mints until the revert is in place; its tokens live the new lifetime.
    landsAt: drained + (revertSeconds + exposureSeconds) * 1000,
  };

  const moments: KeyMoment[] = [
    {
      id: 'start',
      kind: 'start',
      label: 'Change starts',
      at: start,
      detail:
        'The first instance runs the new code; old and new tokens are both in use from now on.',
    },
    ...input.stages.map((stage, index): KeyMoment => ({
      id: `stage-${index + 1}`,
      kind: 'stage',
      label: `Stage: ${stage.label.trim()}`,
      at: stage.at,
      detail:
        index === input.stages.length - 1
          ? 'Last stage: from here on only new-style tokens are minted.'
          : 'Old-style tokens may still be minted until the last stage.',
    })),
    ...windows.map((window): KeyMoment => ({
      id: `expiry-${window.id}`,
      kind: 'token-expiry',
      label: `Last old ${inSentence(window.label)} expire`,
      at: window.lastExpires,
      detail:
        window.oldEffectiveSeconds === window.newEffectiveSeconds
          ? `Minted by the old code until the change completed, they live ${formatCompactDuration(
              window.oldEffectiveSeconds,
            )}.`
          : `Minted by the old code until the change completed, they live the old lifetime, ${formatCompactDuration(
              window.oldEffectiveSeconds,
            )} (new ones: ${formatCompactDuration(window.newEffectiveSeconds)}).`,
    })),
    {
      id: 'drained',
      kind: 'drained',
      label: 'Old tokens drained: close watch ends',
      at: drained,
      detail: 'Every old token has expired; regular clients now hold new-style tokens only.',
    },
    {
      id: 'watch-end',
      kind: 'watch-end',
      label: 'Margin watch ends',
      at: watchEnd,
      detail: 'One more hour of watching for clients that fetch new tokens late.',
    },
    {
      id: 'follow-up',
      kind: 'follow-up',
      label: 'Next-day support follow-up',
      at: followUp,
      detail:
        'The morning after the change completed: trace the support tickets of the day back to the change; rarely-run jobs meet it now.',
    },
    {
      id: 'safe-removal',
      kind: 'safe-removal',
      label: 'Earliest safe removal of the old key, toggle or code path',
      at: safeRemoval,
      detail: 'After the drain, the margin watch and the next-day follow-up.',
    },
    {
      id: 'rollback',
      kind: 'rollback',
      label: 'A rollback decided when the close watch ends would be complete',
      at: rollback.landsAt,
      detail: `With ${revertAssumption(revertSeconds)}, new-style tokens minted until the revert is in place stay in use for up to ${formatCompactDuration(
        exposureSeconds,
      )} more${exposureSource(windows, exposureSeconds)}: the old code must accept them until then.`,
    },
  ];
  const order = new Map(moments.map((moment, index) => [moment, index]));
  moments.sort((a, b) => a.at - b.at || order.get(a)! - order.get(b)!);

  return {
    ok: true,
    plan: {
      input,
      changeComplete,
      windows,
      drained,
      watches: [
        {id: 'close-watch', label: 'Close watch', from: start, to: drained},
        {id: 'margin-watch', label: 'Margin watch', from: drained, to: watchEnd},
      ],
      followUp,
      safeRemoval,
      rollback,
      moments,
      range: {from: start, to: Math.max(safeRemoval, rollback.landsAt)},
    },
  };
}

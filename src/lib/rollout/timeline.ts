/**
 * The token-drain timeline of a JWT rollout: from a start time, the affected token kinds and their
 * lifetimes before and after the change, and optional stages, compute when old tokens can still be
 * in use, when the last one expires, what to watch when, the next-day follow-up, the earliest safe
 * removal and the rollback drain. Every derived time counts from the moment the change is complete
 * (the last stage), never from an earlier stage. Pure: no clock, no DOM.
 *
 * The token kinds are in ./tokenKinds, the shapes in ./planTypes, the checks in ./validatePlan and
 * the moments' sentences in ./moments.
 */
import {fromWallClock, wallClock} from './time';
import {tokenKindInfo} from './tokenKinds';
import type {Plan, PlanInput, PlanResult, TokenWindow} from './planTypes';
import {validatePlan} from './validatePlan';
import {keyMoments} from './moments';

/** How long to keep watching after the last old token expired (our choice, see the page). */
export const WATCH_MARGIN_MS = 3600_000;
/** Local hour of the next-day support follow-up. */
export const FOLLOW_UP_HOUR = 9;

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

/** When old tokens of each affected kind can be in use: from the start until the last expires. */
function tokenWindows(input: PlanInput, changeComplete: number): TokenWindow[] {
  return input.tokens
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
        from: input.start,
        // Old code may mint until the change is complete; its tokens live the old lifetime.
        lastExpires: changeComplete + oldEffectiveSeconds * 1000,
      };
    });
}

/**
 * A rollback decided when the close watch ends (at the drain): the revert deploys as long as the
 * change did, then new-style tokens stay in use for the longest new lifetime.
 */
function rollbackOf(
  windows: readonly TokenWindow[],
  drained: number,
  revertSeconds: number,
): Plan['rollback'] {
  const exposureSeconds = Math.max(...windows.map((window) => window.newEffectiveSeconds));
  return {
    decidedAt: drained,
    revertSeconds,
    exposureSeconds,
    // New code mints until the revert is in place; its tokens live the new lifetime.
    landsAt: drained + (revertSeconds + exposureSeconds) * 1000,
  };
}

export function computePlan(input: PlanInput): PlanResult {
  const errors = validatePlan(input);
  if (errors.length > 0) return {ok: false, errors};

  const {start, timeZone} = input;
  // Every time below counts from here: the stage that completes the change, not the first one.
  const changeComplete = changeCompleteOf(input);
  const windows = tokenWindows(input, changeComplete);
  const drained = Math.max(...windows.map((window) => window.lastExpires));
  const watchEnd = drained + WATCH_MARGIN_MS;
  const followUp = nextDayAt(changeComplete, timeZone, FOLLOW_UP_HOUR);
  const safeRemoval = Math.max(watchEnd, followUp);
  const rollback = rollbackOf(windows, drained, (changeComplete - start) / 1000);
  const times = {windows, drained, watchEnd, followUp, safeRemoval, rollback};

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
      moments: keyMoments(input, times),
      range: {from: start, to: Math.max(safeRemoval, rollback.landsAt)},
    },
  };
}

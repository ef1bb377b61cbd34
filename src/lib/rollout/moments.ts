/**
 * The key moments of a computed plan, each with one sentence on why it matters, in time order.
 */
import {formatCompactDuration} from './time';
import type {KeyMoment, Plan, PlanInput, TokenWindow} from './planTypes';
import {exposureSource, inSentence, revertAssumption} from './wording';

/** The computed times the moments are placed at. */
export type MomentTimes = Pick<
  Plan,
  'windows' | 'drained' | 'followUp' | 'safeRemoval' | 'rollback'
> & {
  readonly watchEnd: number;
};

function stageMoments(stages: PlanInput['stages']): KeyMoment[] {
  return stages.map((stage, index) => ({
    id: `stage-${index + 1}`,
    kind: 'stage',
    label: `Stage: ${stage.label.trim()}`,
    at: stage.at,
    detail:
      index === stages.length - 1
        ? 'Last stage: from here on only new-style tokens are minted.'
        : 'Old-style tokens may still be minted until the last stage.',
  }));
}

function expiryMoment(window: TokenWindow): KeyMoment {
  return {
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
  };
}

/** The moments after the drain: the watches, the follow-up, the removal and the rollback. */
function afterDrainMoments(times: MomentTimes): KeyMoment[] {
  const {rollback} = times;
  return [
    {
      id: 'drained',
      kind: 'drained',
      label: 'Old tokens drained: close watch ends',
      at: times.drained,
      detail: 'Every old token has expired; regular clients now hold new-style tokens only.',
    },
    {
      id: 'watch-end',
      kind: 'watch-end',
      label: 'Margin watch ends',
      at: times.watchEnd,
      detail: 'One more hour of watching for clients that fetch new tokens late.',
    },
    {
      id: 'follow-up',
      kind: 'follow-up',
      label: 'Next-day support follow-up',
      at: times.followUp,
      detail:
        'The morning after the change completed: trace the support tickets of the day back to the change; rarely-run jobs meet it now.',
    },
    {
      id: 'safe-removal',
      kind: 'safe-removal',
      label: 'Earliest safe removal of the old key, toggle or code path',
      at: times.safeRemoval,
      detail: 'After the drain, the margin watch and the next-day follow-up.',
    },
    {
      id: 'rollback',
      kind: 'rollback',
      label: 'A rollback decided when the close watch ends would be complete',
      at: rollback.landsAt,
      detail: `With ${revertAssumption(rollback.revertSeconds)}, new-style tokens minted until the revert is in place stay in use for up to ${formatCompactDuration(
        rollback.exposureSeconds,
      )} more${exposureSource(times.windows, rollback.exposureSeconds)}: the old code must accept them until then.`,
    },
  ];
}

/** Every moment of the plan in time order; moments at the same instant keep the order above. */
export function keyMoments(input: PlanInput, times: MomentTimes): KeyMoment[] {
  const moments: KeyMoment[] = [
    {
      id: 'start',
      kind: 'start',
      label: 'Change starts',
      at: input.start,
      detail:
        'The first instance runs the new code; old and new tokens are both in use from now on.',
    },
    ...stageMoments(input.stages),
    ...times.windows.map(expiryMoment),
    ...afterDrainMoments(times),
  ];
  const order = new Map(moments.map((moment, index) => [moment, index]));
  return moments.sort((a, b) => a.at - b.at || order.get(a)! - order.get(b)!);
}

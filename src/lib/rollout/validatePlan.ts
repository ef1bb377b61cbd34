/**
 * What is wrong with a plan's input, as precise sentences, in the order the form lists the fields:
 * the start and zone, the token kinds, then each stage.
 */
import {isValidTimeZone} from './time';
import {tokenKindInfo, type TokenKindInput} from './tokenKinds';
import type {PlanError, PlanInput, StageInput} from './planTypes';
import {capitalise} from './wording';

const positive = (seconds: number): boolean => Number.isFinite(seconds) && seconds > 0;

const stageName = (stage: StageInput, index: number): string =>
  stage.label.trim() === '' ? `stage ${index + 1}` : `stage ${index + 1} "${stage.label.trim()}"`;

function startAndZoneErrors(input: PlanInput): PlanError[] {
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
  return errors;
}

/** An affected kind's lifetimes must be positive, and its cache margin shorter than both. */
function tokenErrors(token: TokenKindInput): PlanError[] {
  const errors: PlanError[] = [];
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
  return errors;
}

function tokenKindsErrors(tokens: readonly TokenKindInput[]): PlanError[] {
  const enabled = tokens.filter((token) => token.enabled);
  const none: PlanError[] =
    enabled.length === 0
      ? [{code: 'no-token-kinds', message: 'Choose at least one token kind.'}]
      : [];
  return [...none, ...enabled.flatMap(tokenErrors)];
}

/** A stage needs a name and a valid time, not before the start nor before the stage above it. */
function stageErrors(input: PlanInput, index: number): PlanError[] {
  const stage = input.stages[index]!;
  const errors: PlanError[] = [];
  if (stage.label.trim() === '') {
    errors.push({code: 'stage-label-missing', message: `Stage ${index + 1} needs a name.`});
  }
  if (!Number.isFinite(stage.at)) {
    errors.push({
      code: 'stage-invalid-time',
      message: `The time of ${stageName(stage, index)} is not a valid date and time.`,
    });
    return errors;
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
  return errors;
}

/** Every problem of the input; empty when computePlan can compute it. */
export function validatePlan(input: PlanInput): PlanError[] {
  return [
    ...startAndZoneErrors(input),
    ...tokenKindsErrors(input.tokens),
    ...input.stages.flatMap((_stage, index) => stageErrors(input, index)),
  ];
}

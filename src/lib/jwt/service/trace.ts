/**
 * The shape every step of the service model returns, and the trace the pipeline collects them
 * in. A step is a pure function: it says what the decoder shows (steps), records (custom
 * attributes) and what the model cannot reproduce exactly (caveats), then either hands its value
 * to the next step or says why the decoder stops there.
 */
import type {
  ModelFailure,
  RecordedAttribute,
  RejectedSimulation,
  RejectionCode,
  SimulationStep,
  StepId,
} from './types';

/** Why the decoder stops at a step: the exception it raises there. */
export interface StepRejection {
  readonly code: RejectionCode;
  readonly reason: string;
  /** What the service reports. */
  readonly reported: ModelFailure;
  /** Why the token really failed, when it differs from `reported`. */
  readonly cause?: ModelFailure;
  readonly defaultsApplied?: readonly string[];
}

/** What one step adds to the simulation, in the decoder's order. */
export interface StepRecord {
  readonly steps?: readonly SimulationStep[];
  readonly attributes?: readonly RecordedAttribute[];
  readonly caveats?: readonly string[];
}

/** A step that hands its value on. */
export type StepPassed<T> = StepRecord & {readonly ok: true; readonly value: T};

/** A step that stops the decoder. */
export type StepFailed = StepRecord & {readonly ok: false; readonly rejection: StepRejection};

/** What a step that may stop the decoder returns. */
export type StepResult<T> = StepPassed<T> | StepFailed;

/** Titles of the steps a rejection leaves unreached. */
const UNREACHED_TITLES: Readonly<Partial<Record<StepId, string>>> = {
  'claims-pass': 'Claims pass',
  'issuer-check': 'Issuer check',
  defaults: 'Defaults and version',
};

/** A step the decoder never gets to. */
export function notReached(id: StepId): SimulationStep {
  return {id, title: UNREACHED_TITLES[id] ?? id, status: 'skipped', detail: 'Not reached.'};
}

/** The steps, attributes and caveats of one run, in the order the steps produced them. */
export class SimulationTrace {
  readonly steps: SimulationStep[] = [];
  readonly attributes: RecordedAttribute[] = [];
  readonly caveats: string[] = [];

  /** Appends what a step recorded and hands its result back. */
  add<R extends StepRecord>(result: R): R {
    this.steps.push(...(result.steps ?? []));
    this.attributes.push(...(result.attributes ?? []));
    this.caveats.push(...(result.caveats ?? []));
    return result;
  }

  /** Everything recorded so far. */
  record(): Pick<RejectedSimulation, 'steps' | 'attributes' | 'caveats'> {
    return {steps: this.steps, attributes: this.attributes, caveats: this.caveats};
  }

  /** The rejected simulation, with the later steps the decoder never reaches marked skipped. */
  reject(rejection: StepRejection, unreached: readonly StepId[] = []): RejectedSimulation {
    this.steps.push(...unreached.map(notReached));
    return {
      outcome: 'rejected',
      code: rejection.code,
      reason: rejection.reason,
      reported: rejection.reported,
      cause: rejection.cause ?? rejection.reported,
      defaultsApplied: rejection.defaultsApplied ?? [],
      ...this.record(),
    };
  }
}

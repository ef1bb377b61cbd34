/** The shapes of a rollout plan: what the planner is given and what it computes from it. */
import type {TokenKindId, TokenKindInput} from './tokenKinds';

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

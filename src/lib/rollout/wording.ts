/**
 * How the planner puts token kinds and the rollback in sentences, shared by the key moments, the
 * Markdown and the chart note so that they say the same thing.
 */
import {formatCompactDuration} from './time';
import type {TokenWindow} from './planTypes';

/** Lower-cases a label's first letter for use inside a sentence, unless it starts an acronym. */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Upper-cases the first letter, for a name that starts a sentence. */
export function capitalise(text: string): string {
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

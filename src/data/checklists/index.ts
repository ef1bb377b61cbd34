/**
 * The checklists that `<Checklist id="…"/>` renders, keyed by id.
 */
import {communication} from './communication';
import {observability} from './observability';
import {planYourChange} from './planYourChange';
import {rollout} from './rollout';
import type {ChecklistDefinition} from './types';

export type {
  ChecklistDefinition,
  ChecklistItemDefinition,
  ChecklistPriority,
  RunToolLink,
} from './types';

export const checklists: readonly ChecklistDefinition[] = [
  planYourChange,
  rollout,
  observability,
  communication,
];

/** Returns the checklist with this id; throws (failing the build) for an unknown id. */
export function getChecklist(id: string): ChecklistDefinition {
  const checklist = checklists.find((candidate) => candidate.id === id);
  if (!checklist) {
    throw new Error(
      `Unknown checklist id "${id}". Use one of: ${checklists.map((c) => c.id).join(', ')} (see src/data/checklists/).`,
    );
  }
  return checklist;
}

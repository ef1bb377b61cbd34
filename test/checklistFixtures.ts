/** A small checklist shared by the model tests. */
import type {ChecklistShape, ItemRecord, RunRecord} from '@site/src/lib/checklist/model';
import {SCHEMA_VERSION} from '@site/src/lib/checklist/model';

export const sample: ChecklistShape = {
  id: 'rollout',
  title: 'Rollout',
  version: 2,
  route: '/docs/checklists/rollout',
  items: [
    {id: 'first', title: 'Deploy verifiers before issuers'},
    {id: 'second', title: 'Record the start time'},
    {id: 'third', title: 'Watch `jwt_auth_result` [per service]'},
  ],
};

export function entry(state: ItemRecord['state'], note = '', updatedAt = 1): ItemRecord {
  return {state, note, updatedAt};
}

export function record(
  items: Record<string, ItemRecord>,
  overrides: Partial<RunRecord> = {},
): RunRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    checklistId: 'rollout',
    checklistVersion: 2,
    run: 'default',
    items,
    ...overrides,
  };
}

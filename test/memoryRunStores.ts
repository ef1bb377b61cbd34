/** In-memory run storage for component tests: one backend shared by checklists and documents. */
import {
  createChecklistStore,
  createMemoryBackend,
  type KeyValueBackend,
} from '@site/src/lib/checklist';
import {createRunDocumentStore} from '@site/src/lib/runs';
import type {RunDocumentStores} from '@site/src/hooks/useRunDocument';

export interface MemoryRunStores extends RunDocumentStores {
  readonly backend: KeyValueBackend & {readonly map: Map<string, unknown>};
}

export function createMemoryRunStores(): MemoryRunStores {
  const backend = createMemoryBackend();
  // 'indexeddb' so the tools behave as with persistent storage (no "not saved" notice).
  const checklists = createChecklistStore(backend, {kind: 'indexeddb'});
  return {
    backend,
    open: async (spec) => createRunDocumentStore(backend, spec, {kind: 'indexeddb'}),
    listChecklistRuns: (checklistId) => checklists.listRuns(checklistId),
  };
}

/**
 * A checklist's runs as run documents (src/lib/runs): the spec the run store reads, merges and
 * writes them with. Nothing here touches storage.
 */
import {CHECKLIST_TYPE_PREFIX, type RunDocumentSpec} from '../runs';
import {mergeRecords, sameRecord} from './merge';
import {upgradeRecord} from './migrate';
import type {ChecklistShape, RunRecord} from './model';
import {parseChecklistBody, type ChecklistBody} from './record';

/** The document type of a checklist's runs: `checklist-rollout`. */
export function checklistType(checklistId: string): string {
  return `${CHECKLIST_TYPE_PREFIX}${checklistId}`;
}

const specs = new WeakMap<ChecklistShape, RunDocumentSpec<RunRecord>>();

/** The spec of a checklist's runs (one object per checklist, so hooks can depend on it). */
export function checklistDocument(checklist: ChecklistShape): RunDocumentSpec<RunRecord> {
  let spec = specs.get(checklist);
  if (spec === undefined) {
    spec = {
      type: checklistType(checklist.id),
      version: 1,
      parse: (body, {run}) => parseChecklistBody(body, {checklistId: checklist.id, run}),
      serialize: (record): ChecklistBody => ({
        checklistVersion: record.checklistVersion,
        items: record.items,
      }),
      merge: mergeRecords,
      same: sameRecord,
      // Stamp the current checklist version; untouched entries of removed items are dropped.
      prepare: (record) => upgradeRecord(checklist, record),
    };
    specs.set(checklist, spec);
  }
  return spec;
}

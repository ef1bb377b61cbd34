/**
 * What changed in a checklist since a run was started, and how a record is brought up to date.
 */
import {itemOf, type ChecklistShape, type ItemRecord, type RunRecord} from './model';

export interface RemovedItem {
  readonly id: string;
  readonly entry: ItemRecord;
}

export interface ChecklistChanges {
  /** Items saved in the run that the checklist no longer has (all of them, touched or not). */
  readonly removed: readonly RemovedItem[];
  /** Checklist items added after the run was started ("new since you started"). */
  readonly added: readonly string[];
}

/** True when the entry carries something the user did: a state other than open, or a note. */
export function hasUserData(entry: ItemRecord): boolean {
  return entry.state !== 'open' || entry.note.trim().length > 0;
}

/**
 * Compares a run with the current checklist. Items missing from the record count as new only when
 * the record was written against another checklist version (a fresh record lists every item).
 */
export function changesSince(checklist: ChecklistShape, record: RunRecord): ChecklistChanges {
  const current = new Set(checklist.items.map((item) => item.id));
  const removed = Object.keys(record.items)
    .filter((id) => !current.has(id))
    .sort()
    .map((id) => ({id, entry: itemOf(record, id)}));
  const added =
    record.checklistVersion === checklist.version
      ? []
      : checklist.items.map((item) => item.id).filter((id) => !(id in record.items));
  return {removed, added};
}

/**
 * The record as it is written back: stamped with the current checklist version, every current item
 * present, and entries of removed items dropped only when they were never touched. Entries of removed
 * items that hold a note or a state, or that were cleared on purpose (updatedAt > 0), are kept.
 */
export function upgradeRecord(checklist: ChecklistShape, record: RunRecord): RunRecord {
  const current = new Set(checklist.items.map((item) => item.id));
  const items: Record<string, ItemRecord> = {};
  for (const item of checklist.items) {
    items[item.id] = itemOf(record, item.id);
  }
  for (const [id, entry] of Object.entries(record.items)) {
    if (!current.has(id) && (entry.updatedAt > 0 || hasUserData(entry))) {
      items[id] = entry;
    }
  }
  return {...record, checklistVersion: checklist.version, items};
}

/**
 * Clears a removed item's note and state after the user chose to discard it. The entry stays (as a
 * cleared, time-stamped one) so that a merge with another tab's older copy keeps it cleared.
 */
export function discardRemovedItem(record: RunRecord, itemId: string, now: number): RunRecord {
  if (!(itemId in record.items)) return record;
  return {...record, items: {...record.items, [itemId]: {state: 'open', note: '', updatedAt: now}}};
}

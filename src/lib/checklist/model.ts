/**
 * The checklist run model: pure, immutable operations on one run of one checklist.
 *
 * A run is stored as a {@link RunRecord}. Every item entry carries its own `updatedAt` (ms since the
 * epoch) so that two tabs editing different items can be merged item by item (see merge.ts).
 */

/** Bumped when the stored shape changes; older records are then migrated or set aside. */
export const SCHEMA_VERSION = 1;
/** Run names are shared by every per-run tool (src/lib/runs). */
export {DEFAULT_RUN, MAX_RUN_NAME_LENGTH, normaliseRunName, tidyRunName} from '../runs/runName';
export const MAX_NOTE_LENGTH = 2000;

export type ItemState = 'open' | 'done' | 'na';

export interface ItemRecord {
  readonly state: ItemState;
  readonly note: string;
  /** When the user last changed this item (ms since the epoch); 0 = never touched. */
  readonly updatedAt: number;
}

export interface RunRecord {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly checklistId: string;
  /** The checklist version this record was last written against. */
  readonly checklistVersion: number;
  readonly run: string;
  /** By item id. May hold ids the checklist no longer has: their notes are kept, never dropped. */
  readonly items: Readonly<Record<string, ItemRecord>>;
}

/** The part of a checklist definition the model needs. */
export interface ChecklistShape {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly route: string;
  readonly items: readonly {readonly id: string; readonly title: string}[];
}

export interface Progress {
  readonly done: number;
  readonly notApplicable: number;
  readonly open: number;
  readonly total: number;
}

const OPEN_ITEM: ItemRecord = {state: 'open', note: '', updatedAt: 0};

/** A fresh run: every item open, nothing touched. */
export function createRecord(checklist: ChecklistShape, run: string): RunRecord {
  const items: Record<string, ItemRecord> = {};
  for (const item of checklist.items) {
    items[item.id] = OPEN_ITEM;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    checklistId: checklist.id,
    checklistVersion: checklist.version,
    run,
    items,
  };
}

/** The saved entry for an item, or an untouched open one. */
export function itemOf(record: RunRecord, itemId: string): ItemRecord {
  return record.items[itemId] ?? OPEN_ITEM;
}

function withItem(
  record: RunRecord,
  itemId: string,
  change: Partial<Pick<ItemRecord, 'state' | 'note'>>,
  now: number,
): RunRecord {
  const current = itemOf(record, itemId);
  const next: ItemRecord = {...current, ...change, updatedAt: now};
  if (next.state === current.state && next.note === current.note) {
    return record;
  }
  return {...record, items: {...record.items, [itemId]: next}};
}

export function setItemState(
  record: RunRecord,
  itemId: string,
  state: ItemState,
  now: number,
): RunRecord {
  return withItem(record, itemId, {state}, now);
}

/** Checkbox: open or N/A → done; done → open. */
export function toggleDone(record: RunRecord, itemId: string, now: number): RunRecord {
  const state = itemOf(record, itemId).state === 'done' ? 'open' : 'done';
  return setItemState(record, itemId, state, now);
}

/** "Not applicable" switch: open or done → N/A; N/A → open. */
export function toggleNotApplicable(record: RunRecord, itemId: string, now: number): RunRecord {
  const state = itemOf(record, itemId).state === 'na' ? 'open' : 'na';
  return setItemState(record, itemId, state, now);
}

/** Notes are plain text, capped at {@link MAX_NOTE_LENGTH} characters. */
export function normaliseNote(note: string): string {
  return Array.from(note.replace(/\r\n?/g, '\n')).slice(0, MAX_NOTE_LENGTH).join('');
}

export function setNote(record: RunRecord, itemId: string, note: string, now: number): RunRecord {
  return withItem(record, itemId, {note: normaliseNote(note)}, now);
}

/**
 * Clears every item, including those kept from earlier checklist versions. Entries stay in the record
 * (open, empty, stamped `now`) so a merge with an older copy from another tab cannot bring them back.
 */
export function resetRecord(record: RunRecord, checklist: ChecklistShape, now: number): RunRecord {
  const items: Record<string, ItemRecord> = {};
  for (const id of new Set([...Object.keys(record.items), ...checklist.items.map((i) => i.id)])) {
    items[id] = {state: 'open', note: '', updatedAt: now};
  }
  return {...record, checklistVersion: checklist.version, items};
}

/** Counts over the checklist's current items only; N/A items are not open. */
export function progressOf(checklist: ChecklistShape, record: RunRecord): Progress {
  let done = 0;
  let notApplicable = 0;
  for (const item of checklist.items) {
    const {state} = itemOf(record, item.id);
    if (state === 'done') done += 1;
    else if (state === 'na') notApplicable += 1;
  }
  const total = checklist.items.length;
  return {done, notApplicable, open: total - done - notApplicable, total};
}

/** "5 of 12 done · 2 not applicable" (the second part only when some item is N/A). */
export function formatProgress(progress: Progress): string {
  const base = `${progress.done} of ${progress.total} done`;
  return progress.notApplicable > 0 ? `${base} · ${progress.notApplicable} not applicable` : base;
}

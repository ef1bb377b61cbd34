/**
 * Validation of anything read back from storage. Stored data is untrusted: another version of the
 * site, a browser extension or a half-finished write may have left something else under our key.
 */
import {
  MAX_NOTE_LENGTH,
  MAX_RUN_NAME_LENGTH,
  SCHEMA_VERSION,
  type ItemRecord,
  type ItemState,
  type RunRecord,
} from './model';

export type RecordProblem =
  /** Not a record of ours at all, or a damaged one. */
  | 'corrupt'
  /** A well-formed record, but written by a newer version of the site. */
  | 'newer-schema'
  /** A well-formed record that belongs to another checklist or run. */
  | 'foreign';

export type ParseResult =
  | {readonly ok: true; readonly record: RunRecord}
  | {readonly ok: false; readonly problem: RecordProblem; readonly detail: string};

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATES: readonly ItemState[] = ['open', 'done', 'na'];
const MAX_ITEMS = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problem: RecordProblem, detail: string): ParseResult {
  return {ok: false, problem, detail};
}

function parseItem(value: unknown): ItemRecord | null {
  if (!isRecord(value)) return null;
  const {state, note, updatedAt} = value;
  if (typeof state !== 'string' || !STATES.includes(state as ItemState)) return null;
  if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH * 2) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) return null;
  return {state: state as ItemState, note, updatedAt};
}

/**
 * Checks that `raw` is a run record for `expected.checklistId` / `expected.run`, and returns a clean
 * copy (unknown fields dropped). Never throws.
 */
export function parseRecord(
  raw: unknown,
  expected: {readonly checklistId: string; readonly run: string},
): ParseResult {
  if (!isRecord(raw)) return fail('corrupt', 'not an object');
  const {schemaVersion, checklistId, checklistVersion, run, items} = raw;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return fail('corrupt', 'no schema version');
  }
  if (schemaVersion > SCHEMA_VERSION) {
    return fail('newer-schema', `schema version ${schemaVersion}`);
  }
  if (typeof checklistId !== 'string' || typeof run !== 'string') {
    return fail('corrupt', 'no checklist id or run');
  }
  if (run.length === 0 || run.length > MAX_RUN_NAME_LENGTH * 2) {
    return fail('corrupt', 'bad run name');
  }
  if (checklistId !== expected.checklistId || run !== expected.run) {
    return fail('foreign', `record of ${checklistId} / ${run}`);
  }
  if (
    typeof checklistVersion !== 'number' ||
    !Number.isInteger(checklistVersion) ||
    checklistVersion < 1
  ) {
    return fail('corrupt', 'bad checklist version');
  }
  if (!isRecord(items)) return fail('corrupt', 'no items');
  const entries = Object.entries(items);
  if (entries.length > MAX_ITEMS) return fail('corrupt', 'too many items');
  const clean: Record<string, ItemRecord> = {};
  for (const [id, value] of entries) {
    const item = parseItem(value);
    if (!ITEM_ID.test(id) || item === null) return fail('corrupt', `bad item ${id.slice(0, 40)}`);
    clean[id] = item;
  }
  return {
    ok: true,
    record: {schemaVersion: SCHEMA_VERSION, checklistId, checklistVersion, run, items: clean},
  };
}

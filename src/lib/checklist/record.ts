/**
 * Validation of a checklist run read back from storage. Stored data is untrusted: another version of
 * the site, a browser extension or a half-finished write may have left something else under its key.
 */
import {
  MAX_NOTE_LENGTH,
  SCHEMA_VERSION,
  type ItemRecord,
  type ItemState,
  type RunRecord,
} from './model';

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATES: readonly ItemState[] = ['open', 'done', 'na'];
const MAX_ITEMS = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseItem(value: unknown): ItemRecord | null {
  if (!isObject(value)) return null;
  const {state, note, updatedAt} = value;
  if (typeof state !== 'string' || !STATES.includes(state as ItemState)) return null;
  if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH * 2) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) return null;
  return {state: state as ItemState, note, updatedAt};
}

/** What a checklist run stores: the checklist version it was written against, and its items. */
export interface ChecklistBody {
  readonly checklistVersion: number;
  readonly items: RunRecord['items'];
}

/**
 * Reads a stored checklist body as the run `run` of checklist `checklistId`, returning a clean copy
 * (unknown fields dropped), or null when anything in it is malformed. Never throws.
 */
export function parseChecklistBody(
  body: unknown,
  expected: {readonly checklistId: string; readonly run: string},
): RunRecord | null {
  if (!isObject(body)) return null;
  const {checklistVersion, items} = body;
  if (
    typeof checklistVersion !== 'number' ||
    !Number.isInteger(checklistVersion) ||
    checklistVersion < 1 ||
    !isObject(items)
  ) {
    return null;
  }
  const entries = Object.entries(items);
  if (entries.length > MAX_ITEMS) return null;
  const clean: Record<string, ItemRecord> = {};
  for (const [id, value] of entries) {
    const item = parseItem(value);
    if (!ITEM_ID.test(id) || item === null) return null;
    clean[id] = item;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    checklistId: expected.checklistId,
    checklistVersion,
    run: expected.run,
    items: clean,
  };
}

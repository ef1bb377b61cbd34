/**
 * Merging two copies of the same run, e.g. this tab's and the one another tab just saved.
 */
import type {ItemRecord, RunRecord} from './model';

function newer(a: ItemRecord, b: ItemRecord): ItemRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  // Same time stamp but different content: pick deterministically so every tab agrees.
  const keyA = `${a.state}\u0000${a.note}`;
  const keyB = `${b.state}\u0000${b.note}`;
  return keyA >= keyB ? a : b;
}

/**
 * Per-item last writer wins by `updatedAt`, over the union of item ids, so concurrent edits to
 * different items both survive. Merging is commutative, associative and idempotent. The result keeps
 * the higher checklist version. Both records must be for the same checklist and run.
 */
export function mergeRecords(a: RunRecord, b: RunRecord): RunRecord {
  const items: Record<string, ItemRecord> = {...a.items};
  for (const [id, entry] of Object.entries(b.items)) {
    const mine = items[id];
    items[id] = mine === undefined ? entry : newer(mine, entry);
  }
  return {...a, checklistVersion: Math.max(a.checklistVersion, b.checklistVersion), items};
}

/** True when both records hold the same data (item order ignored). */
export function sameRecord(a: RunRecord, b: RunRecord): boolean {
  if (
    a.checklistId !== b.checklistId ||
    a.run !== b.run ||
    a.checklistVersion !== b.checklistVersion ||
    a.schemaVersion !== b.schemaVersion
  ) {
    return false;
  }
  const idsA = Object.keys(a.items);
  if (idsA.length !== Object.keys(b.items).length) return false;
  return idsA.every((id) => {
    const x = a.items[id];
    const y = b.items[id];
    return (
      x !== undefined &&
      y !== undefined &&
      x.state === y.state &&
      x.note === y.note &&
      x.updatedAt === y.updatedAt
    );
  });
}

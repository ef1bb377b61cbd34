/**
 * Documents made of form fields (a rollout plan, a message form), merged field by field: each part
 * of the document carries the time it was last edited, and of two copies the newer part wins. Two
 * tabs editing different fields at once both keep their edit; for the same field, the later edit wins.
 */
import type {RunDocumentSpec} from './spec';

export interface Stamped<D> {
  readonly fields: D;
  /** By part name: when it was last edited (ms since the epoch). Parts never edited have none. */
  readonly stamps: Readonly<Record<string, number>>;
}

export interface FieldDocumentOptions<D> {
  readonly type: string;
  /** Version of `D`'s own shape, as `parseFields` reads it. */
  readonly version: number;
  /** Validates stored fields (of `D`'s shape at `version`); null when unusable. */
  parseFields(data: unknown, version: number): D | null;
  /** The document's parts, each merged as one value: its fields, or groups of them. */
  partsOf(fields: D): Readonly<Record<string, unknown>>;
  /** Fields from parts (every part of `partsOf` is present). */
  fromParts(parts: Readonly<Record<string, unknown>>): D;
}

export interface FieldDocumentSpec<D> extends RunDocumentSpec<Stamped<D>> {
  /**
   * The copy after the user changed the fields from `from` (what the page showed) to `to`: the parts
   * that differ are stamped `now`; the others keep their time, so they do not win over another tab's.
   */
  edit(
    current: Stamped<D> | null,
    change: {readonly from: D; readonly to: D},
    now: number,
  ): Stamped<D>;
}

/** The first version of every field document stored bare fields; later ones `{fields, stamps}`. */
const FIRST_STAMPED_BODY = 2;

/** JSON with object keys sorted, so equal data gives equal text whatever order it was built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseStamps(value: unknown): Record<string, number> | null {
  if (!isObject(value)) return null;
  const stamps: Record<string, number> = {};
  for (const [part, time] of Object.entries(value)) {
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) return null;
    stamps[part] = time;
  }
  return stamps;
}

/**
 * A spec for a field document whose body is `{fields, stamps}` at version `options.version + 1` and
 * up. Bodies of the first version hold the bare fields (decisions/0006) and read as never edited.
 */
export function fieldDocumentSpec<D>(options: FieldDocumentOptions<D>): FieldDocumentSpec<D> {
  const {partsOf, fromParts} = options;
  const bodyVersion = options.version + FIRST_STAMPED_BODY - 1;
  const stampOf = (doc: Stamped<D>, part: string): number => doc.stamps[part] ?? 0;

  return {
    type: options.type,
    version: bodyVersion,
    parse(body, {version}) {
      if (version < FIRST_STAMPED_BODY) {
        const fields = options.parseFields(body, version);
        return fields === null ? null : {fields, stamps: {}};
      }
      if (!isObject(body)) return null;
      const fields = options.parseFields(body.fields, version - FIRST_STAMPED_BODY + 1);
      const stamps = parseStamps(body.stamps);
      return fields === null || stamps === null ? null : {fields, stamps};
    },
    merge(a, b) {
      const partsA = partsOf(a.fields);
      const partsB = partsOf(b.fields);
      const parts: Record<string, unknown> = {};
      const stamps: Record<string, number> = {};
      for (const part of Object.keys(partsA)) {
        const timeA = stampOf(a, part);
        const timeB = stampOf(b, part);
        // Same time, different content: the larger text wins, so every tab picks the same.
        const takeB =
          timeB > timeA || (timeB === timeA && canonical(partsB[part]) > canonical(partsA[part]));
        parts[part] = takeB ? partsB[part] : partsA[part];
        const time = Math.max(timeA, timeB);
        if (time > 0) stamps[part] = time;
      }
      return {fields: fromParts(parts), stamps};
    },
    same(a, b) {
      return sameJson(a.stamps, b.stamps) && sameJson(partsOf(a.fields), partsOf(b.fields));
    },
    edit(current, {from, to}, now) {
      const before = partsOf(from);
      const after = partsOf(to);
      const stamps: Record<string, number> = {...current?.stamps};
      for (const part of Object.keys(after)) {
        if (!sameJson(before[part], after[part])) stamps[part] = now;
      }
      return {fields: to, stamps};
    },
  };
}

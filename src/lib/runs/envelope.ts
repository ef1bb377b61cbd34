/**
 * How run documents are stored (decisions/0014). Every kind of document, a checklist's ticks, a
 * rollout plan or a message form, is kept under `doc:<type>:<run>` in one envelope:
 *
 *   {"schemaVersion": 2, "type": "rollout-plan", "run": "PR 7", "version": 2,
 *    "updatedAt": 1767225600000, "body": {…}}
 *
 * `version` is the version of the body's own shape, which the document's spec reads and migrates.
 * Records in the two formats used before (decisions/0004 and 0006) are read here too, so nothing
 * saved by an earlier version of the site is lost; they are written back in this format.
 */
import {UnreadableValue} from './backend';

export const SCHEMA_VERSION = 2;

export interface StoredDocument {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly type: string;
  readonly run: string;
  readonly version: number;
  /** When it was last written, in ms since the epoch. */
  readonly updatedAt: number;
  readonly body: unknown;
}

const DOC_PREFIX = 'doc:';
/** Checklist runs before schema version 2: `run:<checklistId>:<run>`, a bare record. */
const LEGACY_CHECKLIST_PREFIX = 'run:';
/** Document types of checklists: `checklist-<checklistId>`. */
export const CHECKLIST_TYPE_PREFIX = 'checklist-';
const ASIDE_PREFIX = 'aside:';
/** Lowercase words and dashes: a type never holds the colon that ends it in a key. */
const TYPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isDocumentType(type: string): boolean {
  return TYPE.test(type);
}

export function documentKey(type: string, run: string): string {
  return `${DOC_PREFIX}${type}:${run}`;
}

/** Where a document of this type was kept before schema version 2, if anywhere else. */
export function legacyKey(type: string, run: string): string | null {
  return type.startsWith(CHECKLIST_TYPE_PREFIX)
    ? `${LEGACY_CHECKLIST_PREFIX}${type.slice(CHECKLIST_TYPE_PREFIX.length)}:${run}`
    : null;
}

export interface DocumentAddress {
  readonly type: string;
  readonly run: string;
  /** True for a key in the format used before schema version 2. */
  readonly legacy: boolean;
}

/** The document a key holds, or null for keys that are not documents (set-aside copies, probes). */
export function parseDocumentKey(key: string): DocumentAddress | null {
  const legacy = key.startsWith(LEGACY_CHECKLIST_PREFIX);
  if (!legacy && !key.startsWith(DOC_PREFIX)) return null;
  const rest = key.slice((legacy ? LEGACY_CHECKLIST_PREFIX : DOC_PREFIX).length);
  const colon = rest.indexOf(':');
  const name = rest.slice(0, colon);
  const run = rest.slice(colon + 1);
  if (colon <= 0 || run.length === 0 || !isDocumentType(name)) return null;
  return {type: legacy ? `${CHECKLIST_TYPE_PREFIX}${name}` : name, run, legacy};
}

/** The key an unusable value is kept under, untouched, next to nothing else. */
export function asideKey(now: number, key: string): string {
  return `${ASIDE_PREFIX}${now}:${key}`;
}

export type EnvelopeProblem =
  /** Not a document of ours, a damaged one, or one filed under another type or run. */
  | 'corrupt'
  /** Written by a newer version of the site. */
  | 'newer';

export type OpenedDocument =
  | {
      readonly ok: true;
      readonly version: number;
      readonly body: unknown;
      readonly updatedAt: number;
    }
  | {readonly ok: false; readonly problem: EnvelopeProblem};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const CORRUPT: OpenedDocument = {ok: false, problem: 'corrupt'};
const NEWER: OpenedDocument = {ok: false, problem: 'newer'};

/** A checklist record as decisions/0004 stored it: `{schemaVersion: 1, checklistId, run, …}`. */
function openLegacyChecklistRecord(raw: Record<string, unknown>, at: DocumentAddress) {
  const {schemaVersion, checklistId, checklistVersion, run, items} = raw;
  if (!isCount(schemaVersion)) return CORRUPT;
  if (schemaVersion > 1) return NEWER;
  if (`${CHECKLIST_TYPE_PREFIX}${String(checklistId)}` !== at.type || run !== at.run) {
    return CORRUPT;
  }
  return {ok: true, version: 1, body: {checklistVersion, items}, updatedAt: 0} as const;
}

/** A plan or form as decisions/0006 stored it: `{envelope: 1, type, version, run, savedAt, data}`. */
function openFirstEnvelope(raw: Record<string, unknown>, at: DocumentAddress): OpenedDocument {
  const {envelope, type, version, run, savedAt, data} = raw;
  if (!isCount(envelope)) return CORRUPT;
  if (envelope > 1) return NEWER;
  if (type !== at.type || run !== at.run || !isCount(version) || !isTime(savedAt)) return CORRUPT;
  return {ok: true, version, body: data, updatedAt: savedAt};
}

/**
 * Checks the envelope of a value read from `at` and returns its body, unparsed (the document's spec
 * validates it). Accepts the formats of schema version 1. Never throws.
 */
export function openStoredDocument(raw: unknown, at: DocumentAddress): OpenedDocument {
  if (raw instanceof UnreadableValue || !isObject(raw)) return CORRUPT;
  if (at.legacy) return openLegacyChecklistRecord(raw, at);
  if ('envelope' in raw) return openFirstEnvelope(raw, at);
  const {schemaVersion, type, run, version, updatedAt, body} = raw;
  if (!isCount(schemaVersion)) return CORRUPT;
  if (schemaVersion > SCHEMA_VERSION) return NEWER;
  if (schemaVersion < SCHEMA_VERSION || type !== at.type || run !== at.run) return CORRUPT;
  if (!isCount(version) || !isTime(updatedAt) || body === undefined) return CORRUPT;
  return {ok: true, version, body, updatedAt};
}

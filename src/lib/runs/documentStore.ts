/**
 * Per-run documents other than checklist runs: a rollout plan, a communication draft. They live in
 * the same key-value backend as the checklists (one database per site, see decisions/0004), under
 * `doc:<type>:<run>`, wrapped in a small versioned envelope so that anything read back can be
 * validated and anything unusable can be set aside instead of crashing the page.
 */
import type {KeyValueBackend, StorageKind} from '../checklist/store';
import {MAX_RUN_NAME_LENGTH} from './runName';

/** Version of the envelope below (not of the document inside it). */
export const DOCUMENT_ENVELOPE_VERSION = 1;

/** What a kind of document is and how to read it back. */
export interface RunDocumentSpec<T> {
  /** Key segment, e.g. 'rollout-plan'. Lowercase words and dashes; no colon. */
  readonly type: string;
  /** Version of the document's own shape; a stored document with a higher one is set aside. */
  readonly version: number;
  /**
   * Validates a stored document (of this version or older) and returns a clean copy, or null when it
   * is unusable. Must never throw.
   */
  parse(data: unknown, storedVersion: number): T | null;
}

export interface StoredRunDocument {
  readonly envelope: number;
  readonly type: string;
  readonly version: number;
  readonly run: string;
  readonly savedAt: number;
  readonly data: unknown;
}

export type DocumentProblem = 'corrupt' | 'newer-version';

export type DocumentGetResult<T> =
  | {readonly status: 'missing'}
  | {readonly status: 'found'; readonly value: T; readonly savedAt: number}
  /** Something unusable was under the run's key; it was moved to `asideKey`, untouched. */
  | {readonly status: 'set-aside'; readonly problem: DocumentProblem; readonly asideKey: string};

export interface RunDocumentStore<T> {
  readonly kind: StorageKind;
  get(run: string): Promise<DocumentGetResult<T>>;
  /** Rejects with the backend's error when the write fails (e.g. quota exceeded). */
  set(run: string, value: T): Promise<void>;
  /** Runs that have a document of this type, sorted. */
  listRuns(): Promise<string[]>;
  delete(run: string): Promise<void>;
}

const DOC_PREFIX = 'doc:';
const ASIDE_PREFIX = 'aside:';
const TYPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function documentKey(type: string, run: string): string {
  return `${DOC_PREFIX}${type}:${run}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Unwrapped =
  | {readonly ok: true; readonly data: unknown; readonly version: number; readonly savedAt: number}
  | {readonly ok: false; readonly problem: DocumentProblem};

function unwrap(raw: unknown, type: string, run: string, maxVersion: number): Unwrapped {
  if (!isObject(raw)) return {ok: false, problem: 'corrupt'};
  const {envelope, type: storedType, version, run: storedRun, savedAt, data} = raw;
  if (typeof envelope !== 'number' || !Number.isInteger(envelope) || envelope < 1) {
    return {ok: false, problem: 'corrupt'};
  }
  if (envelope > DOCUMENT_ENVELOPE_VERSION) return {ok: false, problem: 'newer-version'};
  if (storedType !== type || storedRun !== run) return {ok: false, problem: 'corrupt'};
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {ok: false, problem: 'corrupt'};
  }
  if (version > maxVersion) return {ok: false, problem: 'newer-version'};
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) {
    return {ok: false, problem: 'corrupt'};
  }
  return {ok: true, data, version, savedAt};
}

export function createRunDocumentStore<T>(
  backend: KeyValueBackend,
  spec: RunDocumentSpec<T>,
  options: {readonly kind: StorageKind; readonly now?: () => number},
): RunDocumentStore<T> {
  if (!TYPE.test(spec.type)) throw new Error(`Bad document type "${spec.type}"`);
  const now = options.now ?? (() => Date.now());
  const prefix = `${DOC_PREFIX}${spec.type}:`;

  return {
    kind: options.kind,

    async get(run) {
      const key = documentKey(spec.type, run);
      const raw = await backend.getItem(key);
      if (raw === null || raw === undefined) return {status: 'missing'};
      const unwrapped = unwrap(raw, spec.type, run, spec.version);
      let problem: DocumentProblem = 'corrupt';
      if (unwrapped.ok) {
        let value: T | null = null;
        try {
          value = spec.parse(unwrapped.data, unwrapped.version);
        } catch {
          // A parser must not throw; if one does, treat the document as unusable.
        }
        if (value !== null) return {status: 'found', value, savedAt: unwrapped.savedAt};
      } else {
        problem = unwrapped.problem;
      }
      // Keep the unusable value under another key (nothing is deleted), then free the run's key.
      const asideKey = `${ASIDE_PREFIX}${now()}:${key}`;
      try {
        await backend.setItem(asideKey, raw);
        await backend.removeItem(key);
      } catch {
        // Could not move it: leave it; the page starts from defaults in memory.
      }
      return {status: 'set-aside', problem, asideKey};
    },

    async set(run, value) {
      if (run.length === 0 || run.length > MAX_RUN_NAME_LENGTH * 2) {
        throw new Error('Bad run name');
      }
      const stored: StoredRunDocument = {
        envelope: DOCUMENT_ENVELOPE_VERSION,
        type: spec.type,
        version: spec.version,
        run,
        savedAt: now(),
        data: value,
      };
      await backend.setItem(documentKey(spec.type, run), stored);
    },

    async listRuns() {
      const keys = await backend.keys();
      return keys
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length))
        .filter((run) => run.length > 0)
        .sort((a, b) => a.localeCompare(b));
    },

    async delete(run) {
      await backend.removeItem(documentKey(spec.type, run));
    },
  };
}

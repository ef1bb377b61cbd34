/**
 * The run store: one module for every kind of run document (decisions/0014). Over any key-value
 * backend it reads and validates documents, sets aside what it cannot read, merges a save with what
 * another tab wrote meanwhile, writes once, and tells subscribers (and, through `announce`, other
 * tabs) what changed and who changed it.
 */
import type {KeyValueBackend, StorageKind} from './backend';
import {
  SCHEMA_VERSION,
  asideKey,
  documentKey,
  isDocumentType,
  legacyKey,
  openStoredDocument,
  parseDocumentKey,
  type EnvelopeProblem,
  type StoredDocument,
} from './envelope';
import {MAX_RUN_NAME_LENGTH} from './runName';
import type {RunDocumentSpec} from './spec';

export type ReadResult<T> =
  | {readonly status: 'missing'}
  | {readonly status: 'found'; readonly value: T; readonly updatedAt: number}
  /** Something unusable was stored; it is now kept, untouched, under `asideKey`. */
  | {readonly status: 'set-aside'; readonly problem: EnvelopeProblem; readonly asideKey: string}
  /** Something unusable is stored and could not be copied aside: it stays, and is never written over. */
  | {readonly status: 'unreadable'; readonly problem: EnvelopeProblem};

/** A document written or deleted; `origin` names the writer, so that it can skip its own changes. */
export interface RunChange {
  readonly type: string;
  readonly run: string;
  readonly origin: string;
}

/** A run and the types of the documents it has. */
export interface StoredRun {
  readonly run: string;
  readonly types: readonly string[];
}

/** Thrown by `save` when the stored copy can neither be read nor kept aside. */
export class UnreadableDocumentError extends Error {
  constructor(readonly problem: EnvelopeProblem) {
    super('The stored document cannot be read and could not be kept aside');
    this.name = 'UnreadableDocumentError';
  }
}

export interface RunStore {
  readonly kind: StorageKind;
  read<T>(spec: RunDocumentSpec<T>, run: string): Promise<ReadResult<T>>;
  /**
   * Saves `value` merged with the stored copy: one read, one write (none when nothing changes).
   * Resolves with what is now stored. Rejects with the backend's error, or with
   * {@link UnreadableDocumentError}, and then writes nothing.
   */
  save<T>(spec: RunDocumentSpec<T>, run: string, value: T, origin: string): Promise<T>;
  remove(type: string, run: string, origin: string): Promise<void>;
  /** Marks a run as started, so that it is listed before anything is saved in it. */
  start(run: string, origin: string): Promise<void>;
  /** Every run with at least one document, sorted by name. */
  listRuns(): Promise<StoredRun[]>;
  /** Deletes every document of a run. */
  removeRun(run: string, origin: string): Promise<void>;
  /** Moves every document of a run to another name; rejects when that name is taken. */
  renameRun(from: string, to: string, origin: string): Promise<void>;
  /** Every readable document of a run, in the stored format. */
  exportRun(run: string): Promise<StoredDocument[]>;
  subscribe(listener: (change: RunChange) => void): () => void;
  /** Passes on a change made in another tab. */
  receive(change: RunChange): void;
}

export interface RunStoreOptions {
  readonly kind: StorageKind;
  /** Clock for `updatedAt` and set-aside keys; injectable for tests. */
  readonly now?: () => number;
  /** Tells other tabs about a change made here (after it was written). */
  readonly announce?: (change: RunChange) => void;
}

/** The document that marks a started run. */
export const RUN_MARKER_TYPE = 'run';
const runMarker: RunDocumentSpec<{readonly startedAt: number}> = {
  type: RUN_MARKER_TYPE,
  version: 1,
  parse: (body) =>
    typeof body === 'object' &&
    body !== null &&
    typeof (body as {startedAt?: unknown}).startedAt === 'number'
      ? {startedAt: (body as {startedAt: number}).startedAt}
      : null,
  merge: (a, b) => (a.startedAt <= b.startedAt ? a : b),
  same: (a, b) => a.startedAt === b.startedAt,
};

export function isStorableRunName(run: string): boolean {
  return run.length > 0 && Array.from(run).length <= MAX_RUN_NAME_LENGTH;
}

interface Loaded<T> {
  readonly result: ReadResult<T>;
  /** The key the document was read from: its own, or the one it had before schema version 2. */
  readonly sourceKey: string;
}

function parseSafely<T>(spec: RunDocumentSpec<T>, body: unknown, run: string, version: number) {
  try {
    return spec.parse(body, {run, version});
  } catch {
    return null;
  }
}

export function createRunStore(backend: KeyValueBackend, options: RunStoreOptions): RunStore {
  const listeners = new Set<(change: RunChange) => void>();
  const now = options.now ?? (() => Date.now());

  function tell(change: RunChange): void {
    for (const listener of [...listeners]) listener(change);
  }
  function notify(change: RunChange): void {
    tell(change);
    options.announce?.(change);
  }

  /** Copies an unusable value aside, then frees its key. True once the copy is written. */
  async function setAside(key: string, raw: unknown): Promise<string | null> {
    const aside = asideKey(now(), key);
    try {
      await backend.setItem(aside, raw);
    } catch {
      return null;
    }
    // The copy is safe; if the original cannot be removed, the next save writes over it.
    await backend.removeItem(key).catch(() => undefined);
    return aside;
  }

  async function load<T>(spec: RunDocumentSpec<T>, run: string): Promise<Loaded<T>> {
    let sourceKey = documentKey(spec.type, run);
    let raw = await backend.getItem(sourceKey);
    const old = legacyKey(spec.type, run);
    if ((raw === null || raw === undefined) && old !== null) {
      raw = await backend.getItem(old);
      sourceKey = old;
    }
    if (raw === null || raw === undefined) return {result: {status: 'missing'}, sourceKey};
    const opened = openStoredDocument(raw, {type: spec.type, run, legacy: sourceKey === old});
    let problem: EnvelopeProblem = opened.ok ? 'corrupt' : opened.problem;
    if (opened.ok && opened.version > spec.version) problem = 'newer';
    else if (opened.ok) {
      const value = parseSafely(spec, opened.body, run, opened.version);
      if (value !== null) {
        return {result: {status: 'found', value, updatedAt: opened.updatedAt}, sourceKey};
      }
    }
    const aside = await setAside(sourceKey, raw);
    return {
      result:
        aside === null
          ? {status: 'unreadable', problem}
          : {status: 'set-aside', problem, asideKey: aside},
      sourceKey,
    };
  }

  function envelope(type: string, run: string, version: number, body: unknown): StoredDocument {
    return {schemaVersion: SCHEMA_VERSION, type, run, version, updatedAt: now(), body};
  }

  async function save<T>(spec: RunDocumentSpec<T>, run: string, value: T, origin: string) {
    if (!isDocumentType(spec.type)) throw new Error(`Bad document type "${spec.type}"`);
    if (!isStorableRunName(run)) throw new Error('Bad run name');
    const {result, sourceKey} = await load(spec, run);
    if (result.status === 'unreadable') throw new UnreadableDocumentError(result.problem);
    const merged = result.status === 'found' ? spec.merge(value, result.value) : value;
    const prepared = spec.prepare ? spec.prepare(merged) : merged;
    const key = documentKey(spec.type, run);
    if (result.status === 'found' && sourceKey === key && spec.same(prepared, result.value)) {
      return prepared;
    }
    const body = spec.serialize ? spec.serialize(prepared) : prepared;
    await backend.setItem(key, envelope(spec.type, run, spec.version, body));
    if (sourceKey !== key) await backend.removeItem(sourceKey).catch(() => undefined);
    notify({type: spec.type, run, origin});
    return prepared;
  }

  /** Keys of every document of a run, in either key format. */
  async function keysOf(run: string) {
    const found: {key: string; type: string; legacy: boolean}[] = [];
    for (const key of await backend.keys()) {
      const address = parseDocumentKey(key);
      if (address?.run === run) found.push({key, type: address.type, legacy: address.legacy});
    }
    return found;
  }

  async function remove(type: string, run: string, origin: string): Promise<void> {
    await backend.removeItem(documentKey(type, run));
    const old = legacyKey(type, run);
    if (old !== null) await backend.removeItem(old);
    notify({type, run, origin});
  }

  /** Every readable document of a run as stored now; unreadable ones are set aside (or it fails). */
  async function documentsOf(run: string): Promise<{key: string; document: StoredDocument}[]> {
    const documents: {key: string; document: StoredDocument}[] = [];
    for (const {key, type, legacy} of await keysOf(run)) {
      const raw = await backend.getItem(key);
      const opened = openStoredDocument(raw, {type, run, legacy});
      if (opened.ok) {
        const {version, body, updatedAt} = opened;
        documents.push({key, document: {...envelope(type, run, version, body), updatedAt}});
      } else if ((await setAside(key, raw)) === null) {
        throw new UnreadableDocumentError(opened.problem);
      }
    }
    return documents;
  }

  return {
    kind: options.kind,
    read: async (spec, run) => (await load(spec, run)).result,
    save,
    remove,
    start: async (run, origin) => {
      await save(runMarker, run, {startedAt: now()}, origin);
    },

    async listRuns() {
      const runs = new Map<string, Set<string>>();
      for (const key of await backend.keys()) {
        const address = parseDocumentKey(key);
        if (address === null) continue;
        const types = runs.get(address.run) ?? new Set<string>();
        types.add(address.type);
        runs.set(address.run, types);
      }
      return [...runs.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([run, types]) => ({run, types: [...types].sort()}));
    },

    async removeRun(run, origin) {
      for (const {key, type} of await keysOf(run)) {
        await backend.removeItem(key);
        notify({type, run, origin});
      }
    },

    async renameRun(from, to, origin) {
      if (!isStorableRunName(to)) throw new Error('Bad run name');
      if (from === to) return;
      if ((await keysOf(to)).length > 0) throw new Error(`A run named “${to}” exists already`);
      const documents = await documentsOf(from);
      const written: string[] = [];
      try {
        for (const {document} of documents) {
          const key = documentKey(document.type, to);
          await backend.setItem(key, {...document, run: to});
          written.push(key);
        }
      } catch (error) {
        // Leave the run as it was: under its old name only.
        for (const key of written) await backend.removeItem(key).catch(() => undefined);
        throw error;
      }
      for (const {key, document} of documents) {
        await backend.removeItem(key);
        notify({type: document.type, run: from, origin});
        notify({type: document.type, run: to, origin});
      }
    },

    exportRun: async (run) => (await documentsOf(run)).map(({document}) => document),

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    receive: tell,
  };
}

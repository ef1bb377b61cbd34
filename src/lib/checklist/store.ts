/**
 * Where runs are kept. `ChecklistStore` is the only storage API the UI sees; `createChecklistStore`
 * builds one over any async key-value backend (an in-memory map here, localforage in the browser:
 * src/hooks/runStorage.ts), so both share the same keys, validation and set-aside rules.
 */
import type {RunRecord} from './model';
import {parseRecord, type RecordProblem} from './record';

export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

export type GetResult =
  | {readonly status: 'missing'}
  | {readonly status: 'found'; readonly record: RunRecord}
  /** Something unusable was stored under the run's key; it was moved to `asideKey`. */
  | {
      readonly status: 'set-aside';
      readonly problem: RecordProblem;
      readonly asideKey: string;
    };

export interface StoreChange {
  readonly checklistId: string;
  readonly run: string;
}

export interface ChecklistStore {
  /** Which backend keeps the data; 'memory' means nothing survives a reload. */
  readonly kind: StorageKind;
  get(checklistId: string, run: string): Promise<GetResult>;
  /** Rejects (with the backend's error) when the write fails, e.g. quota exceeded. */
  set(record: RunRecord): Promise<void>;
  /** Run names of a checklist, sorted. */
  listRuns(checklistId: string): Promise<string[]>;
  delete(checklistId: string, run: string): Promise<void>;
  /** Called after a run changed, in this store or (for shared stores) in another tab. */
  subscribe(listener: (change: StoreChange) => void): () => void;
}

/** The subset of localforage's API the store needs. Values are JSON-compatible. */
export interface KeyValueBackend {
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: unknown): Promise<unknown>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

const RUN_PREFIX = 'run:';
const ASIDE_PREFIX = 'aside:';

/** `run:<checklistId>:<run>`. Checklist ids have no colon, so everything after the second is the run. */
export function runKey(checklistId: string, run: string): string {
  return `${RUN_PREFIX}${checklistId}:${run}`;
}

function parseRunKey(key: string): StoreChange | null {
  if (!key.startsWith(RUN_PREFIX)) return null;
  const rest = key.slice(RUN_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return null;
  return {checklistId: rest.slice(0, colon), run: rest.slice(colon + 1)};
}

export interface StoreOptions {
  readonly kind: StorageKind;
  /** Clock for set-aside keys; injectable for tests. */
  readonly now?: () => number;
}

export interface NotifyingStore extends ChecklistStore {
  /** Tells this store's subscribers about a change made elsewhere (another tab). */
  notify(change: StoreChange): void;
}

export function createChecklistStore(
  backend: KeyValueBackend,
  options: StoreOptions,
): NotifyingStore {
  const listeners = new Set<(change: StoreChange) => void>();
  const now = options.now ?? (() => Date.now());

  function notify(change: StoreChange): void {
    for (const listener of [...listeners]) listener(change);
  }

  return {
    kind: options.kind,

    async get(checklistId, run) {
      const key = runKey(checklistId, run);
      const raw = await backend.getItem(key);
      if (raw === null || raw === undefined) return {status: 'missing'};
      const parsed = parseRecord(raw, {checklistId, run});
      if (parsed.ok) return {status: 'found', record: parsed.record};
      // Keep the unusable value under another key (nothing is deleted), then free the run's key.
      const asideKey = `${ASIDE_PREFIX}${now()}:${key}`;
      try {
        await backend.setItem(asideKey, raw);
        await backend.removeItem(key);
      } catch {
        // Could not move it: leave it where it is; the run still starts fresh in memory.
      }
      return {status: 'set-aside', problem: parsed.problem, asideKey};
    },

    async set(record) {
      await backend.setItem(runKey(record.checklistId, record.run), record);
      notify({checklistId: record.checklistId, run: record.run});
    },

    async listRuns(checklistId) {
      const keys = await backend.keys();
      return keys
        .map(parseRunKey)
        .filter((change): change is StoreChange => change?.checklistId === checklistId)
        .map((change) => change.run)
        .sort((a, b) => a.localeCompare(b));
    },

    async delete(checklistId, run) {
      await backend.removeItem(runKey(checklistId, run));
      notify({checklistId, run});
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    notify,
  };
}

/** A backend over a Map; values are deep-copied in and out, as a real store would. */
export function createMemoryBackend(): KeyValueBackend & {readonly map: Map<string, unknown>} {
  const map = new Map<string, unknown>();
  const copy = (value: unknown): unknown =>
    value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
  return {
    map,
    async getItem(key) {
      return map.has(key) ? copy(map.get(key)) : null;
    },
    async setItem(key, value) {
      map.set(key, copy(value));
      return value;
    },
    async removeItem(key) {
      map.delete(key);
    },
    async keys() {
      return [...map.keys()];
    },
  };
}

/** A store that lives as long as the page: the fallback when the browser keeps nothing. */
export function createMemoryStore(options: Partial<StoreOptions> = {}): NotifyingStore {
  return createChecklistStore(createMemoryBackend(), {kind: 'memory', ...options});
}

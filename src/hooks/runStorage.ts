/**
 * The browser side of run storage: localforage (IndexedDB first, then localStorage) behind our
 * `ChecklistStore`, with an in-memory fallback and cross-tab change notices. Per-run documents
 * (rollout plans, communication drafts) share the same database through `openRunDocumentStore`.
 *
 * localforage is imported with `import()` inside `openChecklistStore`, which only effects call, so it
 * is never evaluated during server rendering and lands in its own chunk, fetched only by pages that
 * show a checklist. See decisions/0004-checklist-storage.md.
 */
import {
  createRunDocumentStore,
  type RunDocumentSpec,
  type RunDocumentStore,
} from '@site/src/lib/runs';
import {
  createChecklistStore,
  createMemoryBackend,
  createMemoryStore,
  type ChecklistStore,
  type KeyValueBackend,
  type NotifyingStore,
  type StorageKind,
  type StoreChange,
} from '@site/src/lib/checklist';

export const DATABASE_NAME = 'so-you-want-to-touch-jwts';
export const STORE_NAME = 'checklists';
export const SYNC_CHANNEL = 'so-you-want-to-touch-jwts:checklists';
/** localStorage key used to signal changes when BroadcastChannel is missing. */
export const SYNC_STORAGE_KEY = `${SYNC_CHANNEL}:changed`;
const PROBE_TIMEOUT_MS = 3000;

export type PersistentKind = Exclude<StorageKind, 'memory'>;

export interface LocalforageStoreOptions {
  /** Tried in order; the first that passes a write/read/delete probe is used. */
  readonly drivers?: readonly PersistentKind[];
  readonly name?: string;
  /** Name of the BroadcastChannel (and storage-event key prefix) used for cross-tab notices. */
  readonly channelName?: string;
  /** For tests: use this module instead of importing localforage. */
  readonly localforage?: LocalForage;
}

export interface BrowserChecklistStore extends NotifyingStore {
  /** Stops listening for other tabs (tests; the site keeps one store per page). */
  close(): void;
  /** The localforage instance, or null for the in-memory fallback (tests). */
  readonly instance: LocalForage | null;
}

async function importLocalforage(): Promise<LocalForage> {
  const imported = (await import('localforage')) as unknown as {default?: LocalForage};
  return imported.default ?? (imported as unknown as LocalForage);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Proves the instance can really write, read back and delete (localforage may claim a driver works when it does not). */
async function probe(instance: LocalForage): Promise<void> {
  const key = `probe:${Math.random().toString(36).slice(2)}`;
  await instance.ready();
  await instance.setItem(key, {probe: true});
  const value: unknown = await instance.getItem(key);
  await instance.removeItem(key);
  if (typeof value !== 'object' || value === null) {
    throw new Error('storage probe read back nothing');
  }
}

/** Our key-value backend over a localforage instance. */
export function backendFor(instance: LocalForage): KeyValueBackend {
  return {
    getItem: (key) => instance.getItem<unknown>(key),
    setItem: (key, value) => instance.setItem(key, value),
    removeItem: (key) => instance.removeItem(key),
    keys: () => instance.keys(),
  };
}

function isChange(value: unknown): value is StoreChange {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoreChange).checklistId === 'string' &&
    typeof (value as StoreChange).run === 'string'
  );
}

/**
 * Tells other tabs about changes: a BroadcastChannel where available, else a localStorage key whose
 * `storage` event the other tabs see. Returns the function that announces one change, and a closer.
 */
function connectTabs(
  channelName: string,
  onRemoteChange: (change: StoreChange) => void,
): {announce: (change: StoreChange) => void; close: () => void} {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isChange(event.data)) onRemoteChange(event.data);
    };
    return {
      announce: (change) => channel.postMessage({checklistId: change.checklistId, run: change.run}),
      close: () => channel.close(),
    };
  }
  const key = `${channelName}:changed`;
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== key || event.newValue === null) return;
    try {
      const data: unknown = JSON.parse(event.newValue);
      if (isChange(data)) onRemoteChange(data);
    } catch {
      // Not ours.
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    announce: (change) => {
      try {
        // The nonce makes every announcement a change, so the event always fires.
        window.localStorage.setItem(key, JSON.stringify({...change, nonce: Math.random()}));
      } catch {
        // No localStorage: other tabs cannot be told.
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  };
}

/**
 * Opens the first persistent driver that works, or returns null when none does.
 * Each driver gets its own localforage instance so a failing IndexedDB cannot poison the fallback.
 */
export async function createLocalforageStore(
  options: LocalforageStoreOptions = {},
): Promise<BrowserChecklistStore | null> {
  const localforage = options.localforage ?? (await importLocalforage());
  const drivers = options.drivers ?? ['indexeddb', 'localstorage'];
  for (const kind of drivers) {
    try {
      const instance = localforage.createInstance({
        name: options.name ?? DATABASE_NAME,
        storeName: STORE_NAME,
        driver: kind === 'indexeddb' ? localforage.INDEXEDDB : localforage.LOCALSTORAGE,
      });
      await withTimeout(probe(instance), PROBE_TIMEOUT_MS);
      const store = createChecklistStore(backendFor(instance), {kind});
      const tabs = connectTabs(options.channelName ?? SYNC_CHANNEL, (change) =>
        store.notify(change),
      );
      return {
        ...store,
        instance,
        // Announce to other tabs after the write (or delete) succeeded; local subscribers are told by
        // the store itself.
        async set(record) {
          await store.set(record);
          tabs.announce({checklistId: record.checklistId, run: record.run});
        },
        async delete(checklistId, run) {
          await store.delete(checklistId, run);
          tabs.announce({checklistId, run});
        },
        close: tabs.close,
      };
    } catch {
      // Try the next driver.
    }
  }
  return null;
}

function memoryFallback(): BrowserChecklistStore {
  return {...createMemoryStore(), instance: null, close: () => undefined};
}

let opening: Promise<BrowserChecklistStore> | null = null;

/** Resolves in a task of its own, after the current one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function openBrowserStore(): Promise<BrowserChecklistStore> {
  // Pages open the store from an effect that runs right after hydration, in the same blocking task
  // as every other such effect; loading localforage from a task of its own keeps that one short
  // (decisions/0010).
  opening ??= nextTask()
    .then(() => createLocalforageStore())
    .then((store) => store ?? memoryFallback())
    .catch(() => memoryFallback());
  return opening;
}

/**
 * The page's checklist store, opened once: IndexedDB → localStorage → memory. Call it only from
 * effects or event handlers (never during render).
 */
export function openChecklistStore(): Promise<ChecklistStore> {
  return openBrowserStore();
}

/** Documents kept in memory when the browser stores nothing; shared by every tool on the page. */
let memoryDocuments: KeyValueBackend | null = null;

/**
 * A store for one kind of per-run document, over the same database (or fallback) as the checklists.
 * Call it only from effects or event handlers.
 */
export async function openRunDocumentStore<T>(
  spec: RunDocumentSpec<T>,
): Promise<RunDocumentStore<T>> {
  const store = await openBrowserStore();
  const backend =
    store.instance !== null
      ? backendFor(store.instance)
      : (memoryDocuments ??= createMemoryBackend());
  return createRunDocumentStore(backend, spec, {kind: store.kind});
}

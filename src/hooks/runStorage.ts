/**
 * The browser side of the run store (decisions/0014): IndexedDB through localforage, else
 * localStorage, else memory, and change notices between the tabs of this browser.
 *
 * localforage is imported with `import()` when the store is opened, which only effects do, so it is
 * never evaluated during server rendering and lands in a chunk of its own, fetched only by pages with
 * a run tool.
 */
import {
  createMemoryBackend,
  createRunStore,
  decodeStoredText,
  encodeStoredText,
  parseDocumentKey,
  type KeyValueBackend,
  type RunChange,
  type RunStore,
  type StorageKind,
} from '@site/src/lib/runs';

export const DATABASE_NAME = 'so-you-want-to-touch-jwts';
export const STORE_NAME = 'checklists';
export const SYNC_CHANNEL = `${DATABASE_NAME}:runs`;
const PROBE_TIMEOUT_MS = 3000;

export type PersistentKind = Exclude<StorageKind, 'memory'>;

export interface BrowserRunStore extends RunStore {
  /** Stops listening to other tabs (tests; the site keeps one store per page). */
  close(): void;
}

export interface PersistentStoreOptions {
  /** Tried in order; the first that passes a write/read/delete probe is used. */
  readonly drivers?: readonly PersistentKind[];
  readonly name?: string;
  /** Name of the BroadcastChannel (and storage-event key) for change notices between tabs. */
  readonly channelName?: string;
  /** For tests: use this module instead of importing localforage. */
  readonly localforage?: LocalForage;
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

/** Proves the backend can really write, read back and delete (a driver may claim to work and not). */
async function probe(backend: KeyValueBackend): Promise<void> {
  const key = `probe:${Math.random().toString(36).slice(2)}`;
  await backend.setItem(key, {probe: true});
  const value = await backend.getItem(key);
  await backend.removeItem(key);
  if (typeof value !== 'object' || value === null) throw new Error('storage probe read nothing');
}

/** A backend over a localforage instance (IndexedDB). */
export function localforageBackend(instance: LocalForage): KeyValueBackend {
  return {
    getItem: (key) => instance.getItem<unknown>(key),
    setItem: (key, value) => instance.setItem(key, value),
    removeItem: (key) => instance.removeItem(key),
    keys: () => instance.keys(),
  };
}

/**
 * A backend over localStorage that keeps values as JSON text under `prefix`, as localforage's
 * localStorage driver did (so runs it saved are found), but returns text that is not JSON as an
 * unreadable value instead of failing, so that it can be kept aside.
 */
export function localStorageBackend(storage: Storage, prefix: string): KeyValueBackend {
  return {
    getItem: async (key) => decodeStoredText(storage.getItem(prefix + key)),
    setItem: async (key, value) => {
      storage.setItem(prefix + key, encodeStoredText(value));
      return value;
    },
    removeItem: async (key) => storage.removeItem(prefix + key),
    keys: async () => {
      const keys: string[] = [];
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
      }
      return keys;
    },
  };
}

function isChange(value: unknown): value is RunChange {
  const change = value as Partial<RunChange> | null;
  return (
    typeof change?.type === 'string' &&
    typeof change.run === 'string' &&
    typeof change.origin === 'string'
  );
}

interface TabLink {
  readonly announce: (change: RunChange) => void;
  readonly close: () => void;
}

function listenToStorage(onEvent: (event: StorageEvent) => void): () => void {
  window.addEventListener('storage', onEvent);
  return () => window.removeEventListener('storage', onEvent);
}

/**
 * With localStorage, the other tabs learn of a change from the `storage` event of the value itself.
 * The browser fires it once the new value can be read there; a message on another channel may
 * arrive before that, and a tab that reads then sees the old value and keeps showing it.
 */
function followLocalStorage(prefix: string, onRemoteChange: (change: RunChange) => void): TabLink {
  const close = listenToStorage((event) => {
    const address = event.key?.startsWith(prefix)
      ? parseDocumentKey(event.key.slice(prefix.length))
      : null;
    if (address) onRemoteChange({type: address.type, run: address.run, origin: 'another tab'});
  });
  return {announce: () => undefined, close};
}

/** With IndexedDB: a BroadcastChannel, or a localStorage key whose `storage` event other tabs see. */
function connectTabs(channelName: string, onRemoteChange: (change: RunChange) => void): TabLink {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isChange(event.data)) onRemoteChange(event.data);
    };
    return {
      announce: ({type, run, origin}) => channel.postMessage({type, run, origin}),
      close: () => channel.close(),
    };
  }
  const key = `${channelName}:changed`;
  const close = listenToStorage((event) => {
    if (event.key !== key || event.newValue === null) return;
    const data = decodeStoredText(event.newValue);
    if (isChange(data)) onRemoteChange(data);
  });
  return {
    announce: (change) => {
      try {
        // The nonce makes every announcement a change, so the event always fires.
        window.localStorage.setItem(key, JSON.stringify({...change, nonce: Math.random()}));
      } catch {
        // No localStorage: other tabs cannot be told.
      }
    },
    close,
  };
}

function storeOver(
  backend: KeyValueBackend,
  kind: StorageKind,
  connect: (receive: (change: RunChange) => void) => TabLink,
): BrowserRunStore {
  let link: TabLink | null = null;
  const store = createRunStore(backend, {kind, announce: (change) => link?.announce(change)});
  link = connect((change) => store.receive(change));
  return {...store, close: link.close};
}

/**
 * Opens the first persistent driver that works, or resolves null when none does. Each IndexedDB
 * attempt gets its own localforage instance, so a failing one cannot poison the fallback.
 */
export async function openPersistentStore(
  options: PersistentStoreOptions = {},
): Promise<BrowserRunStore | null> {
  const name = options.name ?? DATABASE_NAME;
  const channelName = options.channelName ?? SYNC_CHANNEL;
  for (const kind of options.drivers ?? ['indexeddb', 'localstorage']) {
    try {
      if (kind === 'localstorage') {
        const prefix = `${name}/${STORE_NAME}/`;
        const backend = localStorageBackend(window.localStorage, prefix);
        await probe(backend);
        return storeOver(backend, kind, (receive) => followLocalStorage(prefix, receive));
      }
      const localforage = options.localforage ?? (await importLocalforage());
      const instance = localforage.createInstance({
        name,
        storeName: STORE_NAME,
        driver: localforage.INDEXEDDB,
      });
      const backend = localforageBackend(instance);
      await withTimeout(probe(backend), PROBE_TIMEOUT_MS);
      return storeOver(backend, kind, (receive) => connectTabs(channelName, receive));
    } catch {
      // Try the next driver.
    }
  }
  return null;
}

function memoryStore(): BrowserRunStore {
  return {...createRunStore(createMemoryBackend(), {kind: 'memory'}), close: () => undefined};
}

let opening: Promise<RunStore> | null = null;

/** Resolves in a task of its own, after the current one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The page's run store, opened once: IndexedDB → localStorage → memory. Call it only from effects or
 * event handlers (never during render).
 */
export function openRunStore(): Promise<RunStore> {
  // Pages open the store from an effect that runs right after hydration, in the same blocking task
  // as every other such effect; loading localforage from a task of its own keeps that one short
  // (decisions/0010).
  opening ??= nextTask()
    .then(() => openPersistentStore())
    .then((store) => store ?? memoryStore())
    .catch(() => memoryStore());
  return opening;
}

import 'fake-indexeddb/auto';
import {BroadcastChannel as NodeBroadcastChannel} from 'node:worker_threads';
import localforage from 'localforage';
import {checklistDocument, createRecord, toggleDone} from '@site/src/lib/checklist';
import {sample} from '@site/test/checklistFixtures';
import type {RunChange} from '@site/src/lib/runs';
import {describeRunStoreContract} from '@site/test/runStoreContract';
import {
  STORE_NAME,
  localStorageBackend,
  localforageBackend,
  openPersistentStore,
  type BrowserRunStore,
} from './runStorage';

const checklist = sample;
const spec = checklistDocument(checklist);

let counter = 0;
function uniqueName(): string {
  counter += 1;
  return `test-db-${counter}-${Math.random().toString(36).slice(2)}`;
}

async function openDriver(
  kind: 'indexeddb' | 'localstorage',
  name = uniqueName(),
): Promise<BrowserRunStore> {
  const store = await openPersistentStore({localforage, drivers: [kind], name, channelName: name});
  if (store === null) throw new Error(`${kind} did not open`);
  return store;
}

describeRunStoreContract('IndexedDB (localforage)', async () => {
  const instance = localforage.createInstance({
    name: uniqueName(),
    storeName: STORE_NAME,
    driver: localforage.INDEXEDDB,
  });
  return {
    backend: localforageBackend(instance),
    kind: 'indexeddb',
    breakWrites: () => {
      jest
        .spyOn(instance, 'setItem')
        .mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    },
    cleanUp: async () => {
      jest.restoreAllMocks();
      await instance.clear();
    },
  };
});

describeRunStoreContract('localStorage', async () => {
  const prefix = `${uniqueName()}/${STORE_NAME}/`;
  return {
    backend: localStorageBackend(window.localStorage, prefix),
    kind: 'localstorage',
    breakWrites: () => {
      jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
    },
    cleanUp: () => {
      jest.restoreAllMocks();
      window.localStorage.clear();
    },
  };
});

describe('openPersistentStore', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    window.localStorage.clear();
  });

  it('uses IndexedDB when it works', async () => {
    const store = await openDriver('indexeddb');
    expect(store.kind).toBe('indexeddb');
    store.close();
  });

  it('falls back to localStorage when IndexedDB refuses to open', async () => {
    jest.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await openPersistentStore({localforage, name: uniqueName()});
    expect(store?.kind).toBe('localstorage');
    await store!.save(spec, 'PR 1', createRecord(checklist, 'PR 1'), 'tab');
    await expect(store!.read(spec, 'PR 1')).resolves.toMatchObject({status: 'found'});
    store!.close();
  });

  it('resolves null when no driver can write (the caller then uses memory)', async () => {
    jest.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await expect(openPersistentStore({localforage, name: uniqueName()})).resolves.toBeNull();
  });

  it('reads runs that localforage’s own localStorage driver saved before', async () => {
    const name = uniqueName();
    const old = localforage.createInstance({
      name,
      storeName: STORE_NAME,
      driver: localforage.LOCALSTORAGE,
    });
    const record = toggleDone(createRecord(checklist, 'PR 1'), 'first', 7);
    await old.setItem('run:rollout:PR 1', record);
    const store = await openDriver('localstorage', name);
    await expect(store.read(spec, 'PR 1')).resolves.toEqual({
      status: 'found',
      value: record,
      updatedAt: 0,
    });
    store.close();
  });

  it('tells another tab about a change through BroadcastChannel, with who made it', async () => {
    const original = globalThis.BroadcastChannel;
    globalThis.BroadcastChannel = NodeBroadcastChannel as unknown as typeof BroadcastChannel;
    const name = uniqueName();
    const tabA = await openDriver('indexeddb', name);
    const tabB = await openDriver('indexeddb', name);
    try {
      const seen = new Promise<RunChange>((resolve) => {
        tabB.subscribe(resolve);
      });
      await tabA.save(spec, 'PR 1', toggleDone(createRecord(checklist, 'PR 1'), 'first', 3), 'A');
      await expect(seen).resolves.toEqual({type: 'checklist-rollout', run: 'PR 1', origin: 'A'});
      await expect(tabB.read(spec, 'PR 1')).resolves.toMatchObject({
        status: 'found',
        value: {items: {first: {state: 'done'}}},
      });
    } finally {
      tabA.close();
      tabB.close();
      globalThis.BroadcastChannel = original;
    }
  });

  it('falls back to storage events without BroadcastChannel', async () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error simulating a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    const name = uniqueName();
    const store = await openDriver('indexeddb', name);
    try {
      const seen: string[] = [];
      store.subscribe((change) => seen.push(`${change.run} by ${change.origin}`));
      // What another tab's write looks like from here.
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: `${name}:changed`,
          newValue: JSON.stringify({type: 'checklist-rollout', run: 'PR 9', origin: 'B', nonce: 1}),
        }),
      );
      window.dispatchEvent(new StorageEvent('storage', {key: `${name}:changed`, newValue: '{'}));
      expect(seen).toEqual(['PR 9 by B']);
      await store.save(spec, 'PR 2', createRecord(checklist, 'PR 2'), 'A');
      expect(JSON.parse(window.localStorage.getItem(`${name}:changed`) ?? '{}')).toMatchObject({
        type: 'checklist-rollout',
        run: 'PR 2',
        origin: 'A',
      });
    } finally {
      store.close();
      globalThis.BroadcastChannel = original;
    }
  });

  it('with localStorage, learns of another tab’s change from the storage event of the value', async () => {
    const name = uniqueName();
    const store = await openDriver('localstorage', name);
    try {
      const seen: RunChange[] = [];
      store.subscribe((change) => seen.push(change));
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: `${name}/${STORE_NAME}/doc:rollout-plan:PR 3`,
          newValue: '{}',
        }),
      );
      window.dispatchEvent(new StorageEvent('storage', {key: `${name}/${STORE_NAME}/probe:x`}));
      window.dispatchEvent(new StorageEvent('storage', {key: 'elsewhere/doc:rollout-plan:PR 4'}));
      expect(seen).toEqual([{type: 'rollout-plan', run: 'PR 3', origin: 'another tab'}]);
    } finally {
      store.close();
    }
  });
});

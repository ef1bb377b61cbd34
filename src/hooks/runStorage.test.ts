import 'fake-indexeddb/auto';
import {BroadcastChannel as NodeBroadcastChannel} from 'node:worker_threads';
import localforage from 'localforage';
import {createRecord, runKey, toggleDone, type ChecklistShape} from '@site/src/lib/checklist';
import {describeStoreContract} from '@site/src/lib/checklist/storeContract';
import {describeDocumentStoreContract} from '@site/src/lib/runs/documentStoreContract';
import {backendFor, createLocalforageStore, type BrowserChecklistStore} from './runStorage';

const checklist: ChecklistShape = {
  id: 'rollout',
  title: 'Rollout',
  version: 1,
  route: '/docs/checklists/rollout',
  items: [{id: 'one', title: 'One'}],
};

let counter = 0;
function uniqueName(): string {
  counter += 1;
  return `test-db-${counter}-${Math.random().toString(36).slice(2)}`;
}

async function openDriver(
  kind: 'indexeddb' | 'localstorage',
  name = uniqueName(),
): Promise<BrowserChecklistStore> {
  const store = await createLocalforageStore({
    localforage,
    drivers: [kind],
    name,
    channelName: name,
  });
  if (store === null) throw new Error(`${kind} did not open`);
  return store;
}

/** A store on one driver, with the failure and clean-up hooks both contracts ask for. */
async function openForContract(kind: 'indexeddb' | 'localstorage') {
  const store = await openDriver(kind);
  const instance = store.instance!;
  return {
    store,
    instance,
    breakWrites: () => {
      jest
        .spyOn(instance, 'setItem')
        .mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    },
    cleanUp: async () => {
      jest.restoreAllMocks();
      store.close();
      await instance.clear();
    },
  };
}

for (const kind of ['indexeddb', 'localstorage'] as const) {
  describeStoreContract(`localforage (${kind})`, async () => {
    const {store, instance, breakWrites, cleanUp} = await openForContract(kind);
    return {
      store,
      putRaw: async (checklistId, run, value) => {
        await instance.setItem(runKey(checklistId, run), value);
      },
      getRaw: (key) => instance.getItem(key),
      breakWrites,
      cleanUp,
    };
  });

  describeDocumentStoreContract(`localforage (${kind})`, async () => {
    const {instance, breakWrites, cleanUp} = await openForContract(kind);
    return {backend: backendFor(instance), kind, breakWrites, cleanUp};
  });
}

describe('createLocalforageStore', () => {
  afterEach(() => {
    jest.restoreAllMocks();
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
    const store = await createLocalforageStore({localforage, name: uniqueName()});
    expect(store?.kind).toBe('localstorage');
    await store!.set(createRecord(checklist, 'PR 1'));
    await expect(store!.get('rollout', 'PR 1')).resolves.toMatchObject({status: 'found'});
    store!.close();
  });

  it('returns null when no driver can write (the caller then uses memory)', async () => {
    jest.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await expect(createLocalforageStore({localforage, name: uniqueName()})).resolves.toBeNull();
  });

  it('tells another tab about a change through BroadcastChannel', async () => {
    const original = globalThis.BroadcastChannel;
    globalThis.BroadcastChannel = NodeBroadcastChannel as unknown as typeof BroadcastChannel;
    const name = uniqueName();
    const tabA = await openDriver('indexeddb', name);
    const tabB = await openDriver('indexeddb', name);
    try {
      const seen = new Promise<string>((resolve) => {
        tabB.subscribe((change) => resolve(`${change.checklistId}/${change.run}`));
      });
      await tabA.set(toggleDone(createRecord(checklist, 'PR 1'), 'one', 3));
      await expect(seen).resolves.toBe('rollout/PR 1');
      await expect(tabB.get('rollout', 'PR 1')).resolves.toMatchObject({
        status: 'found',
        record: {items: {one: {state: 'done'}}},
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
    const store = await openDriver('localstorage', name);
    try {
      const seen: string[] = [];
      store.subscribe((change) => seen.push(change.run));
      // What another tab's write looks like from here.
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: `${name}:changed`,
          newValue: JSON.stringify({checklistId: 'rollout', run: 'PR 9', nonce: 1}),
        }),
      );
      window.dispatchEvent(new StorageEvent('storage', {key: `${name}:changed`, newValue: '{'}));
      expect(seen).toEqual(['PR 9']);
      await store.set(createRecord(checklist, 'PR 2'));
      expect(JSON.parse(window.localStorage.getItem(`${name}:changed`) ?? '{}')).toMatchObject({
        checklistId: 'rollout',
        run: 'PR 2',
      });
    } finally {
      store.close();
      globalThis.BroadcastChannel = original;
    }
  });
});

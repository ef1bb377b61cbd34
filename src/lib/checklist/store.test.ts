import {createChecklistStore, createMemoryBackend, runKey} from './store';
import {describeStoreContract} from './storeContract';

describeStoreContract('in memory', async () => {
  const backend = createMemoryBackend();
  let broken = false;
  const setItem = backend.setItem.bind(backend);
  const store = createChecklistStore(
    {
      ...backend,
      setItem: (key, value) => (broken ? Promise.reject(new Error('quota')) : setItem(key, value)),
    },
    {kind: 'memory'},
  );
  return {
    store,
    putRaw: async (checklistId, run, value) => {
      backend.map.set(runKey(checklistId, run), value);
    },
    getRaw: async (key) => backend.map.get(key),
    breakWrites: () => {
      broken = true;
    },
  };
});

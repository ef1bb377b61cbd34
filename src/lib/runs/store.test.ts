import {nearlyFullBackend} from '@site/test/backends';
import {describeRunStoreContract} from '@site/test/runStoreContract';
import {sample} from '@site/test/checklistFixtures';
import {checklistDocument, createRecord, toggleDone} from '../checklist';
import {communicationDraftDocument, EMPTY_DRAFT} from '../communication';
import {defaultTokenFields, rolloutPlanDocument} from '../rollout';
import {createMemoryBackend, type KeyValueBackend} from './backend';
import {createRunStore} from './store';

describeRunStoreContract('in memory', async () => {
  const backend = createMemoryBackend();
  const setItem = backend.setItem.bind(backend);
  let broken = false;
  return {
    backend: {
      ...backend,
      setItem: (key, value) =>
        broken
          ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
          : setItem(key, value),
    },
    kind: 'memory',
    breakWrites: () => {
      broken = true;
    },
  };
});

/** A checklist with the id of the rollout checklist: items first, second and third; version 2. */
const rollout = sample;

/** A memory backend that counts what it is asked to do. */
function countingBackend() {
  const backend = createMemoryBackend();
  const calls: string[] = [];
  const counted: KeyValueBackend = {
    getItem: (key) => {
      calls.push(`get ${key}`);
      return backend.getItem(key);
    },
    setItem: (key, value) => {
      calls.push(`set ${key}`);
      return backend.setItem(key, value);
    },
    removeItem: (key) => {
      calls.push(`remove ${key}`);
      return backend.removeItem(key);
    },
    keys: () => {
      calls.push('keys');
      return backend.keys();
    },
  };
  return {backend, counted, calls};
}

describe('records saved before schema version 2 (decisions/0004 and 0006)', () => {
  // Exactly as the site stored them until issue #15.
  const legacyChecklist = {
    schemaVersion: 1,
    checklistId: 'rollout',
    checklistVersion: 1,
    run: 'openedx/edx-platform#12345',
    items: {
      first: {state: 'done', note: 'deployed 14:05', updatedAt: 1767225600000},
      gone: {state: 'na', note: 'no key change', updatedAt: 1767225660000},
    },
  };
  const plan = {
    title: 'New signing key',
    timeZone: 'Europe/Berlin',
    startLocal: '2026-03-10T10:00',
    tokens: defaultTokenFields(),
    stages: [{label: 'verifiers deployed', local: '2026-03-10T11:00'}],
  };
  const legacyPlan = {
    envelope: 1,
    type: 'rollout-plan',
    version: 1,
    run: 'openedx/edx-platform#12345',
    savedAt: 1767225700000,
    data: plan,
  };
  const draft = {...EMPTY_DRAFT, whatChanges: 'New signing key', contact: 'Ana'};
  const legacyDraft = {...legacyPlan, type: 'communication-form', data: draft};
  const RUN = 'openedx/edx-platform#12345';

  async function seeded() {
    const {backend, counted, calls} = countingBackend();
    await backend.setItem(`run:rollout:${RUN}`, legacyChecklist);
    await backend.setItem(`doc:rollout-plan:${RUN}`, legacyPlan);
    await backend.setItem(`doc:communication-form:${RUN}`, legacyDraft);
    return {backend, store: createRunStore(counted, {kind: 'indexeddb', now: () => 5}), calls};
  }

  it('reads every part of a run without loss', async () => {
    const {store} = await seeded();
    await expect(store.listRuns()).resolves.toEqual([
      {run: RUN, types: ['checklist-rollout', 'communication-form', 'rollout-plan']},
    ]);
    await expect(store.read(checklistDocument(rollout), RUN)).resolves.toEqual({
      status: 'found',
      updatedAt: 0,
      value: {...legacyChecklist, checklistId: 'rollout'},
    });
    await expect(store.read(rolloutPlanDocument, RUN)).resolves.toEqual({
      status: 'found',
      updatedAt: 1767225700000,
      value: {fields: plan, stamps: {}},
    });
    await expect(store.read(communicationDraftDocument, RUN)).resolves.toMatchObject({
      value: {fields: draft, stamps: {}},
    });
  });

  it('writes a checklist run in the new format on its next save, and drops the old key', async () => {
    const {backend, store} = await seeded();
    const spec = checklistDocument(rollout);
    const found = await store.read(spec, RUN);
    if (found.status !== 'found') throw new Error('not found');
    await store.save(spec, RUN, toggleDone(found.value, 'second', 1767225800000), 'tab');
    expect(backend.map.has(`run:rollout:${RUN}`)).toBe(false);
    expect(JSON.parse(backend.map.get(`doc:checklist-rollout:${RUN}`)!)).toEqual({
      schemaVersion: 2,
      type: 'checklist-rollout',
      run: RUN,
      version: 1,
      updatedAt: 5,
      body: {
        checklistVersion: 2,
        items: {
          ...legacyChecklist.items,
          second: {state: 'done', note: '', updatedAt: 1767225800000},
          third: {state: 'open', note: '', updatedAt: 0},
        },
      },
    });
  });

  it('renames and exports a run whose parts are in the old formats', async () => {
    const {store} = await seeded();
    await store.renameRun(RUN, 'PR 1', 'tab');
    await expect(store.listRuns()).resolves.toEqual([
      {run: 'PR 1', types: ['checklist-rollout', 'communication-form', 'rollout-plan']},
    ]);
    const exported = await store.exportRun('PR 1');
    expect(exported.map((document) => [document.type, document.run, document.version])).toEqual([
      ['checklist-rollout', 'PR 1', 1],
      ['rollout-plan', 'PR 1', 1],
      ['communication-form', 'PR 1', 1],
    ]);
    await expect(store.read(checklistDocument(rollout), 'PR 1')).resolves.toMatchObject({
      value: {run: 'PR 1', items: {first: {note: 'deployed 14:05'}}},
    });
    await expect(store.read(rolloutPlanDocument, 'PR 1')).resolves.toMatchObject({
      value: {fields: plan},
    });
  });

  it('sets an unreadable old record aside, untouched', async () => {
    const {backend, store} = await seeded();
    backend.map.set(`run:rollout:${RUN}`, '{"schemaVersion":1,');
    await expect(store.read(checklistDocument(rollout), RUN)).resolves.toEqual({
      status: 'set-aside',
      problem: 'corrupt',
      asideKey: `aside:5:run:rollout:${RUN}`,
    });
    expect(backend.map.get(`aside:5:run:rollout:${RUN}`)).toBe('{"schemaVersion":1,');
  });
});

describe('createRunStore', () => {
  it('saves a tick with one read and one write, and no scan of the keys', async () => {
    const {counted, calls} = countingBackend();
    const store = createRunStore(counted, {kind: 'indexeddb', now: () => 5});
    const spec = checklistDocument(rollout);
    await store.save(spec, 'PR 1', createRecord(rollout, 'PR 1'), 'tab');
    calls.length = 0;
    await store.save(spec, 'PR 1', toggleDone(createRecord(rollout, 'PR 1'), 'first', 9), 'tab');
    expect(calls).toEqual(['get doc:checklist-rollout:PR 1', 'set doc:checklist-rollout:PR 1']);
  });

  it('keeps a value it cannot copy aside, and writes nothing over it', async () => {
    // Room for small records only: the aside copy of a large damaged value does not fit.
    const {backend, limited} = nearlyFullBackend(1000);
    const store = createRunStore(limited, {kind: 'localstorage', now: () => 5});
    const raw = `{"schemaVersion":1,${'x'.repeat(5000)}`;
    backend.map.set('run:rollout:default', raw);
    const spec = checklistDocument(rollout);
    await expect(store.read(spec, 'default')).resolves.toEqual({
      status: 'unreadable',
      problem: 'corrupt',
    });
    await expect(
      store.save(spec, 'default', toggleDone(createRecord(rollout, 'default'), 'first', 9), 'tab'),
    ).rejects.toThrow('could not be kept aside');
    expect([...backend.map.entries()]).toEqual([['run:rollout:default', raw]]);
  });

  it('refuses a bad type or run name', async () => {
    const store = createRunStore(createMemoryBackend(), {kind: 'memory'});
    const spec = checklistDocument(rollout);
    await expect(
      store.save({...spec, type: 'a:b'}, 'x', createRecord(rollout, 'x'), 't'),
    ).rejects.toThrow('Bad document type "a:b"');
    await expect(store.save(spec, '', createRecord(rollout, ''), 't')).rejects.toThrow(
      'Bad run name',
    );
  });

  it('treats a parser that throws as an unusable document', async () => {
    const backend = createMemoryBackend();
    const store = createRunStore(backend, {kind: 'memory', now: () => 7});
    const spec = {
      ...checklistDocument(rollout),
      parse: () => {
        throw new Error('boom');
      },
    };
    await backend.setItem('doc:checklist-rollout:x', {
      schemaVersion: 2,
      type: 'checklist-rollout',
      run: 'x',
      version: 1,
      updatedAt: 1,
      body: {},
    });
    await expect(store.read(spec, 'x')).resolves.toEqual({
      status: 'set-aside',
      problem: 'corrupt',
      asideKey: 'aside:7:doc:checklist-rollout:x',
    });
  });
});

import {createMemoryBackend} from '../checklist/store';
import {createRunDocumentStore} from './documentStore';
import {describeDocumentStoreContract, noteSpec} from './documentStoreContract';

describeDocumentStoreContract('memory', async () => {
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

describe('createRunDocumentStore', () => {
  it('refuses a type that would break the key layout', () => {
    expect(() =>
      createRunDocumentStore(createMemoryBackend(), {...noteSpec, type: 'a:b'}, {kind: 'memory'}),
    ).toThrow('Bad document type "a:b"');
  });

  it('refuses to write under an empty run name', async () => {
    const store = createRunDocumentStore(createMemoryBackend(), noteSpec, {kind: 'memory'});
    await expect(store.set('', {text: 'x'})).rejects.toThrow('Bad run name');
  });

  it('treats a parser that throws as an unusable document', async () => {
    const backend = createMemoryBackend();
    const store = createRunDocumentStore(
      backend,
      {
        ...noteSpec,
        parse: () => {
          throw new Error('boom');
        },
      },
      {kind: 'memory', now: () => 7},
    );
    await backend.setItem('doc:test-note:x', {
      envelope: 1,
      type: 'test-note',
      version: 1,
      run: 'x',
      savedAt: 1,
      data: {},
    });
    await expect(store.get('x')).resolves.toEqual({
      status: 'set-aside',
      problem: 'corrupt',
      asideKey: 'aside:7:doc:test-note:x',
    });
  });
});

/**
 * Behaviour every RunDocumentStore must have, whatever the backend. Called from the test files of
 * each implementation (memory: documentStore.test.ts; localforage: src/hooks/runStorage.test.ts).
 */
import type {KeyValueBackend, StorageKind} from '../checklist/store';
import {createRunDocumentStore, type RunDocumentSpec} from './documentStore';

interface Note {
  readonly text: string;
}

/** A tiny document kind for the tests: `{text}` with a string of at most 20 characters. */
export const noteSpec: RunDocumentSpec<Note> = {
  type: 'test-note',
  version: 2,
  parse(data) {
    if (typeof data !== 'object' || data === null) return null;
    const {text} = data as {text?: unknown};
    return typeof text === 'string' && text.length <= 20 ? {text} : null;
  },
};

export interface BackendUnderTest {
  readonly backend: KeyValueBackend;
  readonly kind: StorageKind;
  readonly breakWrites: () => void;
  readonly cleanUp?: () => Promise<void> | void;
}

export function describeDocumentStoreContract(
  name: string,
  open: () => Promise<BackendUnderTest>,
): void {
  describe(`RunDocumentStore contract: ${name}`, () => {
    let subject: BackendUnderTest;
    const store = () =>
      createRunDocumentStore(subject.backend, noteSpec, {kind: subject.kind, now: () => 1000});
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.cleanUp?.();
    });

    it('returns missing for a run never saved', async () => {
      await expect(store().get('PR 1')).resolves.toEqual({status: 'missing'});
    });

    it('reads back what was written, per run, with the time it was saved', async () => {
      await store().set('PR 1', {text: 'one'});
      await store().set('openedx/edx-platform#2', {text: 'two'});
      await expect(store().get('PR 1')).resolves.toEqual({
        status: 'found',
        value: {text: 'one'},
        savedAt: 1000,
      });
      await expect(store().get('openedx/edx-platform#2')).resolves.toMatchObject({
        value: {text: 'two'},
      });
    });

    it('lists and deletes runs of its own type only', async () => {
      await subject.backend.setItem('run:rollout:PR 9', {not: 'a document'});
      await subject.backend.setItem('doc:other-type:PR 8', {not: 'ours'});
      for (const run of ['b:c', 'a', 'ü 😀']) await store().set(run, {text: run});
      await expect(store().listRuns()).resolves.toEqual(['a', 'b:c', 'ü 😀']);
      await store().delete('a');
      await expect(store().get('a')).resolves.toEqual({status: 'missing'});
      await expect(store().listRuns()).resolves.toEqual(['b:c', 'ü 😀']);
    });

    const envelope = {envelope: 1, type: 'test-note', version: 2, run: 'PR 1', savedAt: 5};
    it.each([
      ['not an object', 'hello', 'corrupt'],
      ['no envelope version', {...envelope, envelope: undefined, data: {text: 'x'}}, 'corrupt'],
      ['another run', {...envelope, run: 'PR 2', data: {text: 'x'}}, 'corrupt'],
      ['another type', {...envelope, type: 'plan', data: {text: 'x'}}, 'corrupt'],
      ['data the parser rejects', {...envelope, data: {text: 42}}, 'corrupt'],
      ['a newer document version', {...envelope, version: 3, data: {text: 'x'}}, 'newer-version'],
      ['a newer envelope', {...envelope, envelope: 2, data: {text: 'x'}}, 'newer-version'],
    ])('sets %s aside, untouched, instead of failing', async (_label, raw, problem) => {
      await subject.backend.setItem('doc:test-note:PR 1', raw);
      const result = await store().get('PR 1');
      expect(result).toEqual({
        status: 'set-aside',
        problem,
        asideKey: 'aside:1000:doc:test-note:PR 1',
      });
      await expect(subject.backend.getItem('aside:1000:doc:test-note:PR 1')).resolves.toEqual(raw);
      await expect(store().get('PR 1')).resolves.toEqual({status: 'missing'});
    });

    it('reads documents written by an older version of the same type', async () => {
      await subject.backend.setItem('doc:test-note:PR 1', {
        ...envelope,
        version: 1,
        data: {text: 'old'},
      });
      await expect(store().get('PR 1')).resolves.toMatchObject({
        status: 'found',
        value: {text: 'old'},
      });
    });

    it('rejects a failing write and keeps the previous copy', async () => {
      await store().set('PR 1', {text: 'first'});
      subject.breakWrites();
      await expect(store().set('PR 1', {text: 'second'})).rejects.toBeDefined();
      await expect(store().get('PR 1')).resolves.toMatchObject({value: {text: 'first'}});
    });
  });
}

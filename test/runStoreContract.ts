/**
 * Behaviour every run store must have, whatever its backend: memory (src/lib/runs/store.test.ts),
 * IndexedDB and localStorage (src/hooks/runStorage.test.ts). Called with Jest's globals.
 */
import {
  UnreadableValue,
  createRunStore,
  type KeyValueBackend,
  type RunChange,
  type RunDocumentSpec,
  type StorageKind,
} from '@site/src/lib/runs';

interface Note {
  readonly text: string;
  readonly at: number;
}

/** A tiny document kind: a text of at most 20 characters; of two copies the later one wins. */
export const noteSpec: RunDocumentSpec<Note> = {
  type: 'test-note',
  version: 2,
  parse(body) {
    if (typeof body !== 'object' || body === null) return null;
    const {text, at} = body as Partial<Note>;
    return typeof text === 'string' && text.length <= 20 && typeof at === 'number'
      ? {text, at}
      : null;
  },
  merge: (a, b) => (a.at > b.at || (a.at === b.at && a.text >= b.text) ? a : b),
  same: (a, b) => a.text === b.text && a.at === b.at,
};

export interface BackendUnderTest {
  readonly backend: KeyValueBackend;
  readonly kind: StorageKind;
  /** Makes every following write fail, as a full disk or a revoked permission would. */
  readonly breakWrites: () => void;
  readonly cleanUp?: () => Promise<void> | void;
}

export function describeRunStoreContract(
  name: string,
  open: () => Promise<BackendUnderTest>,
): void {
  describe(`run store contract: ${name}`, () => {
    let subject: BackendUnderTest;
    let clock = 1000;
    const store = () => createRunStore(subject.backend, {kind: subject.kind, now: () => clock});
    beforeEach(async () => {
      subject = await open();
      clock = 1000;
    });
    afterEach(async () => {
      await subject.cleanUp?.();
    });

    it('returns missing for a run never saved', async () => {
      await expect(store().read(noteSpec, 'PR 1')).resolves.toEqual({status: 'missing'});
    });

    it('reads back what was saved, per run, with the time it was saved', async () => {
      await store().save(noteSpec, 'PR 1', {text: 'one', at: 1}, 'tab');
      await store().save(noteSpec, 'openedx/edx-platform#2', {text: 'two', at: 1}, 'tab');
      await expect(store().read(noteSpec, 'PR 1')).resolves.toEqual({
        status: 'found',
        value: {text: 'one', at: 1},
        updatedAt: 1000,
      });
      await expect(store().read(noteSpec, 'openedx/edx-platform#2')).resolves.toMatchObject({
        value: {text: 'two'},
      });
    });

    it('merges a save with what another writer stored meanwhile', async () => {
      await store().save(noteSpec, 'PR 1', {text: 'newer', at: 9}, 'other tab');
      await expect(store().save(noteSpec, 'PR 1', {text: 'older', at: 3}, 'tab')).resolves.toEqual({
        text: 'newer',
        at: 9,
      });
      await expect(store().read(noteSpec, 'PR 1')).resolves.toMatchObject({
        value: {text: 'newer'},
      });
    });

    it('tells subscribers who changed what, until they unsubscribe', async () => {
      const seen: RunChange[] = [];
      const subject = store();
      const unsubscribe = subject.subscribe((change) => seen.push(change));
      await subject.save(noteSpec, 'PR 1', {text: 'a', at: 1}, 'tab A');
      // Nothing changed: nothing written, nobody told.
      await subject.save(noteSpec, 'PR 1', {text: 'a', at: 1}, 'tab A');
      await subject.remove(noteSpec.type, 'PR 1', 'tab B');
      unsubscribe();
      await subject.save(noteSpec, 'PR 2', {text: 'b', at: 1}, 'tab A');
      expect(seen).toEqual([
        {type: 'test-note', run: 'PR 1', origin: 'tab A'},
        {type: 'test-note', run: 'PR 1', origin: 'tab B'},
      ]);
    });

    it('lists runs with any characters, each with its document types', async () => {
      const names = ['b:c', 'a', 'ü 😀', 'https://github.com/o/r/pull/2'];
      for (const run of names) await store().save(noteSpec, run, {text: 'x', at: 1}, 'tab');
      await store().start('a', 'tab');
      await subject.backend.setItem('aside:5:doc:test-note:z', {not: 'a run'});
      await expect(store().listRuns()).resolves.toEqual(
        [...names]
          .sort((x, y) => x.localeCompare(y))
          .map((run) => ({run, types: run === 'a' ? ['run', 'test-note'] : ['test-note']})),
      );
    });

    it('renames and deletes whole runs', async () => {
      await store().save(noteSpec, 'old', {text: 'kept', at: 1}, 'tab');
      await store().start('old', 'tab');
      await store().save(noteSpec, 'taken', {text: 'x', at: 1}, 'tab');
      await expect(store().renameRun('old', 'taken', 'tab')).rejects.toThrow('exists already');
      await store().renameRun('old', 'new', 'tab');
      await expect(store().read(noteSpec, 'old')).resolves.toEqual({status: 'missing'});
      await expect(store().read(noteSpec, 'new')).resolves.toMatchObject({value: {text: 'kept'}});
      await store().removeRun('new', 'tab');
      await expect(store().listRuns()).resolves.toEqual([{run: 'taken', types: ['test-note']}]);
    });

    const envelope = {schemaVersion: 2, type: 'test-note', run: 'PR 1', version: 2, updatedAt: 5};
    it.each([
      ['text that is not JSON', new UnreadableValue('{"schemaVersion":2,'), 'corrupt'],
      ['not an object', 'hello', 'corrupt'],
      ['another run', {...envelope, run: 'PR 2', body: {text: 'x', at: 1}}, 'corrupt'],
      ['another type', {...envelope, type: 'plan', body: {text: 'x', at: 1}}, 'corrupt'],
      ['a body the spec rejects', {...envelope, body: {text: 42}}, 'corrupt'],
      ['a newer body version', {...envelope, version: 3, body: {text: 'x', at: 1}}, 'newer'],
      ['a newer schema', {...envelope, schemaVersion: 3, body: {text: 'x', at: 1}}, 'newer'],
    ])('sets %s aside, untouched, and saves again', async (_label, raw, problem) => {
      await subject.backend.setItem('doc:test-note:PR 1', raw);
      await expect(store().read(noteSpec, 'PR 1')).resolves.toEqual({
        status: 'set-aside',
        problem,
        asideKey: 'aside:1000:doc:test-note:PR 1',
      });
      await expect(subject.backend.getItem('aside:1000:doc:test-note:PR 1')).resolves.toEqual(raw);
      await expect(store().read(noteSpec, 'PR 1')).resolves.toEqual({status: 'missing'});
      await store().save(noteSpec, 'PR 1', {text: 'fresh', at: 2}, 'tab');
      await expect(store().read(noteSpec, 'PR 1')).resolves.toMatchObject({
        value: {text: 'fresh'},
      });
    });

    it('rejects a failing write and keeps the previous copy', async () => {
      await store().save(noteSpec, 'PR 1', {text: 'first', at: 1}, 'tab');
      subject.breakWrites();
      await expect(
        store().save(noteSpec, 'PR 1', {text: 'second', at: 2}, 'tab'),
      ).rejects.toBeDefined();
      await expect(store().read(noteSpec, 'PR 1')).resolves.toMatchObject({
        value: {text: 'first'},
      });
    });

    it('never writes over an unreadable value it could not keep aside', async () => {
      const raw = new UnreadableValue('{"schemaVersion":1,');
      await subject.backend.setItem('doc:test-note:PR 1', raw);
      subject.breakWrites();
      await expect(store().read(noteSpec, 'PR 1')).resolves.toEqual({
        status: 'unreadable',
        problem: 'corrupt',
      });
      await expect(store().save(noteSpec, 'PR 1', {text: 'x', at: 1}, 'tab')).rejects.toThrow(
        'could not be kept aside',
      );
      await expect(subject.backend.getItem('doc:test-note:PR 1')).resolves.toEqual(raw);
      await expect(subject.backend.keys()).resolves.toEqual(['doc:test-note:PR 1']);
    });
  });
}

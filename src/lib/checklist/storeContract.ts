/**
 * Behaviour every ChecklistStore must have. Called from the test files of each implementation
 * (memory: store.test.ts; localforage: src/hooks/runStorage.test.ts) with Jest's globals.
 */
import {createRecord, setNote, toggleDone, type ChecklistShape} from './model';
import type {ChecklistStore} from './store';

export interface StoreUnderTest {
  readonly store: ChecklistStore;
  /** Stores a raw value under a run's key, bypassing validation (a corrupt or foreign record). */
  readonly putRaw: (checklistId: string, run: string, value: unknown) => Promise<void>;
  /** Reads any key raw (to check what was set aside). */
  readonly getRaw: (key: string) => Promise<unknown>;
  /** Makes every following write fail, as a full disk or a revoked permission would. */
  readonly breakWrites: () => void;
  readonly cleanUp?: () => Promise<void> | void;
}

const checklist: ChecklistShape = {
  id: 'rollout',
  title: 'Rollout',
  version: 1,
  route: '/docs/checklists/rollout',
  items: [
    {id: 'one', title: 'One'},
    {id: 'two', title: 'Two'},
  ],
};

export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`ChecklistStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.cleanUp?.();
    });

    it('returns missing for a run never saved', async () => {
      await expect(subject.store.get('rollout', 'nothing')).resolves.toEqual({status: 'missing'});
    });

    it('reads back what was written, per run', async () => {
      const a = setNote(toggleDone(createRecord(checklist, 'PR 1'), 'one', 5), 'two', 'n', 6);
      const b = createRecord(checklist, 'PR 2');
      await subject.store.set(a);
      await subject.store.set(b);
      await expect(subject.store.get('rollout', 'PR 1')).resolves.toEqual({
        status: 'found',
        record: a,
      });
      await expect(subject.store.get('rollout', 'PR 2')).resolves.toEqual({
        status: 'found',
        record: b,
      });
    });

    it('keeps run names with any characters apart', async () => {
      const names = ['openedx/edx-platform#1', 'a:b:c', 'https://github.com/o/r/pull/2', 'ü 😀'];
      for (const run of names) await subject.store.set(createRecord(checklist, run));
      await subject.store.set({...createRecord(checklist, 'x'), checklistId: 'communication'});
      await expect(subject.store.listRuns('rollout')).resolves.toEqual(
        [...names].sort((a, b) => a.localeCompare(b)),
      );
      await expect(subject.store.listRuns('communication')).resolves.toEqual(['x']);
    });

    it('deletes a run', async () => {
      await subject.store.set(createRecord(checklist, 'PR 1'));
      await subject.store.delete('rollout', 'PR 1');
      await expect(subject.store.get('rollout', 'PR 1')).resolves.toEqual({status: 'missing'});
      await expect(subject.store.listRuns('rollout')).resolves.toEqual([]);
    });

    it('tells subscribers about writes and deletes, until they unsubscribe', async () => {
      const seen: string[] = [];
      const unsubscribe = subject.store.subscribe((change) =>
        seen.push(`${change.checklistId}/${change.run}`),
      );
      await subject.store.set(createRecord(checklist, 'PR 1'));
      await subject.store.delete('rollout', 'PR 1');
      unsubscribe();
      await subject.store.set(createRecord(checklist, 'PR 2'));
      expect(seen).toEqual(['rollout/PR 1', 'rollout/PR 1']);
    });

    it.each([
      ['corrupt', 'not a record at all', 'corrupt'],
      ['corrupt', {schemaVersion: 1, checklistId: 'rollout', run: 'PR 1', items: 'x'}, 'corrupt'],
      ['foreign', {...createRecord(checklist, 'someone else')}, 'foreign'],
      ['newer', {...createRecord(checklist, 'PR 1'), schemaVersion: 99}, 'newer-schema'],
    ])('sets a %s record aside instead of failing (%#)', async (_label, raw, problem) => {
      await subject.putRaw('rollout', 'PR 1', raw);
      const result = await subject.store.get('rollout', 'PR 1');
      expect(result).toMatchObject({status: 'set-aside', problem});
      if (result.status !== 'set-aside') return;
      expect(result.asideKey).toMatch(/^aside:\d+:run:rollout:PR 1$/);
      // Kept, untouched, under another key; the run's own key is free for a fresh start.
      await expect(subject.getRaw(result.asideKey)).resolves.toEqual(raw);
      await expect(subject.store.get('rollout', 'PR 1')).resolves.toEqual({status: 'missing'});
      await expect(subject.store.listRuns('rollout')).resolves.toEqual([]);
    });

    it('rejects a failing write and keeps the previous copy', async () => {
      const first = createRecord(checklist, 'PR 1');
      await subject.store.set(first);
      subject.breakWrites();
      await expect(subject.store.set(toggleDone(first, 'one', 9))).rejects.toBeDefined();
      await expect(subject.store.get('rollout', 'PR 1')).resolves.toEqual({
        status: 'found',
        record: first,
      });
    });
  });
}

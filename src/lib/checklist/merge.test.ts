import fc from 'fast-check';
import {mergeRecords, sameRecord} from './merge';
import {entry, record} from '@site/test/checklistFixtures';
import type {ItemRecord, RunRecord} from './model';

describe('mergeRecords', () => {
  it.each([
    [
      'edits to different items both survive',
      record({first: entry('done', '', 10), second: entry('open', '', 0)}),
      record({first: entry('open', '', 0), second: entry('na', '', 12)}),
      record({first: entry('done', '', 10), second: entry('na', '', 12)}),
    ],
    [
      'the later edit of the same item wins',
      record({first: entry('done', 'mine', 10)}),
      record({first: entry('open', 'theirs', 20)}),
      record({first: entry('open', 'theirs', 20)}),
    ],
    [
      'items only one side has are kept',
      record({first: entry('done', '', 1)}),
      record({gone: entry('na', 'old', 1)}),
      record({first: entry('done', '', 1), gone: entry('na', 'old', 1)}),
    ],
    [
      'a reset (newer, cleared) beats an older note',
      record({first: entry('open', '', 50)}),
      record({first: entry('done', 'note', 40)}),
      record({first: entry('open', '', 50)}),
    ],
  ])('%s', (_label, a, b, merged) => {
    expect(mergeRecords(a, b)).toEqual(merged);
    expect(sameRecord(mergeRecords(b, a), merged)).toBe(true);
  });

  it('keeps the higher checklist version', () => {
    expect(
      mergeRecords(record({}, {checklistVersion: 1}), record({}, {checklistVersion: 3}))
        .checklistVersion,
    ).toBe(3);
  });

  const item: fc.Arbitrary<ItemRecord> = fc.record({
    state: fc.constantFrom('open' as const, 'done' as const, 'na' as const),
    note: fc.string({maxLength: 5}),
    updatedAt: fc.integer({min: 0, max: 20}),
  });
  const runRecord: fc.Arbitrary<RunRecord> = fc
    .dictionary(fc.constantFrom('a', 'b', 'c', 'd'), item)
    .map((items) => record(items));

  it('is commutative, associative and idempotent (so every tab converges)', () => {
    fc.assert(
      fc.property(runRecord, runRecord, runRecord, (a, b, c) => {
        expect(sameRecord(mergeRecords(a, b), mergeRecords(b, a))).toBe(true);
        expect(
          sameRecord(mergeRecords(mergeRecords(a, b), c), mergeRecords(a, mergeRecords(b, c))),
        ).toBe(true);
        expect(sameRecord(mergeRecords(a, a), a)).toBe(true);
      }),
    );
  });
});

describe('sameRecord', () => {
  it.each([
    [record({a: entry('done')}), record({a: entry('done')}), true],
    [record({a: entry('done')}), record({a: entry('open')}), false],
    [record({a: entry('done')}), record({a: entry('done'), b: entry('open')}), false],
    [record({}), record({}, {run: 'x'}), false],
  ])('%#', (a, b, same) => {
    expect(sameRecord(a, b)).toBe(same);
  });
});

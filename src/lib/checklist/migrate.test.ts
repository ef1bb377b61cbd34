import {changesSince, discardRemovedItem, hasUserData, upgradeRecord} from './migrate';
import {entry, record, sample} from '@site/test/checklistFixtures';

describe('changesSince', () => {
  it.each([
    [
      'same version, same items',
      record({first: entry('open'), second: entry('open'), third: entry('open')}),
      [],
      [],
    ],
    [
      'an item added since the run started',
      record({first: entry('done'), second: entry('open')}, {checklistVersion: 1}),
      [],
      ['third'],
    ],
    [
      'an item removed',
      record(
        {
          first: entry('done'),
          second: entry('open'),
          third: entry('open'),
          gone: entry('done', 'x'),
        },
        {checklistVersion: 1},
      ),
      ['gone'],
      [],
    ],
    [
      'removed and added at once',
      record({first: entry('open'), old1: entry('open'), old2: entry('na')}, {checklistVersion: 1}),
      ['old1', 'old2'],
      ['second', 'third'],
    ],
    ['missing ids at the same version are not "new"', record({first: entry('open')}), [], []],
  ])('%s', (_label, before, removed, added) => {
    const changes = changesSince(sample, before);
    expect(changes.removed.map((r) => r.id)).toEqual(removed);
    expect(changes.added).toEqual(added);
  });

  it('reports removed items only until the record is upgraded', () => {
    const before = record(
      {first: entry('open'), gone: entry('open', '', 0)},
      {checklistVersion: 1},
    );
    expect(changesSince(sample, before).removed).toHaveLength(1);
    expect(changesSince(sample, upgradeRecord(sample, before)).removed).toHaveLength(0);
  });
});

describe('upgradeRecord', () => {
  it('keeps notes and states of removed items, drops untouched ones, adds new items', () => {
    const before = record(
      {
        first: entry('done', 'a', 3),
        withNote: entry('open', 'remember this', 4),
        withState: entry('na', '', 5),
        untouched: entry('open', '', 0),
        discarded: entry('open', '', 8),
      },
      {checklistVersion: 1},
    );
    expect(upgradeRecord(sample, before)).toEqual(
      record({
        first: entry('done', 'a', 3),
        second: entry('open', '', 0),
        third: entry('open', '', 0),
        withNote: entry('open', 'remember this', 4),
        withState: entry('na', '', 5),
        discarded: entry('open', '', 8),
      }),
    );
  });
});

describe('discardRemovedItem / hasUserData', () => {
  it('clears the entry but keeps a time-stamped tombstone', () => {
    const next = discardRemovedItem(record({gone: entry('done', 'x', 1)}), 'gone', 10);
    expect(next.items.gone).toEqual(entry('open', '', 10));
    expect(hasUserData(next.items.gone!)).toBe(false);
  });

  it.each([
    [entry('open', ''), false],
    [entry('open', '  '), false],
    [entry('open', 'n'), true],
    [entry('done'), true],
    [entry('na'), true],
  ])('hasUserData(%j) is %s', (value, expected) => {
    expect(hasUserData(value)).toBe(expected);
  });
});

import {
  createRecord,
  formatProgress,
  normaliseNote,
  normaliseRunName,
  tidyRunName,
  progressOf,
  resetRecord,
  setNote,
  toggleDone,
  toggleNotApplicable,
  MAX_NOTE_LENGTH,
  MAX_RUN_NAME_LENGTH,
  type ItemState,
} from './model';
import {entry, record, sample} from '@site/test/checklistFixtures';

describe('createRecord', () => {
  it('lists every item open and untouched', () => {
    expect(createRecord(sample, 'PR 1')).toEqual(
      record(
        {first: entry('open', '', 0), second: entry('open', '', 0), third: entry('open', '', 0)},
        {run: 'PR 1'},
      ),
    );
  });
});

describe('toggleDone / toggleNotApplicable', () => {
  it.each<[string, ItemState, ItemState]>([
    ['open → done', 'open', 'done'],
    ['done → open', 'done', 'open'],
    ['N/A → done', 'na', 'done'],
  ])('toggleDone: %s', (_label, from, to) => {
    const next = toggleDone(record({first: entry(from)}), 'first', 50);
    expect(next.items.first).toEqual(entry(to, '', 50));
  });

  it.each<[string, ItemState, ItemState]>([
    ['open → N/A', 'open', 'na'],
    ['done → N/A', 'done', 'na'],
    ['N/A → open', 'na', 'open'],
  ])('toggleNotApplicable: %s', (_label, from, to) => {
    const next = toggleNotApplicable(record({first: entry(from, 'kept')}), 'first', 60);
    expect(next.items.first).toEqual(entry(to, 'kept', 60));
  });

  it('adds an entry for an item the record did not have yet', () => {
    expect(toggleDone(record({}), 'second', 5).items.second).toEqual(entry('done', '', 5));
  });

  it('does not mutate its input', () => {
    const before = record({first: entry('open')});
    const frozen = JSON.stringify(before);
    toggleDone(before, 'first', 9);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe('setNote', () => {
  it.each<[string, string, string]>([
    ['plain text', 'Started 14:05 UTC', 'Started 14:05 UTC'],
    ['Windows line endings', 'a\r\nb\rc', 'a\nb\nc'],
    ['markup stays text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('%s', (_label, input, stored) => {
    expect(setNote(record({}), 'first', input, 7).items.first).toEqual(entry('open', stored, 7));
  });

  it('returns the same record when nothing changes', () => {
    const before = record({first: entry('open', 'same', 3)});
    expect(setNote(before, 'first', 'same', 9)).toBe(before);
  });

  it('caps notes at the maximum length', () => {
    expect(normaliseNote('x'.repeat(MAX_NOTE_LENGTH + 10))).toHaveLength(MAX_NOTE_LENGTH);
  });
});

describe('progressOf / formatProgress', () => {
  it.each<[string, Record<string, ItemState>, string, number, number]>([
    ['nothing done', {}, '0 of 3 done', 0, 3],
    ['one done', {first: 'done'}, '1 of 3 done', 1, 2],
    ['N/A is not open', {first: 'done', second: 'na'}, '1 of 3 done · 1 not applicable', 1, 1],
    [
      'all handled',
      {first: 'na', second: 'na', third: 'done'},
      '1 of 3 done · 2 not applicable',
      1,
      0,
    ],
    ['removed items do not count', {gone: 'done', first: 'done'}, '1 of 3 done', 1, 2],
  ])('%s', (_label, states, text, done, open) => {
    const items = Object.fromEntries(Object.entries(states).map(([id, s]) => [id, entry(s)]));
    const progress = progressOf(sample, record(items));
    expect(formatProgress(progress)).toBe(text);
    expect(progress.done).toBe(done);
    expect(progress.open).toBe(open);
    expect(progress.total).toBe(3);
  });
});

describe('resetRecord', () => {
  it('clears every entry, including kept ones, and stamps them', () => {
    const before = record(
      {first: entry('done', 'n'), gone: entry('na', 'old note')},
      {checklistVersion: 1},
    );
    expect(resetRecord(before, sample, 99)).toEqual(
      record({
        first: entry('open', '', 99),
        second: entry('open', '', 99),
        third: entry('open', '', 99),
        gone: entry('open', '', 99),
      }),
    );
  });
});

describe('normaliseRunName', () => {
  it.each<[string, string, string | null]>([
    ['a PR reference', 'openedx/edx-platform#12345', 'openedx/edx-platform#12345'],
    [
      'a PR URL',
      'https://github.com/openedx/edx-platform/pull/1',
      'https://github.com/openedx/edx-platform/pull/1',
    ],
    ['surrounding space', '  PR 12  ', 'PR 12'],
    ['inner whitespace and newlines', 'a \n\t b', 'a b'],
    ['control and bidi characters', 'a\u0000b\u202ec', 'a b c'],
    ['markup stays text', '<b>x</b>', '<b>x</b>'],
    ['empty', '', null],
    ['only spaces', '   ', null],
  ])('%s', (_label, input, output) => {
    expect(normaliseRunName(input)).toBe(output);
  });

  it('tidyRunName tidies the same way but does not cut, so callers can reject long names', () => {
    expect(tidyRunName(` a\u0000${'x'.repeat(MAX_RUN_NAME_LENGTH)} `)).toBe(
      `a ${'x'.repeat(MAX_RUN_NAME_LENGTH)}`,
    );
  });

  it('cuts long names to the limit without splitting characters', () => {
    const name = normaliseRunName('😀'.repeat(MAX_RUN_NAME_LENGTH + 5));
    expect(Array.from(name ?? '')).toHaveLength(MAX_RUN_NAME_LENGTH);
  });
});

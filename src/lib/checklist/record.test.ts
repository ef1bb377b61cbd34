import {checklistDocument} from './document';
import {entry, record, sample} from '@site/test/checklistFixtures';
import {parseChecklistBody} from './record';

const expected = {checklistId: 'rollout', run: 'default'};

describe('parseChecklistBody', () => {
  it('reads a stored body as the run it is filed under, dropping unknown fields', () => {
    const items = {first: entry('done', 'n', 5)};
    expect(parseChecklistBody({checklistVersion: 2, items, extra: 'x'}, expected)).toEqual(
      record(items),
    );
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1]],
    ['no checklist version', {items: {}}],
    ['a bad checklist version', {checklistVersion: 'two', items: {}}],
    ['items not an object', {checklistVersion: 1, items: []}],
    [
      'an unknown state',
      {checklistVersion: 1, items: {a: {state: 'maybe', note: '', updatedAt: 1}}},
    ],
    [
      'a note that is not text',
      {checklistVersion: 1, items: {a: {state: 'done', note: 5, updatedAt: 1}}},
    ],
    ['a negative time', {checklistVersion: 1, items: {a: entry('done', '', -1)}}],
    ['an item id with markup', {checklistVersion: 1, items: {'<script>': entry('done')}}],
  ])('rejects %s', (_label, body) => {
    expect(parseChecklistBody(body, expected)).toBeNull();
  });
});

describe('checklistDocument', () => {
  const spec = checklistDocument(sample);

  it('is one spec per checklist, typed after it', () => {
    expect(checklistDocument(sample)).toBe(spec);
    expect(spec.type).toBe('checklist-rollout');
  });

  it('stores the checklist version and the items only, and reads them back', () => {
    const run = record({first: entry('done', 'x', 4)}, {checklistVersion: 1, run: 'PR 1'});
    const body = spec.serialize!(run);
    expect(body).toEqual({checklistVersion: 1, items: run.items});
    expect(spec.parse(JSON.parse(JSON.stringify(body)), {run: 'PR 1', version: 1})).toEqual(run);
  });

  it('brings a run up to the current checklist version before it is written', () => {
    const old = record(
      {first: entry('done', '', 4), gone: entry('open', '', 0)},
      {checklistVersion: 1},
    );
    const prepared = spec.prepare!(old);
    expect(prepared.checklistVersion).toBe(sample.version);
    expect(Object.keys(prepared.items).sort()).toEqual(['first', 'second', 'third']);
  });
});

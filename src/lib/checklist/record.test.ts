import {parseRecord} from './record';
import {entry, record} from './fixtures';

const expected = {checklistId: 'rollout', run: 'default'};

describe('parseRecord', () => {
  it('accepts a valid record and drops unknown fields', () => {
    const raw = {...record({first: entry('done', 'n', 5)}), extra: 'x'};
    expect(parseRecord(raw, expected)).toEqual({
      ok: true,
      record: record({first: entry('done', 'n', 5)}),
    });
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'corrupt'],
    ['a string', 'hello', 'corrupt'],
    ['an array', [1], 'corrupt'],
    ['no schema version', {...record({}), schemaVersion: undefined}, 'corrupt'],
    ['a newer schema', {...record({}), schemaVersion: 2}, 'newer-schema'],
    ['another checklist', {...record({}), checklistId: 'communication'}, 'foreign'],
    ['another run', {...record({}), run: 'PR 2'}, 'foreign'],
    ['a bad checklist version', {...record({}), checklistVersion: 'two'}, 'corrupt'],
    ['items not an object', {...record({}), items: []}, 'corrupt'],
    [
      'an unknown state',
      record({first: {state: 'maybe', note: '', updatedAt: 1}} as never),
      'corrupt',
    ],
    [
      'a note that is not text',
      record({first: {state: 'done', note: 5, updatedAt: 1}} as never),
      'corrupt',
    ],
    ['a negative time', record({first: entry('done', '', -1)}), 'corrupt'],
    ['an item id with markup', record({'<script>': entry('done')}), 'corrupt'],
    ['an empty run', {...record({}), run: ''}, 'corrupt'],
  ])('sets aside %s', (_label, raw, problem) => {
    const result = parseRecord(raw, expected);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
});

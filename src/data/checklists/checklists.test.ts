import {checklists, getChecklist} from './index';
import {isDocRoute} from './docRoutes';
import {checklistProblems} from './validate';
import type {ChecklistDefinition, ChecklistItemDefinition} from './types';

function definition(items: Partial<ChecklistItemDefinition>[]): ChecklistDefinition {
  return {
    id: 'sample',
    title: 'Sample',
    version: 1,
    route: '/docs/checklists/sample',
    items: items.map((item) => ({
      id: 'x',
      title: 'X',
      explainedBy: '/docs/rollout',
      ...item,
    })),
  };
}

describe('checklist definitions', () => {
  it('has the four checklists, each at /docs/checklists/<id>', () => {
    expect(checklists.map((c) => c.id)).toEqual([
      'plan-your-change',
      'rollout',
      'observability',
      'communication',
    ]);
    for (const checklist of checklists) {
      expect(checklist.route).toBe(`/docs/checklists/${checklist.id}`);
    }
  });

  it('throws an actionable error for an unknown id', () => {
    expect(() => getChecklist('rollot')).toThrow(/Unknown checklist id "rollot".*rollout/);
  });

  it.each(checklists.map((c) => [c.id, c] as const))(
    '%s passes every authoring check',
    (_id, c) => {
      expect(checklistProblems(c)).toEqual([]);
      expect(c.items.length).toBeGreaterThanOrEqual(8);
      expect(c.items.length).toBeLessThanOrEqual(14);
    },
  );
});

describe('checklistProblems', () => {
  it.each<[string, Partial<ChecklistItemDefinition>[], RegExp]>([
    ['a duplicate id', [{id: 'a'}, {id: 'a'}], /item "a" is duplicated/],
    ['a missing id', [{id: ''}], /item #1 has no id/],
    ['an id that is not lowercase-hyphen', [{id: 'Not_OK'}], /lowercase words/],
    ['an id with a trailing hyphen', [{id: 'ends-'}], /lowercase words/],
    ['an empty title', [{title: '  '}], /empty title/],
    ['a link in a title', [{title: 'See [this](/docs/rollout)'}], /cannot contain links/],
    ['an empty detail', [{detail: ''}], /empty detail/],
    ['an unknown page', [{explainedBy: '/docs/nowhere'}], /not a known docs page/],
    ['an anchor in explainedBy', [{explainedBy: '/docs/rollout#x'}], /not a known docs page/],
    ['an http link in a detail', [{detail: 'See [it](http://x.org)'}], /neither a docs page/],
    ['an unknown priority', [{priority: 'urgent' as 'must'}], /priority must be/],
  ])('reports %s', (_label, items, message) => {
    expect(checklistProblems(definition(items)).join('\n')).toMatch(message);
  });

  it('accepts a clean definition', () => {
    expect(
      checklistProblems(
        definition([
          {id: 'a', detail: 'See [the window](/docs/rollout/expiry-window) and `exp`.'},
          {id: 'b-2', priority: 'could'},
        ]),
      ),
    ).toEqual([]);
  });

  it('knows the knowledge-base routes only', () => {
    expect(isDocRoute('/docs/rollout/expiry-window')).toBe(true);
    expect(isDocRoute('/docs/nowhere')).toBe(false);
    expect(isDocRoute('toString')).toBe(false);
  });
});

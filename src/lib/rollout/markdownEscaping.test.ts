/** The plan's Markdown shows the typed title and stage labels as typed (#16). */
import fc from 'fast-check';
import type {Table} from 'mdast';
import {computePlan, defaultTokens, planToIcs, planToMarkdown, type Plan} from './index';
import {visibleText} from '../markdown/escape';
import {collapseWhitespace, parseGfm, readField} from '@site/test/githubMarkdown';
import {HOSTILE_INPUTS, typedText} from '@site/test/hostileText';

const START = Date.parse('2026-03-10T09:00:00Z');

function plan(title: string, label: string): Plan {
  const result = computePlan({
    title,
    start: START,
    timeZone: 'UTC',
    tokens: defaultTokens(),
    stages: [{label, at: START + 20 * 60_000}],
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  return result.plan;
}

/** The heading's text and the "What" cell of the stage's row, as GitHub reads them. */
function readPlan(markdown: string) {
  const tree = parseGfm(markdown);
  const heading = tree.children[0];
  if (heading?.type !== 'heading') throw new Error('no heading first');
  const tables = tree.children.filter((node): node is Table => node.type === 'table');
  expect(tables).toHaveLength(2);
  const rows = tables[0]!.children.slice(1);
  // Every row keeps its two cells: nothing typed adds or removes a column.
  for (const row of rows) expect(row.children).toHaveLength(2);
  const stage = rows[1]!.children[1]!;
  return {heading: readField(heading.children), stage: readField(stage.children)};
}

// A stage needs a label, so the hostile text is put after a word.
describe.each(HOSTILE_INPUTS)('a plan typed with %s', (_, typed) => {
  it('shows the title and the stage label as typed, and keeps its tables', () => {
    const {heading, stage} = readPlan(planToMarkdown(plan(typed, `x ${typed}`)));
    for (const field of [heading, stage]) {
      expect(field.markup).toEqual([]);
      expect(field.githubAutolinks).toEqual([]);
    }
    // The plan drops spaces around the title, as JavaScript's trim() does.
    const title = collapseWhitespace(visibleText(typed.trim()));
    expect(heading.text).toBe(title === '' ? 'Rollout timeline' : `Rollout timeline: ${title}`);
    // Stage labels are trimmed too (a trailing tab or vertical tab is dropped, not shown).
    expect(stage.text).toBe(collapseWhitespace(`Stage: ${visibleText(`x ${typed}`.trim())}`));
  });

  it('puts no control character into the calendar file', () => {
    const ics = planToIcs(plan(typed, `x ${typed}`), {now: Date.UTC(2026, 2, 1)});
    // eslint-disable-next-line no-control-regex
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202E]/u);
  });
});

it('property: any title and stage label render as typed', () => {
  fc.assert(
    fc.property(typedText, typedText, (title, label) => {
      const {heading, stage} = readPlan(planToMarkdown(plan(title, `x ${label}`)));
      for (const field of [heading, stage]) {
        expect(field.markup).toEqual([]);
        expect(field.githubAutolinks).toEqual([]);
      }
      expect(stage.text).toBe(collapseWhitespace(`Stage: ${visibleText(`x ${label}`.trim())}`));
      const shown = collapseWhitespace(visibleText(title.trim()));
      expect(heading.text).toBe(shown === '' ? 'Rollout timeline' : `Rollout timeline: ${shown}`);
    }),
    {numRuns: 300, examples: [['', '\u000b']]},
  );
});

import fc from 'fast-check';
import type {List, ListItem} from 'mdast';
import {importMarkdown, toMarkdown} from './markdown';
import {entry, record, sample} from '@site/test/checklistFixtures';
import {collapseWhitespace, parseGfm, readField} from '@site/test/githubMarkdown';
import {HOSTILE_INPUTS, typedText} from '@site/test/hostileText';
import {visibleText} from '@site/src/lib/markdown/escape';
import {DEFAULT_RUN, normaliseRunName} from '@site/src/lib/runs/runName';

const pageUrl = 'https://guide.example.org/docs/checklists/rollout';
const links = {origin: 'https://guide.example.org', baseUrl: '/'};

describe('toMarkdown', () => {
  it('writes the heading, one task line per item with the run in its link, N/A struck through and notes quoted', () => {
    const run = record(
      {
        first: entry('done', 'Verified in stage\n\nand prod', 2),
        second: entry('open', '', 0),
        third: entry('na', 'No new service', 3),
        gone: entry('done', 'kept but not exported', 1),
      },
      {run: 'PR 12'},
    );
    const item = `${pageUrl}?run=PR%2012`;
    expect(toMarkdown(sample, run, {links})).toBe(
      [
        '### Rollout checklist · run PR 12 · 1 of 3 done · 1 not applicable',
        '',
        `- [x] [Deploy verifiers before issuers](${item}#first)`,
        '  > Verified in stage',
        '  >',
        '  > and prod',
        `- [ ] [Record the start time](${item}#second)`,
        `- [x] ~~[Watch \`jwt_auth_result\` \\[per service\\]](${item}#third)~~ N/A`,
        '  > No new service',
        '',
      ].join('\n'),
    );
  });

  it('links the default run without ?run=, under the base URL', () => {
    const markdown = toMarkdown(sample, record({}), {
      links: {origin: 'https://org.github.io', baseUrl: '/jwt-guide/'},
    });
    expect(markdown).toContain('(https://org.github.io/jwt-guide/docs/checklists/rollout#first)');
  });

  it('encodes a pull-request run so that its link stays one Markdown link', () => {
    const markdown = toMarkdown(sample, record({}, {run: 'openedx/edx-platform#40001 (x)'}), {
      links,
    });
    expect(markdown).toContain(`(${pageUrl}?run=openedx%2Fedx-platform%2340001%20%28x%29#first)`);
  });

  it('escapes markup in the run name', () => {
    const markdown = toMarkdown(sample, record({}, {run: '<img src=x> *bold* [x](y)'}), {links});
    expect(markdown.split('\n')[0]).toBe(
      '### Rollout checklist · run \\<img src=x\\> \\*bold\\* \\[x\\](y) · 0 of 3 done',
    );
  });
});

/** The exported run as GitHub reads it: the heading's text and, per item, the quoted note. */
function readExport(markdown: string) {
  const tree = parseGfm(markdown);
  const [heading, list, ...rest] = tree.children;
  expect(rest).toEqual([]);
  if (heading?.type !== 'heading') throw new Error('no heading first');
  expect(list?.type).toBe('list');
  const items = (list as List).children.map((item: ListItem) => {
    const [title, ...note] = item.children;
    expect(title?.type).toBe('paragraph');
    const link = title?.type === 'paragraph' ? title.children[0] : undefined;
    return {checked: item.checked, link, note: readField(note)};
  });
  return {heading: readField(heading.children), items};
}

describe('toMarkdown with what people type', () => {
  it.each(HOSTILE_INPUTS)(
    'a note with %s shows as typed, and the list keeps its 3 items',
    (_, note) => {
      const {heading, items} = readExport(
        toMarkdown(sample, record({first: entry('done', note), second: entry('open', note)}), {
          links,
        }),
      );
      expect(heading.text).toBe('Rollout checklist · run default · 1 of 3 done');
      expect(items.map((item) => item.checked)).toEqual([true, false, false]);
      for (const item of items.slice(0, 2)) {
        expect(item.link?.type).toBe('link');
        expect(item.note.markup).toEqual([]);
        expect(item.note.githubAutolinks).toEqual([]);
        expect(item.note.text).toBe(collapseWhitespace(visibleText(note)));
      }
    },
  );

  it.each(HOSTILE_INPUTS)('a run named with %s shows as typed in the heading', (_, run) => {
    const {heading, items} = readExport(toMarkdown(sample, record({}, {run}), {links}));
    expect(heading.markup).toEqual([]);
    expect(heading.githubAutolinks).toEqual([]);
    expect(heading.text).toBe(
      collapseWhitespace(`Rollout checklist · run ${visibleText(run)} · 0 of 3 done`),
    );
    expect(items).toHaveLength(3);
  });

  it('property: any note and run name render as typed, and every item link stays a link', () => {
    fc.assert(
      fc.property(typedText, typedText, (note, typedRun) => {
        // As every tool names a run (lib/runs/runName).
        const run = normaliseRunName(typedRun) ?? DEFAULT_RUN;
        const markdown = toMarkdown(sample, record({third: entry('na', note)}, {run}), {links});
        const {heading, items} = readExport(markdown);
        expect(heading.markup).toEqual([]);
        expect(heading.githubAutolinks).toEqual([]);
        expect(heading.text).toBe(
          collapseWhitespace(
            `Rollout checklist · run ${visibleText(run)} · 0 of 3 done · 1 not applicable`,
          ),
        );
        expect(items.map((item) => item.link?.type)).toEqual(['link', 'link', 'delete']);
        expect(items[2]!.note.markup).toEqual([]);
        expect(items[2]!.note.githubAutolinks).toEqual([]);
        expect(items[2]!.note.text).toBe(collapseWhitespace(visibleText(note)));
        // And the export reads back.
        expect(importMarkdown(sample, record({}, {run}), markdown, 9).matched).toBe(3);
      }),
      {numRuns: 300},
    );
  });
});

describe('importMarkdown', () => {
  const start = record({first: entry('open', 'my note', 1), second: entry('done', '', 1)});

  it('round-trips an export', () => {
    const original = record(
      {first: entry('done'), second: entry('open'), third: entry('na')},
      {run: 'openedx/edx-platform#40001'},
    );
    const result = importMarkdown(sample, start, toMarkdown(sample, original, {links}), 9);
    expect(result.skipped).toEqual([]);
    expect(result.matched).toBe(3);
    expect(result.changed).toBe(3);
    expect(result.record.items).toEqual({
      first: entry('done', 'my note', 9),
      second: entry('open', '', 9),
      third: entry('na', '', 9),
    });
  });

  it.each([
    ['ticked on GitHub', `- [x] [Record the start time](${pageUrl}#second)`, 'second', 'done'],
    ['capital X', `- [X] [Deploy](${pageUrl}#first)`, 'first', 'done'],
    ['unticked', `- [ ] [Record](${pageUrl}#second)`, 'second', 'open'],
    ['N/A, ticked', `- [x] ~~[Watch](${pageUrl}#third)~~ N/A`, 'third', 'na'],
    ['N/A, unticked', `- [ ] ~~[Watch](${pageUrl}#third)~~ N/A`, 'third', 'na'],
    ['with a run', `- [x] [Record](${pageUrl}?run=PR%201#second)`, 'second', 'done'],
    [
      'another host (a fork)',
      '- [x] [Deploy](http://localhost:3000/docs/checklists/rollout#first)',
      'first',
      'done',
    ],
    [
      'a base URL',
      '* [x] [Deploy](https://x.io/guide/docs/checklists/rollout#first)',
      'first',
      'done',
    ],
  ])('%s', (_label, line, id, state) => {
    const result = importMarkdown(sample, start, line, 9);
    expect(result.skipped).toEqual([]);
    expect(result.record.items[id]?.state).toBe(state);
  });

  it('skips a link with a broken %-escape, says which line and why, and applies the rest', () => {
    const markdown = [
      `- [x] [Deploy](${pageUrl}#first)`,
      `- [x] [Record](${pageUrl}#%E0%A4%A)`,
      `- [x] ~~[Watch](${pageUrl}#third)~~ N/A`,
    ].join('\n');
    const result = importMarkdown(sample, start, markdown, 9);
    expect(result.skipped).toEqual([
      {
        line: 2,
        text: `- [x] [Record](${pageUrl}#%E0%A4%A)`,
        reason: 'its link has a broken %-escape after # (“%E0%A4%A”)',
      },
    ]);
    expect(result.matched).toBe(2);
    expect(result.record.items.first?.state).toBe('done');
    expect(result.record.items.third?.state).toBe('na');
  });

  it('skips what it cannot apply, with line numbers and reasons, but not notes, blank lines or the heading', () => {
    const other = pageUrl.replace('rollout', 'communication');
    const markdown = [
      '## Description',
      'Changes the token lifetime.',
      '### Rollout checklist · run PR 1 · 0 of 3 done',
      '',
      `- [x] [Deploy](${pageUrl}#first)`,
      '  > a note that is not imported',
      `- [x] [Other checklist](${other}#first)`,
      `- [x] [Removed item](${pageUrl}#gone)`,
      '- [x] Not a link',
      `- [x] [No item](${pageUrl})`,
      '- [x] [Bad](http://[::1)',
    ].join('\n');
    const result = importMarkdown(sample, start, markdown, 9);
    expect(result.matched).toBe(1);
    expect(result.changed).toBe(1);
    expect(result.record.items.first).toEqual(entry('done', 'my note', 9));
    expect(result.skipped.map(({line, reason}) => [line, reason])).toEqual([
      [1, 'not a task line (“- [ ]” or “- [x]”)'],
      [2, 'not a task line (“- [ ]” or “- [x]”)'],
      [7, 'its link goes to another page, not /docs/checklists/rollout'],
      [8, 'this checklist has no item “gone” (it may have been removed or renamed)'],
      [9, 'a task without a link to a checklist item'],
      [10, 'its link names no item (nothing after #)'],
      [11, 'its link is not a valid address'],
    ]);
    expect(result.skipped[4]?.text).toBe('- [x] Not a link');
  });

  it('leaves the record untouched when nothing changes', () => {
    const result = importMarkdown(sample, start, `- [x] [Record](${pageUrl}#second)`, 9);
    expect(result.changed).toBe(0);
    expect(result.record).toBe(start);
  });
});

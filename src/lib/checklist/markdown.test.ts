import {absolutePageUrl, escapeMarkdownText, importMarkdown, toMarkdown} from './markdown';
import {entry, record, sample} from '@site/test/checklistFixtures';

const pageUrl = 'https://guide.example.org/docs/checklists/rollout';

describe('absolutePageUrl', () => {
  it.each([
    ['https://guide.example.org', '/', '/docs/checklists/rollout', pageUrl],
    ['https://guide.example.org/', '/', '/docs/checklists/rollout', pageUrl],
    [
      'https://org.github.io',
      '/jwt-guide/',
      '/docs/checklists/rollout',
      'https://org.github.io/jwt-guide/docs/checklists/rollout',
    ],
  ])('%s + %s + %s', (site, base, route, url) => {
    expect(absolutePageUrl(site, base, route)).toBe(url);
  });
});

describe('toMarkdown', () => {
  it('writes the heading, one task line per item, N/A struck through and notes quoted', () => {
    const run = record(
      {
        first: entry('done', 'Verified in stage\n\nand prod', 2),
        second: entry('open', '', 0),
        third: entry('na', 'No new service', 3),
        gone: entry('done', 'kept but not exported', 1),
      },
      {run: 'openedx/edx-platform#12345'},
    );
    expect(toMarkdown(sample, run, {pageUrl})).toBe(
      [
        '### Rollout checklist · run openedx/edx-platform#12345 · 1 of 3 done · 1 not applicable',
        '',
        `- [x] [Deploy verifiers before issuers](${pageUrl}#first)`,
        '  > Verified in stage',
        '  >',
        '  > and prod',
        `- [ ] [Record the start time](${pageUrl}#second)`,
        `- [x] ~~[Watch \`jwt_auth_result\` \\[per service\\]](${pageUrl}#third)~~ N/A`,
        '  > No new service',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup in the run name', () => {
    const markdown = toMarkdown(sample, record({}, {run: '<img src=x> *bold* [x](y)'}), {pageUrl});
    expect(markdown.split('\n')[0]).toBe(
      '### Rollout checklist · run \\<img src=x\\> \\*bold\\* \\[x\\](y) · 0 of 3 done',
    );
  });

  it.each([
    ['a_b', 'a\\_b'],
    ['plain', 'plain'],
    ['`code`', '\\`code\\`'],
  ])('escapeMarkdownText(%s)', (input, output) => {
    expect(escapeMarkdownText(input)).toBe(output);
  });
});

describe('importMarkdown', () => {
  const start = record({first: entry('open', 'my note', 1), second: entry('done', '', 1)});

  it('round-trips an export', () => {
    const original = record({first: entry('done'), second: entry('open'), third: entry('na')});
    const result = importMarkdown(sample, start, toMarkdown(sample, original, {pageUrl}), 9);
    expect(result.unknownLines).toEqual([]);
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
    expect(result.unknownLines).toEqual([]);
    expect(result.record.items[id]?.state).toBe(state);
  });

  it('reports a link with a broken escape as unknown instead of throwing', () => {
    const line = `- [x] [Deploy](${pageUrl}#first%)`;
    expect(importMarkdown(sample, start, line, 9).unknownLines).toEqual([line]);
  });

  it('reports unknown lines and ignores them, but not notes, blank lines or the heading', () => {
    const markdown = [
      '## Description',
      'Changes the token lifetime.',
      '### Rollout checklist · run PR 1 · 0 of 3 done',
      '',
      `- [x] [Deploy](${pageUrl}#first)`,
      '  > a note that is not imported',
      `- [x] [Other checklist](${pageUrl.replace('rollout', 'communication')}#first)`,
      `- [x] [Removed item](${pageUrl}#gone)`,
      '- [x] Not a link',
    ].join('\n');
    const result = importMarkdown(sample, start, markdown, 9);
    expect(result.matched).toBe(1);
    expect(result.changed).toBe(1);
    expect(result.record.items.first).toEqual(entry('done', 'my note', 9));
    expect(result.unknownLines).toEqual([
      '## Description',
      'Changes the token lifetime.',
      `- [x] [Other checklist](${pageUrl.replace('rollout', 'communication')}#first)`,
      `- [x] [Removed item](${pageUrl}#gone)`,
      '- [x] Not a link',
    ]);
  });

  it('leaves the record untouched when nothing changes', () => {
    const result = importMarkdown(sample, start, `- [x] [Record](${pageUrl}#second)`, 9);
    expect(result.changed).toBe(0);
    expect(result.record).toBe(start);
  });
});

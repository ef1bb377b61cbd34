/**
 * A run as a GitHub task list for a pull-request description, and the way back.
 *
 * Format (one heading, one line per item, notes quoted under their item):
 *
 *   ### Rollout checklist · run openedx/edx-platform\#<!-- -->12345 · 5 of 12 done · 2 not applicable
 *
 *   - [x] [Deploy verifiers before issuers](https://example.org/docs/checklists/rollout?run=openedx%2Fedx-platform%2312345#verifiers-before-issuers)
 *   - [ ] [Record the start time…](https://example.org/docs/checklists/rollout?run=…#record-start-time)
 *     > Started 14:05 UTC
 *   - [x] ~~[Publish a new public key…](https://example.org/docs/checklists/rollout?run=…#publish-keys-first)~~ N/A
 *
 * What people typed (the run name, notes) is escaped by lib/markdown/escape, so GitHub shows it as
 * typed; links follow lib/site/links.
 */
import {markdownLines, markdownText} from '../markdown/escape';
import {siteLink, type LinkBase} from '../site/links';
import {decodeComponentOrNull} from '../site/decode';
import {
  formatProgress,
  itemOf,
  progressOf,
  setItemState,
  type ChecklistShape,
  type ItemState,
  type RunRecord,
} from './model';

function escapeLinkLabel(text: string): string {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`);
}

export interface MarkdownContext {
  /** Where the item links point (lib/site/links). */
  readonly links: LinkBase;
}

function withoutOuterBlankLines(lines: readonly string[]): readonly string[] {
  let first = 0;
  let end = lines.length;
  while (first < end && lines[first] === '') first += 1;
  while (end > first && lines[end - 1] === '') end -= 1;
  return lines.slice(first, end);
}

/** The run as GitHub-flavoured Markdown, ending with a newline. */
export function toMarkdown(
  checklist: ChecklistShape,
  record: RunRecord,
  context: MarkdownContext,
): string {
  const progress = formatProgress(progressOf(checklist, record));
  const lines = [
    `### ${markdownText(checklist.title)} checklist · run ${markdownText(record.run)} · ${progress}`,
    '',
  ];
  for (const item of checklist.items) {
    const {state, note} = itemOf(record, item.id);
    const url = siteLink(context.links, checklist.route, {run: record.run, fragment: item.id});
    const link = `[${escapeLinkLabel(item.title)}](${url})`;
    if (state === 'na') lines.push(`- [x] ~~${link}~~ N/A`);
    else lines.push(`- [${state === 'done' ? 'x' : ' '}] ${link}`);
    for (const noteLine of withoutOuterBlankLines(markdownLines(note))) {
      lines.push(noteLine.length > 0 ? `  > ${noteLine}` : '  >');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A pasted line that was not applied, and why. */
export interface SkippedLine {
  /** 1-based, counting every line of the pasted text. */
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface ImportResult {
  readonly record: RunRecord;
  /** Item lines recognised (whether or not they changed anything). */
  readonly matched: number;
  /** Items whose state changed. */
  readonly changed: number;
  /** Non-empty lines that were neither an item of this checklist, a note, nor our heading. */
  readonly skipped: readonly SkippedLine[];
}

const TASK_LINE = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;
const LINKED_TITLE = /^(~~)?\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)(~~)?\s*(.*)$/;
const NOT_APPLICABLE = /^\(?N\/A\)?\b/i;

/** The item id a task-line URL points to, or why it points to none of this checklist's items. */
function itemIdFromUrl(
  url: string,
  checklist: ChecklistShape,
): {readonly id: string} | {readonly reason: string} {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://placeholder.invalid');
  } catch {
    return {reason: 'its link is not a valid address'};
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  // Any host and base URL: the site may be a fork, a preview or a local build.
  if (!path.endsWith(checklist.route)) {
    return {reason: `its link goes to another page, not ${checklist.route}`};
  }
  const fragment = parsed.hash.replace(/^#/, '');
  if (fragment === '') return {reason: 'its link names no item (nothing after #)'};
  const id = decodeComponentOrNull(fragment);
  if (id === null) return {reason: `its link has a broken %-escape after # (“${fragment}”)`};
  return checklist.items.some((item) => item.id === id)
    ? {id}
    : {reason: `this checklist has no item “${id}” (it may have been removed or renamed)`};
}

/**
 * Reads Markdown made by {@link toMarkdown}, possibly edited on GitHub (boxes ticked there), and sets
 * each listed item's state: `[x]` done, `[ ]` open, "N/A" after the link not applicable. Notes are not
 * imported. A line that cannot be applied is skipped and reported with its number and the reason;
 * the other lines are applied.
 */
export function importMarkdown(
  checklist: ChecklistShape,
  record: RunRecord,
  markdown: string,
  now: number,
): ImportResult {
  let next = record;
  let matched = 0;
  let changed = 0;
  const skipped: SkippedLine[] = [];
  let afterItem = false;

  markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((rawLine, index) => {
      const line = rawLine.trimEnd();
      if (line.trim().length === 0) return;
      if (afterItem && /^\s+\S/.test(line)) return; // a note under the previous item
      afterItem = false;
      if (/^#{1,6}\s.*checklist · run /.test(line)) return;

      const skip = (reason: string): void => {
        skipped.push({line: index + 1, text: line.trim(), reason});
      };
      const task = TASK_LINE.exec(line);
      if (!task) return skip('not a task line (“- [ ]” or “- [x]”)');
      const linked = LINKED_TITLE.exec(task[2] ?? '');
      if (!linked) return skip('a task without a link to a checklist item');
      const target = itemIdFromUrl(linked[3] ?? '', checklist);
      if ('reason' in target) return skip(target.reason);

      const struck = linked[1] === '~~' && linked[4] === '~~';
      const naMark = NOT_APPLICABLE.test(linked[5] ?? '');
      const state: ItemState = naMark || struck ? 'na' : task[1] === ' ' ? 'open' : 'done';
      matched += 1;
      afterItem = true;
      if (itemOf(next, target.id).state !== state) {
        changed += 1;
        next = setItemState(next, target.id, state, now);
      }
    });
  return {record: next, matched, changed, skipped};
}

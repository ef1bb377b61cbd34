/**
 * A run as a GitHub task list for a pull-request description, and the way back.
 *
 * Format (one heading, one line per item, notes quoted under their item):
 *
 *   ### Rollout checklist · run openedx/edx-platform#12345 · 5 of 12 done · 2 not applicable
 *
 *   - [x] [Deploy verifiers before issuers](https://example.org/docs/checklists/rollout#verifiers-before-issuers)
 *   - [ ] [Record the start time…](https://example.org/docs/checklists/rollout#record-start-time)
 *     > Started 14:05 UTC
 *   - [x] ~~[Publish a new public key…](https://example.org/docs/checklists/rollout#publish-keys-first)~~ N/A
 */
import {decodeComponent} from '../site/decode';
import {
  formatProgress,
  itemOf,
  progressOf,
  setItemState,
  type ChecklistShape,
  type ItemState,
  type RunRecord,
} from './model';

/** Joins the site URL (`siteConfig.url`), base URL and route: `https://x.org` + `/guide/` + `/docs/a`. */
export function absolutePageUrl(siteUrl: string, baseUrl: string, route: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return `${origin}${base}${route.startsWith('/') ? route : `/${route}`}`;
}

/** Backslash-escapes the characters that would turn plain text into links, markup or HTML. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
}

function escapeLinkLabel(text: string): string {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`);
}

export interface MarkdownContext {
  /** Absolute URL of the checklist page, e.g. from {@link absolutePageUrl}. */
  readonly pageUrl: string;
}

/** The run as GitHub-flavoured Markdown, ending with a newline. */
export function toMarkdown(
  checklist: ChecklistShape,
  record: RunRecord,
  context: MarkdownContext,
): string {
  const progress = formatProgress(progressOf(checklist, record));
  const lines = [
    `### ${escapeMarkdownText(checklist.title)} checklist · run ${escapeMarkdownText(record.run)} · ${progress}`,
    '',
  ];
  for (const item of checklist.items) {
    const {state, note} = itemOf(record, item.id);
    const link = `[${escapeLinkLabel(item.title)}](${context.pageUrl}#${item.id})`;
    if (state === 'na') lines.push(`- [x] ~~${link}~~ N/A`);
    else lines.push(`- [${state === 'done' ? 'x' : ' '}] ${link}`);
    const text = note.trim();
    if (text.length > 0) {
      for (const noteLine of text.split('\n')) {
        lines.push(noteLine.trim().length > 0 ? `  > ${noteLine.trimEnd()}` : '  >');
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface ImportResult {
  readonly record: RunRecord;
  /** Item lines recognised (whether or not they changed anything). */
  readonly matched: number;
  /** Items whose state changed. */
  readonly changed: number;
  /** Non-empty lines that were neither an item of this checklist, a note, nor our heading. */
  readonly unknownLines: readonly string[];
}

const TASK_LINE = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;
const LINKED_TITLE = /^(~~)?\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)(~~)?\s*(.*)$/;
const NOT_APPLICABLE = /^\(?N\/A\)?\b/i;

/** Finds the item id a task-line URL points to, if it is this checklist's page. */
function itemIdFromUrl(url: string, checklist: ChecklistShape): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://placeholder.invalid');
  } catch {
    return null;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  // Any host and base URL: the site may be a fork, a preview or a local build.
  if (!path.endsWith(checklist.route)) return null;
  const id = decodeComponent(parsed.hash.replace(/^#/, ''));
  return checklist.items.some((item) => item.id === id) ? id : null;
}

/**
 * Reads Markdown made by {@link toMarkdown}, possibly edited on GitHub (boxes ticked there), and sets
 * each listed item's state: `[x]` done, `[ ]` open, "N/A" after the link not applicable. Notes are not
 * imported. Lines that are not recognised are returned, not guessed at.
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
  const unknownLines: string[] = [];
  let afterItem = false;

  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    if (line.trim().length === 0) continue;
    if (afterItem && /^\s+\S/.test(line)) continue; // a note under the previous item
    afterItem = false;
    if (/^#{1,6}\s.*checklist · run /.test(line)) continue;

    const task = TASK_LINE.exec(line);
    const linked = task ? LINKED_TITLE.exec(task[2] ?? '') : null;
    const id = linked ? itemIdFromUrl(linked[3] ?? '', checklist) : null;
    if (!task || !linked || id === null) {
      unknownLines.push(line.trim());
      continue;
    }
    const struck = linked[1] === '~~' && linked[4] === '~~';
    const naMark = NOT_APPLICABLE.test(linked[5] ?? '');
    const state: ItemState = naMark || struck ? 'na' : task[1] === ' ' ? 'open' : 'done';
    matched += 1;
    afterItem = true;
    if (itemOf(next, id).state !== state) {
      changed += 1;
      next = setItemState(next, id, state, now);
    }
  }
  return {record: next, matched, changed, unknownLines};
}

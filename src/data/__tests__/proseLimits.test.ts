/**
 * @jest-environment node
 */
/*
 * Every docs page stays readable: at most PROSE_WORD_LIMITS words of prose outside its collapsed
 * `<details>` deep-dives (issue #14). What counts as prose: src/lib/site/proseWords.ts.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {
  formatProseLimitProblems,
  pagesOverProseLimit,
  type PageSource,
} from '../../lib/site/proseWords';
import {PROSE_WORD_LIMITS} from '../proseLimits';

const DOCS = path.resolve(__dirname, '../../../docs');

/** Every .mdx file under docs/, as page ids (path under docs/ without the extension). */
function docsPages(dir = ''): PageSource[] {
  return readdirSync(path.join(DOCS, dir), {withFileTypes: true}).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return docsPages(relative);
    if (!entry.name.endsWith('.mdx')) return [];
    return [
      {
        page: relative.replace(/\.mdx$/, ''),
        source: readFileSync(path.join(DOCS, relative), 'utf8'),
      },
    ];
  });
}

describe('prose per docs page', () => {
  const pages = docsPages();

  it('reads every docs page', () => {
    const ids = pages.map((page) => page.page);
    expect(ids).toContain('background/oep-42');
    expect(ids).toContain('challenges/creation-vs-decoding');
    expect(ids.length).toBeGreaterThan(40);
  });

  it('keeps each page within its limit of words outside <details>', () => {
    const problems = pagesOverProseLimit(pages, PROSE_WORD_LIMITS);
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} page(s) hold more prose than a reader gets through. Move RFC ` +
          `walk-throughs, metadata, long source lists and history into <details> blocks, or ` +
          `state a fact once and link to it:\n${formatProseLimitProblems(problems)}`,
      );
    }
  });

  it('gives every page in the limit map a page that exists', () => {
    const ids = new Set(pages.map((page) => page.page));
    const unknown = Object.keys(PROSE_WORD_LIMITS).filter(
      (page) => page !== 'default' && !ids.has(page),
    );
    expect(unknown).toEqual([]);
  });
});

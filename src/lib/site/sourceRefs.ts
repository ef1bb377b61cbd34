/**
 * Checks that GitHub links on the site point at the upstream versions our facts were read at.
 * Pure: it gets file texts and the recorded refs, and returns problems; reading files is the
 * caller's job (src/data/__tests__/sourceRefs.test.ts).
 */

/** A recorded ref as the check needs it (src/data/sources.ts `RecordedRef`). */
export interface RefRecord {
  readonly ref: string;
  readonly read: string;
}

export interface SourceText {
  /** Repository-relative path, used in messages. */
  readonly path: string;
  readonly text: string;
}

export interface LinkProblem {
  readonly file: string;
  readonly line: number;
  readonly link: string;
  readonly message: string;
}

/** Branch names that move: a link to one shows whatever the branch holds today. */
export const MOVING_BRANCHES: readonly string[] = ['master', 'main', 'HEAD', 'develop'];

/**
 * A github.com address. Owner and repository use GitHub's name characters only, so placeholders
 * such as `<org>/<repo>` and template strings such as `${repo}` are not links.
 */
const GITHUB_LINK_SOURCE =
  /https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)((?:\/[^\s)"'`<>\]\\]*)?)/
    .source;

/** A fresh matcher each time: a shared global RegExp would carry `lastIndex` between calls. */
const githubLink = (): RegExp => new RegExp(GITHUB_LINK_SOURCE, 'g');

/** Address kinds that name a version of the repository's files. */
const REF_KINDS: readonly string[] = ['blob', 'tree', 'blame', 'raw', 'commit', 'commits'];

export interface GitHubLink {
  readonly repository: string;
  /** `blob`, `tree`, … or `releases/tag`; undefined for other addresses (pulls, issues, home). */
  readonly kind: string | undefined;
  /** The ref segment after the kind, if any. */
  readonly ref: string | undefined;
  readonly url: string;
}

/** Splits a github.com address into repository, kind and ref. */
export function parseGitHubLink(url: string): GitHubLink | undefined {
  const match = githubLink().exec(url);
  if (match === null) return undefined;
  const [, owner, rawName, rest = ''] = match;
  const name = (rawName ?? '').replace(/\.git$/, '');
  const repository = `${owner}/${name}`;
  const segments = rest.split(/[/?#]/).filter((segment) => segment !== '');
  const [first, second, third] = segments;
  if (first === 'releases' && second === 'tag') {
    return {repository, kind: 'releases/tag', ref: third, url};
  }
  if (first !== undefined && REF_KINDS.includes(first)) {
    return {repository, kind: first, ref: second, url};
  }
  return {repository, kind: undefined, ref: undefined, url};
}

/** Every github.com address in a text, with its 1-based line number. */
export function findGitHubLinks(text: string): {readonly url: string; readonly line: number}[] {
  const links: {url: string; line: number}[] = [];
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    for (const match of lineText.matchAll(githubLink())) {
      links.push({url: match[0].replace(/[.,;:]+$/, ''), line: index + 1});
    }
  });
  return links;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems in the recorded refs themselves: a ref without a valid read date, or a moving branch. */
export function checkRecordedRefs(
  refs: Readonly<Record<string, readonly RefRecord[]>>,
): readonly string[] {
  const problems: string[] = [];
  for (const [repository, records] of Object.entries(refs)) {
    if (records.length === 0) problems.push(`${repository}: no recorded ref`);
    for (const record of records) {
      if (MOVING_BRANCHES.includes(record.ref)) {
        problems.push(`${repository}: "${record.ref}" is a moving branch, not a pinned ref`);
      }
      const date = new Date(`${record.read}T00:00:00Z`);
      if (
        !ISO_DATE.test(record.read) ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== record.read
      ) {
        problems.push(
          `${repository}@${record.ref}: read date ${JSON.stringify(record.read)} is not an ISO date (YYYY-MM-DD)`,
        );
      }
    }
  }
  return problems;
}

/**
 * Problems with the GitHub links in the given texts:
 * - a link into a recorded repository (or its old name) at a ref that is not recorded for it,
 *   or at a moving branch;
 * - a link to files of a repository that has no recorded ref at all.
 * Pull requests, issues and repository home pages name no version and are not checked.
 */
export function checkLinkRefs(
  sources: readonly SourceText[],
  refs: Readonly<Record<string, readonly RefRecord[]>>,
  aliases: Readonly<Record<string, string>>,
): readonly LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const source of sources) {
    for (const {url, line} of findGitHubLinks(source.text)) {
      const link = parseGitHubLink(url);
      if (link === undefined || link.kind === undefined) continue;
      const repository = aliases[link.repository] ?? link.repository;
      const recorded = refs[repository];
      const where = {file: source.path, line, link: url};
      if (recorded === undefined) {
        problems.push({
          ...where,
          message: `${repository} has no recorded ref: add it to SOURCE_REFS in src/data/sources.ts with the ref you read and the date`,
        });
        continue;
      }
      const expected = recorded.map((record) => record.ref).join(', ');
      const ref = link.ref ?? '';
      if (MOVING_BRANCHES.includes(ref)) {
        problems.push({
          ...where,
          message: `"${ref}" is a moving branch; use a recorded ref of ${repository}: ${expected}`,
        });
      } else if (!recorded.some((record) => record.ref === ref)) {
        problems.push({
          ...where,
          message: `ref "${ref}" is not recorded for ${repository}; expected one of: ${expected}`,
        });
      }
    }
  }
  return problems;
}

/** One line per problem, for a failure message a contributor can act on. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  return problems
    .map((problem) => `${problem.file}:${problem.line}: ${problem.link}\n  ${problem.message}`)
    .join('\n');
}

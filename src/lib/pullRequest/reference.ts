/**
 * Reads what a person types into the pull-request kit and turns it into the name of a checklist run.
 *
 * A GitHub pull request can be written as `owner/repo#123` or as any address of one of its pages
 * (`https://github.com/owner/repo/pull/123/files#diff-…`). Both become the canonical run name
 * `owner/repo#123` in lower case (GitHub's owner and repository names ignore case), so every form of
 * the same pull request opens the same run. Anything else is used as a plain run name, tidied the way
 * the checklists tidy `?run=` (see normaliseRunName), or rejected with a stable code and a message.
 */
import {MAX_RUN_NAME_LENGTH, normaliseRunName, tidyRunName} from '../runs/runName';
import {decodeComponent} from '../site/decode';
import {
  OWNER,
  REPO,
  REPOSITORY_FORM,
  isRepository,
  parseNumber,
  pullRequestRunName,
  type GitHubPullRequest,
  type GitHubRepository,
} from './github';

export {pullRequestCutAtFragment, pullRequestRunName} from './github';
export type {GitHubPullRequest, GitHubRepository} from './github';

/** Longer input is rejected before any parsing: no pull-request address comes near it. */
export const MAX_INPUT_LENGTH = 2048;

export type PullRequestErrorCode =
  | 'empty'
  | 'too-long'
  | 'no-visible-text'
  | 'not-a-pull-request'
  | 'invalid-number'
  | 'not-a-repository';

export interface PullRequestError {
  readonly ok: false;
  readonly code: PullRequestErrorCode;
  /** One plain sentence or two for the reader. */
  readonly message: string;
}

export type ParsedPullRequest =
  | {
      readonly ok: true;
      readonly kind: 'github';
      /** `owner/repo#123`: the run the checklists open. */
      readonly run: string;
      readonly pullRequest: GitHubPullRequest;
    }
  | {
      readonly ok: true;
      /** Not recognised as a GitHub pull request: the tidied text is the run name. */
      readonly kind: 'name';
      readonly run: string;
    }
  | PullRequestError;

export type ParsedRepository =
  {readonly ok: true; readonly repository: GitHubRepository | null} | PullRequestError;

const SHORT_FORM = new RegExp(`^(${OWNER})/(${REPO}) ?#(.*)$`);
const GITHUB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?github\.com(?:[/?#]|$)/i;

function fail(code: PullRequestErrorCode, message: string): PullRequestError {
  return {ok: false, code, message};
}

const EXAMPLE = 'openedx/edx-platform#12345';

const INVALID_NUMBER = fail(
  'invalid-number',
  `The pull request number must be a whole number from 1 up, as in ${EXAMPLE}.`,
);

function githubPullRequest(owner: string, repo: string, number: number): ParsedPullRequest {
  const pullRequest = {owner: owner.toLowerCase(), repo: repo.toLowerCase(), number};
  const run = pullRequestRunName(pullRequest);
  if (Array.from(run).length > MAX_RUN_NAME_LENGTH) {
    return fail(
      'too-long',
      `${run} is ${run.length} characters long; a run name can have at most ${MAX_RUN_NAME_LENGTH}.`,
    );
  }
  return {ok: true, kind: 'github', run, pullRequest};
}

/** The path segments of a github.com address, or null if it is not a usable URL. */
function githubPath(text: string): string[] | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  return url.pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decodeComponent);
}

function fromGitHubAddress(text: string): ParsedPullRequest {
  const notPullRequest = fail(
    'not-a-pull-request',
    'This GitHub address is not a pull request. Use the address of the pull request itself, such as https://github.com/openedx/edx-platform/pull/12345.',
  );
  const [owner = '', repo = '', kind, number] = githubPath(text) ?? [];
  if (!isRepository(owner, repo) || kind !== 'pull') return notPullRequest;
  const value = parseNumber(number ?? '');
  return value === null ? INVALID_NUMBER : githubPullRequest(owner, repo, value);
}

/**
 * Parses a pull-request reference or address, or any other run name.
 *
 * - `owner/repo#123` (a space before `#` is allowed) and github.com pull-request addresses, with
 *   any sub-page, query or fragment, become `owner/repo#123` in lower case.
 * - Other github.com addresses (issues, commits, the repository) are rejected: they would name a
 *   run after something that is not the pull request.
 * - `owner/repo#` followed by nothing, or by something starting with a digit that is not a valid
 *   number (`#12a`, `#0`), is rejected as a mistyped pull request.
 * - Everything else, including addresses on other hosts, is a plain run name: control characters
 *   removed and whitespace collapsed as the checklists do, at most 120 characters.
 */
export function parsePullRequest(raw: string): ParsedPullRequest {
  if (raw.trim().length === 0) {
    return fail('empty', `Enter a pull request, such as ${EXAMPLE} or its address.`);
  }
  if (raw.length > MAX_INPUT_LENGTH) {
    return fail(
      'too-long',
      `This is longer than ${MAX_INPUT_LENGTH} characters: enter the pull request as ${EXAMPLE} or its address.`,
    );
  }
  const text = tidyRunName(raw);
  if (text.length === 0) {
    return fail('no-visible-text', 'This has no visible characters to name a run with.');
  }

  if (GITHUB_ADDRESS.test(text)) return fromGitHubAddress(text);

  const short = SHORT_FORM.exec(text);
  if (short) {
    const [, owner = '', repo = '', after = ''] = short;
    const value = parseNumber(after);
    if (value !== null && isRepository(owner, repo)) return githubPullRequest(owner, repo, value);
    // `#` then nothing, or a number with something wrong with it: a mistyped pull request.
    if (after === '' || /^\d/.test(after)) return INVALID_NUMBER;
  }

  const length = Array.from(text).length;
  if (length > MAX_RUN_NAME_LENGTH) {
    return fail(
      'too-long',
      `This run name is ${length} characters long; the limit is ${MAX_RUN_NAME_LENGTH}. Shorten it, or enter the pull request as ${EXAMPLE}.`,
    );
  }
  // Same text, through the checklists' own function, so the link opens exactly this run.
  // Addresses on other hosts (GitLab, GitHub Enterprise…) stay whole: they are unique names too.
  const run = normaliseRunName(text) ?? text;
  return {ok: true, kind: 'name', run};
}

/**
 * Parses a GitHub repository for the template: `owner/repo`, its address (any page of it), or a
 * pull request of it. Empty input is not an error: the template then keeps OWNER and REPO.
 */
export function parseRepository(raw: string): ParsedRepository {
  const text = tidyRunName(raw);
  if (text.length === 0) return {ok: true, repository: null};
  const invalid = fail(
    'not-a-repository',
    'Enter a GitHub repository as owner/repo, such as openedx/edx-platform, or its address.',
  );
  if (text.length > MAX_INPUT_LENGTH) return invalid;

  const [owner = '', name = ''] = GITHUB_ADDRESS.test(text)
    ? (githubPath(text) ?? [])
    : (REPOSITORY_FORM.exec(text) ?? SHORT_FORM.exec(text) ?? []).slice(1);
  const repo = name.replace(/\.git$/i, '');
  return isRepository(owner, repo)
    ? {ok: true, repository: {owner: owner.toLowerCase(), repo: repo.toLowerCase()}}
    : invalid;
}

/**
 * GitHub's names for a pull request: owner and repository patterns, numbers, and the run name they
 * make. Kept apart from reference.ts (the kit's parser, with its messages) because every page uses
 * {@link pullRequestCutAtFragment}, through the run box.
 */
import {MAX_RUN_NAME_LENGTH} from '../runs/runName';

export interface GitHubRepository {
  /** Lower case. */
  readonly owner: string;
  /** Lower case. */
  readonly repo: string;
}

export interface GitHubPullRequest extends GitHubRepository {
  readonly number: number;
}

// Owners: letters, digits and hyphens, up to 39; repositories: letters, digits, '.', '_', '-', up to
// 100 (the limits GitHub's sign-up and new-repository forms enforce).
export const OWNER = '[A-Za-z0-9][A-Za-z0-9-]{0,38}';
export const REPO = '[A-Za-z0-9._-]{1,100}';
const OWNER_PATTERN = new RegExp(`^${OWNER}$`);
const REPO_PATTERN = new RegExp(`^${REPO}$`);
export const REPOSITORY_FORM = new RegExp(`^(${OWNER})/(${REPO})$`);

/** GitHub's GraphQL API types a pull request `number` as `Int`, a signed 32-bit integer. */
const MAX_PULL_REQUEST_NUMBER = 2_147_483_647;

/** The canonical run name of a GitHub pull request: `owner/repo#123`. */
export function pullRequestRunName(pullRequest: GitHubPullRequest): string {
  return `${pullRequest.owner}/${pullRequest.repo}#${pullRequest.number}`;
}

export function isRepository(owner: string, repo: string): boolean {
  return OWNER_PATTERN.test(owner) && REPO_PATTERN.test(repo) && repo !== '.' && repo !== '..';
}

/** Digits only, 1 up to the largest number GitHub gives a pull request; leading zeros are dropped. */
export function parseNumber(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= MAX_PULL_REQUEST_NUMBER ? value : null;
}

/**
 * `?run=openedx/edx-platform#40001` typed without encoding the `#` reaches the page as the run
 * `openedx/edx-platform` and the fragment `#40001`. When the run is a repository and the fragment a
 * number, this is the pull-request run that was meant (as the kit would name it); otherwise null.
 */
export function pullRequestCutAtFragment(run: string, hash: string): string | null {
  const number = parseNumber(/^#(\d+)$/.exec(hash)?.[1] ?? '');
  const [, owner = '', repo = ''] = REPOSITORY_FORM.exec(run) ?? [];
  if (number === null || !isRepository(owner, repo)) return null;
  const name = pullRequestRunName({owner: owner.toLowerCase(), repo: repo.toLowerCase(), number});
  return Array.from(name).length <= MAX_RUN_NAME_LENGTH ? name : null;
}

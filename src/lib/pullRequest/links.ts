/**
 * The links and the Markdown of the pull-request kit: the four checklists, the rollout timeline and
 * the communication messages, each opened with `?run=` set to the pull request's run.
 *
 * Markdown for a known run (ends with a newline):
 *
 *   ### Touching JWTs?
 *
 *   Checklists for run openedx/edx-platform\#<!-- -->12345. Work through each one and paste it below with **Copy as Markdown**.
 *
 *   - [Plan your change](https://example.org/docs/checklists/plan-your-change?run=openedx%2Fedx-platform%2312345)
 *   - [Rollout](https://example.org/docs/checklists/rollout?run=openedx%2Fedx-platform%2312345)
 *   - [Observability](https://example.org/docs/checklists/observability?run=openedx%2Fedx-platform%2312345)
 *   - [Communication](https://example.org/docs/checklists/communication?run=openedx%2Fedx-platform%2312345)
 *
 *   Plan the token drain with the [rollout timeline](https://example.org/docs/tools/rollout-timeline?run=openedx%2Fedx-platform%2312345) and write the announcements with the [communication messages](https://example.org/docs/communication/messages?run=openedx%2Fedx-platform%2312345).
 *
 * The repository template is the same block with NUMBER (and, without a repository, OWNER and REPO)
 * in place of the unknown parts, and an HTML comment after the heading that says what to replace.
 *
 * The run name is escaped by lib/markdown/escape (the `#<!-- -->` keeps GitHub from taking it for a
 * reference); links follow lib/site/links.
 */
import {markdownText} from '../markdown/escape';
import {encodeRunParam} from '../runs';
import {sitePath, siteLink, type LinkBase} from '../site/links';

export {encodeRunParam};
import type {GitHubRepository} from './reference';

export type PullRequestTargetId =
  | 'plan-your-change'
  | 'rollout'
  | 'observability'
  | 'communication'
  | 'rollout-timeline'
  | 'communication-messages';

export interface PullRequestTarget {
  readonly id: PullRequestTargetId;
  readonly title: string;
  readonly kind: 'checklist' | 'tool';
  readonly route: string;
}

/** In the order they are used. Checklist titles and routes match src/data/checklists (tested). */
export const PULL_REQUEST_TARGETS: readonly PullRequestTarget[] = [
  {
    id: 'plan-your-change',
    title: 'Plan your change',
    kind: 'checklist',
    route: '/docs/checklists/plan-your-change',
  },
  {id: 'rollout', title: 'Rollout', kind: 'checklist', route: '/docs/checklists/rollout'},
  {
    id: 'observability',
    title: 'Observability',
    kind: 'checklist',
    route: '/docs/checklists/observability',
  },
  {
    id: 'communication',
    title: 'Communication',
    kind: 'checklist',
    route: '/docs/checklists/communication',
  },
  {
    id: 'rollout-timeline',
    title: 'Rollout timeline',
    kind: 'tool',
    route: '/docs/tools/rollout-timeline',
  },
  {
    id: 'communication-messages',
    title: 'Communication messages',
    kind: 'tool',
    route: '/docs/communication/messages',
  },
];

/** The page of the kit itself, named in the template's comment. */
export const PULL_REQUEST_KIT_ROUTE = '/docs/checklists/pull-request-template';

/** Placeholders of the repository template: plain capitals, safe in Markdown text and in URLs. */
export const PLACEHOLDER = {owner: 'OWNER', repo: 'REPO', number: 'NUMBER'} as const;

export interface PullRequestLink extends PullRequestTarget {
  /** From the site root, with the base URL: `/docs/checklists/rollout?run=…`. For this site's own links. */
  readonly path: string;
  /** Absolute: for the pull request, which lives on another site. */
  readonly url: string;
}

/** The six links for a run, in {@link PULL_REQUEST_TARGETS} order. */
export function pullRequestLinks(run: string, site: LinkBase): PullRequestLink[] {
  return PULL_REQUEST_TARGETS.map((target) => ({
    ...target,
    path: sitePath(site.baseUrl, target.route, {run}),
    url: siteLink(site, target.route, {run}),
  }));
}

function section(
  run: string,
  site: LinkBase,
  comment: readonly string[],
  runText = markdownText(run),
): string {
  const links = pullRequestLinks(run, site);
  const checklists = links.filter((link) => link.kind === 'checklist');
  const timeline = links.find((link) => link.id === 'rollout-timeline')!;
  const messages = links.find((link) => link.id === 'communication-messages')!;
  const lines = [
    '### Touching JWTs?',
    '',
    ...(comment.length > 0 ? ['<!--', ...comment, '-->', ''] : []),
    `Checklists for run ${runText}. Work through each one and paste it below with **Copy as Markdown**.`,
    '',
    ...checklists.map((link) => `- [${link.title}](${link.url})`),
    '',
    `Plan the token drain with the [rollout timeline](${timeline.url}) and write the announcements with the [communication messages](${messages.url}).`,
    '',
  ];
  return lines.join('\n');
}

/** The block to paste into the description of one pull request (or any run), ending with a newline. */
export function pullRequestMarkdown(run: string, site: LinkBase): string {
  return section(run, site, []);
}

/**
 * The block for `.github/pull_request_template.md`. GitHub copies a template into a new pull
 * request's description as it is, before the pull request has a number, so the number is the
 * placeholder NUMBER, and an HTML comment (hidden once the description is shown) tells the author
 * what to replace or where to make the finished block. Without a repository, OWNER and REPO stay too.
 */
export function pullRequestTemplate(site: LinkBase, repository: GitHubRepository | null): string {
  const owner = repository?.owner ?? PLACEHOLDER.owner;
  const repo = repository?.repo ?? PLACEHOLDER.repo;
  const run = `${owner}/${repo}#${PLACEHOLDER.number}`;
  const replace =
    repository === null
      ? 'replace OWNER, REPO and NUMBER below with its owner, repository and number'
      : 'replace NUMBER below with its number';
  const kit = siteLink(site, PULL_REQUEST_KIT_ROUTE);
  // The run escaped as it will be once NUMBER is digits, so that the filled-in template is exactly
  // the kit's Markdown for that pull request.
  const runText = markdownText(`${owner}/${repo}#1`).replace(/1$/, PLACEHOLDER.number);
  return section(
    run,
    site,
    [
      'Keep this section if the pull request changes how JWTs are created, signed, cached or decoded; otherwise delete it.',
      `GitHub cannot fill in the pull request number. Once the pull request is open, ${replace},`,
      `or enter the pull request at ${kit} and paste the Markdown made there over this section.`,
    ],
    runText,
  );
}

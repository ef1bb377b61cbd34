import type {ChecklistDefinition} from './types';

/** Who to tell, when, and what to say. */
export const communication: ChecklistDefinition = {
  id: 'communication',
  title: 'Communication',
  version: 1,
  route: '/docs/checklists/communication',
  tools: [
    {label: 'Communication messages', route: '/docs/communication/messages'},
    {label: 'Rollout plan', route: '/docs/tools/rollout-timeline'},
  ],
  items: [
    {
      id: 'tell-support',
      title: 'Tell support what is changing and when',
      detail:
        'Give them the start time and the symptoms to expect, including ones that do not look like login problems.',
      priority: 'must',
      explainedBy: '/docs/communication',
    },
    {
      id: 'trace-next-day-tickets',
      title: 'Trace the next day’s new support tickets back to the start time',
      detail: 'Some earlier breakages did not look related to authentication at first.',
      priority: 'must',
      explainedBy: '/docs/communication',
    },
    {
      id: 'warn-partners',
      title: 'Warn partners that hold tokens before the change',
      detail:
        'Enterprise integrations and other third parties request JWTs and run their own scripts.',
      priority: 'must',
      explainedBy: '/docs/challenges/third-party-token-holders',
    },
    {
      id: 'remind-script-owners',
      title: 'Remind script owners to refresh tokens instead of reusing one',
      detail: 'A run that outlasts the token lifetime fails halfway when its token expires.',
      priority: 'should',
      explainedBy: '/docs/challenges/third-party-token-holders',
    },
    {
      id: 'announce-incident-channel',
      title: 'Announce the rollout in your incident channel',
      priority: 'should',
      explainedBy: '/docs/communication',
    },
    {
      id: 'tell-other-operators',
      title: 'Tell other Open edX operators what will reach them',
      detail: 'A change merged upstream reaches every deployment with its next upgrade.',
      priority: 'should',
      explainedBy: '/docs/communication',
    },
    {
      id: 'mark-breaking-change',
      title: 'Mark a breaking change as breaking in the commit and changelog',
      detail: 'The 2022 lifetime cut was announced with a `feat!` commit.',
      priority: 'should',
      explainedBy: '/docs/rollout/case-studies',
    },
    {
      id: 'open-depr-ticket',
      title: 'Open a deprecation ticket for anything you remove',
      priority: 'should',
      explainedBy: '/docs/communication/deprecation',
    },
    {
      id: 'document-transition',
      title: 'Document how to switch between old and new behaviour during the transition',
      priority: 'could',
      explainedBy: '/docs/communication/deprecation',
    },
    {
      id: 'release-notes',
      title: 'Add the change to the named-release notes',
      priority: 'could',
      explainedBy: '/docs/communication/deprecation',
    },
    {
      id: 'announce-outcome',
      title: 'Announce when the rollout is complete, or rolled back',
      priority: 'should',
      explainedBy: '/docs/communication',
    },
  ],
};

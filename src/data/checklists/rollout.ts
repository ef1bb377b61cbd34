import type {ChecklistDefinition} from './types';

/** While shipping: order, gates, and how long to keep watching. */
export const rollout: ChecklistDefinition = {
  id: 'rollout',
  title: 'Rollout',
  version: 1,
  route: '/docs/checklists/rollout',
  tools: [{label: 'Rollout plan', route: '/docs/tools/rollout-timeline'}],
  items: [
    {
      id: 'monitoring-first',
      title: 'Have the monitoring in place before the change ships',
      detail:
        'Decide which attributes and queries will prove the change works; see [what to watch](/docs/observability/what-to-watch).',
      priority: 'must',
      explainedBy: '/docs/observability/what-to-watch',
    },
    {
      id: 'toggle-with-removal-date',
      title: 'Put the change behind a toggle with a removal date',
      detail:
        'A toggle lets you turn the change on per service and back off without reverting code. A waffle switch flips without a deploy; a setting toggle needs a settings change and a deploy in each service.',
      priority: 'should',
      explainedBy: '/docs/rollout/ordering-and-toggles',
    },
    {
      id: 'verifiers-before-issuers',
      title: 'Deploy verifiers before issuers',
      detail:
        'Every service that checks tokens must accept both the old and the new kind before the LMS starts minting the new kind.',
      priority: 'must',
      explainedBy: '/docs/rollout/ordering-and-toggles',
    },
    {
      id: 'publish-keys-first',
      title: 'Publish a new public key everywhere before the LMS signs with it',
      detail:
        'Public keys reach services only through configuration deploys; the LMS has no JWKS endpoint. Mark this N/A if no key changes.',
      priority: 'must',
      explainedBy: '/docs/challenges/key-rotation',
    },
    {
      id: 'confirm-key-count',
      title: 'Confirm every service reports the new key count',
      detail: 'Look for the higher `jwt_auth_verify_asymmetric_keys_count` in each service.',
      priority: 'should',
      explainedBy: '/docs/reference/monitoring-attributes',
    },
    {
      id: 'record-start-time',
      title: 'Record the start time of each deploy and toggle flip, in UTC',
      detail:
        'Every later question ("did this start with the change?") is answered against these times.',
      priority: 'must',
      explainedBy: '/docs/rollout/expiry-window',
    },
    {
      id: 'stage-first',
      title: 'Turn it on for one environment or service first',
      priority: 'should',
      explainedBy: '/docs/rollout/ordering-and-toggles',
    },
    {
      id: 'keep-cookie-and-token-in-step',
      title: 'Change cookie expiry and JWT lifetime together',
      detail:
        '`JWT_IN_COOKIE_EXPIRATION` sets the cookie, `JWT_ACCESS_TOKEN_EXPIRE_SECONDS` the token inside it; both default to one hour.',
      priority: 'could',
      explainedBy: '/docs/challenges/cookie-expiry-drift',
    },
    {
      id: 'wait-out-expiry-window',
      title:
        'Wait out the expiry window (deploy time plus token lifetime) before declaring success',
      detail:
        'Until every token minted before the change has expired and been replaced, part of the traffic still runs on the old behaviour.',
      priority: 'must',
      explainedBy: '/docs/rollout/expiry-window',
    },
    {
      id: 'watch-cached-client-tokens',
      title: 'Watch service-to-service calls as cached client-credentials tokens renew',
      detail:
        '`OAuthAPIClient` reuses a token until just before it expires, so problems can surface up to one token lifetime after the deploy.',
      priority: 'must',
      explainedBy: '/docs/challenges/cached-client-credentials',
    },
    {
      id: 'keep-rollback-ready',
      title: 'Keep the way back ready until the window has passed',
      priority: 'must',
      explainedBy: '/docs/rollout/rollback',
    },
    {
      id: 'next-day-check',
      title: 'Check errors and support tickets again the next day',
      priority: 'should',
      explainedBy: '/docs/rollout/expiry-window',
    },
    {
      id: 'schedule-cleanup',
      title: 'Schedule removing the toggle and any temporary monitoring',
      priority: 'could',
      explainedBy: '/docs/rollout/ordering-and-toggles',
    },
  ],
};

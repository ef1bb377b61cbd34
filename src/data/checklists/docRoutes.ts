/**
 * The knowledge-base pages a checklist item may point to, with the short label shown as the
 * item's "Read: …" link. Keep this list in step with docs/: the checklist data test rejects any other
 * target, and the site build fails if a listed page disappears (the links are Docusaurus links).
 */
export const docLinkLabels = {
  '/docs/background': 'Background',
  '/docs/background/jwt-primer': 'JWT primer',
  '/docs/background/oep-42': 'OEP-42',
  '/docs/background/anatomy-of-an-open-edx-jwt': 'Anatomy of an Open edX JWT',
  '/docs/background/token-kinds-and-lifetimes': 'Token kinds and lifetimes',
  '/docs/challenges': 'Known challenges',
  '/docs/challenges/creation-vs-decoding': 'Creation vs decoding',
  '/docs/challenges/symmetric-vs-asymmetric': 'Symmetric vs asymmetric signing',
  '/docs/challenges/multiple-issuers': 'Multiple issuers',
  '/docs/challenges/key-rotation': 'Key rotation',
  '/docs/challenges/cookie-vs-session-user': 'Cookie user vs session user',
  '/docs/challenges/cookie-expiry-drift': 'Cookie expiry drift',
  '/docs/challenges/cached-client-credentials': 'Cached client credentials',
  '/docs/challenges/third-party-token-holders': 'Third-party token holders',
  '/docs/challenges/clock-skew-leeway-audience': 'Clock skew, leeway and audience',
  '/docs/challenges/scope-enforcement': 'Scope enforcement',
  '/docs/challenges/user-data-from-claims': 'User data from claims',
  '/docs/rollout': 'Rolling out a change',
  '/docs/rollout/ordering-and-toggles': 'Ordering and toggles',
  '/docs/rollout/expiry-window': 'The expiry window',
  '/docs/rollout/rollback': 'Rollback',
  '/docs/rollout/case-studies': 'Case studies',
  '/docs/observability': 'Observability',
  '/docs/observability/what-to-watch': 'What to watch',
  '/docs/observability/example-queries': 'Example queries',
  '/docs/communication': 'Communication',
  '/docs/communication/deprecation': 'Deprecation',
  '/docs/reference/claims': 'Claims reference',
  '/docs/reference/settings': 'Settings reference',
  '/docs/reference/monitoring-attributes': 'Monitoring attributes',
  '/docs/reference/glossary': 'Glossary',
} as const satisfies Record<string, string>;

export type DocRoute = keyof typeof docLinkLabels;

export function isDocRoute(path: string): path is DocRoute {
  return Object.prototype.hasOwnProperty.call(docLinkLabels, path);
}

import type {ChecklistDefinition} from './types';

/** What to measure before, during and after a change. */
export const observability: ChecklistDefinition = {
  id: 'observability',
  title: 'Observability',
  version: 1,
  route: '/docs/checklists/observability',
  items: [
    {
      id: 'capture-baseline',
      title: 'Capture a baseline of authentication results before the change',
      detail: 'A failure rate only means something next to the rate of the week before.',
      priority: 'must',
      explainedBy: '/docs/observability/what-to-watch',
    },
    {
      id: 'watch-auth-result',
      title: 'Watch `jwt_auth_result` per service',
      detail:
        'A rise in `failed-auth-header`, `forgiven-failure` or the `user-mismatch-*` results is usually the first sign.',
      priority: 'must',
      explainedBy: '/docs/reference/monitoring-attributes',
    },
    {
      id: 'alert-on-verification-failed',
      title: 'Alert on `jwt_auth_verification_failed`',
      priority: 'must',
      explainedBy: '/docs/observability/example-queries',
    },
    {
      id: 'compare-signing-passes',
      title: 'Compare asymmetric and symmetric verification counts',
      detail:
        '`jwt_auth_asymmetric_verified` and `jwt_auth_symmetric_verified` show which kind of token each service receives.',
      priority: 'should',
      explainedBy: '/docs/challenges/symmetric-vs-asymmetric',
    },
    {
      id: 'watch-issuer-match',
      title: 'Watch `jwt_auth_issuer_verification` for `no-match`',
      priority: 'should',
      explainedBy: '/docs/challenges/multiple-issuers',
    },
    {
      id: 'watch-user-mismatch',
      title: 'Watch for cookie and session users that disagree',
      detail: 'Look for the `user-mismatch-failure` and `user-mismatch-enforced-failure` results.',
      priority: 'should',
      explainedBy: '/docs/challenges/cookie-vs-session-user',
    },
    {
      id: 'break-down-by-caller',
      title: 'Break failures down by calling service',
      detail: '`request_client_name` names the service behind an `OAuthAPIClient` call.',
      priority: 'should',
      explainedBy: '/docs/observability/example-queries',
    },
    {
      id: 'track-library-version',
      title: 'Track which edx-drf-extensions version each service runs',
      detail:
        'Filter on `edx_drf_extensions_version` to follow a library change service by service.',
      priority: 'should',
      explainedBy: '/docs/reference/monitoring-attributes',
    },
    {
      id: 'search-logs',
      title: 'Search the logs for "Token verification failed."',
      detail: 'The decoder logs it with a stack trace when neither signature pass succeeds.',
      priority: 'should',
      explainedBy: '/docs/observability/what-to-watch',
    },
    {
      id: 'watch-token-creation',
      title: 'Watch the LMS token creation counters',
      detail:
        '`create_asymmetric_jwt_count` and `create_symmetric_jwt_count` show what the LMS mints.',
      priority: 'could',
      explainedBy: '/docs/reference/monitoring-attributes',
    },
    {
      id: 'watch-mfe-refresh',
      title: 'Watch MFE token refresh errors and browser clock drift',
      detail:
        'Only the “Access token is still null after successful refresh.” error carries `browserDriftSeconds`; other refresh errors have no clock data.',
      priority: 'could',
      explainedBy: '/docs/challenges/clock-skew-leeway-audience',
    },
    {
      id: 'share-queries',
      title: 'Link the queries and dashboards you used from the pull request',
      priority: 'could',
      explainedBy: '/docs/observability/example-queries',
    },
  ],
};

import type {ChecklistDefinition} from './types';

/** Before writing code: what the change touches, who depends on it, how to undo it. */
export const planYourChange: ChecklistDefinition = {
  id: 'plan-your-change',
  title: 'Plan your change',
  version: 1,
  route: '/docs/checklists/plan-your-change',
  items: [
    {
      id: 'find-creation-sites',
      title: 'List every place that creates the tokens your change affects',
      detail:
        'At least five code paths mint JWTs: LMS access tokens, the MFE cookie JWT, `create_jwt_for_user`, the deprecated client-side `JwtAuth`, and the proctoring REST backend. Each makes its own signing choice.',
      priority: 'must',
      explainedBy: '/docs/challenges/creation-vs-decoding',
    },
    {
      id: 'find-decoding-sites',
      title: 'List every place that decodes or verifies them',
      detail:
        'The shared edx-drf-extensions decoder is only one of them: the mobile session exchange accepts asymmetric tokens only, edx-notes-api calls PyJWT itself, and MFEs read the cookie without checking the signature. Credentials uses the shared decoder through a subclass of its `JwtAuthentication`.',
      priority: 'must',
      explainedBy: '/docs/challenges/creation-vs-decoding',
    },
    {
      id: 'name-token-kinds',
      title: 'Name the token kinds that change and their lifetimes',
      detail:
        'OAuth access tokens, cookie JWTs and `create_jwt_for_user` tokens have different lifetimes and signing defaults; write down which ones your change reaches.',
      priority: 'must',
      explainedBy: '/docs/background/token-kinds-and-lifetimes',
    },
    {
      id: 'check-hotspots',
      title: 'Check the two known hotspots: edx-notes-api and proctoring',
      detail:
        'Notes verifies HS256 tokens with its own client secret. Proctoring is the one failure the public record names from the 2023 attempt to force asymmetric JWTs, and its REST backend signs its own HS256 token for the vendor.',
      priority: 'must',
      explainedBy: '/docs/challenges/creation-vs-decoding',
    },
    {
      id: 'check-signing',
      title: 'Note which key and algorithm sign each affected token',
      detail:
        'Many tokens are still HS256 with a shared secret by default; cookie and restricted-application tokens are RS512. Moving a token from one to the other changes who can verify it.',
      priority: 'must',
      explainedBy: '/docs/challenges/symmetric-vs-asymmetric',
    },
    {
      id: 'check-size',
      title: 'Check the new token size against cookie, header and URL limits',
      detail:
        'A 2048-bit RSA signature adds roughly 325 bytes, and browsers cap a cookie at about 4 KB. URLs and headers have limits of their own, set by each server and proxy on the way.',
      priority: 'should',
      explainedBy: '/docs/challenges/symmetric-vs-asymmetric',
    },
    {
      id: 'list-claim-readers',
      title: 'For a claim change, list every reader of that claim',
      detail:
        'frontend-platform builds the user from claims, Credentials copies some into its user table and puts users in its admin group by `administrator`, permissions read `scopes` and `filters`, and notes compares `sub`.',
      priority: 'must',
      explainedBy: '/docs/challenges/user-data-from-claims',
    },
    {
      id: 'decide-version',
      title: 'Decide whether the change needs a new major `version` claim',
      detail:
        'Verifiers reject a token whose major version is above their `JWT_SUPPORTED_VERSION`; minor and patch differences pass.',
      priority: 'should',
      explainedBy: '/docs/reference/claims',
    },
    {
      id: 'check-issuer-settings',
      title: 'Compare issuer, audience and key settings across services',
      detail:
        'Only the first `JWT_ISSUERS` entry supplies the secret and audience, and some services put a list under the singular `JWT_ISSUER`.',
      priority: 'should',
      explainedBy: '/docs/challenges/multiple-issuers',
    },
    {
      id: 'check-clock-skew',
      title: 'Check how much clock skew the change tolerates',
      detail:
        'The signature pass applies no leeway, so a service whose clock runs a second behind the LMS rejects fresh tokens.',
      priority: 'could',
      explainedBy: '/docs/challenges/clock-skew-leeway-audience',
    },
    {
      id: 'check-scope-enforcement',
      title: 'Confirm new endpoints enforce scopes through DRF permissions',
      detail:
        'Code that calls `JwtAuthentication` outside Django REST framework skips the scope checks.',
      priority: 'should',
      explainedBy: '/docs/challenges/scope-enforcement',
    },
    {
      id: 'list-third-parties',
      title: 'List the third parties that request or hold these tokens',
      detail: 'Enterprise integrations and partner scripts may not refresh when a token expires.',
      priority: 'must',
      explainedBy: '/docs/challenges/third-party-token-holders',
    },
    {
      id: 'plan-rollback',
      title: 'Write down how to roll back and how long that takes',
      detail:
        'Tokens minted by the new code stay in circulation until they expire, so the way back also takes a token lifetime.',
      priority: 'must',
      explainedBy: '/docs/rollout/rollback',
    },
    {
      id: 'decide-adr-depr',
      title: 'Decide whether the change needs an ADR or a deprecation ticket',
      priority: 'should',
      explainedBy: '/docs/communication/deprecation',
    },
  ],
};

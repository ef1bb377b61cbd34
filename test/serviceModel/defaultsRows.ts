/**
 * Rows about `_set_token_defaults`: the version check (semantic_version) and its errors. Run by
 * tokenDefaults.test.ts.
 */
import {openEdxClaims} from '../fixtures/tokens';
import {DEFAULTS, signAsym, type Row} from './harness';

export const defaultsRows: readonly Row[] = [
  {
    rule: 'a missing version counts as 1.0.0 and is accepted',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: undefined})),
    outcome: 'accepted',
  },
  {
    rule: 'a higher minor version is accepted',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: '1.9.0'})),
    outcome: 'accepted',
  },
  {
    rule: 'only a higher major version is rejected',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: '2.0.0'})),
    outcome: 'rejected',
    code: 'version-unsupported',
  },
  {
    rule: 'JWT_SUPPORTED_VERSION 2.0.0 accepts a 2.x token',
    source: DEFAULTS,
    token: () => signAsym('RS256', openEdxClaims({version: '2.1.0'})),
    settings: {supportedVersion: '2.0.0'},
    outcome: 'accepted',
  },
  {
    rule: 'a version that is not semantic versioning cannot be read',
    source: `${DEFAULTS} (semantic_version.Version)`,
    token: () => signAsym('RS256', openEdxClaims({version: '1.2'})),
    outcome: 'rejected',
    code: 'version-unreadable',
  },
  {
    rule: 'a version that is a number, not a string, makes semantic_version raise TypeError',
    source: `${DEFAULTS} (semantic_version.Version regex)`,
    token: () => signAsym('RS256', openEdxClaims({version: 2})),
    outcome: 'rejected',
    code: 'version-unreadable',
    error: 'TypeError',
    reported: 'TypeError',
  },
  {
    rule: 'an empty version makes semantic_version raise ValueError',
    source: `${DEFAULTS} (semantic_version.Version: if not version_string)`,
    token: () => signAsym('RS256', openEdxClaims({version: ''})),
    outcome: 'rejected',
    code: 'version-unreadable',
    error: 'ValueError',
  },
];

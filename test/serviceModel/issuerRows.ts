/**
 * Rows about JWT_ISSUERS: the first entry's audience, the issuer check against every entry, and
 * the fallback to the deprecated single settings. Run by issuers.test.ts.
 */
import {openEdxClaims} from '../fixtures/tokens';
import {SIG_PASS, CLAIMS_PASS, ISSUERS, FIRST_ISS, LATER_ISS, signAsym, type Row} from './harness';

export const issuerRows: readonly Row[] = [
  {
    rule: "only the first issuer's audience is used",
    source: SIG_PASS,
    token: () => signAsym('RS256', openEdxClaims({aud: 'other-aud'})),
    outcome: 'rejected',
    error: 'InvalidAudienceError',
    reported: 'InvalidAlgorithmError',
  },
  {
    rule: 'the issuer may match a later entry (matches-later-issuer)',
    source: CLAIMS_PASS,
    token: () => signAsym('RS256', openEdxClaims({iss: LATER_ISS})),
    outcome: 'accepted',
    attributes: {jwt_auth_issuer: LATER_ISS, jwt_auth_issuer_verification: 'matches-later-issuer'},
  },
  {
    rule: 'an issuer matching no entry is rejected (no-match)',
    source: CLAIMS_PASS,
    token: () => signAsym('RS256', openEdxClaims({iss: 'https://evil.example.com'})),
    outcome: 'rejected',
    code: 'issuer-no-match',
    attributes: {jwt_auth_issuer_verification: 'no-match'},
    reported: 'InvalidTokenError',
  },
  {
    rule: 'an empty JWT_ISSUERS falls back to the deprecated settings: with drf-jwt defaults (ISSUER and AUDIENCE None) a token without iss and aud is accepted',
    source: `${ISSUERS} (if jwt_issuers:); _get_deprecated_jwt_issuers`,
    token: () => signAsym('RS256', openEdxClaims({iss: undefined, aud: undefined})),
    settings: {issuers: []},
    outcome: 'accepted',
    attributes: {jwt_auth_issuer: null, jwt_auth_issuer_verification: 'matches-first-issuer'},
  },
  {
    rule: 'an empty JWT_ISSUERS falls back to the deprecated settings: with ISSUER None, a token with an iss matches no issuer',
    source: `${ISSUERS} (if jwt_issuers:); ${CLAIMS_PASS}`,
    token: () => signAsym('RS256', openEdxClaims({aud: undefined})),
    settings: {issuers: []},
    outcome: 'rejected',
    code: 'issuer-no-match',
    attributes: {jwt_auth_issuer: FIRST_ISS, jwt_auth_issuer_verification: 'no-match'},
  },
];

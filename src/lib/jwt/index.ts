/**
 * The JWT inspector: pure functions, no DOM, clock injected, nothing thrown. The decoder view
 * loads this module lazily (it pulls in jose), so only pages with the decoder download it.
 */
export {extractToken, joinCookies, HEADER_PAYLOAD_COOKIE, SIGNATURE_COOKIE} from './extract';
export {decodeToken} from './decode';
export {inspectCookies, inspectExtraction, inspectText} from './inspect';
export {evaluate, TIME_CLAIMS} from './findings';
// What each claim and header parameter means: with this module, so that the decoder page's first
// download does not carry the sentences its tables only need once a token is decoded. Only the
// summaries: the claims reference's details and sources stay out of the decoder page.
export {findClaimSummary, findHeaderParameterSummary} from '../../data/claimSummaries';
export {
  defaultTimeZone,
  formatDuration,
  formatLocal,
  formatRelative,
  formatUtc,
  timeView,
} from './time';
export {parseKey} from './keys';
export {verifySignature} from './verify';
export {ROLE_NAMES} from './segments';
export {warmUp} from './warmUp';
export {compareTokens} from './compare';
export {
  headerKid,
  MINT_ALGORITHMS,
  openEdxTemplate,
  shownTestJwks,
  testJwks,
  testVerificationKey,
} from './template';
// The service model runs as soon as there is a token, so it stays in this chunk: loading it then
// would be a request while the reader decodes, and the decoder promises none.
export {DEFAULT_SERVICE_SETTINGS, simulateService} from './service';

// The signing code (jose's key generation and signing) loads on first use, in a chunk of its
// own: a reader who only decodes a token never downloads it (decisions/0008).

/** See `generateTestKeyPair` in ./mint. */
export async function generateTestKeyPair(
  ...args: Parameters<typeof Mint.generateTestKeyPair>
): ReturnType<typeof Mint.generateTestKeyPair> {
  const mint = await import('./mint');
  return mint.generateTestKeyPair(...args);
}

/** See `mintTestToken` in ./mint. */
export async function mintTestToken(
  ...args: Parameters<typeof Mint.mintTestToken>
): ReturnType<typeof Mint.mintTestToken> {
  const mint = await import('./mint');
  return mint.mintTestToken(...args);
}
export type * from './types';
import type * as Mint from './mint';

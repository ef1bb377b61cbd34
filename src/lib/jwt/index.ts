/**
 * The JWT inspector: pure functions, no DOM, clock injected, nothing thrown. The decoder view
 * loads this module lazily (it pulls in jose), so only pages with the decoder download it.
 */
export {extractToken, joinCookies, HEADER_PAYLOAD_COOKIE, SIGNATURE_COOKIE} from './extract';
export {decodeToken} from './decode';
export {inspectCookies, inspectExtraction, inspectText} from './inspect';
export {evaluate, TIME_CLAIMS} from './findings';
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
export {compareTokens} from './compare';
export {generateTestKeyPair, mintTestToken, MINT_ALGORITHMS, openEdxTemplate} from './mint';
export {DEFAULT_SERVICE_SETTINGS, simulateService} from './service';
export type * from './types';

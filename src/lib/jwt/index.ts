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
export {MINT_ALGORITHMS, openEdxTemplate} from './template';
export {DEFAULT_SERVICE_SETTINGS} from './service/defaults';

// The service model and the signing code load on first use, in chunks of their own: a reader
// who only decodes a token never downloads them (decisions/0008).

/** See `simulateService` in ./service/simulate. */
export async function simulateService(
  ...args: Parameters<typeof Simulate.simulateService>
): ReturnType<typeof Simulate.simulateService> {
  const service = await import('./service/simulate');
  return service.simulateService(...args);
}

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
import type * as Simulate from './service/simulate';

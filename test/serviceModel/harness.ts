/**
 * The harness of the service model's table tests (src/lib/jwt/service/*.test.ts): keys, signed
 * tokens, a two-issuer service, and the row type. Each row names the rule it checks and where the
 * rule comes from (file in openedx/edx-drf-extensions at v10.7.0 or jpadilla/pyjwt). Where PyJWT
 * versions differ, the model follows PyJWT 2.6.0, the version the fact sheet reproduces the
 * decoder with (§8.11), and the row says so.
 */
import {exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT} from 'jose';
import {inspectText} from '@site/src/lib/jwt/inspect';
import {DEFAULT_SERVICE_SETTINGS, simulateService} from '@site/src/lib/jwt/service/simulate';
import type {ServiceSettings, Simulation} from '@site/src/lib/jwt/service/types';
import {NOW, openEdxClaims} from '../fixtures/tokens';

export const DECODER = 'edx-drf-extensions decoder.py';
export const KEYSET = `${DECODER} verify_jwk_signature_using_keyset`;
export const SIG_PASS = `${DECODER} _verify_jwt_signature`;
export const CLAIMS_PASS = `${DECODER} _decode_and_verify_token`;
export const DEFAULTS = `${DECODER} _set_token_defaults`;
export const LOAD_KEYS = `${DECODER} get_verification_jwk_key_set`;
export const PYJWT = 'pyjwt api_jwt.py _validate_claims (2.6+)';
export const PYJWS =
  'pyjwt api_jws.py _verify_signature (alg checked before the signature, claims after)';
export const NO_SIG_OPTIONS =
  'pyjwt api_jwt.py decode_complete (verify_signature False: iat, nbf off)';
export const AUTHN =
  'edx-drf-extensions authentication.py _deepest_jwt_exception (jwt_auth_failed)';
export const PYJWK = 'pyjwt 2.6.0 api_jwk.py PyJWK/PyJWKSet';
export const ISSUERS = 'edx-drf-extensions settings.py get_jwt_issuers';

export const SECRET = 'first-issuer-secret-at-least-32-bytes!';
export const FIRST_ISS = 'http://127.0.0.1:8000/oauth2';
export const LATER_ISS = 'https://lms.example.com/oauth2';

export type Alg = 'RS256' | 'RS512' | 'ES256' | 'PS256';
const keys: Partial<Record<Alg | 'other', {privateKey: CryptoKey; publicJwk: JWK}>> = {};

/** Makes the key pairs; every test file that signs calls it in `beforeAll`. */
export async function prepareKeys(): Promise<void> {
  for (const alg of ['RS256', 'ES256', 'PS256'] as const) {
    const pair = await generateKeyPair(alg, {extractable: true});
    keys[alg] = {privateKey: pair.privateKey, publicJwk: await exportJWK(pair.publicKey)};
  }
  // The same RSA key signing RS512: the decoder accepts both algorithms for one RSA key.
  const rsa = keys.RS256;
  if (rsa) {
    const privateJwk = await exportJWK(rsa.privateKey);
    const privateKey = (await importJWK(privateJwk, 'RS512')) as CryptoKey;
    keys.RS512 = {privateKey, publicJwk: rsa.publicJwk};
  }
  const other = await generateKeyPair('RS256', {extractable: true});
  keys.other = {privateKey: other.privateKey, publicJwk: await exportJWK(other.publicKey)};
}

/** The private key of a test pair, for tokens the helpers below cannot make. */
export function privateKey(name: Alg | 'other'): CryptoKey {
  const key = keys[name];
  if (!key) throw new Error(`no key ${name}`);
  return key.privateKey;
}

export function jwks(...entries: JWK[]): string {
  return JSON.stringify({keys: entries});
}

export function pub(name: Alg | 'other', kid?: string): JWK {
  const key = keys[name];
  if (!key) throw new Error(`no key ${name}`);
  return {...key.publicJwk, ...(kid ? {kid} : {})};
}

export async function signAsym(
  alg: Alg,
  claims: JWTPayload = openEdxClaims(),
  name: Alg | 'other' = alg,
  header: Record<string, unknown> = {},
): Promise<string> {
  const key = keys[name];
  if (!key) throw new Error(`no key ${name}`);
  return new SignJWT(claims).setProtectedHeader({alg, typ: 'JWT', ...header}).sign(key.privateKey);
}

export async function signSecret(
  claims: JWTPayload = openEdxClaims(),
  alg: 'HS256' | 'HS512' = 'HS256',
  secret = SECRET,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({alg, typ: 'JWT'})
    .sign(new TextEncoder().encode(secret));
}

export function settings(overrides: Partial<ServiceSettings> = {}): ServiceSettings {
  return {
    ...DEFAULT_SERVICE_SETTINGS,
    issuers: [
      {issuer: FIRST_ISS, audience: 'change-me', secretKey: SECRET},
      {issuer: LATER_ISS, audience: 'other-aud', secretKey: 'later-secret-never-used-by-decoder'},
    ],
    publicJwkSet: jwks(pub('RS256')),
    ...overrides,
  };
}

export async function run(
  token: string,
  overrides: Partial<ServiceSettings> = {},
  now = NOW,
  asymmetricOnly = false,
): Promise<Simulation> {
  return simulateService(inspectText(token), settings(overrides), {now, asymmetricOnly});
}

export function attr(simulation: Simulation, name: string): unknown {
  return simulation.attributes.find((entry) => entry.name === name)?.value;
}

export interface Row {
  readonly rule: string;
  readonly source: string;
  readonly token: () => Promise<string>;
  readonly settings?: Partial<ServiceSettings> | (() => Partial<ServiceSettings>);
  readonly now?: Date;
  readonly asymmetricOnly?: boolean;
  readonly outcome: Simulation['outcome'];
  readonly code?: string;
  /** The real reason (`cause.error`). */
  readonly error?: string;
  /** What the service reports in `jwt_auth_failed` (`reported.error`). */
  readonly reported?: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly reason?: RegExp;
}

export const at = (offsetSeconds: number) => new Date(NOW.getTime() + offsetSeconds * 1000);

/** Runs a row's token and settings through the model. */
export async function runRow(row: Row): Promise<Simulation> {
  return run(
    await row.token(),
    typeof row.settings === 'function' ? row.settings() : row.settings,
    row.now ?? NOW,
    row.asymmetricOnly ?? false,
  );
}

/** Checks everything a row states: outcome, rejection code, cause, report and attributes. */
export async function expectRow(row: Row): Promise<void> {
  const simulation = await runRow(row);
  expect(simulation.outcome).toBe(row.outcome);
  if (simulation.outcome === 'rejected') {
    if (row.code) expect(simulation.code).toBe(row.code);
    if (row.error) expect(simulation.cause.error).toBe(row.error);
    if (row.reported) expect(simulation.reported.error).toBe(row.reported);
  }
  for (const [name, value] of Object.entries(row.attributes ?? {})) {
    expect([name, attr(simulation, name)]).toEqual([name, value]);
  }
}

/**
 * Test tokens: an Open edX-shaped template, key pairs generated in the browser (WebCrypto through
 * jose, never exported in private form), and signing. For testing only: nothing here is stored or
 * sent anywhere, and the private key stays in memory.
 */
import {exportJWK, generateKeyPair, SignJWT, type JWTPayload} from 'jose';
import {isObject, parseJson} from './json';

export {headerKid, MINT_ALGORITHMS, openEdxTemplate, testJwks} from './template';
import {testJwks} from './template';
export type {AsymmetricAlgorithm, MintAlgorithm} from './template';
import type {AsymmetricAlgorithm, MintAlgorithm} from './template';

export interface TestKeyPair {
  readonly alg: AsymmetricAlgorithm;
  readonly privateKey: CryptoKey;
  /** The kid the key was generated with; a kid in the test header replaces it (see testJwks). */
  readonly kid: string;
  /** The public JWK without its kid. */
  readonly publicJwk: Readonly<Record<string, unknown>>;
  /** `{"keys": [public JWK]}` with `kid`, ready for JWT_PUBLIC_SIGNING_JWK_SET. */
  readonly publicJwks: string;
}

export async function generateTestKeyPair(
  alg: AsymmetricAlgorithm,
  kid: string,
): Promise<TestKeyPair> {
  // Only the public half is ever exported; the private key is not extractable.
  const {privateKey, publicKey} = await generateKeyPair(alg, {extractable: false});
  const publicJwk = {...(await exportJWK(publicKey)), alg, use: 'sig'};
  return {alg, privateKey, kid, publicJwk, publicJwks: testJwks(publicJwk, kid)};
}

export type MintResult =
  {readonly ok: true; readonly token: string} | {readonly ok: false; readonly message: string};

function readObject(text: string, what: string): Record<string, unknown> | string {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const where =
      parsed.line === undefined ? '' : ` (line ${parsed.line}, column ${parsed.column})`;
    return `The ${what} is not valid JSON${where}: ${parsed.reason}.`;
  }
  if (!isObject(parsed.value)) return `The ${what} must be a JSON object.`;
  return parsed.value;
}

/**
 * Signs `claimsText` with the header from `headerText`; `alg` always wins over the header's.
 * HS256 uses `secret` as UTF-8 bytes (like an Open edX SECRET_KEY), the others `keyPair`.
 */
export async function mintTestToken(input: {
  readonly headerText: string;
  readonly claimsText: string;
  readonly alg: MintAlgorithm;
  readonly secret?: string;
  readonly keyPair?: TestKeyPair;
}): Promise<MintResult> {
  const header = readObject(input.headerText, 'header');
  if (typeof header === 'string') return {ok: false, message: header};
  const claims = readObject(input.claimsText, 'claims set');
  if (typeof claims === 'string') return {ok: false, message: claims};
  let key: CryptoKey | Uint8Array;
  if (input.alg === 'HS256') {
    if (!input.secret) return {ok: false, message: 'Enter a secret for HS256.'};
    key = new TextEncoder().encode(input.secret);
  } else {
    if (input.keyPair?.alg !== input.alg) {
      return {ok: false, message: `Generate an ${input.alg} key pair first.`};
    }
    key = input.keyPair.privateKey;
  }
  try {
    const token = await new SignJWT(claims as JWTPayload)
      .setProtectedHeader({...header, alg: input.alg})
      .sign(key);
    return {ok: true, token};
  } catch (error) {
    return {
      ok: false,
      message: `Signing failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

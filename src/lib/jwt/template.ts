/**
 * The Open edX-shaped template for test tokens and the algorithms they can use. Kept apart from
 * mint.ts, whose signing and key-generation code loads only when a test token is made.
 */
export const MINT_ALGORITHMS = ['HS256', 'RS256', 'RS512', 'ES256'] as const;
export type MintAlgorithm = (typeof MINT_ALGORITHMS)[number];
export type AsymmetricAlgorithm = Exclude<MintAlgorithm, 'HS256'>;

/** Header and claims shaped like the LMS's `_create_jwt`, issued now and valid for one hour. */
export function openEdxTemplate(nowSeconds: number): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  const iat = Math.floor(nowSeconds);
  return {
    header: {alg: 'RS512', typ: 'JWT'},
    claims: {
      iss: 'http://127.0.0.1:8000/oauth2',
      aud: 'change-me',
      exp: iat + 3600,
      iat,
      sub: 'test-anonymous-id-0000000000000000',
      preferred_username: 'test-user',
      scopes: ['user_id', 'email', 'profile'],
      version: '1.2.0',
      filters: ['user:me'],
      is_restricted: false,
      email_verified: true,
      grant_type: 'password',
      user_id: 1,
      email: 'test-user@example.com',
      name: 'Test User',
      family_name: 'User',
      given_name: 'Test',
      administrator: false,
      superuser: false,
    },
  };
}

/** The `kid` a test header names: a non-empty string under `kid` in valid JSON, or undefined. */
export function headerKid(headerText: string): string | undefined {
  try {
    const header: unknown = JSON.parse(headerText);
    if (typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
    const kid = (header as Record<string, unknown>).kid;
    return typeof kid === 'string' && kid !== '' ? kid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The public JWK Set of a test key pair, its one key carrying `kid`: the kid the test header
 * names, so that a verifier that picks keys by kid (the Open edX decoder does) finds it.
 */
export function testJwks(publicJwk: Readonly<Record<string, unknown>>, kid: string): string {
  return JSON.stringify({keys: [{...publicJwk, kid}]}, null, 2);
}

/** What the two rules below need of a test key pair (see TestKeyPair in ./mint). */
interface PublicTestKey {
  readonly alg: AsymmetricAlgorithm;
  readonly kid: string;
  readonly publicJwk: Readonly<Record<string, unknown>>;
}

/**
 * The public JWK Set shown for the test key pair, with the kid the test header names (or the
 * pair's own); empty while there is no pair for the chosen algorithm.
 */
export function shownTestJwks(
  alg: MintAlgorithm,
  keyPair: PublicTestKey | undefined,
  headerText: string,
): string {
  return keyPair && keyPair.alg === alg
    ? testJwks(keyPair.publicJwk, headerKid(headerText) ?? keyPair.kid)
    : '';
}

/** The key that verifies a token just made: the secret for HS256, else the pair's JWK Set. */
export function testVerificationKey(
  alg: MintAlgorithm,
  secret: string,
  keyPair: PublicTestKey | undefined,
  headerText: string,
): string {
  return alg === 'HS256' || !keyPair
    ? secret
    : testJwks(keyPair.publicJwk, headerKid(headerText) ?? keyPair.kid);
}

/** The decoder page and the tokens its browser tests paste (e2e/jwt-decoder*.spec.ts). */
import {exportJWK, generateKeyPair, SignJWT, type JWTPayload} from 'jose';
import type {Page} from '@playwright/test';
import {expect, openPage} from './fixtures';

export const ROUTE = '/docs/tools/jwt-decoder';
export const SECRET = 'e2e-shared-secret-of-32-bytes-or-more';

export function openEdxClaims(overrides: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: 'https://lms.example.org/oauth2',
    aud: 'change-me',
    exp: now + 3600,
    iat: now - 5,
    sub: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    preferred_username: 'edx',
    scopes: ['user_id', 'email', 'profile'],
    version: '1.2.0',
    filters: [],
    is_restricted: false,
    email_verified: true,
    grant_type: 'password',
    user_id: 3,
    email: 'edx@example.com',
    administrator: false,
    superuser: false,
    ...overrides,
  };
}

export function hs256(claims: JWTPayload = openEdxClaims()): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({alg: 'HS256', typ: 'JWT'})
    .sign(new TextEncoder().encode(SECRET));
}

export async function rs256WithJwks(): Promise<{token: string; jwks: string}> {
  const signer = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const token = await new SignJWT(openEdxClaims())
    .setProtectedHeader({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'lms-2026',
      // Attacker-style pointers: the page must never fetch them.
      jku: 'https://keys.attacker.example/jwks.json',
      x5u: 'https://keys.attacker.example/cert.pem',
    })
    .sign(signer.privateKey);
  const jwks = JSON.stringify({
    keys: [
      {...(await exportJWK(other.publicKey)), kid: 'lms-2025'},
      {...(await exportJWK(signer.publicKey)), kid: 'lms-2026'},
    ],
  });
  return {token, jwks};
}

export const b64u = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Opens the decoder and waits until its lazily loaded inspector is ready. */
export async function openDecoder(page: Page, path = ROUTE): Promise<void> {
  await openPage(page, path);
  await expect(page.getByText('The decoder runs in your browser and needs JavaScript')).toHaveCount(
    0,
  );
}

export const tokenBox = (page: Page) => page.getByRole('textbox', {name: 'Encoded token'});
export const keyBox = (page: Page) => page.getByRole('textbox', {name: 'Verification key'});
export const status = (page: Page) => page.getByRole('status', {name: 'Signature status'});
export const findings = (page: Page) => page.getByRole('list', {name: 'Findings'});

/**
 * Shared steps of the decoder's companion-panel tests (service simulation, compare, test token):
 * rendering the decoder with a token, configuring the service's keys, reading its outcome.
 */
import {fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JwtDecoder, {EXAMPLE_SECRET, EXAMPLE_TOKEN} from '@site/src/components/JwtDecoder';
import {toLocalInput} from '@site/src/components/JwtDecoder/EvaluateAt';
import {asymmetricFixture, openEdxClaims, type KeyFixture} from '@site/test/fixtures/tokens';

/** The decoder's code loads lazily; the first render of a run can take seconds on a busy machine. */
export const LAZY_LOAD_MS = 10_000;
/** Generating an RSA key pair searches for primes: usually well under a second, but not always. */
export const KEY_GENERATION_MS = 10_000;

/** Half an hour after EXAMPLE_TOKEN was issued (iat 2026-01-01T00:00:00Z, one hour lifetime). */
export const INSIDE = new Date('2026-01-01T00:30:00Z');

let publicJwkSet: string | undefined;

/**
 * An RS512 token issued at NOW and its key, whose public JWK Set `renderWithToken` gives the
 * service as JWT_PUBLIC_SIGNING_JWK_SET. Call it in `beforeAll`.
 */
export async function createServiceKeys(): Promise<KeyFixture> {
  const rs512 = await asymmetricFixture('RS512', openEdxClaims());
  publicJwkSet = JSON.stringify({keys: [rs512.publicJwk]});
  return rs512;
}

export async function renderWithToken(
  token = EXAMPLE_TOKEN,
  publicKeys: 'configured' | 'none' = 'configured',
) {
  const user = userEvent.setup();
  render(<JwtDecoder sampleToken={token} />);
  await screen.findByRole('heading', {name: 'Claims'}, {timeout: LAZY_LOAD_MS});
  if (publicKeys === 'configured') await configurePublicKeys(user);
  return user;
}

/** Pastes the public JWK Set a correctly configured service has. */
export async function configurePublicKeys(user: ReturnType<typeof userEvent.setup>) {
  const field = screen.getByRole('textbox', {name: 'JWT_PUBLIC_SIGNING_JWK_SET'});
  await user.clear(field);
  field.focus();
  if (publicJwkSet === undefined) throw new Error('Call createServiceKeys() in beforeAll first.');
  await user.paste(publicJwkSet);
}

/**
 * Pastes the example secret into the first issuer's SECRET_KEY, as one change: typed key by key, each
 * of its 34 characters would rerun the simulation, which makes the suite slow on a busy machine.
 */
export async function pasteSecret(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('textbox', {name: 'Issuer 1 SECRET_KEY'}));
  await user.paste(EXAMPLE_SECRET);
}

export function valueOf(element: HTMLElement): string {
  return (element as HTMLTextAreaElement).value;
}

export function outcome() {
  return screen.getByRole('status', {name: 'Service outcome'});
}

/** EXAMPLE_TOKEN with its payload replaced (the signature no longer matches; not needed here). */
export function withPayload(
  change: (claims: Record<string, unknown>) => Record<string, unknown>,
): string {
  const [header, payload, signature] = EXAMPLE_TOKEN.split('.');
  const claims = JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as Record<
    string,
    unknown
  >;
  const encoded = btoa(JSON.stringify(change(claims)))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
  return `${header}.${encoded}.${signature}`;
}

export function exampleLifetimeSeconds(): number {
  let lifetime = 0;
  withPayload((claims) => {
    lifetime = Number(claims.exp) - Number(claims.iat);
    return claims;
  });
  return lifetime;
}

export function setEvaluateAt(date: Date) {
  fireEvent.change(screen.getByLabelText('Date and time (your time zone)'), {
    target: {value: toLocalInput(date)},
  });
}

/**
 * Decoder playground, part 2, in the production build: the Open edX service simulation, Evaluate
 * at and clock skew, comparing two tokens, and creating test tokens, with the decoder's privacy
 * guarantees (no request, nothing stored) and axe on the expanded panels.
 */
import {exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload} from 'jose';
import type {Page, Request} from '@playwright/test';
import {axeViolations, expect, openPage, switchColourScheme, test} from './fixtures';

const ROUTE = '/docs/tools/jwt-decoder';
const SECRET = 'e2e-service-secret-of-32-bytes-or-more';
const ISSUER = 'http://127.0.0.1:8000/oauth2';

function claims(overrides: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: ISSUER,
    aud: 'change-me',
    exp: now + 3600,
    iat: now - 5,
    sub: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    preferred_username: 'edx',
    scopes: ['user_id', 'email', 'profile'],
    version: '1.2.0',
    filters: [],
    is_restricted: false,
    ...overrides,
  };
}

function hs256(payload: JWTPayload = claims()): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({alg: 'HS256', typ: 'JWT'})
    .sign(new TextEncoder().encode(SECRET));
}

async function pasteInto(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('textbox', {name, exact: true}).fill(text);
}

const outcome = (page: Page) => page.getByRole('status', {name: 'Service outcome'});

/** A service's RSA key pair: the private half signs RS512 tokens, the public half is its JWK Set. */
let serviceKey: {privateKey: CryptoKey; publicJwkSet: string};

test.beforeAll(async () => {
  const {privateKey, publicKey} = await generateKeyPair('RS512');
  serviceKey = {privateKey, publicJwkSet: JSON.stringify({keys: [await exportJWK(publicKey)]})};
});

function rs512(payload: JWTPayload = claims()): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({alg: 'RS512', typ: 'JWT'})
    .sign(serviceKey.privateKey);
}

/** Gives the simulated service its public keys, as every verifying service must have them. */
async function configurePublicKeys(page: Page): Promise<void> {
  await pasteInto(page, 'JWT_PUBLIC_SIGNING_JWK_SET', serviceKey.publicJwkSet);
}

test('a service without public keys is an unsafe configuration, not an outcome', async ({page}) => {
  await openPage(page, ROUTE);
  await pasteInto(page, 'Encoded token', await hs256());
  await pasteInto(page, 'Issuer 1 SECRET_KEY', SECRET);
  await expect(outcome(page)).toContainText(
    'Unsafe configuration: configure JWT_PUBLIC_SIGNING_JWK_SET',
  );
  await expect(outcome(page)).toContainText('unsupported and unsafe');
  await expect(outcome(page)).toContainText(
    'Configure JWT_PUBLIC_SIGNING_JWK_SET in every service that verifies JWTs',
  );
  await expect(outcome(page)).not.toContainText(/Accepted|Rejected/);
  await expect(page.getByRole('list', {name: 'Decoder steps'})).toHaveCount(0);

  // A pasted block with a null or empty JWK Set is the same configuration.
  await configurePublicKeys(page);
  await expect(outcome(page)).toContainText('Accepted');
  await page.getByText('Paste a JWT_AUTH block (YAML or JSON)').click();
  await pasteInto(page, 'JWT_AUTH settings', 'JWT_AUTH:\n  JWT_PUBLIC_SIGNING_JWK_SET: null\n');
  await page.getByRole('button', {name: 'Apply settings'}).click();
  await expect(outcome(page)).toContainText('Unsafe configuration');
  await expect(page.getByRole('textbox', {name: 'JWT_PUBLIC_SIGNING_JWK_SET'})).toHaveValue('');
});

test('simulates an Open edX service, with attributes linked to the reference', async ({page}) => {
  await openPage(page, ROUTE);
  await pasteInto(page, 'Encoded token', await hs256());
  await configurePublicKeys(page);
  await expect(outcome(page)).toContainText('Rejected');
  await pasteInto(page, 'Issuer 1 SECRET_KEY', SECRET);
  await expect(outcome(page)).toContainText('Accepted');
  const attributes = page.getByRole('table', {name: 'Custom attributes the decoder would record'});
  const link = attributes.getByRole('link', {name: 'jwt_auth_symmetric_verified'});
  await expect(link).toHaveAttribute(
    'href',
    '/docs/reference/monitoring-attributes#jwt_auth_symmetric_verified',
  );

  // JWT_VERIFY_AUDIENCE false does not switch off the audience check.
  await pasteInto(page, 'Encoded token', await hs256(claims({aud: 'another-service'})));
  await page.getByRole('checkbox', {name: 'JWT_VERIFY_AUDIENCE'}).uncheck();
  await expect(outcome(page)).toContainText('InvalidAudienceError');

  // The mobile session exchange never tries the secret.
  await pasteInto(page, 'Encoded token', await hs256());
  await expect(outcome(page)).toContainText('Accepted');
  await page.getByRole('checkbox', {name: /Mobile session exchange/}).check();
  await expect(outcome(page)).toContainText('Rejected');
});

test('applies a YAML JWT_AUTH block and points at the line of bad YAML', async ({page}) => {
  await openPage(page, ROUTE);
  await pasteInto(page, 'Encoded token', await hs256(claims({iss: 'https://later.example.com'})));
  await page.getByText('Paste a JWT_AUTH block (YAML or JSON)').click();
  await pasteInto(page, 'JWT_AUTH settings', 'JWT_AUTH:\n  JWT_ISSUERS: [\n  - x: "unclosed');
  await page.getByRole('button', {name: 'Apply settings'}).click();
  await expect(page.getByRole('alert')).toContainText(/line \d+/);
  await pasteInto(
    page,
    'JWT_AUTH settings',
    `JWT_AUTH:\n  JWT_ISSUERS:\n    - ISSUER: ${ISSUER}\n      AUDIENCE: change-me\n      SECRET_KEY: ${SECRET}\n    - ISSUER: https://later.example.com\n      AUDIENCE: unused\n      SECRET_KEY: unused\n  JWT_PUBLIC_SIGNING_JWK_SET: '${serviceKey.publicJwkSet}'\n  JWT_LEEWAY: 1\n`,
  );
  await page.getByRole('button', {name: 'Apply settings'}).click();
  await expect(outcome(page)).toContainText('Accepted');
  await expect(
    page.getByRole('table', {name: 'Custom attributes the decoder would record'}),
  ).toContainText('matches-later-issuer');
});

test('Evaluate at and clock skew move every time check', async ({page}) => {
  await openPage(page, ROUTE);
  await pasteInto(page, 'Encoded token', await hs256());
  await configurePublicKeys(page);
  await pasteInto(page, 'Issuer 1 SECRET_KEY', SECRET);
  await expect(outcome(page)).toContainText('Accepted');
  await page.getByRole('button', {name: '+1 hour'}).click();
  await expect(outcome(page)).toContainText('ExpiredSignatureError');
  await expect(page.getByText('exp-expired').first()).toBeVisible();
  await page.getByRole('button', {name: 'Now', exact: true}).click();
  await expect(outcome(page)).toContainText('Accepted');
  await page.getByRole('spinbutton', {name: 'Service clock skew (seconds)'}).fill('-60');
  await expect(outcome(page)).toContainText('ImmatureSignatureError');
});

test('a rejection shows what monitoring reports next to the real reason', async ({page}) => {
  await openPage(page, ROUTE);
  await pasteInto(page, 'Encoded token', await rs512());
  await configurePublicKeys(page);
  await pasteInto(page, 'Issuer 1 SECRET_KEY', SECRET);
  await expect(outcome(page)).toContainText('Accepted');
  // An hour later the RS512 token has expired; the secret is the last key the decoder tried.
  await page.getByRole('button', {name: '+1 hour'}).click();
  await expect(outcome(page)).toContainText('Rejected');
  await expect(outcome(page)).toContainText(
    'Monitoring shows InvalidAlgorithmError: jwt_auth_failed records Exception:InvalidAlgorithmError(…)',
  );
  await expect(outcome(page)).toContainText('Why it really failed: ExpiredSignatureError');
  await expect(outcome(page).getByRole('link', {name: 'jwt_auth_failed'})).toHaveAttribute(
    'href',
    '/docs/reference/monitoring-attributes#jwt_auth_failed',
  );
});

test('compares two tokens, even when one is malformed', async ({page}) => {
  await openPage(page, ROUTE);
  await pasteInto(page, 'Encoded token', await hs256(claims({version: '1.1.0'})));
  await pasteInto(page, 'Second token', await hs256(claims({version: '1.2.0', user_id: 3})));
  const summary = page.getByRole('status', {name: 'Comparison summary'});
  await expect(summary).toContainText('version 1.1.0 → 1.2.0');
  await expect(summary).toContainText('user_id added');
  await pasteInto(page, 'Second token', 'eyJhbGciOiJIUzI1NiJ9.%%%.x');
  await expect(page.getByText(/claims cannot be decoded/)).toBeVisible();
});

/**
 * Everything the page could have kept, as text: localStorage and sessionStorage as key=value,
 * the contents of every IndexedDB object store (a stored CryptoKey shows as `CryptoKey(...)`),
 * document.cookie and the URL.
 */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Array.from({length: storage.length}, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    const describe = (value: unknown): string =>
      JSON.stringify(value, (_key, item: unknown) => {
        if (item instanceof CryptoKey) return `CryptoKey(${item.type}, ${item.algorithm.name})`;
        if (item instanceof ArrayBuffer) item = new Uint8Array(item);
        if (ArrayBuffer.isView(item)) {
          return `bytes(${String.fromCharCode(...new Uint8Array(item.buffer, item.byteOffset, item.byteLength))})`;
        }
        if (item instanceof Blob) return `Blob(${item.type}, ${item.size})`;
        return item;
      }) ?? String(value);
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      });
    const indexed: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        indexed.push(`${info.name}/${storeName}: ${describe(keys)} ${describe(values)}`);
      }
      db.close();
    }
    return [
      ...dump(localStorage),
      ...dump(sessionStorage),
      ...indexed,
      `document.cookie=${document.cookie}`,
      location.href,
    ].join('\n');
  });
}

test('creates a test token, loads it, and keeps no request or storage', async ({page, context}) => {
  const typedSecret = 'e2e-typed-test-secret-0123456789abcdef';
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  await openPage(page, ROUTE);
  page.on('request', record);
  await page.getByRole('button', {name: 'Start from the Open edX template'}).click();
  await page.getByRole('button', {name: 'Generate an RS512 key pair'}).click();
  const jwks = page.getByRole('textbox', {name: 'Public JWK Set for JWT_PUBLIC_SIGNING_JWK_SET'});
  await expect(jwks).toHaveValue(/"kty": "RSA"/);
  const publicSet = JSON.parse(await jwks.inputValue()) as {keys: {n: string}[]};
  const modulus = publicSet.keys[0]?.n ?? '';
  expect(modulus.length).toBeGreaterThan(300);
  await page.getByRole('button', {name: 'Create test token'}).click();
  const minted = page.getByRole('textbox', {name: 'Test token'});
  await expect(minted).toHaveValue(/^eyJ/);
  const rsToken = await minted.inputValue();
  await page.getByRole('button', {name: 'Load into the decoder'}).click();
  await expect(page.getByRole('heading', {name: 'Claims'})).toBeVisible();
  await pasteInto(page, 'JWT_PUBLIC_SIGNING_JWK_SET', await jwks.inputValue());
  await expect(outcome(page)).toContainText('Accepted');
  await expect(
    page.getByRole('table', {name: 'Custom attributes the decoder would record'}),
  ).toContainText('jwt_auth_asymmetric_verified');

  // A typed secret: an HS256 test token, also verified by the service panel with it.
  await page.getByRole('combobox', {name: 'Algorithm', exact: true}).selectOption('HS256');
  await pasteInto(page, 'Test secret', typedSecret);
  await page.getByRole('button', {name: 'Create test token'}).click();
  await expect(minted).not.toHaveValue(rsToken);
  const hsToken = await minted.inputValue();
  await page.getByRole('button', {name: 'Load into the decoder'}).click();
  await pasteInto(page, 'Issuer 1 SECRET_KEY', typedSecret);
  await expect(outcome(page)).toContainText('Accepted');

  // The YAML reader is a chunk of this site; nothing else may be fetched.
  await page.getByText('Paste a JWT_AUTH block (YAML or JSON)').click();
  await pasteInto(page, 'JWT_AUTH settings', 'JWT_LEEWAY: 2');
  await page.getByRole('button', {name: 'Apply settings'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Applied 1 setting'})).toBeVisible();
  page.off('request', record);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/assets/js/`))).toEqual([]);

  const stored = await everythingStored(page);
  const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`);
  const everything = [stored, ...cookies, page.url()].join('\n');
  const secrets: [string, string][] = [
    ['the generated public key "n"', modulus],
    ['the typed secret', typedSecret],
    ['the RS512 test token', rsToken],
    ['its signature', rsToken.split('.')[2] ?? rsToken],
    ['the HS256 test token', hsToken],
    ['its signature', hsToken.split('.')[2] ?? hsToken],
  ];
  for (const [what, secret] of secrets) {
    expect(secret.length, what).toBeGreaterThan(10);
    expect(everything, `storage must not hold ${what}`).not.toContain(secret);
  }
  expect(everything).not.toMatch(/eyJ|kty|JWT_LEEWAY|CryptoKey/);
});

test('the expanded panels have no axe violations in light and dark mode', async ({page}) => {
  // Several full-page axe runs over the largest page of the site: close to a minute on two cores.
  test.setTimeout(150_000);
  /** Audits the page as it is now in both schemes, switching without a reload. */
  const inBothSchemes = async (what: string, include?: string): Promise<void> => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await switchColourScheme(page, colorScheme);
      expect.soft(await axeViolations(page, {include}), `${colorScheme}, ${what}`).toEqual([]);
    }
  };
  {
    await page.emulateMedia({colorScheme: 'light'});
    await openPage(page, ROUTE);
    await pasteInto(page, 'Encoded token', await rs512());
    await pasteInto(page, 'Issuer 1 SECRET_KEY', SECRET);
    await pasteInto(page, 'Second token', await hs256(claims({version: '1.3.0'})));
    await page.getByText('Paste a JWT_AUTH block (YAML or JSON)').click();
    await page.getByRole('button', {name: 'Start from the Open edX template'}).click();
    await page.getByRole('button', {name: 'Create test token'}).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(outcome(page)).toContainText('Unsafe configuration');
    await inBothSchemes('test token refused');

    // A rejection, with what monitoring reports and the real reason.
    await configurePublicKeys(page);
    await page.getByRole('button', {name: '+1 hour'}).click();
    await expect(outcome(page)).toContainText('Monitoring shows InvalidAlgorithmError');
    await expect(outcome(page)).toContainText('Why it really failed');
    // Only the outcome changed: check it alone, which keeps the test within its time.
    await inBothSchemes('rejected with its reason', '[aria-label="Service outcome"]');

    // The other state of the test-token panel: a key pair, its public JWK Set and a token.
    await page.getByRole('button', {name: 'Generate an RS512 key pair'}).click();
    await expect(
      page.getByRole('textbox', {name: 'Public JWK Set for JWT_PUBLIC_SIGNING_JWK_SET'}),
    ).toHaveValue(/"kty": "RSA"/);
    await page.getByRole('button', {name: 'Create test token'}).click();
    await expect(page.getByRole('textbox', {name: 'Test token'})).toHaveValue(/^eyJ/);
    await inBothSchemes('key pair and test token');
  }
});

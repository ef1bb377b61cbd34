/**
 * The JWT decoder in the production build: decoding, verification, diagnostics, privacy
 * (no requests, nothing stored) and safety (claims are text). Tokens are minted with jose
 * (jwtDecoderPage.ts).
 */
import type {Request} from '@playwright/test';
import {axeViolations, expect, settle, switchColourScheme, test} from './fixtures';
import {
  SECRET,
  openEdxClaims,
  hs256,
  rs256WithJwks,
  b64u,
  openDecoder,
  tokenBox,
  keyBox,
  status,
  findings,
} from './jwtDecoderPage';

test('pasting a token shows its claims, explanations and findings', async ({page}) => {
  await openDecoder(page);
  await tokenBox(page).fill(`Authorization: JWT ${await hs256(openEdxClaims({scopes: 'email'}))}`);
  const claims = page.getByRole('table', {name: /Payload claims/});
  await expect(claims.getByRole('row', {name: /preferred_username/})).toContainText('edx');
  await expect(claims.getByRole('row', {name: /^exp/})).toContainText(/expires in 59 minutes/);
  await expect(claims.getByRole('row', {name: /^exp/})).toContainText(/UTC: \d{4}-\d\d-\d\dT/);
  await expect(
    claims.getByRole('row', {name: /^version/}).getByRole('link', {name: 'Reference for version'}),
  ).toHaveAttribute('href', '/docs/reference/claims#version');
  await expect(findings(page)).toContainText('claim-wrong-type');
  await expect(findings(page)).toContainText('alg-symmetric');
  await expect(findings(page)).toContainText('input-authorization-header');
  await expect(page.getByRole('region', {name: 'Payload'})).toContainText(
    '"grant_type": "password"',
  );
  await expect(status(page)).toHaveText(/^Signature not checked: Paste a secret/);

  // The reference link leads to the claim's entry.
  await claims.getByRole('link', {name: 'Reference for scopes'}).click();
  await expect(page).toHaveURL(/\/docs\/reference\/claims#scopes$/);
});

test('before a token, the result laid out in advance is unseen, takes no room or focus, and passes axe', async ({
  page,
}) => {
  await openDecoder(page);
  // Laid out for an example token once the browser is idle (ADR 0030).
  const segments = page.getByTestId('jwt-token-segments');
  await segments.waitFor({state: 'attached'});
  const signatureHeading = page.getByRole('heading', {name: 'Signature', exact: true});
  const headingTop = (await signatureHeading.boundingBox())?.y;
  await expect(segments).toBeHidden();
  expect(await segments.evaluate((element) => element.closest('[inert]')?.clientHeight)).toBe(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(findings(page)).toHaveCount(0);
  await expect(page.getByRole('button', {name: 'Copy share link'})).toHaveCount(0);
  await expect(page.getByText('Paste a token above').first()).toBeVisible();
  // Tab from the token box through the form: focus never enters the example.
  await tokenBox(page).focus();
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[inert]') ?? null),
    ).toBeNull();
  }
  await settle(page);
  expect(await axeViolations(page)).toEqual([]);

  const token = await hs256();
  await tokenBox(page).fill(token);
  await expect(segments).toBeVisible();
  await expect(segments).toHaveText(token);
  await expect(page.getByRole('table', {name: /Payload claims/})).toBeVisible();
  await expect(findings(page)).toBeVisible();
  expect(await segments.evaluate((element) => element.closest('[inert]'))).toBeNull();
  expect((await signatureHeading.boundingBox())?.y).toBeGreaterThan((headingTop ?? 0) + 100);
});

test('verifies HS256 with a secret and RS256 with a JWK Set', async ({page}) => {
  await openDecoder(page);
  await tokenBox(page).fill(await hs256());
  await keyBox(page).fill(SECRET);
  await expect(status(page)).toHaveText(/^Signature verified: The HS256 signature matches/);
  await keyBox(page).fill(`${SECRET}-wrong`);
  await expect(status(page)).toHaveText(/^Signature invalid: .*signature-mismatch/);

  const {token, jwks} = await rs256WithJwks();
  await tokenBox(page).fill(token);
  await keyBox(page).fill(jwks);
  await expect(status(page)).toHaveText(
    /^Signature verified: The RS256 signature matches key 2 of 2 \(kid "lms-2026"\)/,
  );
  await expect(findings(page)).toContainText('header-jku');
  await expect(findings(page)).toContainText('header-x5u');
});

test('diagnoses malformed input precisely', async ({page}) => {
  await openDecoder(page);
  const header = b64u('{"alg":"RS512","typ":"JWT"}');
  await tokenBox(page).fill(`${header}.eyJzdWIi%OiJ4In0.c2ln`);
  await expect(findings(page)).toContainText(
    'The payload (segment 2) contains "%" at position 9 of the segment',
  );
  await expect(page.getByRole('region', {name: 'Header'})).toContainText('"alg": "RS512"');

  await tokenBox(page).fill(`${header}.${b64u('{"sub": "x",}')}.c2ln`);
  await expect(findings(page)).toContainText(
    /payload \(segment 2\) is not valid JSON at character 13/,
  );

  await tokenBox(page).fill(`${header}.${b64u('{"sub":"x"}')}`);
  await expect(findings(page)).toContainText('The token has 2 segments');

  await tokenBox(page).fill(`${b64u('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a2V5.aXY.Y2lwaGVy.dGFn`);
  await expect(findings(page)).toContainText('token-encrypted');
  await expect(page.getByRole('region', {name: 'Payload'})).toContainText('Encrypted');
});

test('makes no request while decoding and verifying', async ({page}) => {
  await openDecoder(page);
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  page.on('request', record);
  const {token, jwks} = await rs256WithJwks();
  await tokenBox(page).fill(token);
  await keyBox(page).fill(jwks);
  await expect(status(page)).toHaveText(/^Signature verified/);
  const [hp1, hp2, sig] = (
    await hs256(openEdxClaims({iss: 'https://issuer.attacker.example'}))
  ).split('.');
  await tokenBox(page).fill('');
  await page.getByRole('textbox', {name: 'Header and payload cookie'}).fill(`${hp1}.${hp2}`);
  await page.getByRole('textbox', {name: 'Signature cookie'}).fill(sig!);
  await keyBox(page).fill(SECRET);
  await expect(status(page)).toHaveText(/^Signature verified/);
  await expect(findings(page)).toContainText('input-cookies-reassembled');
  // Give a late request (a timer, a lazy fetch) time to show up before the recording stops.
  await page.waitForTimeout(1500);
  page.off('request', record);
  // Viewport prefetch is off (src/plugins/link-prefetch) and openDecoder waited for the lazily
  // loaded inspector, so using the decoder must cause no request at all, not even same-origin.
  expect(requests).toEqual([]);
});

test('keeps nothing of the token, key or cookies after a reload', async ({page, context}) => {
  await openDecoder(page);
  const token = await hs256();
  // A second token for the cookie boxes, so both inputs' contents are looked for.
  const [cookieHeader, cookiePayload, cookieSignature] = (
    await hs256(openEdxClaims({preferred_username: 'cookie-user'}))
  ).split('.') as [string, string, string];
  const hpBox = page.getByRole('textbox', {name: 'Header and payload cookie'});
  const sigBox = page.getByRole('textbox', {name: 'Signature cookie'});
  await tokenBox(page).fill(token);
  await keyBox(page).fill(SECRET);
  await expect(status(page)).toHaveText(/^Signature verified/);
  await hpBox.fill(`${cookieHeader}.${cookiePayload}`);
  await sigBox.fill(cookieSignature);
  await expect(findings(page)).toContainText('input-cookies-reassembled');
  await expect(status(page)).toHaveText(/^Signature verified/);

  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  for (const box of [tokenBox(page), keyBox(page), hpBox, sigBox])
    await expect(box).toHaveValue('');

  // Canaries prove the readers below see IndexedDB values and Cache Storage entries.
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('e2e-canary');
      open.onupgradeneeded = () => open.result.createObjectStore('store');
      open.onsuccess = () => {
        const tx = open.result.transaction('store', 'readwrite');
        tx.objectStore('store').put({value: 'idb-canary-value'}, 'key');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
    });
    await (await caches.open('e2e-canary')).put('/cache-canary', new Response(''));
  });
  const stored = await page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Array.from({length: storage.length}, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    // Values as text: strings and JSON as they are, bytes and blobs decoded, so a token stored
    // in any shape is found.
    const asText = async (value: unknown): Promise<string> => {
      if (typeof value === 'string') return value;
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        return new TextDecoder().decode(value as ArrayBuffer);
      }
      return JSON.stringify(value) ?? String(value);
    };
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      });
    const indexed: string[] = [];
    for (const {name} of await indexedDB.databases()) {
      if (!name) continue;
      indexed.push(`indexedDB ${name}`);
      const db = await request(indexedDB.open(name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        indexed.push(`${storeName}: ${await asText(keys)}`);
        for (const value of values) indexed.push(await asText(value));
      }
      db.close();
    }
    const cached: string[] = [];
    for (const cacheName of await caches.keys()) {
      cached.push(`cache ${cacheName}`);
      for (const entry of await (await caches.open(cacheName)).keys()) cached.push(entry.url);
    }
    return [
      ...dump(localStorage),
      ...dump(sessionStorage),
      ...indexed,
      ...cached,
      document.cookie,
      location.href,
    ];
  });
  const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`);
  const everything = [...stored, ...cookies, page.url()].join('\n');
  expect(everything).toContain('idb-canary-value');
  expect(everything).toContain('/cache-canary');
  for (const secret of [
    token.split('.')[1]!.slice(0, 40),
    token.split('.')[2]!,
    cookiePayload.slice(0, 40),
    cookieSignature,
    SECRET,
  ]) {
    expect(everything).not.toContain(secret);
  }
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
});

test('a decoded token passes axe in light mode, in dark mode and at phone width', async ({
  page,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.emulateMedia({colorScheme: 'light'});
  await openDecoder(page);
  await tokenBox(page).fill(await hs256(openEdxClaims({exp: 1, version: '2.0.0'})));
  await keyBox(page).fill(SECRET);
  await expect(status(page)).toHaveText(/^Signature verified/);
  await page.getByRole('button', {name: 'Copy share link'}).click();
  await settle(page);
  expect.soft(await axeViolations(page), 'light').toEqual([]);
  // On a phone the token and the payload wrap into more lines than their boxes show, and scroll.
  await page.setViewportSize({width: 390, height: 844});
  await settle(page);
  expect.soft(await axeViolations(page), 'phone width').toEqual([]);
  // Dark last: resizing the window after switching back from dark stalled headless Chromium in
  // about half the runs (also on the code of 9aea058, so not a change of the site).
  await switchColourScheme(page, 'dark');
  expect.soft(await axeViolations(page), 'dark, phone width').toEqual([]);
});

test('Compare shows dates and the lifetime difference, and keeps each side named at 390 and 1280 px', async ({
  page,
}) => {
  const issued = Math.floor(Date.now() / 1000) - 5;
  const before = await hs256(openEdxClaims({iat: issued, exp: issued + 3600}));
  const after = await hs256(openEdxClaims({iat: issued, exp: issued + 1800}));
  for (const viewport of [
    {width: 390, height: 844},
    {width: 1280, height: 800},
  ]) {
    await page.setViewportSize(viewport);
    await openDecoder(page);
    await tokenBox(page).fill(before);
    await page.getByRole('textbox', {name: 'Second token'}).fill(after);
    const summary = page.getByRole('status', {name: 'Comparison summary'});
    await expect(summary).toContainText(
      /^1 claim differs: exp \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ → \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\./,
    );
    await expect(summary).toContainText('Lifetime 1 h → 30 min (token above → second token');
    const table = page.getByRole('table', {name: 'Differences between the two tokens'});
    const [above, second] = await table
      .getByRole('row', {name: /^exp/})
      .getByRole('cell')
      .all()
      .then((cells) => cells.slice(1));
    await expect(above!).toContainText(/expires in 59 minutes/);
    await expect(above!).toContainText(/UTC: \d{4}-\d\d-\d\dT/);
    await expect(second!).toContainText(/expires in 29 minutes/);
    // Each value says which token it belongs to: on a phone above the value (the column headers
    // are hidden), wider up in the column headers.
    const phone = viewport.width < 640;
    await expect(above!.getByText('Token above', {exact: true})).toBeVisible({visible: phone});
    await expect(second!.getByText('Second token', {exact: true})).toBeVisible({visible: phone});
    // The column headers stay for screen readers; on a phone they are clipped to 1 px.
    await expect(table.getByRole('columnheader', {name: 'Token above'})).toBeAttached();
    const headerRow = await table.locator('thead').boundingBox();
    expect(headerRow!.width > 1).toBe(!phone);
    // Neither the page nor the table's own box scrolls sideways: the dates wrap.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(
      await table.evaluate((element) => {
        const box = element.parentElement!;
        return box.scrollWidth <= box.clientWidth;
      }),
    ).toBe(true);
    expect(await axeViolations(page), `${viewport.width} px`).toEqual([]);
  }
});

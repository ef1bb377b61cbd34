/**
 * The decoder's links: a shared link carries the token in the fragment only, is read once and
 * removed from the address bar; hostile payloads in a link are shown as text, to a limit.
 */
import {expect, openPage, test} from './fixtures';
import {
  ROUTE,
  SECRET,
  hs256,
  b64u,
  openDecoder,
  tokenBox,
  keyBox,
  findings,
} from './jwtDecoderPage';

test('shares a link with the token in the fragment only, after a warning', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDecoder(page);
  const token = await hs256();
  await tokenBox(page).fill(token);
  await keyBox(page).fill(SECRET);
  await page.getByRole('button', {name: 'Copy share link'}).click();
  await expect(page.getByText(/Anyone who gets it can read every claim/)).toBeVisible();
  await page.getByRole('button', {name: 'Copy the link anyway'}).click();
  let link = '';
  const copied = page.getByText('Share link copied.');
  const fallbackBox = page.getByRole('textbox', {name: /Share link/});
  await expect(copied.or(fallbackBox).first()).toBeVisible();
  if (await copied.isVisible()) {
    link = await page.evaluate(() => navigator.clipboard.readText());
  } else {
    link = await page.getByRole('textbox', {name: /Share link/}).inputValue();
  }
  await expect.poll(() => link).toContain('#token=');
  expect(new URL(link).search).toBe('');
  expect(link).not.toContain(SECRET);

  await openDecoder(page, `${ROUTE}#token=${token}`);
  await expect(tokenBox(page)).toHaveValue(token);
  await expect(page.getByRole('table', {name: /Payload claims/})).toContainText(
    'preferred_username',
  );
});

test('a #token= link is read once, then gone from the address bar and from history', async ({
  page,
}) => {
  const token = await hs256();
  await openDecoder(page, `${ROUTE}#token=${token}`);
  await expect(tokenBox(page)).toHaveValue(token);
  await expect(page.getByText('This token came from the link you opened.')).toBeVisible();
  expect(page.url()).not.toContain('token=');
  // Away and back: the history entry no longer carries the token, so the box stays empty.
  await openPage(page, '/');
  await page.goBack();
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  expect(page.url()).not.toContain('token=');
  await expect(tokenBox(page)).toHaveValue('');
});

test('a #token= link to a payload nested 5,000 deep shows it to a limit without crashing', async ({
  page,
}) => {
  const nested = `{"sub":"deep-user","deep":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const token = `${b64u('{"alg":"HS256","typ":"JWT"}')}.${b64u(nested)}.c2ln`;
  await openDecoder(page, `${ROUTE}#token=${token}`);
  await expect(findings(page)).toContainText('json-too-deep');
  await expect(findings(page)).toContainText('nested 5,001 levels deep');
  await expect(page.getByRole('region', {name: 'Payload'})).toContainText('[…]');
  // The rest of the page still works: another token decodes.
  await tokenBox(page).fill(await hs256());
  await expect(findings(page)).not.toContainText('json-too-deep');
});

test('an HTML payload is shown as text and never runs', async ({page}) => {
  await openDecoder(page);
  const evil = `<img src="/x.png" onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>`;
  const token = `${b64u('{"alg":"HS256","typ":"JWT"}')}.${b64u(JSON.stringify({name: evil, [evil]: 1}))}.c2ln`;
  await tokenBox(page).fill(token);
  await expect(page.getByRole('table', {name: /Payload claims/})).toContainText(evil);
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned),
  ).toBeUndefined();
  await expect(page.locator('main img[src="/x.png"], main b:text("bold")')).toHaveCount(0);
});

/**
 * A newcomer's path (issue #14): the home page's first button and the first sidebar entry lead to
 * Start here; the setup page's JWT_AUTH block copies exactly and, pasted into the decoder's
 * service panel (which its link opens), is read as settings; troubleshooting has its own entry.
 * Axe, phone width and JavaScript-off coverage of these pages comes from every-page.spec.ts.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, openPage, test} from './fixtures';

const START_HERE = '/docs/start-here';
const SETUP = '/docs/background/verifying-service-setup';

/** The JWT_AUTH block exactly as the page's source writes it. */
function jwtAuthBlockSource(): string {
  const source = readFileSync(
    path.join(__dirname, '..', 'docs', 'background', 'verifying-service-setup.mdx'),
    'utf8',
  );
  const block = /```yaml title="JWT_AUTH[^"]*"\n([\s\S]*?)\n```/.exec(source)?.[1];
  if (!block) throw new Error('The JWT_AUTH block is missing from verifying-service-setup.mdx');
  return block;
}

test('the home page’s first button leads to Start here', async ({page}) => {
  await openPage(page, '/');
  // The buttons, in page order (the headings' hash links are not buttons).
  const firstButton = page.getByRole('main').locator('a.button').first();
  await expect(firstButton).toHaveText('Start here: JWTs in five minutes');
  await firstButton.click();
  await expect(page).toHaveURL(new RegExp(`${START_HERE}$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'JWTs in Open edX in five minutes',
  );
});

test('Start here is the first entry of the docs sidebar, and Troubleshooting has its own', async ({
  page,
}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await openPage(page, '/docs/background');
  const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
  const first = sidebar.getByRole('link').first();
  await expect(first).toHaveText('Start here');
  await expect(first).toHaveAttribute('href', START_HERE);
  // A top-level entry: a link that is a direct item of the sidebar's first list, not in a category.
  const topLevel = sidebar.locator('ul.menu__list > li.menu__list-item > a.menu__link');
  await expect(topLevel.filter({hasText: 'Troubleshooting'})).toHaveAttribute(
    'href',
    '/docs/troubleshooting',
  );
});

test('Start here has the system map and answers each question with a link to its page', async ({
  page,
}) => {
  await openPage(page, START_HERE);
  await expect(
    page.getByRole('img', {name: 'Who gets a JWT from the LMS and where it is checked'}),
  ).toBeVisible();
  const table = page.getByRole('table').first();
  for (const row of [
    'Who asks',
    'Grant',
    'Algorithm',
    'Lifetime (default)',
    'Where it is cached',
    'Who holds it',
  ]) {
    await expect(table.getByText(row, {exact: true})).toBeVisible();
  }
  await page.getByRole('link', {name: 'Set up a service that verifies LMS tokens'}).click();
  await expect(page).toHaveURL(new RegExp(`${SETUP}$`));
});

test('the JWT_AUTH block copies exactly, and the decoder link opens the panel that reads it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, SETUP);
  const block = page.locator('.theme-code-block').filter({hasText: 'JWT_PUBLIC_SIGNING_JWK_SET'});
  await expect(block).toHaveCount(1);
  await block.hover();
  await block.getByRole('button', {name: /copy/i}).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe(jwtAuthBlockSource().trim());
  expect(copied).toContain('JWT_AUTH_HEADER_PREFIX: JWT');

  await page.getByRole('link', {name: /^the decoder.s service panel$/}).click();
  await expect(page).toHaveURL(/\/docs\/tools\/jwt-decoder#service-panel$/);
  const panel = page.getByRole('region', {name: 'As an Open edX service sees it'});
  const settingsBox = panel.getByRole('textbox', {name: 'JWT_AUTH settings'});
  await expect(settingsBox, 'the link opens the JWT_AUTH box').toBeVisible();
  await expect(settingsBox).toBeInViewport();
  await settingsBox.fill(copied);
  await panel.getByRole('button', {name: 'Apply settings'}).click();
  await expect(panel.getByRole('status').filter({hasText: /^Applied/})).toBeVisible();
  await expect(panel.getByRole('textbox', {name: 'Issuer 1 ISSUER'})).toHaveValue(
    'https://lms.example.com/oauth2',
  );
  // The link carries no token and no settings: only the panel's anchor.
  expect(new URL(page.url()).search).toBe('');
});

/**
 * The pull-request kit against the production build: a pull request's address becomes the run, the
 * five links and the Markdown; Copy Markdown puts exactly that on the clipboard; a link opens the
 * checklist on that run. The template is in the static HTML for readers without JavaScript.
 */
import {axeViolations, expect, openPage, settle, switchColourScheme, test} from './fixtures';

const ROUTE = '/docs/checklists/pull-request-template';
// The default site address (docusaurus.config.ts): the template in the server HTML links there.
const SITE = 'https://openedx-jwt-guide.example.org';
const RUN = 'openedx/edx-platform#12345';
const Q = '?run=openedx%2Fedx-platform%2312345';

/** The kit's Markdown; its links go to `origin`, the page's own as no deployed URL is configured. */
const expectedMarkdown = (origin: string): string =>
  [
    '### Touching JWTs?',
    '',
    'Checklists for run openedx/edx-platform\\#<!-- -->12345. Work through each one and paste it below with **Copy as Markdown**.',
    '',
    `- [Plan your change](${origin}/docs/checklists/plan-your-change${Q})`,
    `- [Rollout](${origin}/docs/checklists/rollout${Q})`,
    `- [Observability](${origin}/docs/checklists/observability${Q})`,
    `- [Communication](${origin}/docs/checklists/communication${Q})`,
    '',
    `Plan the token drain with the [rollout timeline](${origin}/docs/tools/rollout-timeline${Q}) and write the announcements with the [communication messages](${origin}/docs/communication/messages${Q}).`,
    '',
  ].join('\n');

test('a pull request address gives the run, the links and the exact Markdown, copied to the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, ROUTE);
  const field = page.getByRole('textbox', {name: 'Pull request', exact: true});
  await field.pressSequentially(
    'https://github.com/openedx/edx-platform/pull/12345/files#diff-0a1b2c',
  );
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText(`Run: ${RUN}`)).toBeVisible();

  const links = page.getByRole('list', {name: 'Links for this run'}).getByRole('link');
  await expect(links).toHaveText([
    'Plan your change',
    'Rollout',
    'Observability',
    'Communication',
    'Rollout timeline',
    'Communication messages',
  ]);
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href')),
  );
  expect(hrefs).toEqual([
    `/docs/checklists/plan-your-change${Q}`,
    `/docs/checklists/rollout${Q}`,
    `/docs/checklists/observability${Q}`,
    `/docs/checklists/communication${Q}`,
    `/docs/tools/rollout-timeline${Q}`,
    `/docs/communication/messages${Q}`,
  ]);

  const EXPECTED_MARKDOWN = expectedMarkdown(new URL(page.url()).origin);
  const markdown = page.getByRole('textbox', {name: 'Markdown for the pull request description'});
  await expect(markdown).toHaveValue(EXPECTED_MARKDOWN);

  await page.getByRole('button', {name: 'Copy Markdown'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Copied'})).toHaveText(
    'Copied the Markdown. Paste it into the pull request description.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED_MARKDOWN);
});

test('a mistyped pull request is explained next to the field', async ({page}) => {
  await openPage(page, ROUTE);
  const field = page.getByRole('textbox', {name: 'Pull request', exact: true});
  await field.fill('https://github.com/openedx/edx-platform/issues/12345');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/^This GitHub address is not a pull request\./);
  await expect(page.getByRole('button', {name: 'Copy Markdown'})).toHaveCount(0);
});

test('the rollout link opens the checklist on the pull request run', async ({page}) => {
  await openPage(page, ROUTE);
  await page
    .getByRole('textbox', {name: 'Pull request', exact: true})
    .fill('openedx/edx-platform#12345');
  await page
    .getByRole('list', {name: 'Links for this run'})
    .getByRole('link', {name: 'Rollout', exact: true})
    .click();
  await page.waitForURL(`**/docs/checklists/rollout${Q}`);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const run = page.getByRole('combobox', {name: 'Run'});
  await expect(run).toBeEnabled();
  await expect(run).toHaveValue(RUN);
  // Opening the run stores nothing: the list has no other run, and nothing is being saved.
  await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
  await expect(run.getByRole('option')).toHaveText(['default', RUN]);
});

test('the template is in the page without JavaScript', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(ROUTE);
  const code = page
    .locator('pre')
    .filter({hasText: 'Checklists for run OWNER/REPO\\#<!-- -->NUMBER.'});
  await expect(code).toContainText(
    `- [Rollout](${SITE}/docs/checklists/rollout?run=OWNER%2FREPO%23NUMBER)`,
  );
  await expect(code).toContainText('GitHub cannot fill in the pull request number.');
  await context.close();
});

test('the filled-in kit, an error and the template have no axe violations in light and dark mode', async ({
  page,
}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await openPage(page, ROUTE);
  await page.getByRole('textbox', {name: 'Pull request', exact: true}).fill(RUN);
  await page.getByRole('textbox', {name: 'Repository (optional)'}).fill('not a repository');
  await expect(page.getByRole('button', {name: 'Copy Markdown'})).toBeVisible();
  await settle(page);
  expect.soft(await axeViolations(page), 'light').toEqual([]);
  await switchColourScheme(page, 'dark');
  expect.soft(await axeViolations(page), 'dark').toEqual([]);
});

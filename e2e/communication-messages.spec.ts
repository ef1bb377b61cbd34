/**
 * Communication messages in a real browser, against the production build: the form is kept per
 * run, a new form takes its times from the run's rollout plan, and the copy buttons copy exactly
 * the text shown.
 */
import {expect, openPage, test} from './fixtures';

const ROUTE = '/docs/communication/messages';

test.use({timezoneId: 'Europe/Berlin'});

test('a new form takes the rollout plan’s times, and the form is kept per run', async ({page}) => {
  // A plan for the run first.
  await openPage(page, '/docs/tools/rollout-timeline?run=PR%2077');
  await expect(page.getByText(/^Time zone: Europe\/Berlin/)).toBeVisible();
  await page.getByLabel('Start time').fill('2026-03-10T10:00');
  await expect(page.locator('form[data-saving]')).toHaveAttribute('data-saving', 'false');
  await page.getByRole('link', {name: 'Communication messages', exact: true}).click();

  await expect(page).toHaveURL(/\/docs\/communication\/messages\?run=PR%2077$/);
  await expect(page.getByLabel('Start time')).toHaveValue('2026-03-10T10:00');
  await expect(page.getByLabel('Watch until')).toHaveValue('2026-03-10T11:00');
  await expect(page.getByRole('status').first()).toContainText(
    'taken from the rollout plan of this run',
  );

  await page.getByRole('textbox', {name: 'What changes'}).fill('New signing key');
  await page.getByRole('textbox', {name: 'Contact'}).fill('Ana, #jwt-rollout');
  const incident = page.getByRole('textbox', {name: 'Incident channel message'});
  await expect(incident).toHaveValue(
    /^JWT change starting now \(2026-03-10 09:00 UTC\): New signing key\n/,
  );
  await expect(page.locator('form[data-saving]')).toHaveAttribute('data-saving', 'false');
  await page.reload();
  await expect(page.getByRole('textbox', {name: 'What changes'})).toHaveValue('New signing key');

  // Another run has its own, empty form.
  await page.getByRole('combobox', {name: 'Run'}).selectOption('default');
  await expect(page.getByRole('textbox', {name: 'What changes'})).toHaveValue('');
  await expect(incident).toHaveValue(/\): \[what changes\]\n/);
});

test('Copy buttons copy exactly the message shown', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, ROUTE);
  await expect(page.getByLabel('Start time')).not.toHaveValue('');
  await page.getByRole('textbox', {name: 'Who is affected'}).fill('Partners with LTI tools');
  const partners = page.getByRole('textbox', {name: 'Partners message'});
  await page.getByRole('button', {name: 'Copy partners message'}).click();
  await expect(page.getByText('Copied the partners message.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await partners.inputValue());
  expect(copied).toContain('Who is affected: Partners with LTI tools');
});

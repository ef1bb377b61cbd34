/**
 * One change, one run (issue #15), against the production build: the run chosen on one page stays
 * open across internal links, the sidebar and Next/Previous; every page shows it; a run named in an
 * address is created only by an edit or Start; a pull-request reference typed without encoding is
 * recognised; the run list shows and manages whole runs.
 */
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {communication} from '../src/data/checklists/communication';
import {observability} from '../src/data/checklists/observability';
import {planYourChange} from '../src/data/checklists/planYourChange';
import {rollout} from '../src/data/checklists/rollout';
import {axeViolations, expect, openPage, test} from './fixtures';

const RUN = 'openedx/edx-platform#40001';

/** The run named by the address bar (`null` without `?run=`). */
function runInAddress(page: Page): string | null {
  return new URL(page.url()).searchParams.get('run');
}

/** Waits until the page has hydrated after a click that navigated. */
async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

async function expectRunOpen(page: Page, run: string): Promise<void> {
  await hydrated(page);
  await expect.poll(() => runInAddress(page)).toBe(run);
  await expect(page.getByRole('complementary', {name: 'Current run'})).toContainText(run);
}

async function expectChecklistOn(page: Page, run: string): Promise<void> {
  await expectRunOpen(page, run);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue(run);
  await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
}

function sidebar(page: Page) {
  return page.getByRole('navigation', {name: 'Docs sidebar'});
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
}

test('a run started on one checklist stays open through Next, the sidebar, tool links and guide pages', async ({
  page,
}) => {
  await openPage(page, '/docs/checklists/plan-your-change');
  await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
  await page.getByRole('textbox', {name: 'New run'}).fill(RUN);
  await page.getByRole('button', {name: 'Start run'}).click();
  await expectChecklistOn(page, RUN);
  await page.getByRole('checkbox', {name: planYourChange.items[0]!.title, exact: true}).check();
  await waitUntilSaved(page);

  // Next: the rollout checklist.
  await page.getByRole('link', {name: /^Next/}).click();
  await expect(page).toHaveURL(/\/docs\/checklists\/rollout\?/);
  await expectChecklistOn(page, RUN);
  await page.getByRole('checkbox', {name: rollout.items[0]!.title, exact: true}).check();
  await waitUntilSaved(page);

  // The sidebar: observability, then communication.
  await sidebar(page).getByRole('link', {name: 'Observability checklist'}).click();
  await expect(page).toHaveURL(/\/docs\/checklists\/observability\?/);
  await expectChecklistOn(page, RUN);
  await expect(
    page.getByRole('checkbox', {name: observability.items[0]!.title, exact: true}),
  ).not.toBeChecked();
  await sidebar(page).getByRole('link', {name: 'Communication checklist'}).click();
  await expectChecklistOn(page, RUN);
  await expect(
    page.getByRole('checkbox', {name: communication.items[0]!.title, exact: true}),
  ).toBeVisible();

  // Tool links: the messages, then the rollout timeline.
  await page.getByRole('link', {name: 'Communication messages', exact: true}).first().click();
  await expect(page).toHaveURL(/\/docs\/communication\/messages\?/);
  await expectRunOpen(page, RUN);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue(RUN);
  await page.getByRole('link', {name: 'Rollout plan', exact: true}).first().click();
  await expect(page).toHaveURL(/\/docs\/tools\/rollout-timeline\?/);
  await expectRunOpen(page, RUN);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue(RUN);

  // A guide page from the sidebar, then Previous and a link in the text.
  await sidebar(page).getByRole('link', {name: 'JWT decoder'}).click();
  await expect(page).toHaveURL(/\/docs\/tools\/jwt-decoder\?/);
  await expectRunOpen(page, RUN);
  await page
    .getByRole('navigation', {name: 'Main'})
    .getByRole('link', {name: 'Checklists'})
    .click();
  await expect(page).toHaveURL(/\/docs\/checklists\?/);
  await expectRunOpen(page, RUN);
  await page.getByRole('main').getByRole('link', {name: 'Rollout', exact: true}).click();
  await expectChecklistOn(page, RUN);
  await expect(
    page.getByRole('checkbox', {name: rollout.items[0]!.title, exact: true}),
  ).toBeChecked();
  await page.getByRole('link', {name: /^Previous/}).click();
  await expectChecklistOn(page, RUN);
  await expect(
    page.getByRole('checkbox', {name: planYourChange.items[0]!.title, exact: true}),
  ).toBeChecked();

  // The pull-request kit starts from the open run.
  await sidebar(page).getByRole('link', {name: 'Pull-request template'}).click();
  await expectRunOpen(page, RUN);
  await expect(page.getByRole('textbox', {name: 'Pull request', exact: true})).toHaveValue(RUN);
  await expect(page.getByText(`Run: ${RUN}`)).toBeVisible();
});

test('links carry the run when opened in a new tab, and Leave run goes back to the default', async ({
  page,
}) => {
  await openPage(page, `/docs/checklists/rollout?run=${encodeURIComponent(RUN)}`);
  await expectChecklistOn(page, RUN);
  const next = page.getByRole('link', {name: /^Next/});
  await next.hover();
  await expect(next).toHaveAttribute('href', /\/docs\/checklists\/observability\?run=/);
  expect(new URL((await next.getAttribute('href'))!, page.url()).searchParams.get('run')).toBe(RUN);
  // Links that name their own run keep it.
  const plan = page.getByRole('link', {name: 'Rollout plan', exact: true}).first();
  await plan.hover();
  expect(new URL((await plan.getAttribute('href'))!, page.url()).searchParams.get('run')).toBe(RUN);

  await page
    .getByRole('complementary', {name: 'Current run'})
    .getByRole('button', {name: 'Leave run'})
    .click();
  await expect.poll(() => runInAddress(page)).toBeNull();
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('default');
  await expect(page.getByRole('complementary', {name: 'Current run'})).toHaveCount(0);
  await next.hover();
  await expect(next).toHaveAttribute('href', '/docs/checklists/observability');
});

test('a guide page shows the open run only after hydration, without moving the content', async ({
  browser,
  page,
}) => {
  const path = `/docs/rollout/expiry-window?run=${encodeURIComponent(RUN)}`;
  const noScript = await browser.newContext({javaScriptEnabled: false});
  const staticPage = await noScript.newPage();
  await staticPage.goto(path);
  await expect(staticPage.getByRole('complementary', {name: 'Current run'})).toHaveCount(0);
  await noScript.close();

  await page.goto(path);
  const heading = page.getByRole('heading', {level: 1});
  const before = (await heading.boundingBox())!;
  await hydrated(page);
  await expect(page.getByRole('complementary', {name: 'Current run'})).toContainText(RUN);
  expect((await heading.boundingBox())!.y).toBe(before.y);
  expect(await axeViolations(page)).toEqual([]);
});

test('opening a run from a link saves nothing until the first edit', async ({page}) => {
  for (const path of [
    '/docs/checklists/rollout',
    '/docs/tools/rollout-timeline',
    '/docs/communication/messages',
  ]) {
    await openPage(page, `${path}?run=only-visited`);
    await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('only-visited');
    await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
    await waitUntilSaved(page);
  }
  await openPage(page, '/docs/checklists/rollout');
  const select = page.getByRole('combobox', {name: 'Run'});
  await expect(select).toBeEnabled();
  await expect(select.getByRole('option')).toHaveText(['default']);

  // The first tick creates it.
  await openPage(page, '/docs/checklists/rollout?run=only-visited');
  await page.getByRole('checkbox', {name: rollout.items[0]!.title, exact: true}).check();
  await waitUntilSaved(page);
  await openPage(page, '/docs/checklists/observability');
  await expect(select).toBeEnabled();
  await expect(select.getByRole('option')).toHaveText(['default', 'only-visited']);
});

test('a pull request typed unencoded in ?run= is recognised and offered', async ({page}) => {
  await openPage(page, `/docs/checklists/rollout?run=openedx/edx-platform#40001`);
  const offer = page.getByRole('button', {name: `Open run ${RUN}`});
  await expect(offer).toBeVisible();
  await expect(page.getByText(/“#40001” after the run name/)).toBeVisible();
  await offer.click();
  await expectChecklistOn(page, RUN);
  expect(new URL(page.url()).hash).toBe('');
  await expect(offer).toHaveCount(0);
});

test('Escape closes the reset and delete confirmations and returns focus', async ({page}) => {
  for (const path of ['/docs/checklists/rollout', '/docs/tools/rollout-timeline']) {
    await openPage(page, path);
    for (const name of ['Reset run', 'Delete run']) {
      const trigger = page.getByRole('button', {name, exact: true});
      await expect(trigger).toBeEnabled();
      await trigger.click();
      await expect(page.getByRole('group', {name: 'Confirm'})).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('group', {name: 'Confirm'})).toHaveCount(0);
      await expect(trigger).toBeFocused();
    }
  }
});

test('the run list shows every part of a run, and renames, exports and deletes whole runs', async ({
  page,
}) => {
  const encoded = encodeURIComponent(RUN);
  await openPage(page, `/docs/checklists/rollout?run=${encoded}`);
  await page.getByRole('checkbox', {name: rollout.items[0]!.title, exact: true}).check();
  await waitUntilSaved(page);
  await page.getByRole('link', {name: 'Rollout plan', exact: true}).first().click();
  await expectRunOpen(page, RUN);
  await page.getByRole('textbox', {name: 'What changes (optional)'}).fill('New signing key');
  await waitUntilSaved(page);

  await page
    .getByRole('complementary', {name: 'Current run'})
    .getByRole('link', {name: 'All runs'})
    .click();
  await expect(page).toHaveURL(/\/docs\/checklists\/runs\?run=/);
  const entry = page.getByRole('listitem').filter({
    has: page.getByRole('heading', {level: 3, name: `${RUN} (open on this page)`}),
  });
  await expect(entry.getByRole('listitem')).toHaveText([
    `Plan your change checklist: not started`,
    `Rollout checklist: 1 of ${rollout.items.length} done`,
    'Observability checklist: not started',
    'Communication checklist: not started',
    'Rollout plan: saved',
    'Communication messages: none yet',
  ]);
  expect(await axeViolations(page, {include: 'main'})).toEqual([]);

  const downloading = page.waitForEvent('download');
  await entry.getByRole('button', {name: `Export run ${RUN}`}).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('run-openedx-edx-platform-40001.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file.documents.map((document: {type: string}) => document.type).sort()).toEqual([
    'checklist-rollout',
    'rollout-plan',
  ]);

  await entry.getByRole('button', {name: `Rename run ${RUN}`}).click();
  const name = page.getByRole('textbox', {name: `New name for run “${RUN}”`});
  await name.fill('openedx/edx-platform#40002');
  await page.getByRole('button', {name: 'Save name'}).click();
  await expect(page.getByRole('status').first()).toContainText('was renamed to');
  await expectRunOpen(page, 'openedx/edx-platform#40002');

  const renamed = page.getByRole('listitem').filter({
    has: page.getByRole('heading', {level: 3, name: /^openedx\/edx-platform#40002/}),
  });
  const remove = renamed.getByRole('button', {name: 'Delete run openedx/edx-platform#40002'});
  await remove.click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', {name: 'Confirm'})).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.click();
  await page.getByRole('button', {name: 'Yes, delete the whole run'}).click();
  await expect(page.getByText('No runs in this browser yet.')).toBeVisible();
  await expect.poll(() => runInAddress(page)).toBeNull();

  await openPage(page, '/docs/tools/rollout-timeline?run=openedx%2Fedx-platform%2340002');
  await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
  await expect(page.getByRole('textbox', {name: 'What changes (optional)'})).toHaveValue('');
});

/**
 * Checklists in a real browser, against the production build: persistence across reloads (IndexedDB,
 * localStorage fallback, memory with a "not saved" notice), runs, two-tab sync, deep links and the
 * Markdown copy.
 */
import type {Page} from '@playwright/test';
import {rollout} from '../src/data/checklists/rollout';
import {axeViolations, expect, openPage, settle, switchColourScheme, test} from './fixtures';

const ROUTE = '/docs/checklists/rollout';
const [first, second, third] = rollout.items as [
  (typeof rollout.items)[number],
  (typeof rollout.items)[number],
  (typeof rollout.items)[number],
];
const TOTAL = rollout.items.length;

/** Opens a checklist page and waits until the saved run is loaded (controls enabled). */
async function openChecklist(page: Page, path = ROUTE): Promise<void> {
  await openPage(page, path);
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeEnabled();
}

/** Waits until every change on the page is written, so a navigation cannot cut a write short. */
async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
}

function itemRow(page: Page, id: string) {
  return page.locator(`li[id="${id}"]`);
}

test('a ticked item is still ticked after a reload (IndexedDB), keyboard only', async ({page}) => {
  await openChecklist(page);
  await expect(page.getByRole('status')).toContainText('Saved in this browser.');
  await page.getByRole('checkbox', {name: first.title, exact: true}).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', {name: `Notes for ${second.title}`}).fill('Toggle: ABC_FLAG');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  // Notes are saved after a short pause; data-saving is already "true" when fill() returns.
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeEnabled();
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeChecked();
  await expect(page.getByRole('textbox', {name: `Notes for ${second.title}`})).toHaveValue(
    'Toggle: ABC_FLAG',
  );
  await expect(page.getByText(`Progress: 1 of ${TOTAL} done`)).toBeVisible();
});

test('two pages on the same run stay in sync, and edits to different items both survive', async ({
  context,
}) => {
  const pageA = await context.newPage();
  const pageB = await context.newPage();
  await openChecklist(pageA, `${ROUTE}?run=sync-test`);
  await openChecklist(pageB, `${ROUTE}?run=sync-test`);

  await pageA.getByRole('checkbox', {name: first.title, exact: true}).check();
  await expect(pageB.getByRole('checkbox', {name: first.title, exact: true})).toBeChecked({
    timeout: 1000,
  });

  // Near-simultaneous edits of different items in the two tabs.
  await Promise.all([
    pageA.getByRole('checkbox', {name: second.title, exact: true}).check(),
    itemRow(pageB, third.id)
      .getByRole('checkbox', {name: /^Not applicable/})
      .check(),
  ]);
  for (const page of [pageA, pageB]) {
    await expect(page.getByRole('checkbox', {name: second.title, exact: true})).toBeChecked();
    await expect(
      itemRow(page, third.id).getByRole('checkbox', {name: /^Not applicable/}),
    ).toBeChecked();
    await expect(page.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      `2 of ${TOTAL} done · 1 not applicable`,
    );
  }
  await pageA.reload();
  await expect(pageA.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
});

test('?run= keeps runs apart and switching runs updates the address', async ({page}) => {
  await openChecklist(page, `${ROUTE}?run=openedx%2Fedx-platform%2312345`);
  const run = page.getByRole('combobox', {name: 'Run'});
  await expect(run).toHaveValue('openedx/edx-platform#12345');
  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await waitUntilSaved(page);

  await openChecklist(page, `${ROUTE}?run=PR%202`);
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).not.toBeChecked();
  await expect(run.getByRole('option')).toHaveText([
    'default',
    'openedx/edx-platform#12345',
    'PR 2',
  ]);

  await run.selectOption('openedx/edx-platform#12345');
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeChecked();
  expect(new URL(page.url()).searchParams.get('run')).toBe('openedx/edx-platform#12345');
  await page.reload();
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('openedx/edx-platform#12345');

  await openChecklist(page);
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('default');
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).not.toBeChecked();
});

test('#item deep link scrolls to and highlights the item', async ({page}) => {
  const target = rollout.items[8]!;
  await openChecklist(page, `${ROUTE}#${target.id}`);
  const row = itemRow(page, target.id);
  await expect(row).toHaveClass(/itemHighlighted/);
  await expect(row).toBeInViewport();
  await expect(itemRow(page, first.id)).not.toHaveClass(/itemHighlighted/);
});

for (const fragment of ['#%', '#100%']) {
  test(`a stray % in the fragment (${fragment}) leaves the checklist working`, async ({page}) => {
    await openChecklist(page, `${ROUTE}${fragment}`);
    await page.getByRole('checkbox', {name: first.title, exact: true}).check();
    await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeChecked();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('Copy as Markdown copies the run as a GitHub task list', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecklist(page, `${ROUTE}?run=openedx%2Fedx-platform%2312345`);
  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await itemRow(page, second.id)
    .getByRole('checkbox', {name: /^Not applicable/})
    .check();
  await page
    .getByRole('textbox', {name: `Notes for ${third.title}`})
    .fill('Started 14:05 UTC\nin stage, ask @octocat [x](javascript:alert(1))');
  await page.getByRole('button', {name: 'Copy as Markdown'}).click();
  await expect(page.getByRole('status')).toContainText('Copied the run as Markdown');

  // No deployed URL is configured in this build: links go to the origin being read, and every
  // item link opens the same run. What was typed is escaped so that GitHub shows it as typed.
  const url = `${new URL(page.url()).origin}${ROUTE}?run=openedx%2Fedx-platform%2312345`;
  const expected = [
    `### Rollout checklist · run openedx/edx-platform\\#<!-- -->12345 · 1 of ${TOTAL} done · 1 not applicable`,
    '',
    `- [x] [${first.title}](${url}#${first.id})`,
    `- [x] ~~[${second.title}](${url}#${second.id})~~ N/A`,
    `- [ ] [${third.title}](${url}#${third.id})`,
    '  > Started 14:05 UTC',
    '  > in stage, ask @<!-- -->octocat \\[x\\](javascript:alert(1))',
    ...rollout.items.slice(3).map((item) => `- [ ] [${item.title}](${url}#${item.id})`),
    '',
  ].join('\n');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('Copy as Markdown shows a selectable box when there is no clipboard', async ({page}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
  });
  await openChecklist(page);
  await page.getByRole('button', {name: 'Copy as Markdown'}).click();
  const box = page.getByRole('textbox', {name: 'Markdown for this run'});
  await expect(box).toBeVisible();
  await expect(box).toHaveValue(
    new RegExp(`^### Rollout checklist · run default · 0 of ${TOTAL} done\\n`),
  );
});

test('with IndexedDB blocked, progress is kept in localStorage', async ({page}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await openChecklist(page);
  await expect(page.getByRole('status')).toContainText('Saved in this browser (local storage)');
  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeEnabled();
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeChecked();
});

test('with all storage blocked, the checklist works and says it is not saved', async ({page}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openChecklist(page);
  await expect(page.getByText(/Progress is not saved/)).toBeVisible();
  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await itemRow(page, second.id)
    .getByRole('checkbox', {name: /^Not applicable/})
    .check();
  await expect(page.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    `1 of ${TOTAL} done · 1 not applicable`,
  );
  await page.getByRole('textbox', {name: 'New run'}).fill('PR 5');
  await page.getByRole('button', {name: 'Start run'}).click();
  await expect(page.getByRole('combobox', {name: 'Run'})).toHaveValue('PR 5');
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).not.toBeChecked();
});

test('every checklist page lists its items without JavaScript', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  for (const path of ['plan-your-change', 'rollout', 'observability', 'communication']) {
    await page.goto(`/docs/checklists/${path}`);
    const boxes = page.locator('main li input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(16);
    await expect(page.locator('main li input[type=checkbox]:checked')).toHaveCount(0);
  }
  await context.close();
});

test('a loaded checklist with notices and panels open has no axe violations in light and dark mode', async ({
  page,
}) => {
  await page.emulateMedia({colorScheme: 'light'});
  // Memory-only storage shows the "not saved" warning.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openChecklist(page, `${ROUTE}#${second.id}`);
  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await itemRow(page, second.id)
    .getByRole('checkbox', {name: /^Not applicable/})
    .check();
  await page.getByRole('textbox', {name: `Notes for ${third.title}`}).fill('A note');
  await page.getByRole('button', {name: 'Paste from a PR description'}).click();
  await page.getByRole('textbox', {name: 'Markdown from the pull request'}).fill('unknown line');
  await page.getByRole('button', {name: 'Apply to this run'}).click();
  await page.getByRole('button', {name: 'Reset run'}).click();
  await settle(page);
  expect.soft(await axeViolations(page, {include: 'main'}), 'light').toEqual([]);
  await switchColourScheme(page, 'dark');
  expect.soft(await axeViolations(page, {include: 'main'}), 'dark').toEqual([]);
});

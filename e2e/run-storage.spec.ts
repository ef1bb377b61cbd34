/**
 * Run storage faults found by probing (issue #15), in a real browser against the production build:
 * unreadable values in localStorage, an aside copy that cannot be written, cross-tab sync of every
 * run document, and status messages that reach assistive technology.
 */
import type {BrowserContext, Page} from '@playwright/test';
import {rollout} from '../src/data/checklists/rollout';
import {expect, openPage, test} from './fixtures';

const CHECKLIST = '/docs/checklists/rollout';
const TIMELINE = '/docs/tools/rollout-timeline';
const MESSAGES = '/docs/communication/messages';
/** Where localforage's localStorage driver (and the site's own localStorage backend) keep values. */
const PREFIX = 'so-you-want-to-touch-jwts/checklists/';
/** Today's (before issue #15) key of the default run of the rollout checklist. */
const LEGACY_KEY = `${PREFIX}run:rollout:default`;
const [first, second, third] = rollout.items as [
  (typeof rollout.items)[number],
  (typeof rollout.items)[number],
  (typeof rollout.items)[number],
];

/** Makes IndexedDB unusable, so the site keeps runs in localStorage. */
async function blockIndexedDb(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

async function openChecklist(page: Page, path = CHECKLIST): Promise<void> {
  await openPage(page, path);
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeEnabled();
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-saving]')).toHaveAttribute('data-saving', 'false');
}

/** Every localStorage value that is exactly `raw`, by key. */
async function keysHolding(page: Page, raw: string): Promise<string[]> {
  return page.evaluate(
    (text) => Object.keys(localStorage).filter((key) => localStorage.getItem(key) === text),
    raw,
  );
}

test('an unreadable localStorage value is set aside, and saving goes on', async ({page}) => {
  const raw = '{"schemaVersion":1,';
  await blockIndexedDb(page);
  await page.addInitScript(
    ([key, value]) => {
      // Once per test, not on every reload.
      if (sessionStorage.getItem('seeded') === null) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key!, value!);
      }
    },
    [LEGACY_KEY, raw],
  );
  await openChecklist(page);
  await expect(page.getByRole('status').first()).toContainText(
    'could not be read. It was kept aside, untouched',
  );
  const aside = await keysHolding(page, raw);
  expect(aside).toHaveLength(1);
  expect(aside[0]).not.toBe(LEGACY_KEY);

  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await waitUntilSaved(page);
  await expect(page.getByText(/not saved/)).toHaveCount(0);
  await expect(page.getByRole('status').first()).toContainText('Saved in this browser');
  await page.reload();
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeEnabled();
  await expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeChecked();
  expect(await keysHolding(page, raw)).toEqual(aside);
});

test('a value that cannot be kept aside is never called kept, nor overwritten', async ({page}) => {
  // A damaged value far larger than the room left in localStorage: its aside copy cannot be written,
  // while a small record still could.
  const raw = `{"schemaVersion":1,${'x'.repeat(1_000_000)}`;
  await blockIndexedDb(page);
  await page.goto('/docs/checklists');
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key!, value!);
      const fill = (size: number, prefix: string): void => {
        for (let index = 0; ; index++) {
          try {
            localStorage.setItem(`${prefix}${index}`, 'f'.repeat(size));
          } catch {
            return;
          }
        }
      };
      fill(200_000, 'filler-large-');
      fill(2_000, 'filler-small-');
      // Leave room for about 40 000 characters.
      for (let index = 0; index < 20; index++) localStorage.removeItem(`filler-small-${index}`);
    },
    [LEGACY_KEY, raw],
  );
  await openChecklist(page);
  const status = page.getByRole('status').first();
  await expect(status).toContainText('could not be read');
  await expect(status).not.toContainText('kept aside, untouched');
  await page.getByRole('checkbox', {name: first.title, exact: true}).check();
  await waitUntilSaved(page);
  await expect(page.getByText(/not saved/).first()).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBe(raw);
  await page.evaluate(() => localStorage.clear());
});

/** Two pages of one browser on the same address, both loaded. */
async function twoPages(
  context: BrowserContext,
  path: string,
  ready: (page: Page) => Promise<void>,
) {
  const pageA = await context.newPage();
  const pageB = await context.newPage();
  for (const page of [pageA, pageB]) {
    await openPage(page, path);
    await ready(page);
  }
  return [pageA, pageB] as const;
}

test('a rollout plan follows another tab within a second, and edits made at once both survive', async ({
  context,
}) => {
  const title = (page: Page) => page.getByRole('textbox', {name: 'What changes (optional)'});
  const [pageA, pageB] = await twoPages(context, `${TIMELINE}?run=plan-sync`, async (page) => {
    await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
    await expect(page.getByText(/^Example: /)).toHaveCount(0);
  });
  await title(pageA).fill('New signing key');
  await expect(title(pageB)).toHaveValue('New signing key', {timeout: 1400});

  // At once: the title in one tab, a stage in the other.
  await Promise.all([
    title(pageA).fill('Rotate the signing key'),
    (async () => {
      await pageB.getByRole('button', {name: 'Add a stage'}).click();
      await pageB.getByRole('textbox', {name: 'Stage 1 name'}).fill('verifiers deployed');
    })(),
  ]);
  for (const page of [pageA, pageB]) {
    await expect(title(page)).toHaveValue('Rotate the signing key', {timeout: 1400});
    await expect(page.getByRole('textbox', {name: 'Stage 1 name'})).toHaveValue(
      'verifiers deployed',
      {timeout: 1400},
    );
  }
  for (const page of [pageA, pageB]) await waitUntilSaved(page);
  await pageA.reload();
  await expect(title(pageA)).toHaveValue('Rotate the signing key');
  await expect(pageA.getByRole('textbox', {name: 'Stage 1 name'})).toHaveValue(
    'verifiers deployed',
  );
});

test('a message form follows another tab within a second, and edits made at once both survive', async ({
  context,
}) => {
  await blockIndexedDb(context);
  const field = (page: Page, name: string) => page.getByRole('textbox', {name, exact: true});
  const [pageA, pageB] = await twoPages(context, `${MESSAGES}?run=form-sync`, async (page) => {
    await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
  });
  await Promise.all([
    field(pageA, 'What changes').fill('New signing key'),
    field(pageB, 'Contact').fill('Ana, #jwt-rollout'),
  ]);
  for (const page of [pageA, pageB]) {
    await expect(field(page, 'What changes')).toHaveValue('New signing key', {timeout: 1400});
    await expect(field(page, 'Contact')).toHaveValue('Ana, #jwt-rollout', {timeout: 1400});
  }
  for (const page of [pageA, pageB]) await waitUntilSaved(page);
  await pageB.reload();
  await expect(field(pageB, 'What changes')).toHaveValue('New signing key');
  await expect(field(pageB, 'Contact')).toHaveValue('Ana, #jwt-rollout');
});

test('with localStorage, notes typed in two tabs at once settle on the same text in both', async ({
  context,
}) => {
  await blockIndexedDb(context);
  const note = (page: Page, item: {title: string}) =>
    page.getByRole('textbox', {name: `Notes for ${item.title}`});
  const [pageA, pageB] = await twoPages(context, `${CHECKLIST}?run=note-sync`, (page) =>
    expect(page.getByRole('checkbox', {name: first.title, exact: true})).toBeEnabled(),
  );
  // The same note in both tabs at once, and another item's note in one of them.
  await Promise.all([
    note(pageA, second).fill('started 14:05'),
    (async () => {
      await note(pageB, second).fill('toggle on');
      await note(pageB, third).fill('dashboards ready');
    })(),
  ]);
  for (const page of [pageA, pageB]) await waitUntilSaved(page);
  const pageC = await context.newPage();
  await openChecklist(pageC, `${CHECKLIST}?run=note-sync`);
  const stored = await note(pageC, second).inputValue();
  expect(['started 14:05', 'toggle on']).toContain(stored);
  await expect(note(pageC, third)).toHaveValue('dashboards ready');
  for (const page of [pageA, pageB]) {
    await expect(note(page, second)).toHaveValue(stored, {timeout: 1000});
    await expect(note(page, third)).toHaveValue('dashboards ready', {timeout: 1000});
  }
});

/** Runs `act`, then checks that `message` appeared inside a live region that was there before. */
async function expectAnnounced(page: Page, act: () => Promise<void>, message: string) {
  const regions = await page
    .locator('[role="status"], [role="alert"], [aria-live]')
    .elementHandles();
  await act();
  await expect(page.getByText(message).first()).toBeVisible();
  const announced = await Promise.all(
    regions.map((region) =>
      region.evaluate(
        (element, text) => element.isConnected && (element.textContent ?? '').includes(text),
        message,
      ),
    ),
  );
  expect(announced, `“${message}” is in a live region that existed before it`).toContain(true);
}

test('run messages are announced in live regions that exist before them', async ({page}) => {
  for (const path of [CHECKLIST, TIMELINE]) {
    await openPage(page, path);
    await expect(page.getByRole('combobox', {name: 'Run'})).toBeEnabled();
    await expectAnnounced(
      page,
      () => page.getByRole('button', {name: 'Start run'}).click(),
      'Type a name first, such as the pull request.',
    );
    await expectAnnounced(
      page,
      async () => {
        await page.getByRole('textbox', {name: 'New run'}).fill('announced');
        await page.getByRole('button', {name: 'Start run'}).click();
      },
      'Opened run “announced”.',
    );
  }
});

/**
 * Wide Markdown tables on a phone (decisions/0009): a table too wide for the column is shown as one
 * card per row, each value under its column's name, and keeps its table semantics; a table that
 * fits stays a table; no table makes the page or its box scroll sideways at 390 px.
 */
import type {Page} from '@playwright/test';
import {
  axeViolations,
  expect,
  openPage,
  routesFromSitemap,
  settle,
  switchColourScheme,
  test,
} from './fixtures';

const phone = {width: 390, height: 844};
const desktop = {width: 1280, height: 800};

/** The three wide prose tables issue #14 names, each found by a column only it has. */
const wideTables = [
  {route: '/docs/background/token-kinds-and-lifetimes', column: 'Default lifetime (setting)'},
  {route: '/docs/background/jwt-primer', column: 'Who can mint'},
  {route: '/docs/background/anatomy-of-an-open-edx-jwt', column: 'Present when'},
] as const;

function tableWithColumn(page: Page, column: string) {
  return page
    .locator('article table')
    .filter({has: page.getByRole('columnheader', {name: column, exact: true})});
}

/** What the reader sees of each body row: the label above each value, and the header it names. */
async function cardLabels(page: Page, column: string) {
  return tableWithColumn(page, column).evaluate((table: HTMLTableElement) => {
    const headers = [...table.tHead!.rows[0]!.cells].map((cell) => cell.textContent!.trim());
    return [...table.tBodies[0]!.rows].map((row) =>
      [...row.cells].map((cell, index) => {
        const label = getComputedStyle(cell, '::before');
        return {
          header: headers[index],
          // `content` is `"<label>" / ""` (the text, then its empty alternative for screen
          // readers), or "none" when nothing is shown.
          shown: label.display === 'none' ? 'none' : (/^"(.*?)"/.exec(label.content)?.[1] ?? ''),
          visible: cell.getBoundingClientRect().height > 0,
        };
      }),
    );
  });
}

/** Whether the page, or any table, is wider than the space it has. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    }
    const column = document.querySelector('article .markdown')!.getBoundingClientRect();
    document.querySelectorAll('article table').forEach((table, index) => {
      const box = table.getBoundingClientRect();
      if (box.width > column.width + 0.5) {
        problems.push(
          `table ${index + 1} is ${Math.round(box.width)}px in a ${column.width}px column`,
        );
      }
    });
    return problems;
  });
}

test.describe('at phone width', () => {
  test.use({viewport: phone});

  for (const {route, column} of wideTables) {
    test(`${route}: the wide table shows each row as a card with every column's name`, async ({
      page,
    }) => {
      await openPage(page, route);
      const table = tableWithColumn(page, column);
      await expect(table).toHaveCount(1);
      await expect(table).toHaveCSS('display', 'block');
      const rows = await cardLabels(page, column);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        for (const cell of row) {
          expect(cell.shown, `label of a "${cell.header}" cell`).toBe(cell.header);
          expect(cell.visible).toBe(true);
        }
      }
      expect(await horizontalOverflow(page)).toEqual([]);
      // Still a table to assistive technology: its header row names each column.
      await expect(table.getByRole('row')).toHaveCount(rows.length + 1);
      await expect(table.getByRole('columnheader', {name: column, exact: true})).toBeAttached();
    });

    test(`${route}: no axe violations at phone width in light and dark mode`, async ({page}) => {
      await page.emulateMedia({colorScheme: 'light'});
      await openPage(page, route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await settle(page);
      expect.soft(await axeViolations(page), 'light').toEqual([]);
      await switchColourScheme(page, 'dark');
      expect.soft(await axeViolations(page), 'dark').toEqual([]);
    });
  }

  test('a table that fits the phone stays a table', async ({page}) => {
    await openPage(page, '/docs/background/jwt-primer');
    const registered = tableWithColumn(page, 'In tokens the LMS creates?');
    await expect(registered).toHaveCSS('display', 'table');
    await expect(registered).not.toHaveAttribute('data-cards-below');
  });

  test('no page scrolls sideways and no table is wider than its column', async ({page}) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    for (const route of routesFromSitemap().filter((path) => path.startsWith('/docs'))) {
      await openPage(page, route);
      problems.push(...(await horizontalOverflow(page)).map((problem) => `${route}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  test('the cards are in the page without JavaScript', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: phone});
    const page = await context.newPage();
    await page.goto(wideTables[0].route);
    const rows = await cardLabels(page, wideTables[0].column);
    expect(rows[0]?.map((cell) => cell.shown)).toEqual(rows[0]?.map((cell) => cell.header));
    expect(await horizontalOverflow(page)).toEqual([]);
    await context.close();
  });
});

test.describe('at desktop width', () => {
  test.use({viewport: desktop});

  for (const {route, column} of wideTables) {
    test(`${route}: the wide table is a table with its header row`, async ({page}) => {
      await openPage(page, route);
      const table = tableWithColumn(page, column);
      await expect(table).toHaveCSS('display', 'table');
      await expect(table.getByRole('columnheader', {name: column, exact: true})).toBeVisible();
      const rows = await cardLabels(page, column);
      expect(rows.flat().every((cell) => cell.shown === 'none')).toBe(true);
    });
  }
});

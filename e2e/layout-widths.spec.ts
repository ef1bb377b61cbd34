/**
 * The docs layout at phone and desktop widths. The page renders the same tree at every width and
 * lets CSS pick the sidebar and table of contents; the phone menu mounts when the browser is idle
 * or when it is opened (decisions/0010). These tests hold what a reader sees and can do.
 */
import {expect, openPage, test} from './fixtures';

const ROUTE = '/docs/background/jwt-primer';

test.describe('at phone width', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('shows the collapsible "On this page", not the sidebar or the side table of contents', async ({
    page,
  }) => {
    await openPage(page, ROUTE);
    await expect(page.getByRole('button', {name: 'On this page'})).toBeVisible();
    await expect(page.getByRole('navigation', {name: 'Docs sidebar'})).toBeHidden();
    await expect(page.locator('.theme-doc-toc-desktop')).toBeHidden();
  });

  test('the menu opens on the docs sidebar, marks the current page and navigates', async ({
    page,
  }) => {
    await openPage(page, ROUTE);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    await expect(
      menu.getByRole('link', {name: 'A JWT primer for Open edX engineers', exact: true}),
    ).toHaveAttribute('aria-current', 'page');
    await menu.getByRole('button', {name: '← Back to main menu'}).click();
    // The main menu is the first of the two panels; the docs sidebar (second) has a Checklists category too.
    const mainMenu = menu.locator('.navbar-sidebar__item').first();
    await expect(mainMenu.getByRole('link', {name: 'Checklists'})).toBeVisible();
    await mainMenu.getByRole('link', {name: 'Checklists'}).click();
    await expect(page).toHaveURL(/\/docs\/checklists\/?$/);
    await expect(menu).toBeHidden();
  });

  test('the menu works when opened before the browser was ever idle', async ({page}) => {
    await page.addInitScript(() => {
      // No idle time, no timer: the menu can only appear because it was opened.
      window.requestIdleCallback = () => 0;
    });
    await openPage(page, ROUTE);
    await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    await expect(
      page
        .locator('.navbar-sidebar')
        .getByRole('link', {name: 'A JWT primer for Open edX engineers', exact: true}),
    ).toBeVisible();
  });
});

test.describe('at desktop width', () => {
  test.use({viewport: {width: 1280, height: 900}});

  test('shows the sidebar and the side table of contents, not the collapsible one', async ({
    page,
  }) => {
    await openPage(page, ROUTE);
    await expect(page.getByRole('navigation', {name: 'Docs sidebar'})).toBeVisible();
    await expect(page.locator('.theme-doc-toc-desktop')).toBeVisible();
    await expect(page.getByRole('button', {name: 'On this page'})).toBeHidden();
  });
});

/**
 * Site-wide guarantees, checked on EVERY route in the build's sitemap:
 * accessible in light and dark mode and at phone width, readable with JavaScript off, protected by the CSP.
 *
 * Each route is loaded once and audited in three states within the same page (ADR 0023): light at
 * desktop width (all rules), dark (the colour rules on the page's own content; the shared chrome in
 * full on a few routes), light at phone width (all rules).
 */
import {
  axeViolations,
  colourRules,
  expect,
  openPage,
  routesFromSitemap,
  settle,
  switchColourScheme,
  test,
} from './fixtures';

// Three audits per test; big pages take a while on a busy machine.
test.setTimeout(180_000);

const routes = routesFromSitemap();
// The search page needs JavaScript to do anything and is left out of the sitemap; audit it anyway.
const auditedRoutes = [...routes, '/search'];
const desktop = {width: 1280, height: 800};
// A phone: tables, diagrams and the navbar lay out differently below Infima's 996 px breakpoint.
const phone = {width: 390, height: 844};
/**
 * Routes audited with every rule in dark mode, chrome included: the home page (hero, no sidebar), a
 * guide page and a category index (sidebar, breadcrumbs, table of contents, pagination), a tool page,
 * and the search page (no <main>). The navbar, sidebar and footer are the same on every other route.
 */
const fullDarkRoutes = new Set([
  '/',
  '/docs/start-here',
  '/docs/background',
  '/docs/tools/jwt-decoder',
  '/search',
]);

for (const route of auditedRoutes) {
  test(`route ${route} has no axe violations in light mode, dark mode and at phone width`, async ({
    page,
  }) => {
    await page.setViewportSize(desktop);
    await page.emulateMedia({colorScheme: 'light'});
    await openPage(page, route);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await settle(page);
    expect.soft(await axeViolations(page), `axe violations on ${route} (light)`).toEqual([]);

    await switchColourScheme(page, 'dark');
    if (fullDarkRoutes.has(route)) {
      expect.soft(await axeViolations(page), `axe violations on ${route} (dark)`).toEqual([]);
    } else {
      await expect(page.locator('main'), 'the page has its own content in <main>').toHaveCount(1);
      expect
        .soft(
          await axeViolations(page, {include: 'main', rules: colourRules}),
          `colour violations in <main> on ${route} (dark)`,
        )
        .toEqual([]);
    }

    await switchColourScheme(page, 'light');
    await page.setViewportSize(phone);
    await settle(page);
    expect
      .soft(await axeViolations(page), `axe violations on ${route} (light, phone width)`)
      .toEqual([]);
  });
}

test('every route is readable with JavaScript disabled and carries the CSP', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  for (const route of routes) {
    const response = await page.goto(route);
    expect.soft(response?.status(), `HTTP status of ${route}`).toBe(200);
    const main = page.locator('main');
    await expect.soft(main, `<main> on ${route}`).toBeVisible();
    await expect.soft(page.locator('h1').first(), `<h1> on ${route}`).toBeVisible();
    const text = (await main.innerText()).trim();
    expect.soft(text.length, `main content in the static HTML of ${route}`).toBeGreaterThan(100);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect.soft(policy, `CSP of ${route}`).toContain("connect-src 'self'");
    expect.soft(policy, `CSP of ${route}`).toContain("object-src 'none'");
    expect.soft(policy, `CSP of ${route}`).toContain("base-uri 'self'");
  }
  await context.close();
});

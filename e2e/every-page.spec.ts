/**
 * Site-wide guarantees, checked on EVERY route in the build's sitemap:
 * accessible in light and dark mode and at phone width, readable with JavaScript off, protected by the CSP.
 */
import {axeViolations, expect, openPage, routesFromSitemap, test} from './fixtures';

const routes = routesFromSitemap();
// The search page needs JavaScript to do anything and is left out of the sitemap; audit it anyway.
const auditedRoutes = [...routes, '/search'];
const desktop = {width: 1280, height: 800};
// A phone: tables, diagrams and the navbar lay out differently below Infima's 996 px breakpoint.
const phone = {width: 390, height: 844};
const auditRuns = [
  {name: 'in light mode', colorScheme: 'light', viewport: desktop},
  {name: 'in dark mode', colorScheme: 'dark', viewport: desktop},
  {name: 'in light mode at phone width', colorScheme: 'light', viewport: phone},
] as const;

for (const route of auditedRoutes) {
  test.describe(`route ${route}`, () => {
    for (const {name, colorScheme, viewport} of auditRuns) {
      test(`has no axe violations ${name}`, async ({page}) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({colorScheme});
        await openPage(page, route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // Boxes that scroll sideways become focusable once a ResizeObserver has measured them, in
        // the frame after hydration; let that frame and React's update after it pass.
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              requestAnimationFrame(() => requestAnimationFrame(resolve));
            }),
        );
        expect(await axeViolations(page), `axe violations on ${route} (${name})`).toEqual([]);
      });
    }

    if (!routes.includes(route)) return;
    test('is readable with JavaScript disabled and carries the CSP', async ({browser}) => {
      const context = await browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      const main = page.locator('main');
      await expect(main).toBeVisible();
      await expect(page.locator('h1').first()).toBeVisible();
      const text = (await main.innerText()).trim();
      expect(text.length, 'main content in the static HTML').toBeGreaterThan(100);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      await context.close();
    });
  });
}

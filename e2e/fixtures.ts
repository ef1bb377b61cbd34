/**
 * The `test` every spec uses. Each page it opens is watched: a console error, a failed request,
 * or any request to a host other than the local server fails the test after it ran.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {test as base, expect, type Page} from '@playwright/test';
import type AxeCore from 'axe-core';

interface PageProblems {
  /** Console errors a test provokes on purpose (e.g. a CSP violation); matched ones are not failures. */
  readonly expectedConsoleErrors: RegExp[];
  readonly consoleErrors: string[];
  readonly failedRequests: string[];
  readonly foreignRequests: string[];
}

export const test = base.extend<{problems: PageProblems}>({
  // `auto`: every test gets the watcher, whether or not it names the fixture.
  problems: [
    async ({page, baseURL}, use) => {
      const problems: PageProblems = {
        expectedConsoleErrors: [],
        consoleErrors: [],
        failedRequests: [],
        foreignRequests: [],
      };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!problems.expectedConsoleErrors.some((pattern) => pattern.test(text))) {
          problems.consoleErrors.push(text);
        }
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(`Uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
      });
      page.on('requestfailed', (request) => {
        // A navigation cancels the previous page's pending requests; that is not a failure.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.failedRequests.push(
          `${request.url()} (${request.failure()?.errorText ?? 'failed'})`,
        );
      });
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Opens a path and waits until React has hydrated it. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** Every route of the production build, from its sitemap (read at collection time). */
export function routesFromSitemap(): string[] {
  const xml = readFileSync(path.join(__dirname, '..', 'build', 'sitemap.xml'), 'utf8');
  const routes = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  if (routes.length === 0)
    throw new Error('build/sitemap.xml lists no routes: run `npm run build`');
  return routes;
}

/** The rules every page must pass: WCAG 2.0 and 2.1, levels A and AA (issue #2). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules whose outcome depends on colour: text contrast, and links in running text told apart by
 * colour alone. Only these can change when the colour scheme changes and the markup does not.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe-core's browser bundle, read once per worker. */
const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as it is now, or inside `include` only, for every WCAG A/AA rule or
 * only `rules`: one entry per rule, with its help text and the first five places, so that a failing
 * test says what to fix.
 *
 * axe runs in the page itself, injected once per page load, and reports violations only. This is
 * what @axe-core/playwright's `analyze()` checks too, at less than half the time: `analyze()`
 * injects axe again on every call, opens a second page to assemble the results, and carries every
 * passing node back to Node (decisions/0024). The site has no iframes, so the frame handling it
 * adds is not needed.
 */
export async function axeViolations(
  page: Page,
  {include, rules}: {include?: string; rules?: string[]} = {},
) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({include, runOnly}) => {
      const axe = (window as unknown as {axe: typeof AxeCore}).axe;
      const results = await axe.run(include === undefined ? document : {include: [include]}, {
        runOnly,
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    {
      include,
      runOnly:
        rules === undefined
          ? ({type: 'tag', values: wcagTags} as const)
          : ({type: 'rule', values: rules} as const),
    },
  );
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n  ${violation.targets.slice(0, 5).join('\n  ')}`,
  );
}

/**
 * Waits until the page has laid itself out again: two frames (a ResizeObserver makes sideways
 * scrolling boxes focusable in the frame after a layout change, React updates in the next), then
 * until running CSS transitions end, so that axe reads final colours, not ones halfway through.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    const transitions = document
      .getAnimations()
      .filter((animation) => animation instanceof CSSTransition);
    await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
  });
}

/**
 * Switches the open page to the given colour scheme without reloading it, the way a reader's system
 * setting does: the site follows `prefers-color-scheme` (respectPrefersColorScheme), so React's
 * colour mode, not only the `data-theme` attribute, changes (code blocks and diagrams read it).
 */
export async function switchColourScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme});
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
  await settle(page);
}

/**
 * What the site changes inside Docusaurus still takes effect in the production build
 * (decisions/0022). Each change is a patch in patches/, applied by `npm ci`, or a swizzled theme
 * component. An upgrade can make one a silent no-op (the patched code is no longer what gets
 * bundled, a hook moves to another file): these tests then fail and name the patch to look at.
 * `node scripts/upgrade-docusaurus.mjs` runs them after a version bump.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {glossary} from '../src/data/glossary';
import {APP_PARSED_MARKER_ID, START_AFTER_PAINT_ATTRIBUTE} from '../src/lib/site/paintFirst';
import {expect, openPage, test} from './fixtures';

const ROUTE = '/docs/background/jwt-primer';
const jsDir = path.join(__dirname, '..', 'build', 'assets', 'js');

function builtScripts(): {name: string; text: string}[] {
  return readdirSync(jsDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({name, text: readFileSync(path.join(jsDir, name), 'utf8')}));
}

function mainBundle(): string {
  const main = builtScripts().find(({name}) => /^main\.[0-9a-f]+\.js$/.test(name));
  if (main === undefined) throw new Error(`no main.<hash>.js in ${jsDir}: run \`npm run build\``);
  return main.text;
}

/**
 * Each stretch of minified code from a match of `anchor` to the first `end` after it. Every copy
 * counts: after an upgrade npm may install a second, unpatched copy of a package.
 */
function stretches(text: string, anchor: RegExp, end: string, maxLength = 400): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(anchor.source, 'g'))) {
    const to = text.indexOf(end, match.index);
    if (to !== -1 && to - match.index <= maxLength) found.push(text.slice(match.index, to));
  }
  return found;
}

test.describe('the build', () => {
  test('ships no Prism: theme-classic’s Prism client module is dropped (theme-classic patch)', () => {
    // Prism's `languages.DFS` walks grammars; nothing else in the site is named so.
    const withPrism = builtScripts()
      .filter(({text}) => /\bDFS\b/.test(text))
      .map(({name}) => name);
    expect(
      withPrism,
      'Prism is back in the browser bundles: check patches/@docusaurus+theme-classic+*.patch (getClientModules) against the installed theme-classic',
    ).toEqual([]);
  });

  test('bundles useIsBrowser() whose switch to true is a transition (core patch)', () => {
    const providers = stretches(
      mainBundle(),
      /createContext\(!1\);function \w+\(\{children:\w+\}\)/,
      '.Provider,',
    );
    expect(
      providers.length,
      "Docusaurus' BrowserContextProvider is not where it was in main.js: check patches/@docusaurus+core+*.patch (lib/client/browserContext.js) by hand, then update this test",
    ).toBeGreaterThan(0);
    for (const provider of providers) {
      expect(provider, 'BrowserContextProvider sets its state outside a transition').toMatch(
        /startTransition\)?\(\(\)=>\w+\(!0\)\)/,
      );
    }
  });

  test('bundles useWindowSize() whose first update is a transition (theme-common patch)', () => {
    const hooks = stretches(
      mainBundle(),
      /innerWidth>\w+\?"desktop":"mobile"/,
      'addEventListener(',
    );
    expect(
      hooks.length,
      "theme-common's useWindowSize is not where it was in main.js: check patches/@docusaurus+theme-common+*.patch (lib/hooks/useWindowSize.js) by hand, then update this test",
    ).toBeGreaterThan(0);
    for (const hook of hooks) {
      expect(hook, 'useWindowSize makes its first update outside a transition').toContain(
        'startTransition',
      );
    }
  });
  test('keeps build-only plugin data out of main.js: the glossary is passed to its remark plugin as a function', () => {
    // Docusaurus copies the site config, plugin options included, into main.js; functions are left
    // out of that copy. Every definition would otherwise be parsed on every page load.
    const inMain = glossary.filter((term) => mainBundle().includes(term.definition.slice(0, 60)));
    expect(
      inMain.map((term) => term.id),
      'glossary definitions are in main.js: pass them to remark-glossary-links through a function (docusaurus.config.ts)',
    ).toEqual([]);
  });
});

test.describe('a docs page at phone width', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('keeps the desktop sidebar and table of contents after hydration (theme-classic patch)', async ({
    page,
  }) => {
    await openPage(page, ROUTE);
    // The phone menu mounts only once useWindowSize() says "mobile" and the browser was idle.
    await page.locator('.navbar-sidebar').waitFor({state: 'attached'});
    await expect(
      page.locator('nav[aria-label="Docs sidebar"]'),
      'the desktop sidebar left the page after hydration: check patches/@docusaurus+theme-classic+*.patch (DocSidebar)',
    ).toHaveCount(1);
    await expect(
      page.locator('.theme-doc-toc-desktop'),
      'the desktop table of contents left the page after hydration: check patches/@docusaurus+theme-classic+*.patch (DocItem/Layout)',
    ).toHaveCount(1);
    // The docs sidebar's items fill the phone menu (DocSidebar/Mobile rendered at every width).
    await expect(page.locator('.navbar-sidebar .theme-doc-sidebar-menu')).toHaveCount(1);
  });

  test('loads without calling localeCompare (theme-common patch)', async ({page}) => {
    await page.addInitScript(() => {
      const original = String.prototype.localeCompare;
      const calls = {count: 0};
      (window as unknown as {localeCompareCalls: typeof calls}).localeCompareCalls = calls;
      String.prototype.localeCompare = function (
        this: string,
        ...args: Parameters<typeof original>
      ) {
        calls.count += 1;
        return original.apply(this, args);
      } as typeof original;
    });
    await openPage(page, ROUTE);
    await page.locator('.navbar-sidebar').waitFor({state: 'attached'});
    const calls = await page.evaluate(
      () => (window as unknown as {localeCompareCalls: {count: number}}).localeCompareCalls.count,
    );
    expect(
      calls,
      'localeCompare ran while the page loaded (its first call builds the ICU collator): check patches/@docusaurus+theme-common+*.patch (useShallowMemoObject)',
    ).toBe(0);
  });
});

test('links do not prefetch when they scroll into view, and preload their page on hover (core patch)', async ({
  page,
}) => {
  await openPage(page, ROUTE);
  // Bring every link of the long page into view, one screen at a time.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
  }
  await page.waitForTimeout(300);
  expect(
    await page.locator('link[rel="prefetch"]').count(),
    'links prefetched their pages as they scrolled into view: check patches/@docusaurus+core+*.patch (lib/client/exports/Link.js)',
  ).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  const decoderChunk = page.waitForRequest(/\/assets\/js\/[^/]+\.js$/);
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Decoder'}).hover();
  await decoderChunk;
});

test('code blocks come highlighted from the server and get Docusaurus’ copy button (swizzled CodeBlock)', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, ROUTE);
  const block = page.locator('.theme-code-block').first();
  await expect(block.locator('.token-line').first()).toBeVisible();
  await block.hover();
  const copy = block.getByRole('button', {name: 'Copy code to clipboard'});
  await expect(
    copy,
    'no copy button: check src/theme/CodeBlock against theme-common/internal',
  ).toBeVisible();
  await copy.click();
  await expect(block.getByRole('button', {name: 'Copied'})).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await block.locator('code').innerText()).trim());
});

test('a Markdown <details> is the browser’s own element: unchanged by hydration, opened from the keyboard (MDXComponents wrapper)', async ({
  page,
}) => {
  const route = '/docs/background/oep-42';
  const html = await (await page.request.get(route)).text();
  const serverClasses = [...html.matchAll(/<details\b[^>]*\bclass="([^"]*)"/g)].map((m) => m[1]);
  expect(serverClasses.length, 'the page has Markdown <details>').toBeGreaterThan(2);
  await openPage(page, route);
  const details = page.locator('article details');
  // Docusaurus' own Details adds a class on every <details> once the page hydrates (decisions/0027).
  expect(
    await details.evaluateAll((all) => all.map((element) => element.getAttribute('class'))),
    'the <details> changed when the page hydrated: is MarkdownDetails still registered for `details` in src/theme/MDXComponents?',
  ).toEqual(serverClasses);
  const first = details.first();
  const summary = first.locator('summary');
  const content = first.locator(':scope > div');
  await expect(content).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  await expect(content).toBeVisible();
  await page.keyboard.press('Space');
  await expect(first).not.toHaveAttribute('open');
  await expect(content).toBeHidden();
});

test.describe('scripts start after the first paint (ssrTemplate, decisions/0028)', () => {
  function builtPages(dir = path.join(__dirname, '..', 'build')): string[] {
    return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'assets' ? [] : builtPages(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
  }

  test('every built page preloads the runtime and main.js and runs no script from its markup', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const started = [
        ...head.matchAll(
          new RegExp(
            `<link rel=preload as=script fetchpriority=low href=(\\S+) ${START_AFTER_PAINT_ATTRIBUTE}>`,
            'g',
          ),
        ),
      ].map((match) => path.basename(match[1]!));
      const where = path.relative(process.cwd(), file);
      expect(
        started.map((name) => name.replace(/\.[0-9a-f]+\.js$/, '')),
        `${where}: is docusaurus.config.ts still passing paintFirstTemplate as ssrTemplate?`,
      ).toEqual(['runtime~main', 'main']);
      expect(html, `${where} loads a script from its markup`).not.toMatch(/<script[^>]*\ssrc=/);
      // Chromium lets rendering go once the expected element is inserted: it has to follow the app.
      expect(head, `${where} paints before its app markup is parsed`).toContain(
        `<link rel=expect href=#${APP_PARSED_MARKER_ID} blocking=render>`,
      );
      const app = html.indexOf('<div id=__docusaurus>');
      const marker = html.indexOf(`<span id=${APP_PARSED_MARKER_ID} hidden></span>`);
      expect(app, `${where} has the app's root`).toBeGreaterThan(-1);
      expect(marker, `${where} has no marker after the app's markup`).toBeGreaterThan(app);
      expect(html.slice(marker - 6, marker), where).toBe('</div>');
    }
  });

  test('the runtime and main.js are added after the first contentful paint, in order, and the page hydrates', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const added: {src: string; at: number}[] = [];
      (window as unknown as {addedScripts: typeof added}).addedScripts = added;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLScriptElement && node.src !== '') {
              added.push({src: node.src, at: performance.now()});
            }
          }
        }
      }).observe(document, {childList: true, subtree: true});
    });
    await openPage(page, ROUTE);
    const {firstContentfulPaint, added} = await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      added: (window as unknown as {addedScripts: {src: string; at: number}[]}).addedScripts,
    }));
    expect(firstContentfulPaint, 'the browser reported a first contentful paint').toBeDefined();
    const siteScripts = added.filter(({src}) => /\/(runtime~main|main)\.[0-9a-f]+\.js$/.test(src));
    expect(siteScripts.map(({src}) => path.basename(new URL(src).pathname).split('.')[0])).toEqual([
      'runtime~main',
      'main',
    ]);
    for (const {src, at} of siteScripts) {
      expect(at, `${src} was added before the first contentful paint`).toBeGreaterThanOrEqual(
        firstContentfulPaint!,
      );
    }
  });
});

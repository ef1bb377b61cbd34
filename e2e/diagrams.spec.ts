/**
 * Diagrams (decisions/0018): every Mermaid diagram in docs/ is an SVG in the page's HTML, drawn at
 * build time, so it reads without JavaScript; its colours follow the light and the dark scheme; its
 * labels fit their boxes; it keeps its "The diagram in words" text alternative; and no page loads
 * Mermaid's code. The rollout timeline's chart renders next to its table of key moments. The pages
 * are found from the MDX sources, so a new diagram is checked without touching this file.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {diagramId, diagramKey, findMermaidBlocks} from '../scripts/diagrams-lib.mjs';
import {axeViolations, expect, openPage, settle, switchColourScheme, test} from './fixtures';

/** What a diagram wider than the column says above itself (src/components/Diagram). */
const SCROLL_HINT = 'Wider than the screen: scroll sideways to see all of it.';

const DOCS = path.join(__dirname, '..', 'docs');
const BUILD_JS = path.join(__dirname, '..', 'build', 'assets', 'js');
const IN_WORDS = 'The diagram in words';
/** An SVG drawn by `npm run diagrams`: its id is "diagram-" and its key. */
const DIAGRAM = 'svg[role="img"][id^="diagram-"]';

/**
 * Strings found only in Mermaid's runtime (its core chunk), checked against Mermaid's own bundle by
 * the first test below, so that a JavaScript file without them is known not to be that runtime.
 */
const MERMAID_RUNTIME_MARKERS = [
  'mermaidAPI',
  'No diagram type detected',
  'suppressErrorRendering',
];
const isMermaidRuntime = (code: string): boolean =>
  MERMAID_RUNTIME_MARKERS.some((marker) => code.includes(marker));

/**
 * Every docs page with a Mermaid block, as {route, diagrams, ids}: the ids its SVGs have when the
 * build is up to date with the sources. index.mdx is the section's route.
 */
function pagesWithDiagrams(): {route: string; diagrams: number; ids: string[]}[] {
  const found: {route: string; diagrams: number; ids: string[]}[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) walk(file);
        continue;
      }
      if (!entry.name.endsWith('.mdx')) continue;
      const blocks = findMermaidBlocks(readFileSync(file, 'utf8'));
      if (blocks.length === 0) continue;
      const ids = blocks.map((block) => diagramId(diagramKey(block.source)));
      const slug = path
        .relative(DOCS, file)
        .replace(/\.mdx$/, '')
        .replace(/(^|\/)index$/, '');
      found.push({route: `/docs/${slug}`.replace(/\/$/, ''), diagrams: blocks.length, ids});
    }
  };
  walk(DOCS);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

const diagramPages = pagesWithDiagrams();
const schemes = ['light', 'dark'] as const;

test('the diagram pages are found', () => {
  // The five diagrams of the guide; more may be added, none may silently disappear.
  expect(diagramPages.map((page) => page.route)).toEqual(
    expect.arrayContaining([
      '/docs/background/oep-42',
      '/docs/challenges/cached-client-credentials',
      '/docs/challenges/creation-vs-decoding',
      '/docs/communication',
      '/docs/rollout/expiry-window',
    ]),
  );
});

test('no JavaScript file of the build contains the Mermaid runtime', () => {
  const bundle = readFileSync(
    path.join(__dirname, '..', 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
    'utf8',
  );
  expect(isMermaidRuntime(bundle), 'the markers identify Mermaid’s own bundle').toBe(true);
  const files = readdirSync(BUILD_JS).filter((name) => name.endsWith('.js'));
  expect(files.length).toBeGreaterThan(10);
  const withRuntime = files.filter((name) =>
    isMermaidRuntime(readFileSync(path.join(BUILD_JS, name), 'utf8')),
  );
  expect(withRuntime).toEqual([]);
});

async function openIn(page: Page, route: string, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme});
  await openPage(page, route);
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

/**
 * Relative luminance (WCAG 2) of the median label colour in a diagram and of the page background.
 * Text drawn in the other scheme's colours is dark on dark or light on light, which moves the
 * median to the wrong side of the background.
 */
async function labelAndBackgroundLuminance(
  diagram: Locator,
): Promise<{label: number; background: number; labels: number}> {
  return diagram.evaluate((svg) => {
    const luminance = (css: string): number | null => {
      const channels = css.match(/[\d.]+/g)?.map(Number);
      if (!channels || channels.length < 3 || channels[3] === 0) return null;
      const linear = channels
        .slice(0, 3)
        .map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
    };
    const values: number[] = [];
    for (const element of svg.querySelectorAll(
      'text, tspan, foreignObject span, foreignObject p',
    )) {
      if (element.querySelector('tspan, span, p') || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      const value = luminance(element instanceof SVGElement ? style.fill : style.color);
      if (value !== null) values.push(value);
    }
    values.sort((a, b) => a - b);
    const background =
      luminance(getComputedStyle(document.body).backgroundColor) ??
      luminance(getComputedStyle(document.documentElement).backgroundColor) ??
      1;
    return {label: values[Math.floor(values.length / 2)] ?? NaN, background, labels: values.length};
  });
}

/**
 * Labels that do not fit the box drawn for them, as displayed in this browser's fonts: flowchart
 * nodes, sequence diagram participants, Gantt bars with their label inside, and Gantt section
 * names, which must end before the first bar.
 */
async function overflowingLabels(diagram: Locator): Promise<string[]> {
  return diagram.evaluate((svg) => {
    const found: string[] = [];
    const check = (label: Element | null, box: Element | null, what: string): void => {
      if (!label || !box || !label.textContent?.trim()) return;
      const inner = label.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      const fits =
        inner.left >= outer.left - 1 &&
        inner.right <= outer.right + 1 &&
        inner.top >= outer.top - 1 &&
        inner.bottom <= outer.bottom + 1;
      if (!fits) found.push(`${what} "${label.textContent.trim()}"`);
    };
    for (const node of svg.querySelectorAll('g.node')) {
      check(node.querySelector('text'), node.querySelector('.label-container'), 'node');
    }
    for (const box of svg.querySelectorAll('rect.actor')) {
      check(box.parentElement?.querySelector('text.actor') ?? null, box, 'participant');
    }
    for (const label of svg.querySelectorAll('text.taskText[id$="-text"]')) {
      check(label, svg.querySelector(`#${CSS.escape(label.id.replace(/-text$/, ''))}`), 'bar');
    }
    const bars = [...svg.querySelectorAll('rect.task')].map(
      (bar) => bar.getBoundingClientRect().left,
    );
    for (const section of svg.querySelectorAll('text.sectionTitle')) {
      if (section.getBoundingClientRect().right > Math.min(...bars) + 1) {
        found.push(`section "${section.textContent?.trim()}" runs into the bars`);
      }
    }
    return found;
  });
}

for (const {route, diagrams, ids} of diagramPages) {
  test(`${route}: diagrams are SVG text in the HTML, readable with JavaScript off`, async ({
    browser,
  }) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(route);
    const svgs = page.locator(DIAGRAM);
    await expect(svgs).toHaveCount(diagrams);
    // Drawn from the current sources: a build that kept an old drawing would show other ids.
    expect(await svgs.evaluateAll((elements) => elements.map((element) => element.id))).toEqual(
      ids,
    );
    for (let index = 0; index < diagrams; index++) {
      const svg = svgs.nth(index);
      await expect(svg).toBeVisible();
      // Named by its <title> (the diagram's accTitle), as an image.
      const name = await svg.locator(':scope > title').textContent();
      expect(name?.trim()).toBeTruthy();
      await expect(page.getByRole('img', {name: name!.trim(), exact: true})).toHaveCount(1);
      // Labels are SVG text, not HTML in a foreignObject, and use the light scheme's colours.
      await expect(svg.locator('foreignObject')).toHaveCount(0);
      expect(await svg.locator('text').count()).toBeGreaterThan(2);
      const {label, background} = await labelAndBackgroundLuminance(svg);
      expect(label, 'diagram text is darker than the light page').toBeLessThan(background);
    }
    const alternatives = page.locator('details').filter({
      has: page.locator('summary', {hasText: IN_WORDS}),
    });
    await expect(alternatives, `one "${IN_WORDS}" per diagram`).toHaveCount(diagrams);
    await context.close();
  });

  test(`${route}: in light and dark mode, diagrams follow the scheme, pass axe and load no Mermaid code`, async ({
    page,
  }) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(
          response.text().then((code) => (isMermaidRuntime(code) ? response.url() : '')),
        );
      }
    });
    await openIn(page, route, 'light');
    const svgs = page.locator(DIAGRAM);
    await expect(svgs).toHaveCount(diagrams);
    const alternatives = page.locator('details').filter({
      has: page.locator('summary', {hasText: IN_WORDS}),
    });
    for (const colorScheme of schemes) {
      if (colorScheme !== 'light') await switchColourScheme(page, colorScheme);
      for (let index = 0; index < diagrams; index++) {
        const svg = svgs.nth(index);
        await expect(svg).toBeVisible();
        const {label, background, labels} = await labelAndBackgroundLuminance(svg);
        expect(labels, 'text labels in the diagram').toBeGreaterThan(0);
        if (colorScheme === 'dark') {
          expect(label, 'diagram text is lighter than the dark page').toBeGreaterThan(background);
        } else {
          expect(label, 'diagram text is darker than the light page').toBeLessThan(background);
        }
        expect(await overflowingLabels(svg), 'labels that overflow their boxes').toEqual([]);

        // Opened once, in the first scheme; axe then sees the words open in both.
        if (colorScheme === 'light') {
          const alternative = alternatives.nth(index);
          await alternative.locator('summary').click();
          await expect(alternative.locator('li').first()).toBeVisible();
        }
      }
      const duplicateIds = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      });
      expect(duplicateIds, 'ids used twice on the page').toEqual([]);
      await settle(page);
      expect(
        await axeViolations(page),
        `axe violations on ${route} in ${colorScheme} mode`,
      ).toEqual([]);
    }
    expect(scripts.length, 'scripts the page loaded').toBeGreaterThan(0);
    expect((await Promise.all(scripts)).filter(Boolean), 'Mermaid code loaded').toEqual([]);
  });

  test(`${route}: on a phone, diagram text stays readable and a wide diagram scrolls`, async ({
    page,
  }) => {
    await page.setViewportSize({width: 390, height: 844});
    await openIn(page, route, 'dark');
    const svgs = page.locator(DIAGRAM);
    await expect(svgs).toHaveCount(diagrams);
    for (let index = 0; index < diagrams; index++) {
      await expect(svgs.nth(index)).toBeVisible();
      // Rendered width over drawn width: Mermaid's text is 13 to 16 px at scale 1.
      const scale = await svgs
        .nth(index)
        .evaluate(
          (svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width,
        );
      expect(scale, 'diagram scale on a 390 px wide screen').toBeGreaterThanOrEqual(0.6);
      // A diagram wider than the column scrolls sideways, so its box must take keyboard focus.
      const box = await svgs.nth(index).evaluate((svg) => {
        const scroller = svg.parentElement?.parentElement;
        return {
          scrolls: (scroller?.scrollWidth ?? 0) > (scroller?.clientWidth ?? 0) + 1,
          focusable: scroller?.tabIndex === 0,
          label: scroller?.getAttribute('aria-label') ?? null,
        };
      });
      expect(box.focusable, 'a scrolling diagram is keyboard-focusable').toBe(box.scrolls);
      if (box.scrolls) expect(box.label).toBe('Diagram, scrolls sideways');
      // A diagram that scrolls says so above itself, in words a sighted reader sees; one that
      // fits shows no hint.
      const hint = svgs
        .nth(index)
        .locator('xpath=ancestor::*[contains(@style, "--diagram-drawn-width")][1]')
        .getByText(SCROLL_HINT);
      if (box.scrolls) await expect(hint, 'the scroll hint of a wide diagram').toBeVisible();
      else await expect(hint, 'no scroll hint on a diagram that fits').toBeHidden();
      // The page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    }
  });
}

test('the rollout timeline chart renders in light and dark mode next to its key moments', async ({
  page,
}) => {
  await openIn(page, '/docs/tools/rollout-timeline', 'light');
  for (const colorScheme of schemes) {
    if (colorScheme !== 'light') await switchColourScheme(page, colorScheme);
    const chart = page.getByRole('img', {name: /^Rollout timeline from /});
    await expect(chart).toBeVisible();
    // The chart's text alternative is the table of the same moments, one row per marker.
    const moments = page.getByRole('table', {name: /^Key moments/}).locator('tbody tr');
    await expect(moments.first()).toBeVisible();
    for (const id of await moments.evaluateAll((rows) => rows.map((row) => row.dataset.moment))) {
      await expect(chart.locator(`[data-moment="${id}"]`)).toBeAttached();
    }
    const {label, background} = await labelAndBackgroundLuminance(chart);
    if (colorScheme === 'dark') expect(label, 'dark').toBeGreaterThan(background);
    else expect(label, 'light').toBeLessThan(background);
  }
});

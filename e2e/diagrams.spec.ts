/**
 * Diagrams, in the light and the dark colour scheme: every Mermaid diagram in docs/ renders as an SVG
 * whose text follows the scheme, and keeps its "The diagram in words" text alternative; the rollout
 * timeline's chart renders next to its table of key moments. The pages are found from the MDX
 * sources, so a new diagram is checked without touching this file.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locator, Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';

const DOCS = path.join(__dirname, '..', 'docs');
const IN_WORDS = 'The diagram in words';

/** Every docs page with a Mermaid block, as {route, diagrams}; index.mdx is the section's route. */
function pagesWithDiagrams(): {route: string; diagrams: number}[] {
  const found: {route: string; diagrams: number}[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) walk(file);
        continue;
      }
      if (!entry.name.endsWith('.mdx')) continue;
      const diagrams = readFileSync(file, 'utf8').match(/^```mermaid\s*$/gm)?.length ?? 0;
      if (diagrams === 0) continue;
      const slug = path
        .relative(DOCS, file)
        .replace(/\.mdx$/, '')
        .replace(/(^|\/)index$/, '');
      found.push({route: `/docs/${slug}`.replace(/\/$/, ''), diagrams});
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

async function openIn(page: Page, route: string, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme});
  await openPage(page, route);
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

/**
 * Relative luminance (WCAG 2) of the median label colour in a diagram and of the page background.
 * Mermaid draws each scheme with its own theme; text drawn with the wrong one is dark on dark or
 * light on light, which moves the median to the wrong side of the background.
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
    for (const element of svg.querySelectorAll('text, foreignObject span, foreignObject p')) {
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

for (const {route, diagrams} of diagramPages) {
  for (const colorScheme of schemes) {
    test(`${route}: diagrams render in ${colorScheme} mode and keep their text alternative`, async ({
      page,
    }) => {
      await openIn(page, route, colorScheme);
      const containers = page.locator('.docusaurus-mermaid-container');
      await expect(containers).toHaveCount(diagrams);
      const alternatives = page.locator('details').filter({
        has: page.locator('summary', {hasText: IN_WORDS}),
      });
      await expect(alternatives, `one "${IN_WORDS}" per diagram`).toHaveCount(diagrams);

      for (let index = 0; index < diagrams; index++) {
        const svg = containers.nth(index).locator('svg');
        await expect(svg).toBeVisible();
        const {label, background, labels} = await labelAndBackgroundLuminance(svg);
        expect(labels, 'text labels in the diagram').toBeGreaterThan(0);
        if (colorScheme === 'dark') {
          expect(label, 'diagram text is lighter than the dark page').toBeGreaterThan(background);
        } else {
          expect(label, 'diagram text is darker than the light page').toBeLessThan(background);
        }

        const alternative = alternatives.nth(index);
        await alternative.locator('summary').click();
        await expect(alternative.locator('li').first()).toBeVisible();
      }
    });
  }

  test(`${route}: on a phone, diagram text is not shrunk below readable size`, async ({page}) => {
    await page.setViewportSize({width: 390, height: 844});
    await openIn(page, route, 'dark');
    const svgs = page.locator('.docusaurus-mermaid-container svg');
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
        const scroller = svg.closest('.docusaurus-mermaid-container')?.parentElement;
        return {
          scrolls: (scroller?.scrollWidth ?? 0) > (scroller?.clientWidth ?? 0) + 1,
          focusable: scroller?.tabIndex === 0,
          label: scroller?.getAttribute('aria-label') ?? null,
        };
      });
      expect(box.focusable, 'a scrolling diagram is keyboard-focusable').toBe(box.scrolls);
      if (box.scrolls) expect(box.label).toBe('Diagram, scrolls sideways');
    }
  });
}

for (const colorScheme of schemes) {
  test(`the rollout timeline chart renders in ${colorScheme} mode next to its key moments`, async ({
    page,
  }) => {
    await openIn(page, '/docs/tools/rollout-timeline', colorScheme);
    const chart = page.getByRole('img', {name: /^Rollout timeline from /});
    await expect(chart).toBeVisible();
    // The chart's text alternative is the table of the same moments, one row per marker.
    const moments = page.getByRole('table', {name: /^Key moments/}).locator('tbody tr');
    await expect(moments.first()).toBeVisible();
    for (const id of await moments.evaluateAll((rows) => rows.map((row) => row.dataset.moment))) {
      await expect(chart.locator(`[data-moment="${id}"]`)).toBeAttached();
    }
    const {label, background} = await labelAndBackgroundLuminance(chart);
    if (colorScheme === 'dark') expect(label).toBeGreaterThan(background);
    else expect(label).toBeLessThan(background);
  });
}

/**
 * Glossary links (src/plugins/remark-glossary-links): the first use of a glossary term in a page's
 * prose links to its entry, later uses do not, and the link is quiet, described and focusable.
 * Checked on the static HTML (JavaScript off) and in the hydrated page.
 */
import type {Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';

/** A page that says "IDA" many times in prose. */
const ROUTE = '/docs/background/oep-42';
const IDA_ENTRY = '/docs/reference/glossary#ida';

/** Every whole-word "IDA"/"IDAs" in the article's prose, in order, and whether it is a glossary link. */
function idaMentions(page: Page) {
  return page.locator('article .markdown').evaluate((article) => {
    const mentions: {text: string; link: string | null; inHeading: boolean}[] = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('code, pre, svg')) continue;
      for (const match of node.textContent!.matchAll(/(?<![\w-])IDAs?(?![\w-])/g)) {
        mentions.push({
          text: match[0],
          link: parent.closest('a.glossary-link')?.getAttribute('href') ?? null,
          inHeading: parent.closest('h1, h2, h3, h4, h5, h6') !== null,
        });
      }
    }
    return mentions;
  });
}

test('the static HTML links the first IDA in prose to the glossary, and only that one', async ({
  browser,
}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(ROUTE);
  const prose = (await idaMentions(page)).filter((mention) => !mention.inHeading);
  expect(prose.length, 'the page mentions IDA more than once in prose').toBeGreaterThan(1);
  expect(prose[0]!.link).toBe(IDA_ENTRY);
  expect(prose.slice(1).map((mention) => mention.link)).toEqual(prose.slice(1).map(() => null));
  await expect(page.locator(`article a[href="${IDA_ENTRY}"]`)).toHaveCount(1);
  await context.close();
});

test('no heading contains a glossary link', async ({page}) => {
  await openPage(page, ROUTE);
  await expect(page.locator('article :is(h1, h2, h3, h4) a.glossary-link')).toHaveCount(0);
});

test('a glossary link is quiet, says what it is, takes focus and leads to the entry', async ({
  page,
}) => {
  await openPage(page, ROUTE);
  const link = page.locator(`article a.glossary-link[href="${IDA_ENTRY}"]`);
  await expect(link).toHaveText(/^IDAs?$/);
  await expect(link).toHaveAttribute('title', /^Glossary: Independently deployable application/);
  await expect(link).toHaveAccessibleDescription(/^Glossary: Independently deployable/);
  // Quiet: the text's own colour, with a dotted underline instead of the link colour.
  const paragraphColor = await link.evaluate(
    (element) => getComputedStyle(element.parentElement!).color,
  );
  await expect(link).toHaveCSS('color', paragraphColor);
  await expect(link).toHaveCSS('text-decoration-style', 'dotted');
  await expect(link).toHaveCSS('text-decoration-line', 'underline');

  await link.focus();
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('outline-style', 'solid');

  await link.click();
  await expect(page).toHaveURL(new RegExp(`${IDA_ENTRY}$`));
  await expect(page.locator('#ida')).toBeInViewport();
});

test('the glossary page does not link its own terms', async ({page}) => {
  await openPage(page, '/docs/reference/glossary');
  await expect(page.locator('article a.glossary-link')).toHaveCount(0);
});

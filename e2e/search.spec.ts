/**
 * Offline search: the index is built with the site and queried in the browser, so these work
 * with no network. Each term is one a reader would type and must lead to the page that explains it.
 */
import type {Page} from '@playwright/test';
import {expect, openPage, test} from './fixtures';

const searches = [
  {term: 'JWT_ISSUERS', page: /Multiple issuers/i},
  {term: 'edx-jwt-cookie-header-payload', page: /OEP-42/i},
  {term: 'jwt_auth_result', page: /example queries|what to watch|monitoring attributes/i},
  {term: 'generate_jwt_signing_key', page: /key rotation|signing keys/i},
  {term: 'RS512', page: /primer|symmetric/i},
  {term: 'client credentials cache', page: /client-credentials/i},
];

for (const {term, page: expectedPage} of searches) {
  test(`searching for ${term} finds the page that explains it`, async ({page}) => {
    await openPage(page, '/docs/background');
    const searchBox = page
      .getByRole('searchbox', {name: 'Search'})
      .or(page.getByRole('textbox', {name: 'Search'}));
    await searchBox.first().fill(term);
    const suggestions = page.getByRole('listbox');
    await expect(suggestions).toBeVisible();
    const match = suggestions.getByRole('option').filter({hasText: expectedPage}).first();
    await expect(match).toBeVisible();
    await match.click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(expectedPage);
  });
}

// Diagrams (Mermaid and the rollout chart, light and dark) are checked in diagrams.spec.ts.

// The "See all results" page: its query lives in the address, so a reload or a shared link must
// show the same results (#16). The page's own effect used to remove `?q=` while hydrating.
test.describe('the search results page', () => {
  async function expectResultsFor(page: Page, term: string): Promise<void> {
    // The results page's own box; the navbar's is a textbox.
    await expect(page.getByRole('searchbox', {name: 'Search'})).toHaveValue(term);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(`Search results for "${term}"`);
    await expect(page.getByText(/\d+ documents? found/)).toBeVisible();
    await expect(
      page.getByRole('article').getByRole('link', {name: 'Clock skew, leeway and audience'}),
    ).toBeVisible();
    expect(new URL(page.url()).searchParams.get('q')).toBe(term);
  }

  test('keeps its query when reloaded', async ({page}) => {
    await openPage(page, '/docs/background');
    const searchBox = page
      .getByRole('searchbox', {name: 'Search'})
      .or(page.getByRole('textbox', {name: 'Search'}));
    await searchBox.first().fill('leeway');
    const seeAll = page.getByRole('link', {name: 'See all results'});
    // Opened in a new tab or copied, the link keeps its query as well.
    await seeAll.hover();
    await expect(seeAll).toHaveAttribute('href', '/search?q=leeway');
    await seeAll.click();
    // The address the server serves with its query: not `/search/`, which it redirects to `/search`.
    await expect(page).toHaveURL(/\/search\?q=leeway$/);
    await expectResultsFor(page, 'leeway');
    await page.reload();
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expectResultsFor(page, 'leeway');
  });

  test('opens from a shared link with its query', async ({browser}) => {
    const context = await browser.newContext({baseURL: test.info().project.use.baseURL});
    const page = await context.newPage();
    await openPage(page, '/search?q=leeway');
    await expectResultsFor(page, 'leeway');
    await context.close();
  });
});

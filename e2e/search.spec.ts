/**
 * Offline search: the index is built with the site and queried in the browser, so these work
 * with no network. Each term is one a reader would type and must lead to the page that explains it.
 */
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

import {render, screen} from '@testing-library/react';
import {glossary} from '@site/src/data/glossary';
import GlossaryList, {sortTerms} from './index';

/** `term` takes its accessible name from authors only, so find it by its text. */
function getTerm(text: string): HTMLElement {
  const term = screen.getAllByRole('term').find((el) => el.textContent?.startsWith(text));
  if (!term) {
    throw new Error(`No glossary term starting with "${text}"`);
  }
  return term;
}

// One shared object, so the test can read what the component collected.
const mockBrokenLinks = {collectAnchor: jest.fn(), collectLink: jest.fn()};
jest.mock('@docusaurus/useBrokenLinks', () => ({
  __esModule: true,
  default: () => mockBrokenLinks,
}));

afterEach(() => {
  jest.clearAllMocks();
});

describe('GlossaryList', () => {
  it('renders each term with its id and definition', () => {
    render(<GlossaryList />);
    expect(screen.getAllByRole('term')).toHaveLength(glossary.length);
    const term = getTerm('Restricted application');
    expect(term).toHaveAttribute('id', 'restricted-application');
    const definition = term.nextElementSibling;
    expect(definition).toHaveRole('definition');
    expect(definition).toHaveTextContent(/is_restricted: true/);
  });

  it('renders code in terms and links to sources', () => {
    render(<GlossaryList />);
    const term = getTerm('Audience');
    expect(term.querySelector('code')).toHaveTextContent('aud');
    expect(screen.getAllByRole('link', {name: 'RFC 7519 §4.1.3 (aud)'})[0]).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3',
    );
  });

  it('explains the platform jargon pages link to, with a link target for each', () => {
    render(<GlossaryList />);
    for (const [text, id] of [
      ['ADR', 'adr'],
      ['DRF', 'drf'],
      ['SSO', 'sso'],
      ['HMAC', 'hmac'],
      ['Mint', 'mint'],
      ['TieredCache', 'tieredcache'],
      ['Service user', 'service-user'],
      ['IDA', 'ida'],
      ['MFE', 'mfe'],
      ['LMS', 'lms'],
    ] as const) {
      expect(getTerm(text)).toHaveAttribute('id', id);
    }
    const cache = getTerm('TieredCache');
    expect(cache.querySelector('code')).toHaveTextContent('TieredCache');
    expect(cache.nextElementSibling).toHaveTextContent(/client-credentials JWT/);
    expect(getTerm('Service user').nextElementSibling).toHaveTextContent(/preferred_username/);
  });

  it('lists terms alphabetically, ignoring case and backticks', () => {
    const sorted = sortTerms(glossary).map((term) => term.term.replace(/`/g, '').toLowerCase());
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('registers every id with the broken-anchor checker', () => {
    render(<GlossaryList />);
    const collected = mockBrokenLinks.collectAnchor.mock.calls.map((call) => call[0]);
    expect(collected.sort()).toEqual(glossary.map((term) => term.id).sort());
    for (const id of ['ida', 'mfe', 'dot', 'jwk', 'jwks', 'jws', 'jwe', 'leeway']) {
      expect(document.getElementById(id)).not.toBeNull();
    }
  });
});

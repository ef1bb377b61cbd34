import {render, screen, within} from '@testing-library/react';
import {claims, findClaim, headerParameters} from '@site/src/data/claims';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import ClaimsTable from './index';

// One shared object, so the test can read what the component collected.
const mockBrokenLinks = {collectAnchor: jest.fn(), collectLink: jest.fn()};
jest.mock('@docusaurus/useBrokenLinks', () => ({
  __esModule: true,
  default: () => mockBrokenLinks,
}));

afterEach(() => {
  jest.clearAllMocks();
});

beforeAll(installFakeLayout);

describe('ClaimsTable', () => {
  it('shows a row for scopes with its summary, type and sources', () => {
    render(<ClaimsTable origin="openedx" />);
    const scopes = findClaim('scopes');
    expect(scopes).toBeDefined();

    const row = screen.getByRole('row', {name: /^scopes/});
    expect(row).toHaveAttribute('id', 'scopes');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('scopes');
    expect(within(row).getByText(scopes!.summary)).toBeInTheDocument();
    expect(within(row).getByText('string[]')).toBeInTheDocument();
    for (const source of scopes!.sources) {
      expect(within(row).getByRole('link', {name: source.label})).toHaveAttribute(
        'href',
        source.url,
      );
    }
  });

  it('marks an inference in an entry with the same link as <Inferred /> in pages', () => {
    render(<ClaimsTable origin="header" />);
    const row = screen.getByRole('row', {name: /^kid/});
    const mark = within(row).getByRole('link', {name: 'inference'});
    expect(mark).toHaveAttribute('href', '/docs/reference#how-to-read');
    expect(row).not.toHaveTextContent('[inference]');
  });

  it('renders claim names as code and offers a direct link to each row', () => {
    render(<ClaimsTable origin="openedx" />);
    const row = screen.getByRole('row', {name: /^is_restricted/});
    expect(row.querySelector('th code')).toHaveTextContent('is_restricted');
    expect(within(row).getByRole('link', {name: 'Direct link to is_restricted'})).toHaveAttribute(
      'href',
      '#is_restricted',
    );
  });

  it('filters by origin', () => {
    render(<ClaimsTable origin="registered" />);
    const table = screen.getByRole('table', {name: 'Registered claims (RFC 7519)'});
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('code')?.textContent);
    expect(names).toEqual(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']);
  });

  it('lists header parameters under origin "header"', () => {
    render(<ClaimsTable origin="header" />);
    expect(screen.getByRole('columnheader', {name: 'Parameter'})).toBeInTheDocument();
    expect(screen.getByRole('row', {name: /^alg/})).toHaveAttribute('id', 'alg');
    expect(screen.queryByRole('row', {name: /^scopes/})).not.toBeInTheDocument();
  });

  it('registers every rendered id with the broken-anchor checker', () => {
    render(<ClaimsTable />);
    const expected = [...headerParameters, ...claims].map((claim) => claim.name);
    const collected = mockBrokenLinks.collectAnchor.mock.calls.map((call) => call[0]);
    expect(new Set(collected)).toEqual(new Set(expected));
    for (const name of expected) {
      expect(document.getElementById(name)).not.toBeNull();
    }
  });

  it('wraps the table in a scroll region, keyboard-focusable while the table is wider', () => {
    render(<ClaimsTable origin="oidc" />);
    const region = screen.getByRole('region', {name: 'Claims named after OpenID Connect'});
    expect(within(region).getByRole('table')).toBeInTheDocument();
    resize(300);
    expect(region).not.toHaveAttribute('tabindex');
    resize(900);
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('names the valid origins when an author passes an unknown one', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ClaimsTable origin={'openEdx' as unknown as 'openedx'} />)).toThrow(
      /unknown origin "openEdx".*"header", "registered", "openedx", "oidc"/,
    );
    (console.error as jest.Mock).mockRestore();
  });
});

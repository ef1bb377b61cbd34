import {render, screen, within} from '@testing-library/react';
import {findSetting, settings} from '@site/src/data/settings';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import SettingsTable from './index';

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

describe('SettingsTable', () => {
  it('shows a row for JWT_ISSUERS with its Django path, default and summary', () => {
    render(<SettingsTable group="JWT_AUTH" />);
    const row = screen.getByRole('row', {name: /^JWT_ISSUERS\b/});
    expect(row).toHaveAttribute('id', 'JWT_ISSUERS');
    expect(within(row).getByText("JWT_AUTH['JWT_ISSUERS']")).toBeInTheDocument();
    expect(within(row).getByText(/first entry also supplies the HS256 secret/)).toBeInTheDocument();
    expect(within(row).getByText(/'AUDIENCE': 'change-me'/)).toBeInTheDocument();
    expect(within(row).getByText('When changing it:')).toBeInTheDocument();
  });

  it('renders backtick spans in the text as code', () => {
    render(<SettingsTable group="JWT_AUTH" />);
    const row = screen.getByRole('row', {name: /^JWT_LEEWAY\b/});
    const codes = Array.from(row.querySelectorAll('td code')).map((code) => code.textContent);
    expect(codes).toContain('iat');
    expect(row.textContent).not.toContain('`');
  });

  it('shows only the requested group', () => {
    render(<SettingsTable group="toggle" />);
    const table = screen.getByRole('table', {name: 'Toggles'});
    const rows = within(table).getAllByRole('rowheader');
    expect(rows).toHaveLength(settings.filter((s) => s.group === 'toggle').length);
    expect(screen.getByRole('columnheader', {name: 'Toggle'})).toBeInTheDocument();
    const kid = screen.getByRole('row', {name: /^JWT_AUTH_ADD_KID_HEADER\b/});
    expect(within(kid).getByText('Status:')).toBeInTheDocument();
    expect(screen.queryByRole('row', {name: /^JWT_ISSUERS\b/})).not.toBeInTheDocument();
  });

  it('registers every rendered id with the broken-anchor checker', () => {
    render(<SettingsTable />);
    const collected = mockBrokenLinks.collectAnchor.mock.calls.map((call) => call[0]);
    expect(collected.sort()).toEqual(settings.map((s) => s.name).sort());
    expect(document.getElementById('JWT_PUBLIC_SIGNING_JWK_SET')).not.toBeNull();
  });

  it('wraps the table in a scroll region, keyboard-focusable while the table is wider', () => {
    render(<SettingsTable group="LMS" />);
    const region = screen.getByRole('region', {name: 'Top-level LMS settings'});
    resize(300);
    expect(region).not.toHaveAttribute('tabindex');
    resize(900);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(findSetting('JWT_ACCESS_TOKEN_EXPIRE_SECONDS')?.group).toBe('LMS');
    expect(
      within(region).getByRole('row', {name: /^JWT_ACCESS_TOKEN_EXPIRE_SECONDS\b/}),
    ).toBeInTheDocument();
  });

  it('names the valid groups when an author passes an unknown one', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<SettingsTable group={'jwt_auth' as unknown as 'JWT_AUTH'} />)).toThrow(
      /unknown group "jwt_auth".*"JWT_AUTH"/,
    );
    (console.error as jest.Mock).mockRestore();
  });
});

import {render, screen, within} from '@testing-library/react';
import {findMonitoringAttribute, monitoringAttributes} from '@site/src/data/monitoringAttributes';
import {installFakeLayout, resize} from '@site/test/fakeLayout';
import MonitoringAttributesTable from './index';

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

describe('MonitoringAttributesTable', () => {
  it('shows a row for jwt_auth_result with its values and rollout guidance', () => {
    render(<MonitoringAttributesTable area="authentication" />);
    const row = screen.getByRole('row', {name: /^jwt_auth_result\b/});
    expect(row).toHaveAttribute('id', 'jwt_auth_result');
    const [values] = within(row).getAllByRole('cell');
    expect(values).toHaveTextContent(/success-auth-header/);
    // edx-drf-extensions 10.7.0 never sets failed-cookie, so it is not offered as a value to chart.
    expect(values).not.toHaveTextContent(/failed-cookie/);
    const entry = findMonitoringAttribute('jwt_auth_result');
    expect(entry).toBeDefined();
    expect(row).toHaveTextContent(/Healthy: the success values dominate/);
    expect(
      screen.getByRole('columnheader', {name: 'During a rollout (our guidance)'}),
    ).toBeInTheDocument();
  });

  it('shows log lines under their slug with the message', () => {
    render(<MonitoringAttributesTable area="logs" />);
    const row = screen.getByRole('row', {name: /^log-token-verification-failed\b/});
    expect(row).toHaveTextContent('"Token verification failed."');
    expect(screen.getByRole('columnheader', {name: 'Message'})).toBeInTheDocument();
    // On a phone each value sits under its column's name: the message under "Message".
    expect(within(row).getAllByRole('cell')[0]).toHaveAttribute('data-label', 'Message');
  });

  it('registers every rendered id with the broken-anchor checker', () => {
    render(<MonitoringAttributesTable />);
    const collected = mockBrokenLinks.collectAnchor.mock.calls.map((call) => call[0]);
    expect(collected.sort()).toEqual(monitoringAttributes.map((a) => a.name).sort());
    expect(document.getElementById('enduser.id')).not.toBeNull();
  });

  it('wraps the table in a scroll region, keyboard-focusable while the table is wider', () => {
    render(<MonitoringAttributesTable area="decoder" />);
    const region = screen.getByRole('region', {
      name: 'Attributes set by the edx-drf-extensions decoder',
    });
    resize(300);
    expect(region).not.toHaveAttribute('tabindex');
    resize(900);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).queryByRole('row', {name: /^jwt_auth_result\b/})).toBeNull();
  });

  it('names the valid areas when an author passes an unknown one', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(<MonitoringAttributesTable area={'decode' as unknown as 'decoder'} />),
    ).toThrow(/unknown area "decode".*"decoder"/);
    (console.error as jest.Mock).mockRestore();
  });
});

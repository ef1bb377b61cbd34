import type * as NodeFs from 'node:fs';
import {render, screen, within} from '@testing-library/react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import OperatorBox, {parseOperatorConfig, safeLinkUrl} from './index';

jest.mock('@docusaurus/useDocusaurusContext', () => ({
  __esModule: true,
  default: jest.fn(),
}));

// Jest does not compile MDX: stand in for the snippet partial with its code block as a plain <pre>.
jest.mock('@site/docs/_partials/operator-config.mdx', () => {
  const {readFileSync} = jest.requireActual<typeof NodeFs>('node:fs');
  const source = readFileSync(`${__dirname}/../../../docs/_partials/operator-config.mdx`, 'utf8');
  const code = /```ts[^\n]*\n([\s\S]*?)```/.exec(source)?.[1] ?? '';
  return {__esModule: true, default: () => <pre>{code}</pre>};
});

const mockedContext = useDocusaurusContext as unknown as jest.Mock;

function withCustomFields(customFields: unknown): void {
  mockedContext.mockReturnValue({siteConfig: {customFields}});
}

function getBox(): HTMLElement {
  return screen.getByRole('complementary', {name: 'Your operator'});
}

afterEach(() => {
  mockedContext.mockReset();
});

describe('OperatorBox', () => {
  it('explains how to configure it when no operator is set (the default build)', () => {
    withCustomFields({operator: {}});
    render(<OperatorBox topic="observability" />);

    const box = getBox();
    expect(box.tagName).toBe('ASIDE');
    expect(within(box).getByText(/no operator details for this page/)).toBeInTheDocument();
    expect(within(box).getByText(/your monitoring dashboards/)).toBeInTheDocument();
    const snippet = box.querySelector('pre');
    expect(snippet).not.toBeNull();
    expect(snippet?.textContent).toContain('customFields');
    expect(snippet?.textContent).toContain('operator');
    expect(within(box).queryAllByRole('link')).toHaveLength(0);
  });

  it('uses a paragraph, not a heading, for its title', () => {
    withCustomFields({operator: {}});
    render(<OperatorBox topic="communication" />);

    const box = getBox();
    expect(within(box).queryAllByRole('heading')).toHaveLength(0);
    const title = within(box).getByText('Your operator');
    expect(title.tagName).toBe('P');
    expect(box.getAttribute('aria-labelledby')).toBe(title.id);
  });

  it('lists the dashboards for the observability topic', () => {
    withCustomFields({
      operator: {
        name: 'Example Learning',
        dashboards: [{label: 'JWT rollout', url: 'https://monitoring.example.com/jwt'}],
        channels: [{label: 'Incidents', value: '#incidents'}],
      },
    });
    render(<OperatorBox topic="observability" />);

    const box = getBox();
    expect(within(box).getByText('Example Learning')).toBeInTheDocument();
    const link = within(box).getByRole('link', {name: 'JWT rollout'});
    expect(link).toHaveAttribute('href', 'https://monitoring.example.com/jwt');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Channels belong to the communication topic.
    expect(within(box).queryByText(/#incidents/)).toBeNull();
    expect(box.querySelector('pre')).toBeNull();
  });

  it('lists channels, support queue and status page for the communication topic', () => {
    withCustomFields({
      operator: {
        channels: [
          {label: 'Incident channel', value: '#incidents'},
          {label: 'Partner desk', value: 'https://chat.example.com/partners'},
        ],
        supportQueue: 'Tier 1 auth queue',
        statusPage: 'https://status.example.com',
      },
    });
    render(<OperatorBox topic="communication" />);

    const box = getBox();
    expect(within(box).getByText(/#incidents/)).toBeInTheDocument();
    expect(
      within(box).getByRole('link', {name: 'https://chat.example.com/partners'}),
    ).toHaveAttribute('href', 'https://chat.example.com/partners');
    expect(within(box).getByText(/Tier 1 auth queue/)).toBeInTheDocument();
    expect(within(box).getByRole('link', {name: 'https://status.example.com'})).toHaveAttribute(
      'href',
      'https://status.example.com/',
    );
  });

  it.each([
    ['a string', 'oops'],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['wrong field types', {name: 42, dashboards: 'nope', channels: {label: 'x'}, statusPage: 7}],
    [
      'unsafe or broken entries',
      {dashboards: [null, {label: 'x'}, {label: 'Bad', url: 'javascript:alert(1)'}]},
    ],
  ])('does not crash on a malformed config (%s) and shows the help', (_label, operator) => {
    withCustomFields({operator});
    render(<OperatorBox topic="observability" />);

    const box = getBox();
    expect(within(box).getByText(/no operator details for this page/)).toBeInTheDocument();
    expect(within(box).queryAllByRole('link')).toHaveLength(0);
  });

  it('does not crash when customFields is missing', () => {
    mockedContext.mockReturnValue({siteConfig: {}});
    render(<OperatorBox topic="communication" />);

    expect(within(getBox()).getByText(/no operator details for this page/)).toBeInTheDocument();
  });

  it('renders markup in config values as text, never as HTML', () => {
    withCustomFields({
      operator: {channels: [{label: '<img src=x onerror=alert(1)>', value: '<b>bold</b>'}]},
    });
    const {container} = render(<OperatorBox topic="communication" />);

    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(within(getBox()).getByText(/<b>bold<\/b>/)).toBeInTheDocument();
  });
});

describe('parseOperatorConfig', () => {
  it('keeps valid entries and drops invalid ones', () => {
    const config = parseOperatorConfig({
      name: '  Example  ',
      dashboards: [
        {label: 'Good', url: 'https://example.com/d'},
        {label: 'No URL'},
        {label: 'Script', url: 'javascript:alert(1)'},
      ],
      supportQueue: '',
    });
    expect(config.name).toBe('Example');
    expect(config.dashboards).toEqual([{label: 'Good', url: 'https://example.com/d'}]);
    expect(config.supportQueue).toBeUndefined();
  });
});

describe('safeLinkUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['javascript:alert(1)', undefined],
    ['/relative/path', undefined],
    [42, undefined],
  ])('%s -> %s', (input, expected) => {
    expect(safeLinkUrl(input)).toBe(expected);
  });
});

import {renderToString} from 'react-dom/server';
import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RunBadge from './index';

/** The badge on a page opened with a pull request typed into the address as it is. */
function renderTypedUnencoded() {
  window.history.replaceState(null, '', '/docs/checklists/rollout?run=openedx/edx-platform#40001');
  const user = userEvent.setup();
  render(<RunBadge />);
  return user;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('RunBadge', () => {
  it('renders no run on the server, where the address is unknown', () => {
    window.history.replaceState(null, '', '/docs/background?run=PR%201');
    const html = renderToString(<RunBadge />);
    expect(html).not.toContain('PR 1');
    expect(html).toContain('aria-live="polite"');
  });

  it('shows the open run after hydration, and Leave run goes back to the default', async () => {
    window.history.replaceState(null, '', '/docs/background?run=openedx%2Fedx-platform%2312345#x');
    const user = userEvent.setup();
    render(<RunBadge />);
    const badge = await screen.findByRole('complementary', {name: 'Current run'});
    expect(badge).toHaveTextContent('Run openedx/edx-platform#12345');
    expect(screen.getByRole('link', {name: 'All runs'})).toHaveAttribute(
      'href',
      '/docs/checklists/runs?run=openedx%2Fedx-platform%2312345',
    );
    await user.click(screen.getByRole('button', {name: 'Leave run'}));
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/docs/background#x',
    );
  });

  it('shows nothing for the default run', async () => {
    window.history.replaceState(null, '', '/docs/background');
    render(<RunBadge />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('offers the pull request cut off by an unencoded #', async () => {
    const user = renderTypedUnencoded();
    const offer = await screen.findByRole('button', {name: 'Open run openedx/edx-platform#40001'});
    expect(offer.closest('[aria-live]')).not.toBeNull();
    expect(screen.getByText(/“#40001” after the run name/)).toBeInTheDocument();
    await user.click(offer);
    await waitFor(() =>
      expect(screen.getByRole('complementary', {name: 'Current run'})).toHaveTextContent(
        'openedx/edx-platform#40001',
      ),
    );
    expect(`${window.location.search}${window.location.hash}`).toBe(
      '?run=openedx%2Fedx-platform%2340001',
    );
    expect(screen.queryByRole('button', {name: /^Open run/})).toBeNull();
  });

  it('keeps the run as typed when asked to', async () => {
    const user = renderTypedUnencoded();
    await user.click(await screen.findByRole('button', {name: 'Keep run openedx/edx-platform'}));
    expect(screen.queryByRole('button', {name: /^Open run/})).toBeNull();
    expect(window.location.search).toBe('?run=openedx/edx-platform');
  });
});

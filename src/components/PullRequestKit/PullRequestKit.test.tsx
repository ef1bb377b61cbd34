import type {ReactNode} from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {pullRequestMarkdown, pullRequestTemplate} from '@site/src/lib/pullRequest';
import PullRequestKit from './index';
import PullRequestTemplate from './Template';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));
// The theme alias is not mapped in Jest; a plain <pre> is enough to check the template.
jest.mock(
  '@theme/CodeBlock',
  () => ({
    __esModule: true,
    default: ({children, title}: {children: ReactNode; title?: string}) => (
      <pre data-title={title}>{children}</pre>
    ),
  }),
  {virtual: true},
);

const SITE = {origin: 'https://guide.example.org', baseUrl: '/guide/'};
const RUN = 'openedx/edx-platform#12345';
const Q = '?run=openedx%2Fedx-platform%2312345';

beforeEach(() => {
  (useDocusaurusContext as jest.Mock).mockReturnValue({
    siteConfig: {
      url: SITE.origin,
      baseUrl: SITE.baseUrl,
      customFields: {deployedUrl: SITE.origin},
    },
  });
});

afterEach(() => {
  jest.restoreAllMocks();
});

function setup() {
  const user = userEvent.setup();
  render(<PullRequestKit />);
  return {user, field: screen.getByRole('textbox', {name: 'Pull request'})};
}

describe('PullRequestKit', () => {
  it('server render is the empty form, the same as the first client render', () => {
    const html = renderToString(<PullRequestKit />);
    const container = document.createElement('div');
    container.innerHTML = html;
    const field = container.querySelector('input')!;
    expect(field.value).toBe('');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(container.textContent).toContain('The links and the Markdown appear here');
    expect(container.querySelector('a')).toBeNull();

    render(<PullRequestKit />);
    expect(screen.getByRole('textbox', {name: 'Pull request'})).toHaveValue('');
    expect(screen.queryByRole('button', {name: 'Copy Markdown'})).not.toBeInTheDocument();
  });

  it('turns a pull request address into the run, the six links and the Markdown as you type', async () => {
    const {user, field} = setup();
    await user.type(field, 'https://github.com/openedx/edx-platform/pull/12345/files');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(RUN)).toBeInTheDocument();
    expect(screen.getByText(/A GitHub pull request/)).toBeInTheDocument();

    const list = screen.getByRole('list', {name: 'Links for this run'});
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Plan your change', `/guide/docs/checklists/plan-your-change${Q}`],
      ['Rollout', `/guide/docs/checklists/rollout${Q}`],
      ['Observability', `/guide/docs/checklists/observability${Q}`],
      ['Communication', `/guide/docs/checklists/communication${Q}`],
      ['Rollout timeline', `/guide/docs/tools/rollout-timeline${Q}`],
      ['Communication messages', `/guide/docs/communication/messages${Q}`],
    ]);
    expect(
      within(list).getByText(`https://guide.example.org/guide/docs/checklists/rollout${Q}`),
    ).toBeInTheDocument();

    const box = screen.getByRole('textbox', {name: 'Markdown for the pull request description'});
    expect(box).toHaveAttribute('readonly');
    expect(box).toHaveValue(pullRequestMarkdown(RUN, SITE));
  });

  it('links to the page’s own origin when no deployed URL is configured', async () => {
    (useDocusaurusContext as jest.Mock).mockReturnValue({
      siteConfig: {url: SITE.origin, baseUrl: SITE.baseUrl},
    });
    const {user, field} = setup();
    await user.type(field, RUN);
    const here = {origin: 'http://localhost', baseUrl: SITE.baseUrl};
    expect(
      screen.getByRole('textbox', {name: 'Markdown for the pull request description'}),
    ).toHaveValue(pullRequestMarkdown(RUN, here));
    expect(
      screen.getByText(`http://localhost/guide/docs/checklists/rollout${Q}`),
    ).toBeInTheDocument();
  });

  it('gives the short form the same run as the address', async () => {
    const {user, field} = setup();
    await user.type(field, 'OpenEdx/edx-platform#12345');
    expect(
      screen.getByRole('textbox', {name: 'Markdown for the pull request description'}),
    ).toHaveValue(pullRequestMarkdown(RUN, SITE));
  });

  it('uses any other text as the run name and says so', async () => {
    const {user, field} = setup();
    await user.type(field, 'Rotate  signing key');
    expect(screen.getByText('Rotate signing key')).toBeInTheDocument();
    expect(screen.getByText(/Not a GitHub pull request/)).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'Rollout'})).toHaveAttribute(
      'href',
      '/guide/docs/checklists/rollout?run=Rotate%20signing%20key',
    );
  });

  it('shows errors next to the field, linked to it, and clears them when fixed', async () => {
    const {user, field} = setup();
    await user.type(field, 'https://github.com/openedx/edx-platform/issues/12');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'This GitHub address is not a pull request. Use the address of the pull request itself, such as https://github.com/openedx/edx-platform/pull/12345.',
    );
    expect(screen.queryByRole('link', {name: 'Rollout'})).not.toBeInTheDocument();
    expect(screen.queryByRole('button', {name: 'Copy Markdown'})).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'openedx/edx-platform#12a');
    expect(field).toHaveAccessibleDescription(/must be a whole number/);

    await user.clear(field);
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).toHaveAccessibleDescription(/^Such as openedx\/edx-platform#12345/);
  });

  it('copies the Markdown with the keyboard and reports it', async () => {
    const {user, field} = setup();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.type(field, RUN);
    // Field → six links → the Markdown box → the button.
    for (let i = 0; i < 8; i += 1) await user.tab();
    expect(screen.getByRole('button', {name: 'Copy Markdown'})).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(pullRequestMarkdown(RUN, SITE));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Copied the Markdown. Paste it into the pull request description.',
    );

    await user.type(field, '6');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('selects the Markdown for copying by hand when the clipboard is unavailable', async () => {
    const {user, field} = setup();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.type(field, RUN);
    await user.click(screen.getByRole('button', {name: 'Copy Markdown'}));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The clipboard is not available here: the Markdown is selected below; copy it.',
    );
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Markdown for the pull request description',
    });
    expect(box).toHaveFocus();
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
  });
});

describe('PullRequestTemplate', () => {
  function template(): string {
    return document.querySelector('pre[data-title=".github/pull_request_template.md"]')!
      .textContent!;
  }

  it('server render shows the template with OWNER, REPO and NUMBER', () => {
    const html = renderToString(<PullRequestTemplate />);
    const container = document.createElement('div');
    container.innerHTML = html;
    expect(container.querySelector('pre')!.textContent).toBe(pullRequestTemplate(SITE, null));
  });

  it('fills in a repository so that only NUMBER is left', async () => {
    const user = userEvent.setup();
    render(<PullRequestTemplate />);
    const field = screen.getByRole('textbox', {name: 'Repository (optional)'});
    expect(template()).toBe(pullRequestTemplate(SITE, null));
    await user.type(field, 'https://github.com/OpenEdx/edx-platform');
    expect(template()).toBe(pullRequestTemplate(SITE, {owner: 'openedx', repo: 'edx-platform'}));
    expect(field).toHaveAccessibleDescription(
      'Filled in: openedx/edx-platform. Only NUMBER is left to replace.',
    );
  });

  it('names a repository it cannot read and keeps the placeholders', async () => {
    const user = userEvent.setup();
    render(<PullRequestTemplate />);
    const field = screen.getByRole('textbox', {name: 'Repository (optional)'});
    await user.type(field, 'edx-platform');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Enter a GitHub repository as owner/repo, such as openedx/edx-platform, or its address. The template below keeps OWNER and REPO.',
    );
    expect(template()).toBe(pullRequestTemplate(SITE, null));
  });
});

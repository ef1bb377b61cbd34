import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {screen, waitFor, within} from '@testing-library/react';
import {rollout} from '@site/src/data/checklists/rollout';
import {
  PAGE,
  first,
  item,
  loaded,
  openChecklistPage,
  renderChecklist,
  second,
  setup,
} from '@site/test/checklistPage';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));

// Role queries over a whole checklist are slow in jsdom; give loading and each test room.
jest.setTimeout(20_000);

beforeEach(openChecklistPage);

describe('Checklist Markdown and links', () => {
  it('copies the run as Markdown', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      `### Rollout checklist · run default · 1 of ${rollout.items.length} done`,
      '',
      `- [x] [${first.title}](${PAGE}#${first.id})`,
    ]);
    expect(await screen.findByText(/Copied the run as Markdown/)).toBeInTheDocument();
  });

  it('escapes a hostile note in the Markdown and says which invisible character it shows', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    const note = screen.getByRole('textbox', {name: `Notes for ${first.title}`});
    await user.click(note);
    await user.paste('- [x] approved by @octocat\u202E');
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0].split('\n').slice(2, 4)).toEqual([
      `- [ ] [${first.title}](${PAGE}#${first.id})`,
      '  > \\- \\[x\\] approved by @<!-- -->octocat\\[U+202E\\]',
    ]);
    expect(
      await screen.findByText(
        /Copied the run as Markdown\. .* \(U\+202E\) is shown as \[U\+202E\]\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows the Markdown in a selectable box when the clipboard is unavailable', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    const box = await screen.findByRole('textbox', {name: 'Markdown for this run'});
    expect(box).toHaveAttribute('readonly');
    expect((box as HTMLTextAreaElement).value).toContain(`(${PAGE}#${first.id})`);
  });

  it('applies ticks pasted from a PR description and reports each skipped line with its reason', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    const toggle = screen.getByRole('button', {name: 'Paste from a PR description'});
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const box = screen.getByRole('textbox', {name: 'Markdown from the pull request'});
    await user.click(box);
    await user.paste(
      [
        `- [x] [${first.title}](${PAGE}#${first.id})`,
        `- [x] [Broken](${PAGE}#%E0%A4%A)`,
        `- [x] ~~[${second.title}](${PAGE}#${second.id})~~ N/A`,
        'Some other text',
      ].join('\n'),
    );
    await user.click(screen.getByRole('button', {name: 'Apply to this run'}));
    expect(screen.getByRole('checkbox', {name: first.title})).toBeChecked();
    expect(
      within(item(second.title)).getByRole('checkbox', {name: /^Not applicable/}),
    ).toBeChecked();
    const skipped = screen.getByRole('list', {name: '2 lines were skipped:'});
    expect(
      within(skipped)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual([
      `Line 2: its link has a broken %-escape after # (“%E0%A4%A”): - [x] [Broken](${PAGE}#%E0%A4%A)`,
      'Line 4: not a task line (“- [ ]” or “- [x]”): Some other text',
    ]);
    expect(screen.getByText(/Updated 2 of 2 items/)).toBeInTheDocument();
  });

  it('links an item the same way in Copy as Markdown and Copy link, with the run', async () => {
    const memory = setup();
    window.history.replaceState(null, '', '/docs/checklists/rollout?run=PR%207&utm=x');
    const {user} = renderChecklist(memory);
    await loaded();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', {name: `Copy link to ${first.title}`}));
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const link = `${PAGE}?run=PR%207#${first.id}`;
    expect(writeText.mock.calls[0]![0]).toBe(link);
    expect(writeText.mock.calls[1]![0]).toContain(`- [ ] [${first.title}](${link})`);
  });

  it('links to the deployed site URL in both when the build was given one', async () => {
    (useDocusaurusContext as jest.Mock).mockReturnValue({
      siteConfig: {
        url: 'https://guide.example.org',
        baseUrl: '/',
        customFields: {deployedUrl: 'https://guide.example.org'},
      },
    });
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', {name: `Copy link to ${first.title}`}));
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const link = `https://guide.example.org/docs/checklists/rollout#${first.id}`;
    expect(writeText.mock.calls[0]![0]).toBe(link);
    expect(writeText.mock.calls[1]![0]).toContain(`(${link})`);
  });

  it('copies a link to an item that keeps the run', async () => {
    const memory = setup();
    window.history.replaceState(null, '', '/docs/checklists/rollout?run=PR%207');
    const {user} = renderChecklist(memory);
    await loaded();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', {name: `Copy link to ${second.title}`}));
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(
        `http://localhost/docs/checklists/rollout?run=PR%207#${second.id}`,
      ),
    );
  });
});

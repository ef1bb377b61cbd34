import {renderToString} from 'react-dom/server';
import {act, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {rollout} from '@site/src/data/checklists/rollout';
import {checklistDocument, createRecord, toggleDone} from '@site/src/lib/checklist';
import {createRunStore, type StorageKind} from '@site/src/lib/runs';
import {RunStoreContext} from '@site/src/hooks/useRunStore';
import {nearlyFullBackend} from '@site/test/backends';
import {createMemoryRunStore, type MemoryRunStore} from '@site/test/memoryRunStore';
import Checklist from './index';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));

// No deployed URL is configured in these tests (customFields.deployedUrl), so exported links use the
// origin of the page being read, as Copy link does.
const PAGE = 'http://localhost/docs/checklists/rollout';
const first = rollout.items[0]!; // monitoring-first
const second = rollout.items[1]!;

const spec = checklistDocument(rollout);

function setup(kind: StorageKind = 'indexeddb') {
  return createMemoryRunStore(kind);
}

function renderChecklist(memory: MemoryRunStore) {
  const user = userEvent.setup();
  const view = render(memory.wrap(<Checklist id="rollout" />));
  return {user, ...view};
}

/** The saved run, as the store reads it. */
function saved(memory: MemoryRunStore, run = 'default') {
  return memory.store.read(spec, run);
}

async function runNames(memory: MemoryRunStore): Promise<string[]> {
  return (await memory.store.listRuns()).map((entry) => entry.run);
}

// Role queries over a whole checklist are slow in jsdom; give loading and each test room.
jest.setTimeout(20_000);

async function loaded(): Promise<void> {
  await waitFor(() => expect(screen.getByRole('checkbox', {name: first.title})).toBeEnabled(), {
    timeout: 5000,
  });
}

function item(title: string): HTMLElement {
  return screen.getByRole('checkbox', {name: title}).closest('li')!;
}

function progressText(): string {
  return screen.getByRole('progressbar').getAttribute('aria-valuetext') ?? '';
}

beforeEach(() => {
  (useDocusaurusContext as jest.Mock).mockReturnValue({
    siteConfig: {url: 'https://guide.example.org', baseUrl: '/'},
  });
  window.history.replaceState(null, '', '/docs/checklists/rollout');
});

describe('Checklist', () => {
  it('renders every item unchecked with disabled controls on the server', () => {
    const html = renderToString(
      <RunStoreContext.Provider value={() => new Promise(() => undefined)}>
        <Checklist id="rollout" />
      </RunStoreContext.Provider>,
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    for (const definition of rollout.items) {
      expect(container.querySelector(`li#${definition.id}`)).not.toBeNull();
    }
    const boxes = [...container.querySelectorAll('input[type=checkbox]')];
    expect(boxes).toHaveLength(rollout.items.length * 2);
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    // Disabled through their <fieldset disabled>, which `:disabled` (and assistive technology) honours.
    expect(boxes.every((box) => box.matches(':disabled'))).toBe(true);
    expect(container.querySelectorAll('li textarea:enabled')).toHaveLength(0);
    expect(container.textContent).toContain(`0 of ${rollout.items.length} done`);
  });

  it('names every control after its item', async () => {
    const memory = setup();
    renderChecklist(memory);
    await loaded();
    for (const definition of rollout.items) {
      const title = definition.title.replace(/`/g, '');
      const row = item(title);
      expect(within(row).getByRole('checkbox', {name: /^Not applicable/})).toBeInTheDocument();
      expect(within(row).getByRole('textbox', {name: `Notes for ${title}`})).toBeInTheDocument();
      expect(within(row).getByRole('button', {name: `Copy link to ${title}`})).toBeInTheDocument();
      expect(row.id).toBe(definition.id);
    }
    expect(screen.getByRole('combobox', {name: 'Run'})).toHaveValue('default');
  });

  it('ticks, marks N/A, shows progress and saves', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    const total = rollout.items.length;

    await user.click(screen.getByRole('checkbox', {name: first.title}));
    await user.click(within(item(second.title)).getByRole('checkbox', {name: /^Not applicable/}));

    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(bar).toHaveAttribute('aria-valuemax', String(total));
    expect(progressText()).toBe(`1 of ${total} done · 1 not applicable`);
    expect(
      screen.getByText(`: 1 of ${total} done · 1 not applicable`, {exact: false}),
    ).toBeVisible();
    await waitFor(async () => {
      expect(await saved(memory)).toMatchObject({
        status: 'found',
        value: {items: {[first.id]: {state: 'done'}, [second.id]: {state: 'na'}}},
      });
    });
    expect(screen.getByText(/Saved in this browser/)).toBeInTheDocument();
  });

  it('saves notes after a short pause', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    await user.type(screen.getByRole('textbox', {name: `Notes for ${first.title}`}), 'Dashboard X');
    await waitFor(async () => {
      expect(await saved(memory)).toMatchObject({
        value: {items: {[first.id]: {note: 'Dashboard X'}}},
      });
    });
  });

  it('opens the run named in ?run= and keeps runs apart', async () => {
    const memory = setup();
    await memory.store.save(
      spec,
      'default',
      toggleDone(createRecord(rollout, 'default'), first.id, 1),
      't',
    );
    window.history.replaceState(
      null,
      '',
      '/docs/checklists/rollout?run=openedx%2Fedx-platform%2312345',
    );
    const {user} = renderChecklist(memory);
    await loaded();
    const select = screen.getByRole('combobox', {name: 'Run'});
    expect(select).toHaveValue('openedx/edx-platform#12345');
    expect(screen.getByRole('checkbox', {name: first.title})).not.toBeChecked();
    // Opening a run saves nothing: only the default run, which has a tick, is stored.
    expect(await runNames(memory)).toEqual(['default']);

    await user.selectOptions(select, 'default');
    await waitFor(() => expect(screen.getByRole('checkbox', {name: first.title})).toBeChecked());
    expect(window.location.search).toBe('');
  });

  it('starts a new run from the form and puts it in the URL', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    await user.type(screen.getByRole('textbox', {name: 'New run'}), '  PR  <b>42</b> ');
    await user.click(screen.getByRole('button', {name: 'Start run'}));
    await waitFor(() =>
      expect(screen.getByRole('combobox', {name: 'Run'})).toHaveValue('PR <b>42</b>'),
    );
    expect(new URLSearchParams(window.location.search).get('run')).toBe('PR <b>42</b>');
    expect(screen.getByRole('checkbox', {name: first.title})).not.toBeChecked();
    expect(screen.getByRole('option', {name: 'PR <b>42</b>'})).toBeInTheDocument();
  });

  it('refuses an empty run name', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    await user.type(screen.getByRole('textbox', {name: 'New run'}), '   ');
    await user.click(screen.getByRole('button', {name: 'Start run'}));
    expect(screen.getByRole('textbox', {name: 'New run'})).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', {name: 'Run'})).toHaveValue('default');
  });

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

  it('resets a run only after confirmation', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    await user.click(screen.getByRole('button', {name: 'Reset run'}));
    await user.click(screen.getByRole('button', {name: 'Cancel'}));
    expect(screen.getByRole('checkbox', {name: first.title})).toBeChecked();
    await user.click(screen.getByRole('button', {name: 'Reset run'}));
    expect(screen.getByRole('button', {name: 'Yes, reset run'})).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('checkbox', {name: first.title})).not.toBeChecked();
  });

  it('deletes a run and returns to the default run', async () => {
    const memory = setup();
    window.history.replaceState(null, '', '/docs/checklists/rollout?run=PR%201');
    const {user} = renderChecklist(memory);
    await loaded();
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    await waitFor(async () => expect(await runNames(memory)).toContain('PR 1'));
    await user.click(screen.getByRole('button', {name: 'Delete run'}));
    await user.click(screen.getByRole('button', {name: 'Yes, delete run'}));
    await waitFor(() => expect(screen.getByRole('combobox', {name: 'Run'})).toHaveValue('default'));
    expect(await runNames(memory)).toEqual([]);
    expect(screen.queryByRole('option', {name: 'PR 1'})).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('says "not saved" when only memory storage is available, and still works', async () => {
    const memory = setup('memory');
    const {user} = renderChecklist(memory);
    await loaded();
    expect(screen.getByRole('status')).toHaveTextContent(/not saved/);
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    expect(screen.getByRole('checkbox', {name: first.title})).toBeChecked();
  });

  it('says "not saved" when a write fails, until the next successful write', async () => {
    const memory = setup();
    const {user} = renderChecklist(memory);
    await loaded();
    memory.failWrites(true);
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    expect(await screen.findByText(/latest change is not saved/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: first.title})).toBeChecked();
    memory.failWrites(false);
    await user.click(screen.getByRole('checkbox', {name: second.title}));
    await waitFor(() => expect(screen.queryByText(/not saved/)).toBeNull());
  });

  it('sets a corrupt record aside and says so', async () => {
    const memory = setup();
    memory.backend.map.set('run:rollout:default', JSON.stringify({garbage: true}));
    renderChecklist(memory);
    await loaded();
    expect(screen.getByRole('status')).toHaveTextContent(/could not be read\. It was kept aside/);
    expect([...memory.backend.map.keys()].some((key) => key.startsWith('aside:'))).toBe(true);
  });

  it('never writes over a saved run it can neither read nor keep aside', async () => {
    const {backend, limited} = nearlyFullBackend(1000);
    const store = createRunStore(limited, {kind: 'localstorage'});
    const raw = `{"schemaVersion":1,${'x'.repeat(5000)}`;
    backend.map.set('run:rollout:default', raw);
    const user = userEvent.setup();
    render(
      <RunStoreContext.Provider value={() => Promise.resolve(store)}>
        <Checklist id="rollout" />
      </RunStoreContext.Provider>,
    );
    await loaded();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('could not keep a copy of it aside');
    expect(status).not.toHaveTextContent('kept aside, untouched');
    await user.click(screen.getByRole('checkbox', {name: first.title}));
    await waitFor(() => expect(status).toHaveTextContent('your changes are not saved'));
    expect(screen.getByRole('checkbox', {name: first.title})).toBeChecked();
    expect([...backend.map.entries()]).toEqual([['run:rollout:default', raw]]);
  });

  it('reports checklist changes and keeps notes of removed items until discarded', async () => {
    const memory = setup();
    const old = createRecord(rollout, 'default');
    const {[second.id]: _dropped, ...items} = old.items;
    // A run saved against another version of the checklist: it lacks `second` and has `old-step`.
    // Stored as it is, without the current checklist version stamped on it.
    await memory.backend.setItem('doc:checklist-rollout:default', {
      schemaVersion: 2,
      type: 'checklist-rollout',
      run: 'default',
      version: 1,
      updatedAt: 5,
      body: {
        checklistVersion: rollout.version + 1,
        items: {...items, 'old-step': {state: 'done', note: 'Asked ops', updatedAt: 5}},
      },
    });
    const {user} = renderChecklist(memory);
    await loaded();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('1 item from an earlier version was removed');
    expect(status).toHaveTextContent('1 item was added since you started');
    expect(within(item(second.title)).getByText('New since you started')).toBeInTheDocument();
    expect(within(item(first.title)).queryByText('New since you started')).toBeNull();
    expect(screen.getByText('Kept from an earlier version of this checklist')).toBeInTheDocument();
    expect(screen.getByText(/Asked ops/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', {name: 'Discard old-step'}));
    expect(screen.queryByText(/Asked ops/)).toBeNull();
    await waitFor(async () => {
      expect(await saved(memory)).toMatchObject({value: {items: {'old-step': {note: ''}}}});
    });
  });

  it('highlights the item named in the URL hash', async () => {
    window.history.replaceState(null, '', `/docs/checklists/rollout#${second.id}`);
    const scroll = jest.fn();
    Element.prototype.scrollIntoView = scroll;
    const memory = setup();
    renderChecklist(memory);
    await loaded();
    expect(item(second.title).className).toContain('itemHighlighted');
    expect(item(first.title).className).not.toContain('itemHighlighted');
    await waitFor(() => expect(scroll).toHaveBeenCalled());
    act(() => {
      window.location.hash = first.id;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(item(first.title).className).toContain('itemHighlighted');
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

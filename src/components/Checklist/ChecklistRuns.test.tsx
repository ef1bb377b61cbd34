import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {rollout} from '@site/src/data/checklists/rollout';
import {createRecord, toggleDone} from '@site/src/lib/checklist';
import {createRunStore} from '@site/src/lib/runs';
import {RunStoreContext} from '@site/src/hooks/useRunStore';
import {nearlyFullBackend} from '@site/test/backends';
import {
  first,
  loaded,
  openChecklistPage,
  renderChecklist,
  runNames,
  second,
  setup,
  spec,
} from '@site/test/checklistPage';
import Checklist from './index';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));

// Role queries over a whole checklist are slow in jsdom; give loading and each test room.
jest.setTimeout(20_000);

beforeEach(openChecklistPage);

describe('Checklist runs and storage', () => {
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
});

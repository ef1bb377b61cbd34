import {renderToString} from 'react-dom/server';
import {render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {planYourChange} from '@site/src/data/checklists/planYourChange';
import {rollout} from '@site/src/data/checklists/rollout';
import {checklistDocument, createRecord, toggleDone} from '@site/src/lib/checklist';
import {EMPTY_DRAFT, communicationDraftDocument} from '@site/src/lib/communication';
import {createMemoryRunStore} from '@site/test/memoryRunStore';
import RunList from './index';
import {exportFileName} from './RunActions';

const RUN = 'openedx/edx-platform#40001';

async function seeded() {
  const memory = createMemoryRunStore();
  const {store} = memory;
  const ticked = toggleDone(createRecord(rollout, RUN), rollout.items[0]!.id, 5);
  await store.save(checklistDocument(rollout), RUN, ticked, 'test');
  // Kept in the format used before the run store (decisions/0004): still listed and counted.
  await memory.backend.setItem(`run:plan-your-change:${RUN}`, {
    ...createRecord(planYourChange, RUN),
    checklistId: 'plan-your-change',
  });
  await store.save(communicationDraftDocument, RUN, {fields: EMPTY_DRAFT, stamps: {}}, 'test');
  await store.start('PR 2', 'test');
  return memory;
}

function entry(run: string): HTMLElement {
  return screen.getByRole('heading', {level: 3, name: new RegExp(`^${run.replace(/[#/]/g, '.')}`)})
    .parentElement!;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('RunList', () => {
  it('says what it is in the server HTML, where no run can be read', () => {
    const html = renderToString(createMemoryRunStoreWrap());
    expect(html).toContain('The runs in this browser appear here once the page has loaded.');
  });

  it('shows each run with the progress of every checklist and whether it has a plan and messages', async () => {
    const memory = await seeded();
    render(memory.wrap(<RunList />));
    await screen.findByRole('heading', {name: RUN});
    const parts = within(entry(RUN))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(parts).toEqual([
      `Plan your change checklist: 0 of ${planYourChange.items.length} done`,
      `Rollout checklist: 1 of ${rollout.items.length} done`,
      'Observability checklist: not started',
      'Communication checklist: not started',
      'Rollout plan: none yet',
      'Communication messages: saved',
    ]);
    expect(within(entry(RUN)).getByRole('link', {name: 'Rollout checklist'})).toHaveAttribute(
      'href',
      '/docs/checklists/rollout?run=openedx%2Fedx-platform%2340001',
    );
    expect(screen.getByRole('heading', {name: 'PR 2'})).toBeInTheDocument();
  });

  it('renames a whole run, and refuses a name that is taken', async () => {
    const memory = await seeded();
    const user = userEvent.setup();
    render(memory.wrap(<RunList />));
    await user.click(await screen.findByRole('button', {name: `Rename run ${RUN}`}));
    const field = screen.getByRole('textbox', {name: `New name for run “${RUN}”`});
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'PR 2');
    await user.click(screen.getByRole('button', {name: 'Save name'}));
    expect(field).toHaveAccessibleDescription(/A run named “PR 2” exists already/);
    await user.clear(field);
    await user.type(field, 'openedx/edx-platform#40002');
    await user.click(screen.getByRole('button', {name: 'Save name'}));
    await screen.findByRole('heading', {name: 'openedx/edx-platform#40002'});
    expect(screen.getByRole('status')).toHaveTextContent(
      `Run “${RUN}” was renamed to “openedx/edx-platform#40002”.`,
    );
    expect((await memory.store.listRuns()).map((run) => [run.run, run.types])).toEqual([
      [
        'openedx/edx-platform#40002',
        ['checklist-plan-your-change', 'checklist-rollout', 'communication-form'],
      ],
      ['PR 2', ['run']],
    ]);
  });

  it('deletes a whole run after a confirmation that Escape closes', async () => {
    const memory = await seeded();
    const user = userEvent.setup();
    window.history.replaceState(null, '', `/docs/checklists/runs?run=${encodeURIComponent(RUN)}`);
    render(memory.wrap(<RunList />));
    const remove = await screen.findByRole('button', {name: `Delete run ${RUN}`});
    expect(screen.getByRole('heading', {name: `${RUN} (open on this page)`})).toBeInTheDocument();
    await user.click(remove);
    expect(screen.getByRole('group', {name: 'Confirm'})).toHaveTextContent(
      `Delete run “${RUN}” from this browser, with all its parts`,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', {name: 'Confirm'})).toBeNull();
    expect(remove).toHaveFocus();
    await user.click(remove);
    await user.click(screen.getByRole('button', {name: 'Yes, delete the whole run'}));
    await waitFor(() => expect(screen.queryByRole('heading', {name: new RegExp(RUN)})).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent(`Run “${RUN}” was deleted.`);
    expect((await memory.store.listRuns()).map((run) => run.run)).toEqual(['PR 2']);
    expect(window.location.search).toBe('');
  });

  it('exports every part of a run as one JSON file', async () => {
    const memory = await seeded();
    const user = userEvent.setup();
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    render(memory.wrap(<RunList />));
    await user.click(await screen.findByRole('button', {name: `Export run ${RUN}`}));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('run-openedx-edx-platform-40001.json');
    const file = JSON.parse(decodeURIComponent(clicked[0]!.href.split(',')[1]!));
    expect(file.run).toBe(RUN);
    expect(file.documents.map((document: {type: string}) => document.type).sort()).toEqual([
      'checklist-plan-your-change',
      'checklist-rollout',
      'communication-form',
    ]);
    expect(exportFileName('###')).toBe('run-export.json');
  });

  it('says when there is no run yet', async () => {
    const memory = createMemoryRunStore();
    render(memory.wrap(<RunList />));
    expect(await screen.findByText(/No runs in this browser yet/)).toBeInTheDocument();
  });
});

function createMemoryRunStoreWrap() {
  return createMemoryRunStore().wrap(<RunList />);
}

import {renderToString} from 'react-dom/server';
import {act, screen, waitFor, within} from '@testing-library/react';
import {rollout} from '@site/src/data/checklists/rollout';
import {createRecord} from '@site/src/lib/checklist';
import {RunStoreContext} from '@site/src/hooks/useRunStore';
import {
  first,
  item,
  loaded,
  openChecklistPage,
  progressText,
  renderChecklist,
  saved,
  second,
  setup,
} from '@site/test/checklistPage';
import Checklist from './index';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));

// Role queries over a whole checklist are slow in jsdom; give loading and each test room.
jest.setTimeout(20_000);

beforeEach(openChecklistPage);

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
});

import {act, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  communicationDraftDocument,
  EMPTY_DRAFT,
  type CommunicationDraft,
} from '@site/src/lib/communication';
import {
  createMemoryBackend,
  createRunStore,
  type KeyValueBackend,
  type RunStore,
} from '@site/src/lib/runs';
import {useRunDocument} from './useRunDocument';
import {RunStoreContext} from './useRunStore';

const spec = communicationDraftDocument;

/** A form of two fields over the hook, as the message form uses it. */
function DraftForm({label}: {readonly label: string}) {
  const doc = useRunDocument(spec);
  const fields = doc.value?.fields ?? EMPTY_DRAFT;
  const edit = (patch: Partial<CommunicationDraft>) =>
    doc.update((current) =>
      spec.edit(current, {from: fields, to: {...fields, ...patch}}, Date.now()),
    );
  return (
    <section aria-label={label} data-saving={doc.saving}>
      <p>Run: {doc.phase === 'ready' ? doc.run : 'loading'}</p>
      <label>
        What changes
        <input
          value={fields.whatChanges}
          onChange={(event) => edit({whatChanges: event.target.value})}
        />
      </label>
      <label>
        Contact
        <input value={fields.contact} onChange={(event) => edit({contact: event.target.value})} />
      </label>
      <button type="button" onClick={() => doc.switchRun('PR 5', {start: true})}>
        Start PR 5
      </button>
    </section>
  );
}

/** Records every call a backend gets. */
function counted(backend: KeyValueBackend, calls: string[]): KeyValueBackend {
  return {
    getItem: (key) => (calls.push(`get ${key}`), backend.getItem(key)),
    setItem: (key, value) => (calls.push(`set ${key}`), backend.setItem(key, value)),
    removeItem: (key) => (calls.push(`remove ${key}`), backend.removeItem(key)),
    keys: () => (calls.push('keys'), backend.keys()),
  };
}

/** Two tabs: two stores over one backend, each announcing its changes to the other. */
function twoTabs(backend: KeyValueBackend = createMemoryBackend()) {
  const stores: RunStore[] = [];
  for (const other of [1, 0]) {
    stores.push(
      createRunStore(backend, {
        kind: 'indexeddb',
        // Another tab hears of a change a moment later, as through a BroadcastChannel.
        announce: (change) => setTimeout(() => stores[other]!.receive(change), 5),
      }),
    );
  }
  return stores as [RunStore, RunStore];
}

function renderTab(store: RunStore, label: string) {
  return render(
    <RunStoreContext.Provider value={() => Promise.resolve(store)}>
      <DraftForm label={label} />
    </RunStoreContext.Provider>,
  );
}

const tab = (label: string) => within(screen.getByRole('region', {name: label}));

async function ready(label: string) {
  await waitFor(() => expect(tab(label).getByText(/^Run: /)).not.toHaveTextContent('loading'));
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('useRunDocument', () => {
  it('opens the run in the address and saves nothing until the first edit', async () => {
    window.history.replaceState(null, '', '/docs/communication/messages?run=PR%203');
    const backend = createMemoryBackend();
    const user = userEvent.setup();
    renderTab(createRunStore(backend, {kind: 'indexeddb'}), 'tab');
    await ready('tab');
    expect(tab('tab').getByText('Run: PR 3')).toBeInTheDocument();
    expect([...backend.map.keys()]).toEqual([]);
    await user.type(tab('tab').getByRole('textbox', {name: 'Contact'}), 'A');
    await waitFor(() => expect([...backend.map.keys()]).toEqual(['doc:communication-form:PR 3']));
  });

  it('creates a run on an explicit Start, before anything is edited', async () => {
    const backend = createMemoryBackend();
    const user = userEvent.setup();
    renderTab(createRunStore(backend, {kind: 'indexeddb'}), 'tab');
    await ready('tab');
    await user.click(tab('tab').getByRole('button', {name: 'Start PR 5'}));
    await waitFor(() => expect(tab('tab').getByText('Run: PR 5')).toBeInTheDocument());
    expect([...backend.map.keys()]).toEqual(['doc:run:PR 5']);
    expect(window.location.search).toBe('?run=PR%205');
  });

  it('saves an edit with one read and one write, and skips its own change notice', async () => {
    const calls: string[] = [];
    const backend = createMemoryBackend();
    const store = createRunStore(counted(backend, calls), {kind: 'indexeddb'});
    const user = userEvent.setup();
    renderTab(store, 'tab');
    await ready('tab');
    const contact = tab('tab').getByRole('textbox', {name: 'Contact'});
    await user.type(contact, 'A');
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-saving', 'false'));
    calls.length = 0;
    await user.type(contact, 'n');
    await waitFor(() => expect(calls).toContain('set doc:communication-form:default'));
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-saving', 'false'));
    expect(calls).toEqual([
      'get doc:communication-form:default',
      'set doc:communication-form:default',
    ]);
  });

  it('follows another tab, and keeps edits made in both at once', async () => {
    const [storeA, storeB] = twoTabs();
    renderTab(storeA, 'A');
    renderTab(storeB, 'B');
    await ready('A');
    await ready('B');
    const field = (label: string, name: string) => tab(label).getByRole('textbox', {name});
    // Both at once, in the same event loop turn: neither tab has read the other's write yet.
    act(() => {
      for (const [label, name, text] of [
        ['A', 'What changes', 'New signing key'],
        ['B', 'Contact', 'Ana'],
      ] as const) {
        const input = field(label, name) as HTMLInputElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setValue.call(input, text);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      }
    });
    for (const label of ['A', 'B']) {
      await waitFor(() => expect(field(label, 'What changes')).toHaveValue('New signing key'));
      await waitFor(() => expect(field(label, 'Contact')).toHaveValue('Ana'));
    }
    await expect(storeA.read(spec, 'default')).resolves.toMatchObject({
      value: {fields: {whatChanges: 'New signing key', contact: 'Ana'}},
    });
  });
});

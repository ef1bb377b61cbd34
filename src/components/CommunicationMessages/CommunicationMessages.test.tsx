import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {defaultTokenFields, rolloutPlanDocument} from '@site/src/lib/rollout';
import {
  createHeldRunStore,
  createMemoryRunStore,
  type MemoryRunStore,
} from '@site/test/memoryRunStore';
import CommunicationMessages from './index';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));
// A select with every time zone makes role queries slow in jsdom.
jest.setTimeout(30_000);
const LOADING = {timeout: 5000};

beforeEach(() => {
  (useDocusaurusContext as jest.Mock).mockReturnValue({
    siteConfig: {customFields: {operator: {incidentChannel: '#incidents'}}},
  });
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderWith(memory: MemoryRunStore = createMemoryRunStore()) {
  return render(memory.wrap(<CommunicationMessages />));
}

const box = (title: string) =>
  screen.getByRole('textbox', {name: `${title} message`}) as HTMLTextAreaElement;

async function ready() {
  // Opening the store and the run takes a few tasks; give a loaded machine time.
  await waitFor(() => expect(screen.getByRole('combobox', {name: 'Run'})).toBeEnabled(), LOADING);
  await waitFor(() => expect(screen.getByLabelText('Start time')).not.toHaveValue(''), LOADING);
  await waitFor(() => expect(screen.getByRole('textbox', {name: 'What changes'})).toBeEnabled());
}

test('the server render shows the form and four messages with placeholders, without a clock', () => {
  const spy = jest.spyOn(Date, 'now');
  const html = renderToString(createMemoryRunStore().wrap(<CommunicationMessages />));
  expect(spy).not.toHaveBeenCalled();
  spy.mockRestore();
  expect(html).toContain('JWT change starting now ([start time]): [what changes]');
  expect(html).toContain('Copy support message');
  expect(html).toContain('Copy next-day follow-up message');
});

test('the form takes no typing until the run’s saved form is shown, which would replace it', async () => {
  const held = createHeldRunStore();
  render(held.wrap(<CommunicationMessages />));
  const what = screen.getByRole('textbox', {name: 'What changes'});
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(what).toBeDisabled();
  held.release();
  await waitFor(() => expect(what).toBeEnabled(), LOADING);
  await userEvent.setup().type(what, 'New key');
  expect(what).toHaveValue('New key');
});

test('typing fills every message, addressed with the configured channel', async () => {
  const user = userEvent.setup();
  renderWith();
  await ready();
  await user.type(screen.getByRole('textbox', {name: 'What changes'}), 'New signing key');
  await user.type(screen.getByRole('textbox', {name: 'Contact'}), 'Ana, #jwt');
  expect(box('Incident channel').value).toMatch(
    /^JWT change starting now \(.+ UTC\): New signing key$/m,
  );
  expect(box('Incident channel').value).toContain('Owner: Ana, #jwt');
  expect(screen.getAllByText('#incidents').length).toBeGreaterThan(0);
  expect(screen.getByText(/^Still empty: Who is affected, Watch until/)).toBeInTheDocument();
});

test('a start time the clocks skip is named as such', async () => {
  renderWith();
  await ready();
  fireEvent.change(screen.getByRole('combobox', {name: 'Time zone'}), {
    target: {value: 'Europe/Berlin'},
  });
  fireEvent.change(screen.getByLabelText('Start time'), {target: {value: '2026-03-29T02:30'}});
  expect(screen.getByLabelText('Start time')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText('Start time')).toHaveAccessibleDescription(
    /2026-03-29 02:30 does not exist in Europe\/Berlin: the clocks skip it/,
  );
});

test('the form is kept per run, and a new form takes its times from the run’s rollout plan', async () => {
  const stores = createMemoryRunStore();
  const plan = {
    title: '',
    timeZone: 'Europe/Berlin',
    startLocal: '2026-03-10T10:00',
    tokens: defaultTokenFields(),
    stages: [],
  };
  await stores.store.save(rolloutPlanDocument, 'PR 7', {fields: plan, stamps: {}}, 't');
  window.history.replaceState(null, '', '/docs/communication/messages?run=PR%207');
  const user = userEvent.setup();
  renderWith(stores);
  await waitFor(() => expect(screen.getByLabelText('Start time')).toHaveValue('2026-03-10T10:00'));
  expect(screen.getByLabelText('Watch until')).toHaveValue('2026-03-10T11:00');
  expect(screen.getByText(/taken from the rollout plan of this run/)).toBeInTheDocument();
  expect(screen.getByRole('link', {name: 'Rollout plan'})).toHaveAttribute(
    'href',
    '/docs/tools/rollout-timeline?run=PR%207',
  );

  await user.type(screen.getByRole('textbox', {name: 'Who is affected'}), 'All MFEs');
  await waitFor(() =>
    expect(JSON.parse(stores.backend.map.get('doc:communication-form:PR 7') ?? '{}')).toMatchObject(
      {
        body: {fields: {whoIsAffected: 'All MFEs', startLocal: '2026-03-10T10:00'}},
      },
    ),
  );
  cleanup();
  renderWith(stores);
  await waitFor(() =>
    expect(screen.getByRole('textbox', {name: 'Who is affected'})).toHaveValue('All MFEs'),
  );
});

test('each copy button copies its message and says so; a refusal points to the text', async () => {
  const user = userEvent.setup();
  renderWith();
  await ready();
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
  await user.click(screen.getByRole('button', {name: 'Copy partners message'}));
  expect(writeText).toHaveBeenCalledWith(box('Partners').value);
  expect(await screen.findByText(/Copied the partners message\./)).toBeInTheDocument();
  writeText.mockRejectedValue(new Error('denied'));
  await user.click(screen.getByRole('button', {name: 'Copy next-day follow-up message'}));
  expect(
    await screen.findByText(/Could not copy: select the text of the next-day follow-up message/),
  ).toBeInTheDocument();
});

import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {computePlan, defaultTokens, formatInstant, planToMarkdown} from '@site/src/lib/rollout';
import {checklistDocument, createRecord} from '@site/src/lib/checklist';
import {rollout} from '@site/src/data/checklists/rollout';
import {
  createHeldRunStore,
  createMemoryRunStore,
  type MemoryRunStore,
} from '@site/test/memoryRunStore';
import RolloutTimeline, {EXAMPLE_START} from './index';

const H = 3600_000;
// A select with every time zone makes role queries slow in jsdom.
jest.setTimeout(30_000);
const LOADING = {timeout: 5000};

function renderWith(memory: MemoryRunStore = createMemoryRunStore()) {
  return render(memory.wrap(<RolloutTimeline />));
}

/** The stored envelope of a document, parsed. */
function stored(memory: MemoryRunStore, key: string): unknown {
  const text = memory.backend.map.get(key);
  return text === undefined ? undefined : JSON.parse(text);
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/**
 * Clicks a text field and pastes text into it: one change instead of one per key, each of which
 * recomputes the whole plan (the suite was slow and timed out on a busy machine). Numbers and the
 * run title stay typed key by key where the tests are about typing.
 */
async function pasteInto(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}

async function renderReady(stores?: MemoryRunStore) {
  const user = userEvent.setup();
  renderWith(stores);
  // The effect switches from the fixed example to "now" in the reader's zone.
  await waitFor(() => expect(screen.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy());
  // Opening the store and the run takes a few tasks; give a loaded machine time.
  await waitFor(() => expect(screen.queryByText(/^Example: /)).not.toBeInTheDocument(), LOADING);
  await waitFor(() => expect(screen.getByLabelText('Start time')).toBeEnabled());
  await user.selectOptions(screen.getByRole('combobox', {name: 'Time zone'}), 'Europe/Berlin');
  fireEvent.change(screen.getByLabelText('Start time'), {target: {value: '2026-03-10T10:00'}});
  return user;
}

function rowTime(label: string): string {
  const row = screen.getByRole('row', {name: new RegExp(label)});
  return within(row).getByRole('rowheader').textContent ?? '';
}

test('server render shows the fixed example without touching the clock', () => {
  const spy = jest.spyOn(Date, 'now');
  const html = renderToString(<RolloutTimeline />);
  expect(spy).not.toHaveBeenCalled();
  spy.mockRestore();
  expect(html).toContain('Example: Rollout timeline from 2026-01-13 10:00 UTC');
  expect(html).toContain('role="img"');
  expect(html).toMatch(/Key moments \(times in (<!-- -->)?UTC(<!-- -->)?\)/);
  expect(EXAMPLE_START).toBe(Date.UTC(2026, 0, 13, 10));
});

test('the form takes no edit until the run’s saved plan is shown, which would replace it', async () => {
  const held = createHeldRunStore();
  render(held.wrap(<RolloutTimeline />));
  const start = screen.getByLabelText('Start time');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(start).toBeDisabled();
  expect(screen.getByRole('button', {name: 'Add a stage'})).toBeDisabled();
  held.release();
  await waitFor(() => expect(start).toBeEnabled(), LOADING);
  fireEvent.change(start, {target: {value: '2026-03-10T10:00'}});
  expect(start).toHaveValue('2026-03-10T10:00');
});

test('labelled inputs produce the table, the chart and the Markdown of the computed plan', async () => {
  await renderReady();
  expect(screen.getByText('Time zone: Europe/Berlin (UTC+01:00)')).toBeInTheDocument();
  expect(screen.getByRole('checkbox', {name: /JWT access tokens/})).toBeChecked();
  // The JWT in the cookies expires with its exp; the cookies' max-age can only end it sooner.
  expect(
    screen.getByRole('checkbox', {
      name: 'JWT cookies JWT_ACCESS_TOKEN_EXPIRE_SECONDS or JWT_IN_COOKIE_EXPIRATION if shorter',
    }),
  ).toBeChecked();
  expect(screen.getByRole('checkbox', {name: /Mobile refresh tokens/})).not.toBeChecked();
  expect(
    screen.getByRole('spinbutton', {
      name: 'Lifetime of JWT access tokens before the change (seconds)',
    }),
  ).toHaveValue(3600);
  // An unchanged lifetime needs one entry: the new one is empty and says it is the old one.
  const after = screen.getByRole('spinbutton', {
    name: 'Lifetime of JWT access tokens after the change (seconds)',
  });
  expect(after).toHaveValue(null);
  expect(after).toHaveAccessibleDescription('Empty: unchanged, 1 h');
  expect(screen.getByRole('spinbutton', {name: 'Cache margin (seconds)'})).toHaveValue(5);

  expect(rowTime('Change starts')).toBe('2026-03-10 10:00 UTC+01:00');
  expect(rowTime('Old tokens drained')).toBe('2026-03-10 11:00 UTC+01:00');
  expect(rowTime('Next-day support follow-up')).toBe('2026-03-11 09:00 UTC+01:00');

  const chart = screen.getByRole('img', {
    name: /Rollout timeline from 2026-03-10 10:00 UTC\+01:00/,
  });
  const drained = chart.querySelector('[data-moment="drained"] title');
  expect(drained?.textContent).toBe(
    'Old tokens drained: close watch ends: 2026-03-10 11:00 UTC+01:00',
  );
  // The drain line and the skipped night are explained in words, next to the chart and as its
  // description, not only drawn.
  expect(chart).toHaveAccessibleDescription(
    /^The dashed vertical line marks the drain, 2026-03-10 11:00 UTC\+01:00, when every old token has expired\. The rollback row shows, as a solid bar, new-style tokens still in use for up to 1 h once the revert is in place\. The time axis skips 21 h, from 2026-03-10 12:00 UTC\+01:00 to 2026-03-11 09:00 UTC\+01:00/,
  );
  expect(chart.querySelector('[data-axis-label="drained"]')).toHaveTextContent('Drained 11:00');
  expect(chart.querySelector('[data-axis-label="break"]')).toHaveTextContent('21 h skipped');

  const expected = computePlan({
    title: '',
    start: Date.parse('2026-03-10T09:00:00Z'),
    timeZone: 'Europe/Berlin',
    tokens: defaultTokens(),
    stages: [],
  });
  if (!expected.ok) throw new Error('example invalid');
  expect(screen.getByRole('textbox', {name: 'Plan as Markdown'})).toHaveValue(
    planToMarkdown(expected.plan),
  );
  const link = screen.getByRole('link', {name: 'Download .ics'});
  expect(link).toHaveAttribute('download', 'jwt-rollout.ics');
  expect(decodeURIComponent(link.getAttribute('href')!.split(',')[1]!)).toContain(
    'DTSTART:20260310T090000Z',
  );
});

test('editing a lifetime and adding stages moves the drain; stages out of order are named', async () => {
  const user = await renderReady();
  const lifetime = screen.getByRole('spinbutton', {
    name: 'Lifetime of JWT access tokens before the change (seconds)',
  });
  await user.clear(lifetime);
  await user.type(lifetime, '7200');
  expect(rowTime('Old tokens drained')).toBe('2026-03-10 12:00 UTC+01:00');

  await user.click(screen.getByRole('button', {name: 'Add a stage'}));
  await pasteInto(user, screen.getByRole('textbox', {name: 'Stage 1 name'}), 'verifiers deployed');
  fireEvent.change(screen.getByLabelText('Stage 1 time'), {target: {value: '2026-03-10T11:00'}});
  await user.click(screen.getByRole('button', {name: 'Add a stage'}));
  await pasteInto(user, screen.getByRole('textbox', {name: 'Stage 2 name'}), 'issuer switched');
  fireEvent.change(screen.getByLabelText('Stage 2 time'), {target: {value: '2026-03-10T10:30'}});

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(
    'Stage 2 "issuer switched" is earlier than stage 1 "verifiers deployed": list the stages in the order they happen.',
  );
  expect(alert).toHaveTextContent('stages-out-of-order');
  expect(screen.queryByRole('img')).not.toBeInTheDocument();

  fireEvent.change(screen.getByLabelText('Stage 2 time'), {target: {value: '2026-03-10T11:30'}});
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(rowTime('Stage: issuer switched')).toBe('2026-03-10 11:30 UTC+01:00');
  expect(rowTime('Old tokens drained')).toBe(
    formatInstant(Date.parse('2026-03-10T10:30:00Z') + 2 * H, 'Europe/Berlin'),
  );

  await user.click(screen.getByRole('button', {name: 'Remove stage 2'}));
  expect(screen.queryByRole('textbox', {name: 'Stage 2 name'})).not.toBeInTheDocument();
  expect(rowTime('Old tokens drained')).toBe('2026-03-10 13:00 UTC+01:00');
});

test('shortening the access-token lifetime from 3600 s to 1800 s: old tokens drain after 60 min, a rollback after 30', async () => {
  const user = await renderReady();
  for (const name of [/^JWT cookies/, /^Cached client-credentials/]) {
    await user.click(screen.getByRole('checkbox', {name}));
  }
  const after = screen.getByRole('spinbutton', {
    name: 'Lifetime of JWT access tokens after the change (seconds)',
  });
  await user.type(after, '1800');
  expect(after).toHaveAccessibleDescription('= 30 min');
  expect(rowTime('Old tokens drained')).toBe('2026-03-10 11:00 UTC+01:00');
  // No stages: decided at 11:00, the revert in place at once, then 30 min of new tokens.
  expect(rowTime('A rollback decided')).toBe('2026-03-10 11:30 UTC+01:00');
  expect(screen.getByRole('row', {name: /Last old JWT access tokens expire/})).toHaveTextContent(
    'they live the old lifetime, 1 h (new ones: 30 min)',
  );
  const markdown = screen.getByRole('textbox', {name: 'Plan as Markdown'});
  expect((markdown as HTMLTextAreaElement).value).toContain(
    '| JWT access tokens | 1 h | 30 min | 2026-03-10 11:00 UTC+01:00 |',
  );
});

test('with the cookies left unchanged, the rollback names them, and their field says they share the setting', async () => {
  const user = await renderReady();
  await user.type(
    screen.getByRole('spinbutton', {
      name: 'Lifetime of JWT access tokens after the change (seconds)',
    }),
    '1800',
  );
  // The JWT cookies still say 1 h, so a rollback lasts an hour, and the page says why.
  expect(rowTime('A rollback decided')).toBe('2026-03-10 12:00 UTC+01:00');
  expect(screen.getByRole('row', {name: /A rollback decided/})).toHaveTextContent(
    'for up to 1 h more (the lifetime of JWT cookies, entered as unchanged)',
  );
  expect(
    screen.getByRole('spinbutton', {name: 'Lifetime of JWT cookies after the change (seconds)'}),
  ).toHaveAccessibleDescription(
    'Empty: unchanged, 1 h. JWT access tokens change to 30 min, and the JWT in the cookies takes its exp from the same setting, JWT_ACCESS_TOKEN_EXPIRE_SECONDS: if you change that setting, enter 1800 here too.',
  );
});

test('stages on two days: the follow-up and the earliest removal come after the last stage', async () => {
  const user = await renderReady();
  fireEvent.change(screen.getByLabelText('Start time'), {target: {value: '2026-03-10T16:00'}});
  await user.click(screen.getByRole('button', {name: 'Add a stage'}));
  await pasteInto(user, screen.getByRole('textbox', {name: 'Stage 1 name'}), 'verifiers deployed');
  fireEvent.change(screen.getByLabelText('Stage 1 time'), {target: {value: '2026-03-10T16:30'}});
  await user.click(screen.getByRole('button', {name: 'Add a stage'}));
  await pasteInto(user, screen.getByRole('textbox', {name: 'Stage 2 name'}), 'issuer switched');
  fireEvent.change(screen.getByLabelText('Stage 2 time'), {target: {value: '2026-03-11T14:00'}});
  expect(rowTime('Old tokens drained')).toBe('2026-03-11 15:00 UTC+01:00');
  expect(rowTime('Margin watch ends')).toBe('2026-03-11 16:00 UTC+01:00');
  expect(rowTime('Next-day support follow-up')).toBe('2026-03-12 09:00 UTC+01:00');
  expect(rowTime('Earliest safe removal')).toBe('2026-03-12 09:00 UTC+01:00');
  const link = screen.getByRole('link', {name: 'Download .ics'});
  expect(decodeURIComponent(link.getAttribute('href')!.split(',')[1]!)).toMatch(
    /UID:follow-up-[^\r]*\r\nDTSTAMP:\d{8}T\d{6}Z\r\nDTSTART:20260312T080000Z/,
  );
});

test('unticking every token kind and a zero lifetime give clear errors', async () => {
  const user = await renderReady();
  const lifetime = screen.getByRole('spinbutton', {
    name: 'Lifetime of JWT cookies before the change (seconds)',
  });
  await user.clear(lifetime);
  await user.type(lifetime, '0');
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The lifetime of JWT cookies must be a positive number of seconds.',
  );
  for (const name of [/JWT access tokens/, /JWT cookies/, /Cached client-credentials/]) {
    await user.click(screen.getByRole('checkbox', {name}));
  }
  expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one token kind.');
});

test('Copy as Markdown reports success, or says where to select the text', async () => {
  const user = await renderReady();
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
  await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
  expect(await screen.findByText('Copied the plan as Markdown.')).toBeInTheDocument();
  expect(writeText).toHaveBeenCalledWith(
    (screen.getByRole('textbox', {name: 'Plan as Markdown'}) as HTMLTextAreaElement).value,
  );
  writeText.mockRejectedValue(new Error('denied'));
  await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
  expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
});

const accessLifetime = () =>
  screen.getByRole('spinbutton', {
    name: 'Lifetime of JWT access tokens before the change (seconds)',
  });

test('a plan is saved for its run and comes back on the next visit', async () => {
  const stores = createMemoryRunStore();
  const user = await renderReady(stores);
  expect(
    await screen.findByText(/Saved in this browser\. Nothing leaves your computer\./),
  ).toBeVisible();
  await user.clear(accessLifetime());
  await user.type(accessLifetime(), '7200');
  await waitFor(() => expect(stores.backend.map.has('doc:rollout-plan:default')).toBe(true));
  await waitFor(() =>
    expect(stored(stores, 'doc:rollout-plan:default')).toMatchObject({
      body: {fields: {timeZone: 'Europe/Berlin', startLocal: '2026-03-10T10:00'}},
    }),
  );
  // The lifetime is saved after a pause in typing; the next visit must find it on disk.
  await waitFor(() =>
    expect(JSON.stringify(stored(stores, 'doc:rollout-plan:default'))).toContain('7200'),
  );
  cleanup();

  renderWith(stores);
  await waitFor(() => expect(accessLifetime()).toHaveValue(7200), LOADING);
  expect(screen.getByLabelText('Start time')).toHaveValue('2026-03-10T10:00');
  expect(rowTime('Old tokens drained')).toBe('2026-03-10 12:00 UTC+01:00');
});

test('?run= opens that run, links to its rollout checklist, and runs keep their own plans', async () => {
  const stores = createMemoryRunStore();
  await stores.store.save(checklistDocument(rollout), 'PR 9', createRecord(rollout, 'PR 9'), 't');
  window.history.replaceState(null, '', '/docs/tools/rollout-timeline?run=PR%201');
  const user = userEvent.setup();
  renderWith(stores);
  const run = screen.getByRole('combobox', {name: 'Run'});
  await waitFor(() => expect(run).toHaveValue('PR 1'));
  // Every run is offered: one change, one run name, whatever it has saved.
  expect(
    within(run)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['default', 'PR 1', 'PR 9']);
  expect(screen.getByRole('link', {name: 'Rollout checklist'})).toHaveAttribute(
    'href',
    '/docs/checklists/rollout?run=PR%201',
  );
  const title = screen.getByRole('textbox', {name: 'What changes (optional)'});
  // The form takes input once the run's plan is shown.
  await waitFor(() => expect(title).toBeEnabled());
  await user.type(title, 'RS512 for all');

  await user.selectOptions(run, 'PR 9');
  await waitFor(() => expect(title).toHaveValue(''));
  expect(window.location.search).toBe('?run=PR%209');
  await user.selectOptions(run, 'PR 1');
  await waitFor(() => expect(title).toHaveValue('RS512 for all'));
});

test('Delete run removes the saved plan; a damaged plan is set aside with a notice', async () => {
  const stores = createMemoryRunStore();
  await stores.backend.setItem('doc:rollout-plan:default', {
    envelope: 1,
    type: 'rollout-plan',
    version: 1,
    run: 'default',
    savedAt: 1,
    data: {title: 42},
  });
  const user = await renderReady(stores);
  expect(
    await screen.findByText(
      /The plan of this run could not be read\. It was kept aside, untouched/,
    ),
  ).toBeVisible();
  expect([...stores.backend.map.keys()].some((key) => key.startsWith('aside:'))).toBe(true);

  await user.type(screen.getByRole('textbox', {name: 'What changes (optional)'}), 'x');
  await waitFor(() => expect(stores.backend.map.has('doc:rollout-plan:default')).toBe(true));
  await user.click(screen.getByRole('button', {name: 'Delete run'}));
  await user.click(screen.getByRole('button', {name: 'Yes, delete run'}));
  await waitFor(() => expect(stores.backend.map.has('doc:rollout-plan:default')).toBe(false));
  expect(await screen.findByText(/The plan of run “default” was deleted\./)).toBeVisible();
  await waitFor(() =>
    expect(screen.getByRole('textbox', {name: 'What changes (optional)'})).toHaveValue(''),
  );
});

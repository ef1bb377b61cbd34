import type {ReactNode} from 'react';
import {act, renderHook, waitFor} from '@testing-library/react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {createMemoryRunStore, type MemoryRunStore} from '@site/test/memoryRunStore';
import {useCommunicationDraft} from './useCommunicationDraft';

jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));

const KEY = 'doc:communication-form:default';
/** Longer than the pause after which typing is saved. */
const SAVE_PAUSE = 600;

beforeEach(() => {
  (useDocusaurusContext as jest.Mock).mockReturnValue({siteConfig: {customFields: {}}});
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderDraft(memory: MemoryRunStore) {
  return renderHook(() => useCommunicationDraft(), {
    wrapper: ({children}: {children: ReactNode}) => memory.wrap(children),
  });
}

test('a new form is shown from now, but saved only once the user edits it', async () => {
  const memory = createMemoryRunStore();
  const {result} = renderDraft(memory);
  expect(result.current.shown).toBe(false);
  await waitFor(() => expect(result.current.shown).toBe(true));
  expect(result.current.draft.startLocal).not.toBe('');
  await act(() => new Promise((resolve) => setTimeout(resolve, SAVE_PAUSE)));
  expect(memory.backend.map.has(KEY)).toBe(false);

  act(() => result.current.edit({whatChanges: 'New signing key'}));
  await waitFor(() => expect(memory.backend.map.get(KEY)).toContain('New signing key'));
});

test('without a rollout plan, the times button says the run has none and changes nothing', async () => {
  const memory = createMemoryRunStore();
  const {result} = renderDraft(memory);
  await waitFor(() => expect(result.current.shown).toBe(true));
  const before = result.current.draft;
  await act(() => result.current.takeTimesFromPlan());
  expect(result.current.message).toBe(
    'Run “default” has no rollout plan yet. Make one in the rollout timeline.',
  );
  expect(result.current.draft).toBe(before);
});

test('clearing empties the fields, keeps the zone, says so, and saves', async () => {
  const memory = createMemoryRunStore();
  const {result} = renderDraft(memory);
  await waitFor(() => expect(result.current.shown).toBe(true));
  act(() => result.current.moveToZone('Asia/Kolkata'));
  act(() => result.current.edit({contact: 'Ana, #jwt'}));
  act(() => result.current.clear());
  expect(result.current.draft).toMatchObject({
    contact: '',
    startLocal: '',
    timeZone: 'Asia/Kolkata',
  });
  expect(result.current.message).toBe('The form of run “default” was cleared.');
  await waitFor(() => expect(memory.backend.map.get(KEY)).toContain('Asia/Kolkata'));
});

import type {ReactNode} from 'react';
import {act, renderHook, waitFor} from '@testing-library/react';
import {createMemoryRunStore, type MemoryRunStore} from '@site/test/memoryRunStore';
import {useRolloutPlan} from './useRolloutPlan';

const KEY = 'doc:rollout-plan:default';
/** Longer than the pause after which typing is saved. */
const SAVE_PAUSE = 600;

function renderPlan(memory: MemoryRunStore) {
  return renderHook(() => useRolloutPlan(), {
    wrapper: ({children}: {children: ReactNode}) => memory.wrap(children),
  });
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

test('a new plan is shown from now, but saved only once the user edits it', async () => {
  const memory = createMemoryRunStore();
  const {result} = renderPlan(memory);
  expect(result.current.isExample).toBe(true);
  await waitFor(() => expect(result.current.isExample).toBe(false));
  await act(() => new Promise((resolve) => setTimeout(resolve, SAVE_PAUSE)));
  expect(memory.backend.map.has(KEY)).toBe(false);

  act(() => result.current.edit({title: 'RS512 for all'}));
  await waitFor(() => expect(memory.backend.map.get(KEY)).toContain('RS512 for all'));
});

test('a saved plan is shown as saved and not written back', async () => {
  const memory = createMemoryRunStore();
  const first = renderPlan(memory);
  await waitFor(() => expect(first.result.current.isExample).toBe(false));
  act(() => first.result.current.edit({title: 'RS512 for all', startLocal: '2026-03-10T10:00'}));
  await waitFor(() => expect(memory.backend.map.get(KEY)).toContain('RS512 for all'));
  first.unmount();
  const written = memory.backend.map.get(KEY);

  const second = renderPlan(memory);
  await waitFor(() => expect(second.result.current.form.title).toBe('RS512 for all'));
  expect(second.result.current.form.startLocal).toBe('2026-03-10T10:00');
  await act(() => new Promise((resolve) => setTimeout(resolve, SAVE_PAUSE)));
  expect(memory.backend.map.get(KEY)).toBe(written);
});

test('reset brings back the defaults, says so, and saves them', async () => {
  const memory = createMemoryRunStore();
  const {result} = renderPlan(memory);
  await waitFor(() => expect(result.current.isExample).toBe(false));
  act(() => {
    result.current.edit({title: 'RS512 for all'});
    result.current.addStage();
  });
  act(() => result.current.resetToNow());
  expect(result.current.form.title).toBe('');
  expect(result.current.form.stages).toEqual([]);
  expect(result.current.runMessage).toBe('The plan of run “default” was reset to the defaults.');
  await waitFor(() => expect(memory.backend.map.has(KEY)).toBe(true));
  expect(memory.backend.map.get(KEY)).not.toContain('RS512 for all');
});

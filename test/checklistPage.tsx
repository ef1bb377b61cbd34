/**
 * Rendering a checklist page in Jest: a memory run store, the page address, and queries that
 * wait for the saved run. Each test file also mocks `@docusaurus/useDocusaurusContext`:
 *
 *   jest.mock('@docusaurus/useDocusaurusContext', () => ({__esModule: true, default: jest.fn()}));
 *   beforeEach(openChecklistPage);
 */
import {render, screen, waitFor} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {rollout} from '@site/src/data/checklists/rollout';
import {checklistDocument} from '@site/src/lib/checklist';
import type {StorageKind} from '@site/src/lib/runs';
import {createMemoryRunStore, type MemoryRunStore} from '@site/test/memoryRunStore';
import Checklist from '@site/src/components/Checklist';

// No deployed URL is configured in these tests (customFields.deployedUrl), so exported links use the
// origin of the page being read, as Copy link does.
export const PAGE = 'http://localhost/docs/checklists/rollout';
export const first = rollout.items[0]!; // monitoring-first
export const second = rollout.items[1]!;

export const spec = checklistDocument(rollout);

export function setup(kind: StorageKind = 'indexeddb') {
  return createMemoryRunStore(kind);
}

export function renderChecklist(memory: MemoryRunStore) {
  const user = userEvent.setup();
  const view = render(memory.wrap(<Checklist id="rollout" />));
  return {user, ...view};
}

/** The saved run, as the store reads it. */
export function saved(memory: MemoryRunStore, run = 'default') {
  return memory.store.read(spec, run);
}

export async function runNames(memory: MemoryRunStore): Promise<string[]> {
  return (await memory.store.listRuns()).map((entry) => entry.run);
}

export async function loaded(): Promise<void> {
  await waitFor(() => expect(screen.getByRole('checkbox', {name: first.title})).toBeEnabled(), {
    timeout: 5000,
  });
}

export function item(title: string): HTMLElement {
  return screen.getByRole('checkbox', {name: title}).closest('li')!;
}

export function progressText(): string {
  return screen.getByRole('progressbar').getAttribute('aria-valuetext') ?? '';
}

/** The rollout checklist's page, with the site configuration the tests expect. */
export function openChecklistPage(): void {
  (useDocusaurusContext as jest.Mock).mockReturnValue({
    siteConfig: {url: 'https://guide.example.org', baseUrl: '/'},
  });
  window.history.replaceState(null, '', '/docs/checklists/rollout');
}

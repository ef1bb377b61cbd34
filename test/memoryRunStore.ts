/** An in-memory run store for component tests, on a backend the test can look into and break. */
import {createElement, type ReactNode} from 'react';
import {
  createMemoryBackend,
  createRunStore,
  type RunStore,
  type RunStoreOptions,
  type StorageKind,
} from '@site/src/lib/runs';
import {RunStoreContext} from '@site/src/hooks/useRunStore';

export interface MemoryRunStore {
  readonly store: RunStore;
  readonly backend: ReturnType<typeof createMemoryBackend>;
  /** Makes writes fail (as a full disk would) until called with false. */
  readonly failWrites: (fail?: boolean) => void;
  /** Wraps a tree so that its run tools use this store. */
  readonly wrap: (children: ReactNode) => ReactNode;
}

/** 'indexeddb' by default, so the tools behave as with persistent storage (no "not saved" notice). */
export function createMemoryRunStore(
  kind: StorageKind = 'indexeddb',
  options: Partial<RunStoreOptions> = {},
): MemoryRunStore {
  const backend = createMemoryBackend();
  const setItem = backend.setItem.bind(backend);
  let failing = false;
  const store = createRunStore(
    {
      ...backend,
      setItem: (key, value) =>
        failing
          ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
          : setItem(key, value),
    },
    {kind, ...options},
  );
  const open = () => Promise.resolve(store);
  return {
    store,
    backend,
    failWrites: (fail = true) => {
      failing = fail;
    },
    wrap: (children) => createElement(RunStoreContext.Provider, {value: open}, children),
  };
}

/**
 * A memory run store that stays unopened until `release()`: for testing what a tool shows and
 * allows while its run is still loading.
 */
export function createHeldRunStore(): {
  readonly memory: MemoryRunStore;
  readonly wrap: (children: ReactNode) => ReactNode;
  readonly release: () => void;
} {
  const memory = createMemoryRunStore();
  let release: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  const open = () => opened.then(() => memory.store);
  return {
    memory,
    wrap: (children) => createElement(RunStoreContext.Provider, {value: open}, children),
    release: () => release(),
  };
}

/**
 * One per-run document (a rollout plan, a communication draft) in the browser: opens the run named
 * in `?run=` after hydration, saves changes after a short pause, and switches, resets and deletes
 * runs the same way the checklists do. The first render (server and client) is always
 * `phase: 'loading'` with no value; nothing here touches storage or the URL during render.
 */
import {createContext, useCallback, useContext, useEffect, useRef, useState} from 'react';
import {
  DEFAULT_RUN,
  normaliseRunName,
  type DocumentProblem,
  type RunDocumentSpec,
  type RunDocumentStore,
} from '@site/src/lib/runs';
import type {StorageKind} from '@site/src/lib/checklist';
import {openChecklistStore, openRunDocumentStore} from './runStorage';
import {runFromLocation, withRun, writeRunToLocation} from './runLocation';
import {saveStateOnOpen, type SaveState} from './useChecklistRun';

export interface RunDocumentStores {
  open<T>(spec: RunDocumentSpec<T>): Promise<RunDocumentStore<T>>;
  /** Runs of a checklist, so a tool can offer the runs its change already has. */
  listChecklistRuns(checklistId: string): Promise<string[]>;
}

const browserStores: RunDocumentStores = {
  open: openRunDocumentStore,
  listChecklistRuns: async (checklistId) => (await openChecklistStore()).listRuns(checklistId),
};

/** How the tools get their stores; component tests provide in-memory ones. */
export const RunDocumentStoresContext = createContext<RunDocumentStores>(browserStores);

export interface RunDocumentState<T> {
  readonly phase: 'loading' | 'ready';
  readonly run: string;
  readonly runs: readonly string[];
  /** The saved document of this run, or null when the run has none yet. */
  readonly saved: T | null;
  /** Goes up by one each time a run is opened, so the view knows when to take `saved` over. */
  readonly generation: number;
  readonly storageKind: StorageKind | null;
  readonly saveState: SaveState;
  readonly setAside: DocumentProblem | null;
  /** True while a change waits for its pause or its write. */
  readonly saving: boolean;
}

export interface RunDocumentActions<T> {
  /** Saves after a short pause (typing); the last value given wins. */
  save(value: T): void;
  /** Opens (or starts) a run by name; returns the normalised name, or null if unusable. */
  switchRun(name: string): string | null;
  /** Deletes this run's document and opens the default run. */
  remove(): Promise<void>;
}

const SAVE_DELAY_MS = 400;

export function useRunDocument<T>(
  spec: RunDocumentSpec<T>,
  options: {readonly relatedChecklist?: string} = {},
): RunDocumentState<T> & RunDocumentActions<T> {
  const stores = useContext(RunDocumentStoresContext);
  const {relatedChecklist} = options;
  const [state, setState] = useState<RunDocumentState<T>>({
    phase: 'loading',
    run: DEFAULT_RUN,
    runs: [DEFAULT_RUN],
    saved: null,
    generation: 0,
    storageKind: null,
    saveState: 'pending',
    setAside: null,
    saving: false,
  });
  const storeRef = useRef<RunDocumentStore<T> | null>(null);
  const runRef = useRef(DEFAULT_RUN);
  const pending = useRef<{run: string; value: T} | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const writeChain = useRef<Promise<void>>(Promise.resolve());
  const writes = useRef(0);
  const mounted = useRef(true);

  const reportSaving = useCallback(() => {
    const saving = writes.current > 0 || timer.current !== null;
    if (mounted.current) {
      setState((current) => (current.saving === saving ? current : {...current, saving}));
    }
  }, []);

  const refreshRuns = useCallback(
    async (store: RunDocumentStore<T>) => {
      try {
        const own = await store.listRuns();
        const related = relatedChecklist ? await stores.listChecklistRuns(relatedChecklist) : [];
        if (mounted.current) {
          setState((current) => ({...current, runs: withRun([...own, ...related], current.run)}));
        }
      } catch {
        // Keep the list we have.
      }
    },
    [relatedChecklist, stores],
  );

  /** Writes the pending value now (serially, after earlier writes). */
  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const next = pending.current;
    pending.current = null;
    if (next === null) return writeChain.current;
    writes.current += 1;
    reportSaving();
    const write = writeChain.current.then(async () => {
      const store = storeRef.current;
      if (store === null) return;
      try {
        await store.set(next.run, next.value);
        if (mounted.current) {
          setState((current) => ({
            ...current,
            saveState: store.kind === 'memory' ? 'memory-only' : 'saved',
          }));
        }
      } catch {
        if (mounted.current) setState((current) => ({...current, saveState: 'write-failed'}));
      }
    });
    writeChain.current = write.finally(() => {
      writes.current -= 1;
      reportSaving();
    });
    return writeChain.current;
  }, [reportSaving]);

  const openRun = useCallback(
    async (store: RunDocumentStore<T>, run: string) => {
      let saved: T | null = null;
      let setAside: DocumentProblem | null = null;
      try {
        const result = await store.get(run);
        if (result.status === 'found') saved = result.value;
        else if (result.status === 'set-aside') setAside = result.problem;
      } catch {
        // Unreadable storage: start from the defaults; the first write reports the problem.
      }
      if (!mounted.current) return;
      runRef.current = run;
      setState((current) => ({
        ...current,
        phase: 'ready',
        run,
        runs: withRun(current.runs, run),
        saved,
        generation: current.generation + 1,
        storageKind: store.kind,
        saveState: saveStateOnOpen(store.kind, current.saveState),
        setAside,
      }));
      await refreshRuns(store);
    },
    [refreshRuns],
  );

  useEffect(() => {
    mounted.current = true;
    const requested = runFromLocation() ?? DEFAULT_RUN;
    void stores
      .open(spec)
      .then(async (store) => {
        if (!mounted.current) return;
        storeRef.current = store;
        await openRun(store, requested);
      })
      .catch(() => undefined);
    const onPageHide = (): void => {
      void flush();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      void flush();
      mounted.current = false;
    };
  }, [spec, stores, openRun, flush]);

  const save = useCallback(
    (value: T): void => {
      if (storeRef.current === null) return;
      pending.current = {run: runRef.current, value};
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, SAVE_DELAY_MS);
      reportSaving();
    },
    [flush, reportSaving],
  );

  const switchRun = useCallback(
    (name: string): string | null => {
      const run = normaliseRunName(name);
      const store = storeRef.current;
      if (run === null || store === null) return null;
      writeRunToLocation(run);
      if (run !== runRef.current) {
        // The pending value belongs to the run being left: write it there first.
        void flush().then(() => openRun(store, run));
      }
      return run;
    },
    [flush, openRun],
  );

  const remove = useCallback(async (): Promise<void> => {
    const store = storeRef.current;
    if (store === null) return;
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    pending.current = null;
    reportSaving();
    await writeChain.current;
    const run = runRef.current;
    try {
      await store.delete(run);
    } catch {
      setState((current) => ({...current, saveState: 'write-failed'}));
      return;
    }
    // Like deleting a checklist run: back to the default run.
    writeRunToLocation(DEFAULT_RUN);
    await openRun(store, DEFAULT_RUN);
  }, [openRun, reportSaving]);

  return {...state, save, switchRun, remove};
}

/** The stores behind the per-run tools, to read another tool's document of the same run. */
export function useRunDocumentStores(): RunDocumentStores {
  return useContext(RunDocumentStoresContext);
}

/**
 * One run document in the browser, for every kind (a checklist's ticks, a rollout plan, a message
 * form): opens the current run's document after hydration, saves each change (merged with what
 * other tabs saved), follows other tabs and the current run, and reports where and whether it is
 * saved. decisions/0014.
 *
 * The first render (server and client alike) is `phase: 'loading'` with no value; nothing here reads
 * storage, the address or the clock during render. The opened run is shown in a transition, so a
 * long checklist renders in slices rather than in one blocking task after load (decisions/0010).
 */
import {startTransition, useCallback, useEffect, useRef, useState} from 'react';
import {
  DEFAULT_RUN,
  UnreadableDocumentError,
  normaliseRunName,
  runsToOffer,
  type EnvelopeProblem,
  type RunChange,
  type RunDocumentSpec,
  type RunStore,
  type StorageKind,
} from '@site/src/lib/runs';
import {currentRun, followRun, openRunInAddress} from './currentRun';
import {useRunStore} from './useRunStore';

export type SaveState =
  /** Not opened yet. */
  | 'pending'
  /** Saved (or nothing to save yet) in persistent storage. */
  | 'saved'
  /** Only memory is available: nothing survives a reload. */
  | 'memory-only'
  /** The last write failed; the change is still on the page. */
  | 'write-failed';

export interface DocumentProblem {
  /** 'set-aside': the stored copy was unusable and is kept aside; 'unreadable': it could not be. */
  readonly kind: 'set-aside' | 'unreadable';
  readonly reason: EnvelopeProblem;
}

export interface RunDocumentState<T> {
  readonly phase: 'loading' | 'ready';
  readonly run: string;
  /** Every run in this browser, the default and the current one included. */
  readonly runs: readonly string[];
  /** The document as shown; null while the run has none (nothing saved, nothing edited). */
  readonly value: T | null;
  /** The document as it was read when the run was opened. */
  readonly loaded: T | null;
  /**
   * The document as it last came from storage: the opened run, or an edit made in another tab
   * merged in. Unlike `value`, `update` here does not change it: a form takes it over.
   */
  readonly fromStore: T | null;
  /** Goes up each time `fromStore` is set, even to an equal value. */
  readonly revision: number;
  readonly storageKind: StorageKind | null;
  readonly saveState: SaveState;
  readonly problem: DocumentProblem | null;
  /** Another tab deleted the document shown here. */
  readonly deletedElsewhere: boolean;
  /** A change waits for its pause or its write (a page closed now could lose it). */
  readonly saving: boolean;
}

export interface RunDocumentActions<T> {
  /** Changes the document; saved at once, or after a short pause with `delay` (typing). */
  update(change: (current: T | null, run: string) => T, options?: {readonly delay?: boolean}): void;
  /** Opens a run by name on this page (`start` also creates it); null when the name is unusable. */
  switchRun(name: string, options?: {readonly start?: boolean}): string | null;
  /** Deletes this run's document and opens the default run; false when the deletion failed. */
  remove(): Promise<boolean>;
}

const SAVE_DELAY_MS = 400;

function savedState(kind: StorageKind): SaveState {
  return kind === 'memory' ? 'memory-only' : 'saved';
}

export function useRunDocument<T>(
  spec: RunDocumentSpec<T>,
): RunDocumentState<T> & RunDocumentActions<T> {
  const openStore = useRunStore();
  const [state, setState] = useState<RunDocumentState<T>>(() => ({
    phase: 'loading',
    run: DEFAULT_RUN,
    runs: [DEFAULT_RUN],
    value: null,
    loaded: null,
    fromStore: null,
    revision: 0,
    storageKind: null,
    saveState: 'pending',
    problem: null,
    deletedElsewhere: false,
    saving: false,
  }));
  const storeRef = useRef<RunStore | null>(null);
  const runRef = useRef(DEFAULT_RUN);
  const valueRef = useRef<T | null>(null);
  /** The shown value has changes not yet written. */
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Reads and writes of this document, one after another. */
  const chain = useRef<Promise<void>>(Promise.resolve());
  const writes = useRef(0);
  const origin = useRef('');
  const mounted = useRef(true);

  const patch = useCallback((change: Partial<RunDocumentState<T>>) => {
    if (mounted.current) setState((current) => ({...current, ...change}));
  }, []);

  const reportSaving = useCallback(() => {
    const saving = writes.current > 0 || timer.current !== null;
    if (mounted.current) {
      setState((current) => (current.saving === saving ? current : {...current, saving}));
    }
  }, []);

  /** Shows a value that did not come from `update` here (an opened run, another tab's edit). */
  const showFromStore = useCallback(
    (value: T | null, change: Partial<RunDocumentState<T>> = {}) => {
      valueRef.current = value;
      if (!mounted.current) return;
      setState((current) => ({
        ...current,
        ...change,
        value,
        fromStore: value,
        revision: current.revision + 1,
      }));
    },
    [],
  );

  /** Runs `task` after every earlier one; `writing` marks the page as saving meanwhile. */
  const enqueue = useCallback(
    (task: (store: RunStore) => Promise<void>, writing = true): Promise<void> => {
      if (writing) {
        writes.current += 1;
        reportSaving();
      }
      const next = chain.current
        .then(() => (storeRef.current === null ? undefined : task(storeRef.current)))
        .catch(() => undefined)
        .finally(() => {
          if (!writing) return;
          writes.current -= 1;
          reportSaving();
        });
      chain.current = next;
      return next;
    },
    [reportSaving],
  );

  /** Writes the shown value now, merged with the stored copy; then shows what is stored. */
  const persist = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    return enqueue(async (store) => {
      const run = runRef.current;
      const value = valueRef.current;
      if (!dirty.current || value === null) return;
      dirty.current = false;
      try {
        const stored = await store.save(spec, run, value, origin.current);
        if (mounted.current) {
          setState((current) => ({
            ...current,
            saveState: savedState(store.kind),
            deletedElsewhere: false,
            // Saving read the stored copy again: one it could not keep aside before is kept now.
            problem:
              current.problem?.kind === 'unreadable'
                ? {kind: 'set-aside', reason: current.problem.reason}
                : current.problem,
          }));
        }
        const shown = valueRef.current;
        if (runRef.current !== run || shown === null) return;
        // What another tab saved meanwhile; edits made here during the write stay.
        const merged = spec.merge(shown, stored);
        if (!spec.same(merged, shown)) showFromStore(merged);
      } catch (error) {
        dirty.current = true;
        patch({
          saveState: 'write-failed',
          ...(error instanceof UnreadableDocumentError
            ? {problem: {kind: 'unreadable', reason: error.problem}}
            : {}),
        });
      }
    });
  }, [enqueue, patch, showFromStore, spec]);

  const refreshRuns = useCallback(async (store: RunStore) => {
    try {
      const names = (await store.listRuns()).map((entry) => entry.run);
      // A transition, like the opened run: the list arrives right after load (decisions/0010).
      if (mounted.current) {
        startTransition(() =>
          setState((current) => ({...current, runs: runsToOffer(names, current.run)})),
        );
      }
    } catch {
      // Keep the list we have.
    }
  }, []);

  /** Reads a run's document and shows it. Runs inside the chain. */
  const openRun = useCallback(
    async (store: RunStore, run: string) => {
      let value: T | null = null;
      let problem: DocumentProblem | null = null;
      try {
        const result = await store.read(spec, run);
        if (result.status === 'found') value = result.value;
        else if (result.status !== 'missing') {
          problem = {kind: result.status, reason: result.problem};
        }
      } catch {
        // Unreadable storage: start empty; the first write reports the problem.
      }
      if (!mounted.current) return;
      runRef.current = run;
      valueRef.current = value;
      dirty.current = false;
      startTransition(() =>
        setState((current) => ({
          ...current,
          phase: 'ready',
          run,
          runs: runsToOffer(current.runs, run),
          value,
          loaded: value,
          fromStore: value,
          revision: current.revision + 1,
          storageKind: store.kind,
          saveState:
            store.kind === 'memory'
              ? 'memory-only'
              : current.saveState === 'write-failed'
                ? 'write-failed'
                : 'saved',
          problem,
          deletedElsewhere: false,
        })),
      );
      await refreshRuns(store);
    },
    [refreshRuns, spec],
  );

  /** Another writer changed a document: merge it in, and write back what only this page has. */
  const onStoreChange = useCallback(
    (change: RunChange) => {
      if (change.origin === origin.current) return;
      const store = storeRef.current;
      if (store === null) return;
      if (change.run !== runRef.current || change.type !== spec.type) {
        void refreshRuns(store);
        return;
      }
      void enqueue(async () => {
        const run = runRef.current;
        const result = await store.read(spec, run);
        if (runRef.current !== run) return;
        const shown = valueRef.current;
        if (result.status === 'missing') {
          if (shown !== null) patch({deletedElsewhere: true});
          return;
        }
        if (result.status !== 'found') return;
        const merged = shown === null ? result.value : spec.merge(shown, result.value);
        if (shown === null || !spec.same(merged, shown)) {
          showFromStore(merged, {deletedElsewhere: false});
        }
        const prepared = spec.prepare ? spec.prepare(merged) : merged;
        if (!spec.same(prepared, result.value)) {
          dirty.current = true;
          void persist();
        }
      }, false);
    },
    [enqueue, patch, persist, refreshRuns, showFromStore, spec],
  );

  useEffect(() => {
    mounted.current = true;
    origin.current = `${spec.type}:${Math.random().toString(36).slice(2)}`;
    let unsubscribe: (() => void) | null = null;
    let unfollow: (() => void) | null = null;
    const onRunChange = (run: string): void => {
      // Write what belongs to the run being left first.
      if (run !== runRef.current && timer.current !== null) void persist();
      void enqueue(
        (store) => (run === runRef.current ? Promise.resolve() : openRun(store, run)),
        false,
      );
    };
    void openStore()
      .then((store) => {
        if (!mounted.current) return;
        storeRef.current = store;
        unsubscribe = store.subscribe(onStoreChange);
        unfollow = followRun(onRunChange);
        void enqueue(() => openRun(store, currentRun()), false);
      })
      .catch(() => undefined);
    // Save a change still waiting for its pause when the page goes away.
    const flush = (): void => {
      if (timer.current !== null) void persist();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      unsubscribe?.();
      unfollow?.();
      mounted.current = false;
    };
    // Once per document kind: the callbacks are stable for a given spec.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec, openStore]);

  const update = useCallback<RunDocumentActions<T>['update']>(
    (change, options = {}) => {
      const next = change(valueRef.current, runRef.current);
      if (valueRef.current !== null && spec.same(next, valueRef.current)) return;
      valueRef.current = next;
      dirty.current = true;
      patch({value: next});
      if (!options.delay) {
        void persist();
        return;
      }
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void persist();
      }, SAVE_DELAY_MS);
      reportSaving();
    },
    [patch, persist, reportSaving, spec],
  );

  const switchRun = useCallback<RunDocumentActions<T>['switchRun']>(
    (name, options = {}) => {
      const run = normaliseRunName(name);
      if (run === null || storeRef.current === null) return null;
      if (options.start) {
        void enqueue((store) => store.start(run, origin.current).catch(() => undefined));
      }
      openRunInAddress(run);
      return run;
    },
    [enqueue],
  );

  const remove = useCallback(async (): Promise<boolean> => {
    const store = storeRef.current;
    if (store === null) return false;
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    dirty.current = false;
    reportSaving();
    await chain.current;
    const run = runRef.current;
    try {
      await store.remove(spec.type, run, origin.current);
    } catch {
      patch({saveState: 'write-failed'});
      return false;
    }
    showFromStore(null, {loaded: null, problem: null, deletedElsewhere: false});
    if (run !== DEFAULT_RUN) openRunInAddress(DEFAULT_RUN);
    await refreshRuns(store);
    return true;
  }, [patch, refreshRuns, reportSaving, showFromStore, spec]);

  return {...state, update, switchRun, remove};
}

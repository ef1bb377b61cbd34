/**
 * State of one checklist run in the browser: loads it after hydration, saves every change, follows
 * other tabs, and keeps `?run=` in the address bar.
 *
 * The first render (server and client alike) shows a fresh, unsaved run with every item open and
 * `phase: 'loading'`; the saved run replaces it in an effect. Nothing here reads storage, the URL or
 * the clock during render.
 */
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  DEFAULT_RUN,
  changesSince,
  createRecord,
  discardRemovedItem,
  importMarkdown,
  mergeRecords,
  normaliseRunName,
  resetRecord,
  sameRecord,
  setNote as setNoteIn,
  toggleDone as toggleDoneIn,
  toggleNotApplicable as toggleNotApplicableIn,
  upgradeRecord,
  type ChecklistChanges,
  type ChecklistShape,
  type ChecklistStore,
  type ImportResult,
  type RecordProblem,
  type RunRecord,
  type StorageKind,
  type StoreChange,
} from '@site/src/lib/checklist';
import {openChecklistStore} from './runStorage';
import {runFromLocation, withRun, writeRunToLocation} from './runLocation';

/** How the component gets its store; tests provide an in-memory one. */
export const ChecklistStoreContext =
  createContext<() => Promise<ChecklistStore>>(openChecklistStore);

export type SaveState =
  /** Not loaded yet. */
  | 'pending'
  /** Saved (or nothing to save yet) in persistent storage. */
  | 'saved'
  /** Only an in-memory store is available: nothing survives a reload. */
  | 'memory-only'
  /** The last write failed; the data is still on the page. */
  | 'write-failed';

/**
 * What a run's save state is once it is opened from a store of this kind: "memory-only" without
 * persistent storage; an earlier failed write is still reported; otherwise "saved".
 */
export function saveStateOnOpen(kind: StorageKind, previous: SaveState): SaveState {
  if (kind === 'memory') return 'memory-only';
  return previous === 'write-failed' ? 'write-failed' : 'saved';
}

export interface ChecklistRunState {
  readonly phase: 'loading' | 'ready';
  readonly record: RunRecord;
  readonly run: string;
  /** Runs of this checklist that can be selected (always includes the current one). */
  readonly runs: readonly string[];
  readonly storageKind: StorageKind | null;
  readonly saveState: SaveState;
  /** What changed in the checklist since this run was started (computed when the run was opened). */
  readonly changes: ChecklistChanges;
  /** Set when an unusable saved record was moved aside while opening this run. */
  readonly setAside: RecordProblem | null;
  /** Set when another tab deleted the run that is open here. */
  readonly deletedElsewhere: boolean;
  /** True while a write is queued or in flight (a tab closed now could lose it). */
  readonly saving: boolean;
}

export interface ChecklistRunActions {
  toggleDone(itemId: string): void;
  toggleNotApplicable(itemId: string): void;
  setNote(itemId: string, note: string): void;
  discardRemoved(itemId: string): void;
  reset(): void;
  /** Opens a run by name (creating it when new); returns the normalised name or null if invalid. */
  switchRun(name: string): string | null;
  deleteRun(): Promise<void>;
  importMarkdown(markdown: string): ImportResult;
}

const NO_CHANGES: ChecklistChanges = {removed: [], added: []};
const NOTE_SAVE_DELAY_MS = 400;

export function useChecklistRun(
  checklist: ChecklistShape,
  options: {readonly now?: () => number} = {},
): ChecklistRunState & ChecklistRunActions {
  const openStore = useContext(ChecklistStoreContext);
  const nowRef = useRef(options.now ?? (() => Date.now()));

  const initial = useMemo(() => createRecord(checklist, DEFAULT_RUN), [checklist]);
  const [state, setState] = useState<ChecklistRunState>(() => ({
    phase: 'loading',
    record: initial,
    run: DEFAULT_RUN,
    runs: [DEFAULT_RUN],
    storageKind: null,
    saveState: 'pending',
    changes: NO_CHANGES,
    setAside: null,
    deletedElsewhere: false,
    saving: false,
  }));

  const storeRef = useRef<ChecklistStore | null>(null);
  const recordRef = useRef<RunRecord>(initial);
  const writeChain = useRef<Promise<void>>(Promise.resolve());
  const noteTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  const pendingWrites = useRef(0);

  /** Shows whether a change is still waiting for its delay or its write. */
  const reportSaving = useCallback(() => {
    const saving = pendingWrites.current > 0 || noteTimer.current !== null;
    if (mounted.current) {
      setState((current) => (current.saving === saving ? current : {...current, saving}));
    }
  }, []);

  /** Replaces the record on the page (not in storage). */
  const showRecord = useCallback((record: RunRecord) => {
    recordRef.current = record;
    if (mounted.current) setState((current) => ({...current, record}));
  }, []);

  const refreshRuns = useCallback(
    async (store: ChecklistStore) => {
      try {
        const runs = await store.listRuns(checklist.id);
        if (mounted.current) {
          setState((current) => ({...current, runs: withRun(runs, current.run)}));
        }
      } catch {
        // Keep the list we have.
      }
    },
    [checklist.id],
  );

  /** Saves the current record, merged with whatever another tab saved meanwhile. Writes are serial. */
  const persist = useCallback((): Promise<void> => {
    if (noteTimer.current !== null) {
      clearTimeout(noteTimer.current);
      noteTimer.current = null;
    }
    pendingWrites.current += 1;
    reportSaving();
    const write = writeChain.current.then(async () => {
      const store = storeRef.current;
      if (store === null) return;
      const local = recordRef.current;
      try {
        const stored = await store.get(checklist.id, local.run);
        const merged = upgradeRecord(
          checklist,
          stored.status === 'found' ? mergeRecords(local, stored.record) : local,
        );
        await store.set(merged);
        if (mounted.current) {
          setState((current) => ({
            ...current,
            saveState: store.kind === 'memory' ? 'memory-only' : 'saved',
            deletedElsewhere: false,
          }));
        }
        const latest = recordRef.current;
        if (latest.run === merged.run) {
          const combined = mergeRecords(latest, merged);
          if (!sameRecord(combined, latest)) showRecord(combined);
        }
      } catch {
        if (mounted.current) setState((current) => ({...current, saveState: 'write-failed'}));
      }
    });
    const next = write.finally(() => {
      pendingWrites.current -= 1;
      reportSaving();
    });
    writeChain.current = next;
    return next;
  }, [checklist, showRecord, reportSaving]);

  /** Opens a run: reads it (or starts it fresh) and shows it. */
  const openRun = useCallback(
    async (store: ChecklistStore, run: string, create: boolean) => {
      let record = createRecord(checklist, run);
      let changes = NO_CHANGES;
      let setAside: RecordProblem | null = null;
      let found = false;
      try {
        const result = await store.get(checklist.id, run);
        if (result.status === 'found') {
          record = result.record;
          changes = changesSince(checklist, record);
          found = true;
        } else if (result.status === 'set-aside') {
          setAside = result.problem;
        }
      } catch {
        // Unreadable storage: start fresh in memory; the first write will report the problem.
      }
      if (!mounted.current) return;
      recordRef.current = record;
      // A transition: React renders the opened run (every item of a long checklist) in slices
      // instead of one blocking task, right after the page loads (decisions/0010).
      startTransition(() =>
        setState((current) => ({
          ...current,
          phase: 'ready',
          record,
          run,
          runs: withRun(current.runs, run),
          storageKind: store.kind,
          saveState: saveStateOnOpen(store.kind, current.saveState),
          changes,
          setAside,
          deletedElsewhere: false,
        })),
      );
      if (create && !found) await persist();
      await refreshRuns(store);
    },
    [checklist, persist, refreshRuns],
  );

  // Open the store and the run named in the URL once, after hydration.
  useEffect(() => {
    mounted.current = true;
    let unsubscribe: (() => void) | null = null;
    const requested = runFromLocation();

    const onChange = (change: StoreChange): void => {
      const store = storeRef.current;
      if (store === null || change.checklistId !== checklist.id) return;
      void refreshRuns(store);
      if (change.run !== recordRef.current.run) return;
      void store.get(checklist.id, change.run).then(
        (result) => {
          const local = recordRef.current;
          if (!mounted.current || local.run !== change.run) return;
          if (result.status !== 'found') {
            // Deleted in another tab: keep showing what we have, but say so; a change saves it anew.
            if (result.status === 'missing') {
              setState((current) => ({...current, deletedElsewhere: true}));
            }
            return;
          }
          const merged = mergeRecords(local, result.record);
          if (!sameRecord(merged, local)) showRecord(merged);
          // This tab holds newer entries than the stored copy: save the union back.
          if (!sameRecord(upgradeRecord(checklist, merged), result.record)) void persist();
        },
        () => undefined,
      );
    };

    void openStore()
      .then(async (store) => {
        if (!mounted.current) return;
        storeRef.current = store;
        unsubscribe = store.subscribe(onChange);
        await openRun(store, requested ?? DEFAULT_RUN, requested !== null);
      })
      .catch(() => undefined);

    // Save a note still waiting for its delay when the page goes away.
    const flush = (): void => {
      if (noteTimer.current !== null) void persist();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      unsubscribe?.();
      mounted.current = false;
    };
    // Runs once per checklist; the callbacks are stable for a given checklist.
  }, [checklist, openStore, openRun, persist, refreshRuns, showRecord]);

  const now = (): number => nowRef.current();

  const change = (update: (record: RunRecord) => RunRecord, delaySave = false): void => {
    const next = update(recordRef.current);
    if (next === recordRef.current) return;
    showRecord(next);
    if (!delaySave) {
      void persist();
      return;
    }
    if (noteTimer.current !== null) clearTimeout(noteTimer.current);
    noteTimer.current = setTimeout(() => {
      noteTimer.current = null;
      void persist();
    }, NOTE_SAVE_DELAY_MS);
    reportSaving();
  };

  return {
    ...state,
    toggleDone: (itemId) => change((record) => toggleDoneIn(record, itemId, now())),
    toggleNotApplicable: (itemId) =>
      change((record) => toggleNotApplicableIn(record, itemId, now())),
    setNote: (itemId, note) => change((record) => setNoteIn(record, itemId, note, now()), true),
    discardRemoved: (itemId) => change((record) => discardRemovedItem(record, itemId, now())),
    reset: () => change((record) => resetRecord(record, checklist, now())),
    switchRun: (name) => {
      const run = normaliseRunName(name);
      const store = storeRef.current;
      if (run === null || store === null) return null;
      writeRunToLocation(run);
      if (run !== recordRef.current.run) {
        // Finish pending writes of the current run first.
        const pending = noteTimer.current !== null ? persist() : writeChain.current;
        void pending.then(() => openRun(store, run, true));
      }
      return run;
    },
    deleteRun: async () => {
      const store = storeRef.current;
      if (store === null) return;
      const {run} = recordRef.current;
      if (noteTimer.current !== null) {
        clearTimeout(noteTimer.current);
        noteTimer.current = null;
        reportSaving();
      }
      await writeChain.current;
      try {
        await store.delete(checklist.id, run);
      } catch {
        setState((current) => ({...current, saveState: 'write-failed'}));
        return;
      }
      writeRunToLocation(DEFAULT_RUN);
      await openRun(store, DEFAULT_RUN, false);
    },
    importMarkdown: (markdown) => {
      const result = importMarkdown(checklist, recordRef.current, markdown, now());
      change(() => result.record);
      return result;
    },
  };
}

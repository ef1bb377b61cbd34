/**
 * `<RunList />`: every run kept in this browser, with the progress of each checklist and whether it
 * has a rollout plan and a message form, and the one place to rename, export or delete a whole run
 * (decisions/0014). The server render (and the page without JavaScript) says what the list is; the
 * runs are read from storage after hydration.
 */
import {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {checklists} from '@site/src/data/checklists';
import {
  checklistDocument,
  checklistType,
  formatProgress,
  progressOf,
} from '@site/src/lib/checklist';
import {communicationDraftDocument} from '@site/src/lib/communication/draft';
import {rolloutPlanDocument} from '@site/src/lib/rollout/planDocument';
import {DEFAULT_RUN, routeForRun, type RunStore} from '@site/src/lib/runs';
import {currentRun, followRun, openRunInAddress} from '@site/src/hooks/currentRun';
import {useRunStore} from '@site/src/hooks/useRunStore';
import RunActions from './RunActions';
import styles from './styles.module.css';

const TOOLS = [
  {type: rolloutPlanDocument.type, title: 'Rollout plan', route: '/docs/tools/rollout-timeline'},
  {
    type: communicationDraftDocument.type,
    title: 'Communication messages',
    route: '/docs/communication/messages',
  },
] as const;

export interface RunSummary {
  readonly run: string;
  /** Per checklist, in the site's order: its progress, or null when the run has none of it. */
  readonly checklists: readonly {readonly id: string; readonly progress: string | null}[];
  /** Types of the documents the run has. */
  readonly types: readonly string[];
}

/** Reads every run of the store with the progress of each of its checklists. */
export async function summariseRuns(store: RunStore): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  for (const {run, types} of await store.listRuns()) {
    const progress = await Promise.all(
      checklists.map(async (checklist) => {
        if (!types.includes(checklistType(checklist.id))) return {id: checklist.id, progress: null};
        const result = await store.read(checklistDocument(checklist), run);
        return {
          id: checklist.id,
          progress:
            result.status === 'found'
              ? formatProgress(progressOf(checklist, result.value))
              : 'could not be read',
        };
      }),
    );
    summaries.push({run, checklists: progress, types});
  }
  return summaries;
}

function RunEntry({
  summary,
  open,
  store,
  onMessage,
}: {
  readonly summary: RunSummary;
  readonly open: boolean;
  readonly store: RunStore;
  readonly onMessage: (message: string) => void;
}): ReactNode {
  const {run} = summary;
  return (
    <li className={styles.run}>
      <h3 className={styles.name}>
        {run}
        {open && <span className={styles.open}> (open on this page)</span>}
      </h3>
      <ul className={styles.parts}>
        {summary.checklists.map(({id, progress}) => {
          const checklist = checklists.find((candidate) => candidate.id === id)!;
          return (
            <li key={id}>
              <Link to={routeForRun(checklist.route, run)}>{checklist.title} checklist</Link>:{' '}
              {progress ?? 'not started'}
            </li>
          );
        })}
        {TOOLS.map((tool) => (
          <li key={tool.type}>
            <Link to={routeForRun(tool.route, run)}>{tool.title}</Link>:{' '}
            {summary.types.includes(tool.type) ? 'saved' : 'none yet'}
          </li>
        ))}
      </ul>
      <RunActions run={run} open={open} store={store} onMessage={onMessage} />
    </li>
  );
}

export default function RunList(): ReactNode {
  const openStore = useRunStore();
  const [store, setStore] = useState<RunStore | null>(null);
  const [runs, setRuns] = useState<readonly RunSummary[] | null>(null);
  const [open, setOpen] = useState<string>(DEFAULT_RUN);
  const [message, setMessage] = useState('');

  const reading = useRef(0);
  const reload = useCallback(async (from: RunStore) => {
    // Changes come in bursts (a deleted run is several); only the latest reading is shown.
    const mine = ++reading.current;
    try {
      const summaries = await summariseRuns(from);
      if (mine === reading.current) setRuns(summaries);
    } catch {
      setMessage('The runs could not be read from this browser’s storage.');
    }
  }, []);

  useEffect(() => {
    let active = true;
    let unsubscribe: (() => void) | null = null;
    const unfollow = followRun((run) => setOpen(run));
    void openStore().then((opened) => {
      if (!active) return;
      setStore(opened);
      setOpen(currentRun());
      void reload(opened);
      // Another tab or tool changed a run: read the list again.
      unsubscribe = opened.subscribe(() => void reload(opened));
    });
    return () => {
      active = false;
      unfollow();
      unsubscribe?.();
    };
  }, [openStore, reload]);

  const onMessage = (text: string): void => {
    setMessage(text);
    if (store !== null) void reload(store);
  };

  return (
    <div className={styles.list}>
      <div role="status" className={styles.status}>
        {runs === null ? 'The runs in this browser appear here once the page has loaded.' : message}
      </div>
      {runs !== null && runs.length === 0 && (
        <p>
          No runs in this browser yet. A run starts when you tick an item, write a plan or a
          message, or start one with <strong>Start run</strong>.
        </p>
      )}
      {store !== null && runs !== null && runs.length > 0 && (
        <ul className={styles.runs}>
          {runs.map((summary) => (
            <RunEntry
              key={summary.run}
              summary={summary}
              open={summary.run === open}
              store={store}
              onMessage={onMessage}
            />
          ))}
        </ul>
      )}
      {store !== null && open !== DEFAULT_RUN && runs?.every((entry) => entry.run !== open) && (
        <p>
          Run “{open}” is open but has nothing saved yet.{' '}
          <button
            type="button"
            className="button button--link button--sm"
            onClick={() => openRunInAddress(DEFAULT_RUN)}
          >
            Leave it
          </button>
        </p>
      )}
    </div>
  );
}

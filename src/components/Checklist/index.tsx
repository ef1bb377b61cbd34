/**
 * `<Checklist id="rollout"/>`: a checklist from src/data/checklists with per-browser runs, notes,
 * "not applicable", deep links, and Markdown copy/paste for pull requests.
 *
 * Server render and first client render show every item open with disabled controls; the saved run
 * arrives after hydration (useChecklistRun). Run names and notes are only ever rendered as text.
 */
import {useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {getChecklist, type ChecklistDefinition} from '@site/src/data/checklists';
import {
  DEFAULT_RUN,
  absolutePageUrl,
  formatProgress,
  hasUserData,
  itemOf,
  progressOf,
  toMarkdown,
} from '@site/src/lib/checklist';
import {useChecklistRun} from '@site/src/hooks/useChecklistRun';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import ChecklistItem from './ChecklistItem';
import RunControls from '@site/src/components/RunControls';
import RunLinks from '@site/src/components/RunLinks';
import ExportImport from './ExportImport';
import StatusNotices from './StatusNotices';
import {copyText} from '@site/src/utils/clipboard';
import styles from './styles.module.css';

export interface ChecklistProps {
  /** Id of a checklist in src/data/checklists (e.g. "rollout"). */
  readonly id: string;
}

function ChecklistView({checklist}: {readonly checklist: ChecklistDefinition}): ReactNode {
  const run = useChecklistRun(checklist);
  const {siteConfig} = useDocusaurusContext();
  const ready = run.phase === 'ready';
  const itemsRef = useDisabledUntil(ready);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [linkFallback, setLinkFallback] = useState<string | null>(null);
  const progressLabelId = useId();
  const itemIds = useMemo(() => new Set(checklist.items.map((item) => item.id)), [checklist]);

  const pageUrl = absolutePageUrl(siteConfig.url, siteConfig.baseUrl, checklist.route);
  const progress = progressOf(checklist, run.record);
  const progressText = formatProgress(progress);
  const added = useMemo(() => new Set(run.changes.added), [run.changes.added]);
  const kept = Object.entries(run.record.items).filter(
    ([id, entry]) => !itemIds.has(id) && hasUserData(entry),
  );

  // Deep links: highlight (and, once the saved state is in place, scroll to) the item in the hash.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    const follow = (): void => {
      const id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
      setHighlighted(itemIds.has(id) ? id : null);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [itemIds]);
  useEffect(() => {
    if (!ready || highlighted === null || scrolledFor.current === highlighted) return;
    scrolledFor.current = highlighted;
    document.getElementById(highlighted)?.scrollIntoView({block: 'start'});
  }, [ready, highlighted]);

  const {toggleDone, toggleNotApplicable, setNote} = run;
  const toggleDoneRef = useRef(toggleDone);
  const toggleNaRef = useRef(toggleNotApplicable);
  const setNoteRef = useRef(setNote);
  useEffect(() => {
    toggleDoneRef.current = toggleDone;
    toggleNaRef.current = toggleNotApplicable;
    setNoteRef.current = setNote;
  });
  // Stable callbacks so that memoised items re-render only when their own entry changes.
  const onToggleDone = useCallback((id: string) => toggleDoneRef.current(id), []);
  const onToggleNa = useCallback((id: string) => toggleNaRef.current(id), []);
  const onNote = useCallback((id: string, note: string) => setNoteRef.current(id, note), []);

  const currentRun = run.run;
  const onCopyLink = useCallback(
    (itemId: string, title: string) => {
      const url = new URL(window.location.href);
      url.hash = itemId;
      if (currentRun === DEFAULT_RUN) url.searchParams.delete('run');
      else url.searchParams.set('run', currentRun);
      void copyText(url.href).then((copied) => {
        setLinkFallback(copied ? null : url.href);
        setMessage(
          copied ? `Copied the link to “${title}”.` : `Could not copy; the link is shown below.`,
        );
      });
    },
    [currentRun],
  );

  return (
    // `data-saving` lets tests (and curious readers of the DOM) see when every change is stored.
    <div className={styles.checklist} data-saving={run.saving}>
      <RunControls
        runs={run.runs}
        run={run.run}
        ready={ready}
        onSwitch={(name) => {
          const opened = run.switchRun(name);
          if (opened !== null) setMessage(`Opened run “${opened}”.`);
          return opened;
        }}
        onReset={() => {
          run.reset();
          setMessage(`Run “${run.run}” was reset.`);
        }}
        resetQuestion={`Clear every tick, “not applicable” and note in run “${run.run}”?`}
        onDelete={() => {
          const deleted = run.run;
          void run.deleteRun().then(() => setMessage(`Run “${deleted}” was deleted.`));
        }}
      />

      <RunLinks run={run.run} links={checklist.tools ?? []} />
      <p className={styles.printRun}>Run: {run.run}</p>
      <div className={styles.progress}>
        <div
          role="progressbar"
          aria-labelledby={progressLabelId}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done + progress.notApplicable}
          aria-valuetext={progressText}
          className={styles.progressTrack}
        >
          <div
            className={styles.progressDone}
            style={{width: `${(progress.done / Math.max(progress.total, 1)) * 100}%`}}
          />
          <div
            className={styles.progressNa}
            style={{width: `${(progress.notApplicable / Math.max(progress.total, 1)) * 100}%`}}
          />
        </div>
        <p className={styles.progressText}>
          <span id={progressLabelId}>Progress</span>: {progressText}
        </p>
      </div>

      <StatusNotices
        ready={ready}
        storageKind={run.storageKind}
        saveState={run.saveState}
        setAside={run.setAside}
        deletedElsewhere={run.deletedElsewhere}
        removedCount={run.changes.removed.length}
        addedCount={run.changes.added.length}
        message={message}
      />
      {linkFallback !== null && (
        <p className={styles.linkFallback}>
          <label>
            Link to copy{' '}
            <input type="text" readOnly value={linkFallback} onFocus={(e) => e.target.select()} />
          </label>
        </p>
      )}

      <ExportImport
        ready={ready}
        getMarkdown={() => toMarkdown(checklist, run.record, {pageUrl})}
        onImport={run.importMarkdown}
        onMessage={setMessage}
      />

      {/* The items' controls stay disabled until the saved run is in place (useDisabledUntil). */}
      <fieldset ref={itemsRef} className={styles.itemsFieldset} disabled>
        <ol className={styles.items}>
          {checklist.items.map((item) => (
            <ChecklistItem
              key={item.id}
              item={item}
              entry={itemOf(run.record, item.id)}
              isNew={added.has(item.id)}
              highlighted={highlighted === item.id}
              onToggleDone={onToggleDone}
              onToggleNotApplicable={onToggleNa}
              onNote={onNote}
              onCopyLink={onCopyLink}
            />
          ))}
        </ol>
      </fieldset>

      {kept.length > 0 && (
        <div className={styles.kept}>
          <p className={styles.keptTitle}>Kept from an earlier version of this checklist</p>
          <p>
            These items are no longer on the list. What you recorded for them is kept here until you
            discard it.
          </p>
          <ul>
            {kept.map(([id, entry]) => (
              <li key={id}>
                <code>{id}</code> (
                {entry.state === 'done' ? 'done' : entry.state === 'na' ? 'N/A' : 'open'})
                {entry.note.trim().length > 0 && <>: {entry.note}</>}{' '}
                <button
                  type="button"
                  className="button button--secondary button--sm"
                  onClick={() => {
                    run.discardRemoved(id);
                    setMessage(`Discarded what was kept for ${id}.`);
                  }}
                >
                  Discard<span className={styles.srOnly}> {id}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export default function Checklist({id}: ChecklistProps): ReactNode {
  return <ChecklistView checklist={getChecklist(id)} />;
}

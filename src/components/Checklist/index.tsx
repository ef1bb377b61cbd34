/**
 * `<Checklist id="rollout"/>`: a checklist from src/data/checklists with per-browser runs, notes,
 * "not applicable", deep links, and Markdown copy/paste for pull requests.
 *
 * Server render and first client render show every item open with disabled controls; the saved run
 * arrives after hydration (useRunDocument). Run names and notes are only ever rendered as text.
 */
import {useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {getChecklist, type ChecklistDefinition} from '@site/src/data/checklists';
import {
  changesSince,
  checklistDocument,
  createRecord,
  discardRemovedItem,
  formatProgress,
  hasUserData,
  importMarkdown,
  itemOf,
  progressOf,
  resetRecord,
  setNote,
  toMarkdown,
  toggleDone,
  toggleNotApplicable,
  type RunRecord,
} from '@site/src/lib/checklist';
import {siteLink} from '@site/src/lib/site/links';
import {invisibleCharactersNotice} from '@site/src/lib/markdown/escape';
import {decodeComponent} from '@site/src/lib/site/decode';
import {useRunDocument} from '@site/src/hooks/useRunDocument';
import {useLinkBase} from '@site/src/hooks/useLinkBase';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import RunDocumentBar from '@site/src/components/RunDocumentBar';
import ChecklistItem from './ChecklistItem';
import ExportImport from './ExportImport';
import styles from './styles.module.css';

export interface ChecklistProps {
  /** Id of a checklist in src/data/checklists (e.g. "rollout"). */
  readonly id: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What changed in the checklist since the run was started, in sentences. */
function changeNotices(removed: number, added: number): string[] {
  const notices: string[] = [];
  if (removed > 0) {
    notices.push(
      `${plural(removed, 'item from an earlier version was', 'items from an earlier version were')} removed from this checklist.`,
    );
  }
  if (added > 0) {
    notices.push(
      `${plural(added, 'item was', 'items were')} added since you started; ${added === 1 ? 'it is' : 'they are'} marked “New since you started”.`,
    );
  }
  return notices;
}

function ChecklistView({checklist}: {readonly checklist: ChecklistDefinition}): ReactNode {
  const doc = useRunDocument(checklistDocument(checklist));
  const links = useLinkBase();
  const ready = doc.phase === 'ready';
  const itemsRef = useDisabledUntil(ready);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [linkFallback, setLinkFallback] = useState<string | null>(null);
  const progressLabelId = useId();
  const itemIds = useMemo(() => new Set(checklist.items.map((item) => item.id)), [checklist]);

  const {run, value, loaded, update} = doc;
  const record = useMemo(() => value ?? createRecord(checklist, run), [checklist, run, value]);
  const changes = useMemo(
    () => (loaded === null ? {removed: [], added: []} : changesSince(checklist, loaded)),
    [checklist, loaded],
  );
  const progress = progressOf(checklist, record);
  const progressText = formatProgress(progress);
  const added = useMemo(() => new Set(changes.added), [changes.added]);
  const kept = Object.entries(record.items).filter(
    ([id, entry]) => !itemIds.has(id) && hasUserData(entry),
  );

  // Deep links: highlight (and, once the saved state is in place, scroll to) the item in the hash.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    const follow = (): void => {
      const id = decodeComponent(window.location.hash.replace(/^#/, ''));
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

  /** Every edit of the run: applied to what is shown, or to a fresh run when nothing is saved. */
  const edit = useCallback(
    (change: (current: RunRecord) => RunRecord, delay = false) =>
      update((current, name) => change(current ?? createRecord(checklist, name)), {delay}),
    [checklist, update],
  );
  // Stable callbacks, so that memoised items re-render only when their own entry changes.
  const onToggleDone = useCallback(
    (id: string) => edit((current) => toggleDone(current, id, Date.now())),
    [edit],
  );
  const onToggleNa = useCallback(
    (id: string) => edit((current) => toggleNotApplicable(current, id, Date.now())),
    [edit],
  );
  const onNote = useCallback(
    (id: string, note: string) => edit((current) => setNote(current, id, note, Date.now()), true),
    [edit],
  );
  // The same link as the item's in Copy as Markdown (lib/site/links).
  const linkTo = useCallback(
    (itemId: string) => siteLink(links, checklist.route, {run, fragment: itemId}),
    [checklist.route, links, run],
  );

  return (
    // `data-saving` lets tests (and curious readers of the DOM) see when every change is stored.
    <div className={styles.checklist} data-saving={doc.saving}>
      <RunDocumentBar
        doc={doc}
        what="Progress"
        part={`${checklist.title.toLowerCase()} checklist`}
        links={checklist.tools ?? []}
        message={message}
        onMessage={setMessage}
        onReset={() => {
          edit((current) => resetRecord(current, checklist, Date.now()));
          setMessage(`Run “${run}” was reset.`);
        }}
        resetQuestion={`Clear every tick, “not applicable” and note in run “${run}”?`}
        notices={changeNotices(changes.removed.length, changes.added.length)}
      >
        <p className={styles.printRun}>Run: {run}</p>
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
      </RunDocumentBar>
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
        getMarkdown={() => toMarkdown(checklist, record, {links})}
        getExportNotice={() =>
          invisibleCharactersNotice([
            record.run,
            ...checklist.items.map((definition) => itemOf(record, definition.id).note),
          ])
        }
        onImport={(markdown) => {
          const result = importMarkdown(checklist, record, markdown, Date.now());
          edit(() => result.record);
          return result;
        }}
        onMessage={setMessage}
      />

      {/* The items' controls stay disabled until the saved run is in place (useDisabledUntil). */}
      <fieldset ref={itemsRef} className={styles.itemsFieldset} disabled>
        <ol className={styles.items}>
          {checklist.items.map((item) => (
            <ChecklistItem
              key={item.id}
              item={item}
              entry={itemOf(record, item.id)}
              isNew={added.has(item.id)}
              highlighted={highlighted === item.id}
              onToggleDone={onToggleDone}
              onToggleNotApplicable={onToggleNa}
              onNote={onNote}
              linkTo={linkTo}
              onLinkNotCopied={setLinkFallback}
              onMessage={setMessage}
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
                    edit((current) => discardRemovedItem(current, id, Date.now()));
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

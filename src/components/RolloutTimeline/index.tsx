/**
 * Rollout timeline: from a start time, the token kinds a JWT change affects and optional stages,
 * shows when old tokens drain, what to watch when, the next-day follow-up, the earliest safe removal
 * and where a rollback lands, as a chart, a table, Markdown and an .ics file. The computation and
 * the rules of each edit live in src/lib/rollout, the state in src/hooks/useRolloutPlan; the plan is
 * saved per run in this browser only, nothing is sent.
 *
 * The server (and the first client render) shows a fixed example starting at EXAMPLE_START in UTC;
 * an effect then switches to "now" in the reader's time zone.
 *
 * Usage in MDX (under a `##` heading; it uses `###` headings inside):
 *   <RolloutTimeline />
 */
import {useId} from 'react';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import {useRolloutPlan} from '@site/src/hooks/useRolloutPlan';
import {useTextOutsideCommit} from '@site/src/hooks/useTextOutsideCommit';
import RunDocumentBar from '@site/src/components/RunDocumentBar';
import PlanOutput from './PlanOutput';
import Stages from './Stages';
import TokenKinds from './TokenKinds';
import loadGate from '@site/src/css/loadGate.module.css';
import styles from './styles.module.css';

export {EXAMPLE_START} from '@site/src/lib/rollout';

/** The per-run tools linked from the planner, opened on the same run. */
const RELATED_TOOLS = [
  {label: 'Rollout checklist', route: '/docs/checklists/rollout'},
  {label: 'Communication messages', route: '/docs/communication/messages'},
];

export default function RolloutTimeline(): React.JSX.Element {
  const id = useId();
  const {
    doc,
    form,
    zones,
    isExample,
    result,
    zoneText,
    copyStatus,
    setCopyStatus,
    runMessage,
    setRunMessage,
    ...change
  } = useRolloutPlan();
  const formRef = useDisabledUntil(!isExample);
  const startField = useTextOutsideCommit<HTMLInputElement>(form.startLocal);

  return (
    <div className={styles.timeline}>
      <RunDocumentBar
        doc={doc}
        what="The plan"
        part="plan"
        links={RELATED_TOOLS}
        message={runMessage}
        onMessage={setRunMessage}
        onReset={change.resetToNow}
        resetQuestion={`Set the plan of run “${doc.run}” back to the defaults, starting now?`}
      />
      <form
        className={styles.form}
        data-saving={doc.saving}
        onSubmit={(event) => event.preventDefault()}
      >
        {/* Off until the run's saved plan is shown: an edit made before would be replaced by it. */}
        <fieldset ref={formRef} className={loadGate.loadGate} disabled>
          <fieldset className={styles.fieldset}>
            <legend>When and what</legend>
            <div className={styles.row}>
              <label className={styles.field}>
                <span className={styles.fieldLabel}>What changes (optional)</span>
                <input
                  className={styles.input}
                  type="text"
                  value={form.title}
                  onChange={(event) => change.edit({title: event.target.value})}
                />
              </label>
              <div className={styles.field}>
                <label className={styles.fieldLabel} htmlFor={`${id}-start`}>
                  Start time
                </label>
                <input
                  id={`${id}-start`}
                  className={styles.input}
                  type="datetime-local"
                  {...startField}
                  aria-describedby={`${id}-zone`}
                  onChange={(event) => change.edit({startLocal: event.target.value})}
                />
                <span id={`${id}-zone`} className={styles.hint}>
                  Time zone: {zoneText}
                </span>
              </div>
              <label className={styles.field}>
                <span className={styles.fieldLabel}>Time zone</span>
                <select
                  className={styles.input}
                  value={form.timeZone}
                  // Keeps the same instants; shows them in the new zone.
                  onChange={(event) => change.moveToZone(event.target.value)}
                >
                  {zones.map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </fieldset>

          <TokenKinds tokens={form.tokens} onChange={change.editToken} />

          <Stages
            stages={form.stages}
            onEdit={change.editStage}
            onRemove={change.removeStage}
            onAdd={change.addStage}
          />
        </fieldset>
      </form>

      <PlanOutput
        result={result}
        stamp={form.stamp}
        isExample={isExample}
        copyStatus={copyStatus}
        onCopyStatus={setCopyStatus}
      />
    </div>
  );
}

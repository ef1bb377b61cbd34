/**
 * Rollout timeline: from a start time, the token kinds a JWT change affects and optional stages,
 * shows when old tokens drain, what to watch when, the next-day follow-up, the earliest safe removal
 * and where a rollback lands, as a chart, a table, Markdown and an .ics file. The computation lives
 * in src/lib/rollout; nothing is stored or sent.
 *
 * The server (and the first client render) shows a fixed example starting at EXAMPLE_START in UTC;
 * an effect then switches to "now" in the reader's time zone.
 *
 * Usage in MDX (under a `##` heading; it uses `###` headings inside):
 *   <RolloutTimeline />
 */
import {useEffect, useId, useMemo, useRef, useState} from 'react';
import {
  computePlanFromDocument,
  defaultTokenFields,
  readerTimeZone,
  rolloutPlanDocument,
  toInstant,
  formatOffset,
  offsetMinutes,
  toLocalInput,
  withTimeZone,
  type PlanDocument,
  type PlanTokenFields,
  type TokenKindId,
} from '@site/src/lib/rollout';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import {useRunDocument} from '@site/src/hooks/useRunDocument';
import RunDocumentBar from '@site/src/components/RunDocumentBar';
import PlanOutput from './PlanOutput';
import TokenKinds from './TokenKinds';
import loadGate from '@site/src/css/loadGate.module.css';
import styles from './styles.module.css';

/** 2026-01-13 10:00 UTC: the example shown before hydration and without JavaScript. */
export const EXAMPLE_START = Date.UTC(2026, 0, 13, 10, 0);
const FIVE_MINUTES = 5 * 60_000;

type TokenField = PlanTokenFields;

interface StageField {
  readonly key: number;
  readonly label: string;
  readonly local: string;
}

interface FormState {
  readonly title: string;
  readonly timeZone: string;
  readonly startLocal: string;
  readonly tokens: readonly TokenField[];
  readonly stages: readonly StageField[];
  /** When the .ics is said to be made (DTSTAMP). */
  readonly stamp: number;
}

const INITIAL: FormState = {
  title: '',
  timeZone: 'UTC',
  startLocal: toLocalInput(EXAMPLE_START, 'UTC'),
  tokens: defaultTokenFields(),
  stages: [],
  stamp: EXAMPLE_START,
};

/** A new plan with the defaults, starting now (rounded up to five minutes) in the reader's zone. */
function newPlanFromNow(now = Date.now()): FormState {
  const zone = readerTimeZone();
  return {
    ...INITIAL,
    timeZone: zone,
    startLocal: toLocalInput(Math.ceil(now / FIVE_MINUTES) * FIVE_MINUTES, zone),
    stamp: now,
  };
}

/** The per-run tools linked from the planner, opened on the same run. */
const RELATED_TOOLS = [
  {label: 'Rollout checklist', route: '/docs/checklists/rollout'},
  {label: 'Communication messages', route: '/docs/communication/messages'},
];

function toDocument(form: FormState): PlanDocument {
  return {
    title: form.title,
    timeZone: form.timeZone,
    startLocal: form.startLocal,
    tokens: form.tokens,
    stages: form.stages.map(({label, local}) => ({label, local})),
  };
}

export default function RolloutTimeline(): React.JSX.Element {
  const id = useId();
  const doc = useRunDocument(rolloutPlanDocument);
  const [form, setForm] = useState<FormState>(INITIAL);
  const [zones, setZones] = useState<readonly string[]>(['UTC']);
  const [nextKey, setNextKey] = useState(1);
  const [copyStatus, setCopyStatus] = useState('');
  const [runMessage, setRunMessage] = useState('');
  const [isExample, setIsExample] = useState(true);
  /** Set by the user's own edits, so that loading a saved plan is not saved straight back. */
  const edited = useRef(false);
  const formRef = useDisabledUntil(!isExample);

  // Once a run is open (after hydration, and after each switch): show its saved plan, or a new
  // plan starting "now" (rounded up to five minutes) in the reader's zone.
  const {revision, fromStore, update: updateDocument} = doc;
  const saved = fromStore?.fields ?? null;
  useEffect(() => {
    if (revision === 0) return;
    let active = true;
    // Read the clock and the zone once, then apply them outside the effect body.
    const now = Date.now();
    const zone = readerTimeZone();
    const supported =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    void Promise.resolve().then(() => {
      if (!active) return;
      edited.current = false;
      const shown = saved?.timeZone ?? zone;
      setZones([...new Set(['UTC', zone, shown, ...supported])].sort());
      setForm(
        saved
          ? {
              ...saved,
              stages: saved.stages.map((stage, index) => ({...stage, key: index + 1})),
              stamp: now,
            }
          : newPlanFromNow(now),
      );
      setNextKey((saved?.stages.length ?? 0) + 1);
      setIsExample(false);
      setCopyStatus('');
    });
    return () => {
      active = false;
    };
  }, [revision, saved]);

  // Save the user's edits to the open run (after a short pause, in the hook): the parts they
  // changed since the form was last shown.
  const shownPlan = useRef<PlanDocument | null>(null);
  useEffect(() => {
    const from = shownPlan.current;
    const to = toDocument(form);
    shownPlan.current = to;
    if (!edited.current || from === null) return;
    updateDocument((current) => rolloutPlanDocument.edit(current, {from, to}, Date.now()), {
      delay: true,
    });
  }, [form, updateDocument]);

  /** Every edit goes through here. */
  const setFormByUser: typeof setForm = (next) => {
    edited.current = true;
    setForm(next);
  };

  const result = useMemo(() => computePlanFromDocument(form), [form]);
  const update = (patch: Partial<FormState>): void => {
    setFormByUser((current) => ({...current, ...patch}));
    setCopyStatus('');
  };
  const updateToken = (tokenId: TokenKindId, patch: Partial<TokenField>): void =>
    setFormByUser((current) => ({
      ...current,
      tokens: current.tokens.map((token) => (token.id === tokenId ? {...token, ...patch} : token)),
    }));
  const updateStage = (key: number, patch: Partial<StageField>): void =>
    setFormByUser((current) => ({
      ...current,
      stages: current.stages.map((stage) => (stage.key === key ? {...stage, ...patch} : stage)),
    }));
  const addStage = (): void => {
    setFormByUser((current) => {
      const last = current.stages[current.stages.length - 1];
      return {
        ...current,
        stages: [
          ...current.stages,
          {key: nextKey, label: '', local: last?.local ?? current.startLocal},
        ],
      };
    });
    setNextKey((key) => key + 1);
  };
  const removeStage = (key: number): void =>
    setFormByUser((current) => ({...current, stages: current.stages.filter((s) => s.key !== key)}));

  const startInstant = toInstant(form.startLocal, form.timeZone);
  const zoneText = Number.isFinite(startInstant)
    ? `${form.timeZone} (${formatOffset(offsetMinutes(startInstant, form.timeZone))})`
    : form.timeZone;
  const resetToNow = (): void => {
    setFormByUser(newPlanFromNow());
    setRunMessage(`The plan of run “${doc.run}” was reset to the defaults.`);
  };

  return (
    <div className={styles.timeline}>
      <RunDocumentBar
        doc={doc}
        what="The plan"
        part="plan"
        links={RELATED_TOOLS}
        message={runMessage}
        onMessage={setRunMessage}
        onReset={resetToNow}
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
                  onChange={(event) => update({title: event.target.value})}
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
                  value={form.startLocal}
                  aria-describedby={`${id}-zone`}
                  onChange={(event) => update({startLocal: event.target.value})}
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
                  onChange={(event) => {
                    // Keep the same instants; show them in the new zone.
                    const moved = withTimeZone(toDocument(form), event.target.value);
                    update({
                      ...moved,
                      stages: form.stages.map((stage, i) => ({...stage, ...moved.stages[i]})),
                    });
                  }}
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

          <TokenKinds tokens={form.tokens} onChange={updateToken} />

          <fieldset className={styles.fieldset}>
            <legend>Stages (optional, in order)</legend>
            {form.stages.length === 0 ? (
              <p className={styles.hint}>
                No stages: the change is complete at the start time. Add one for each step, such as
                “verifiers deployed”, “issuer switched” or “toggle on for 10%”.
              </p>
            ) : (
              <ol className={styles.stageList}>
                {form.stages.map((stage, index) => (
                  <li key={stage.key} className={styles.row}>
                    <label className={styles.field}>
                      <span className={styles.fieldLabel}>Stage {index + 1} name</span>
                      <input
                        className={styles.input}
                        type="text"
                        value={stage.label}
                        onChange={(event) => updateStage(stage.key, {label: event.target.value})}
                      />
                    </label>
                    <label className={styles.field}>
                      <span className={styles.fieldLabel}>Stage {index + 1} time</span>
                      <input
                        className={styles.input}
                        type="datetime-local"
                        value={stage.local}
                        onChange={(event) => updateStage(stage.key, {local: event.target.value})}
                      />
                    </label>
                    <button
                      type="button"
                      className="button button--secondary button--sm"
                      onClick={() => removeStage(stage.key)}
                    >
                      Remove stage {index + 1}
                    </button>
                  </li>
                ))}
              </ol>
            )}
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={addStage}
            >
              Add a stage
            </button>
          </fieldset>
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

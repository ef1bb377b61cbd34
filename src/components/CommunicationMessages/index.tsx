/**
 * Communication messages: a form about the change (what, who, when, impact, signals, rollback,
 * contact) that writes the messages for support, partners, the incident channel and the next-day
 * follow-up, each with a copy button. The form is kept per run in this browser; nothing is sent.
 * The operator's names come from `customFields.operator` (src/lib/site/operator.ts).
 *
 * Server render and first client render show the empty form with its [placeholders]; the saved
 * draft (or a new one starting now) arrives in an effect.
 *
 * Usage in MDX (under a `##` heading; it uses `###` headings inside):
 *   <CommunicationMessages />
 */
import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {
  DRAFT_FIELD_LABELS,
  EMPTY_DRAFT,
  communicationDraftDocument,
  composeMessages,
  type CommunicationDraft,
  type DraftField,
  type Message,
} from '@site/src/lib/communication';
import {
  computePlanFromDocument,
  formatOffset,
  inSentence,
  offsetMinutes,
  readerTimeZone,
  rolloutPlanDocument,
  toInstant,
  toLocalInput,
  type PlanDocument,
} from '@site/src/lib/rollout';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import {useOperator} from '@site/src/hooks/useOperator';
import {useRunDocument} from '@site/src/hooks/useRunDocument';
import {useRunStore} from '@site/src/hooks/useRunStore';
import RunDocumentBar from '@site/src/components/RunDocumentBar';
import CopyButton from '@site/src/components/CopyButton';
import loadGate from '@site/src/css/loadGate.module.css';
import styles from './styles.module.css';

const FIVE_MINUTES = 5 * 60_000;

const RELATED_TOOLS = [
  {label: 'Communication checklist', route: '/docs/checklists/communication'},
  {label: 'Rollout plan', route: '/docs/tools/rollout-timeline'},
];

interface TextFieldSpec {
  readonly field: DraftField;
  readonly multiline: boolean;
  readonly hint: string;
}

const CHANGE_FIELDS: readonly TextFieldSpec[] = [
  {field: 'whatChanges', multiline: false, hint: 'One line, e.g. "LMS signs JWTs with a new key".'},
  {field: 'whoIsAffected', multiline: false, hint: 'Services, MFEs, mobile apps, partners.'},
];

const DETAIL_FIELDS: readonly TextFieldSpec[] = [
  {field: 'expectedImpact', multiline: true, hint: 'What people may see if it goes wrong.'},
  {field: 'howToTell', multiline: true, hint: 'The attribute, query or log line you watch.'},
  {field: 'rollbackPlan', multiline: true, hint: 'The toggle or revert, and how long it takes.'},
  {field: 'contact', multiline: false, hint: 'A name and a channel or address.'},
];

/** Start and watch end from a saved rollout plan, in the plan's zone; null if it does not compute. */
function timesFromPlan(plan: PlanDocument): Partial<CommunicationDraft> | null {
  const result = computePlanFromDocument(plan);
  if (!result.ok) return null;
  const {input, drained} = result.plan;
  return {
    timeZone: input.timeZone,
    startLocal: toLocalInput(input.start, input.timeZone),
    watchUntilLocal: toLocalInput(drained, input.timeZone),
  };
}

function MessageCard({
  message,
  onStatus,
}: {
  readonly message: Message;
  /** Where the copy outcome is said: the form's status line. */
  readonly onStatus: (status: string) => void;
}): ReactNode {
  const name = inSentence(message.title);
  const boxId = useId();
  return (
    <section className={styles.message} aria-labelledby={`${boxId}-title`}>
      <h3 id={`${boxId}-title`} className={styles.messageTitle}>
        {message.title}
      </h3>
      <dl className={styles.meta}>
        <dt>To</dt>
        <dd>{message.to}</dd>
        <dt>Send</dt>
        <dd>{message.when}</dd>
      </dl>
      <label htmlFor={boxId} className={styles.srOnly}>
        {`${message.title} message`}
      </label>
      <textarea
        id={boxId}
        className={styles.messageText}
        readOnly
        value={message.text}
        rows={Math.min(18, message.text.split('\n').length + 1)}
        onFocus={(event) => event.target.select()}
      />
      <CopyButton
        text={message.text}
        label={`Copy ${name} message`}
        variant="primary"
        status={(copied) =>
          copied
            ? `Copied the ${name} message.`
            : `Could not copy: select the text of the ${name} message and copy it yourself.`
        }
        onStatus={onStatus}
      />
    </section>
  );
}

export default function CommunicationMessages(): ReactNode {
  const id = useId();
  const operator = useOperator();
  const openStore = useRunStore();
  const doc = useRunDocument(communicationDraftDocument);
  const [draft, setDraft] = useState<CommunicationDraft>(EMPTY_DRAFT);
  const [zones, setZones] = useState<readonly string[]>(['UTC']);
  const [message, setMessage] = useState('');
  const edited = useRef(false);
  const ready = doc.phase === 'ready';
  /** The open run's form (saved, or new) has been shown. */
  const [shown, setShown] = useState(false);
  const formRef = useDisabledUntil(shown);

  // Once a run is open: its saved form, or a new one with the times of the run's rollout plan
  // (when there is one), or starting now in the reader's zone.
  const {revision, fromStore, update, run} = doc;
  const saved = fromStore?.fields ?? null;
  useEffect(() => {
    if (revision === 0) return;
    let active = true;
    const now = Date.now();
    const zone = readerTimeZone();
    const supported =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const apply = (next: CommunicationDraft, note: string): void => {
      if (!active) return;
      edited.current = false;
      setZones([...new Set(['UTC', zone, next.timeZone, ...supported])].sort());
      setDraft(next);
      setMessage(note);
      setShown(true);
    };
    if (saved) {
      void Promise.resolve().then(() => apply(saved, ''));
    } else {
      const fresh: CommunicationDraft = {
        ...EMPTY_DRAFT,
        timeZone: zone,
        startLocal: toLocalInput(Math.ceil(now / FIVE_MINUTES) * FIVE_MINUTES, zone),
      };
      void openStore()
        .then((store) => store.read(rolloutPlanDocument, run))
        .then((result) => {
          const times = result.status === 'found' ? timesFromPlan(result.value.fields) : null;
          apply(
            times ? {...fresh, ...times} : fresh,
            times ? 'Start and watch times were taken from the rollout plan of this run.' : '',
          );
        })
        .catch(() => apply(fresh, ''));
    }
    return () => {
      active = false;
    };
  }, [revision, saved, run, openStore]);

  // Save the user's edits to the open run (after a short pause, in the hook): the fields they
  // changed since the form was last shown.
  const shownDraft = useRef<CommunicationDraft | null>(null);
  useEffect(() => {
    const from = shownDraft.current;
    shownDraft.current = draft;
    if (!edited.current || from === null) return;
    update((current) => communicationDraftDocument.edit(current, {from, to: draft}, Date.now()), {
      delay: true,
    });
  }, [draft, update]);

  const edit = (patch: Partial<CommunicationDraft>): void => {
    edited.current = true;
    setDraft((current) => ({...current, ...patch}));
  };

  const composed = useMemo(() => composeMessages(draft, operator), [draft, operator]);
  const problemFor = (field: DraftField) => composed.problems.find((p) => p.field === field);

  const takeTimesFromPlan = async (): Promise<void> => {
    try {
      const result = await (await openStore()).read(rolloutPlanDocument, run);
      const times = result.status === 'found' ? timesFromPlan(result.value.fields) : null;
      if (times) {
        edit(times);
        setMessage('Start and watch times were taken from the rollout plan of this run.');
      } else {
        setMessage(
          result.status === 'found'
            ? 'The rollout plan of this run has an error; fix it in the rollout timeline first.'
            : `Run “${run}” has no rollout plan yet. Make one in the rollout timeline.`,
        );
      }
    } catch {
      setMessage('The rollout plan could not be read from this browser’s storage.');
    }
  };

  const startInstant = toInstant(draft.startLocal, draft.timeZone);
  const zoneText = Number.isFinite(startInstant)
    ? `${draft.timeZone} (${formatOffset(offsetMinutes(startInstant, draft.timeZone))})`
    : draft.timeZone;

  const renderText = ({field, multiline, hint}: TextFieldSpec): ReactNode => {
    const inputId = `${id}-${field}`;
    const common = {
      id: inputId,
      className: styles.input,
      value: draft[field],
      maxLength: 2000,
      'aria-describedby': `${inputId}-hint`,
      onChange: (event: {target: {value: string}}) => edit({[field]: event.target.value}),
    };
    return (
      <div key={field} className={styles.field}>
        <label htmlFor={inputId} className={styles.fieldLabel}>
          {DRAFT_FIELD_LABELS[field]}
        </label>
        {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
        <span id={`${inputId}-hint`} className={styles.hint}>
          {hint}
        </span>
      </div>
    );
  };

  const timeField = (field: 'startLocal' | 'watchUntilLocal', hint: string): ReactNode => {
    const inputId = `${id}-${field}`;
    const problem = problemFor(field);
    return (
      <div className={styles.field}>
        <label htmlFor={inputId} className={styles.fieldLabel}>
          {DRAFT_FIELD_LABELS[field]}
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="datetime-local"
          value={draft[field]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => edit({[field]: event.target.value})}
        />
        <span id={`${inputId}-hint`} className={problem ? styles.error : styles.hint}>
          {problem ? problem.message : hint}
        </span>
      </div>
    );
  };

  return (
    <div className={styles.messages}>
      <RunDocumentBar
        doc={doc}
        what="The form"
        part="form"
        links={RELATED_TOOLS}
        message={message}
        onMessage={setMessage}
        onReset={() => {
          edit({...EMPTY_DRAFT, timeZone: draft.timeZone});
          setMessage(`The form of run “${doc.run}” was cleared.`);
        }}
        resetQuestion={`Clear every field of the form in run “${doc.run}”?`}
      />
      <form
        className={styles.form}
        data-saving={doc.saving}
        onSubmit={(event) => event.preventDefault()}
      >
        {/* Off until the run's saved form is shown: an edit made before would be replaced by it. */}
        <fieldset ref={formRef} className={loadGate.loadGate} disabled>
          <fieldset className={styles.fieldset}>
            <legend>The change</legend>
            <div className={styles.grid}>{CHANGE_FIELDS.map(renderText)}</div>
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>When</legend>
            <div className={styles.row}>
              {timeField('startLocal', `Time zone: ${zoneText}`)}
              <div className={styles.field}>
                <label htmlFor={`${id}-zone`} className={styles.fieldLabel}>
                  Time zone
                </label>
                <select
                  id={`${id}-zone`}
                  className={styles.input}
                  value={draft.timeZone}
                  onChange={(event) => {
                    // Keep the same instants; show them in the new zone.
                    const zone = event.target.value;
                    const move = (local: string): string => {
                      const at = toInstant(local, draft.timeZone);
                      return Number.isFinite(at) ? toLocalInput(at, zone) : local;
                    };
                    edit({
                      timeZone: zone,
                      startLocal: move(draft.startLocal),
                      watchUntilLocal: move(draft.watchUntilLocal),
                    });
                  }}
                >
                  {zones.map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </select>
                {problemFor('timeZone') && (
                  <span className={styles.error}>{problemFor('timeZone')?.message}</span>
                )}
              </div>
              {timeField('watchUntilLocal', 'When the last old token has expired.')}
            </div>
            <p className={styles.planRow}>
              <button
                type="button"
                className="button button--secondary button--sm"
                disabled={!ready}
                onClick={() => void takeTimesFromPlan()}
              >
                Use times from the rollout plan
              </button>{' '}
              <span className={styles.hint}>
                The start and the end of the close watch from this run’s rollout timeline.
              </span>
            </p>
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>Impact, signals, rollback, contact</legend>
            <div className={styles.grid}>{DETAIL_FIELDS.map(renderText)}</div>
          </fieldset>
        </fieldset>
      </form>

      {composed.missing.length > 0 && (
        <p className={styles.missing}>
          Still empty: {composed.missing.map((field) => DRAFT_FIELD_LABELS[field]).join(', ')}. The
          messages show a [placeholder] in their place.
        </p>
      )}

      <div className={styles.cards}>
        {composed.messages.map((item) => (
          <MessageCard key={item.id} message={item} onStatus={setMessage} />
        ))}
      </div>
    </div>
  );
}

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
import {useId, type ReactNode} from 'react';
import {DRAFT_FIELD_LABELS, type DraftField, type Message} from '@site/src/lib/communication';
import {inSentence} from '@site/src/lib/rollout';
import {useCommunicationDraft} from '@site/src/hooks/useCommunicationDraft';
import {useDisabledUntil} from '@site/src/hooks/useDisabledUntil';
import {useTextOutsideCommit} from '@site/src/hooks/useTextOutsideCommit';
import RunDocumentBar from '@site/src/components/RunDocumentBar';
import CopyButton from '@site/src/components/CopyButton';
import loadGate from '@site/src/css/loadGate.module.css';
import styles from './styles.module.css';

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
  const shownText = useTextOutsideCommit(message.text);
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
        {...shownText}
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

/**
 * A datetime-local field whose value, when it changes without the reader (the run's draft shown,
 * times taken from the plan), is written outside React's commit, as the planner's start field is
 * (src/hooks/useTextOutsideCommit.ts): rebuilding its date and time parts inside the commit cost
 * 28 ms under tracing once this page's run had opened.
 */
function TimeField({
  inputId,
  label,
  value,
  hint,
  problem,
  onChange,
}: {
  inputId: string;
  label: string;
  value: string;
  hint: string;
  /** What is wrong with the value, shown instead of the hint. */
  problem: string | undefined;
  onChange: (value: string) => void;
}): ReactNode {
  const shownValue = useTextOutsideCommit<HTMLInputElement>(value);
  return (
    <div className={styles.field}>
      <label htmlFor={inputId} className={styles.fieldLabel}>
        {label}
      </label>
      <input
        id={inputId}
        className={styles.input}
        type="datetime-local"
        {...shownValue}
        aria-invalid={problem !== undefined ? true : undefined}
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${inputId}-hint`} className={problem !== undefined ? styles.error : styles.hint}>
        {problem ?? hint}
      </span>
    </div>
  );
}

export default function CommunicationMessages(): ReactNode {
  const id = useId();
  const {
    doc,
    draft,
    zones,
    shown,
    composed,
    zoneText,
    message,
    setMessage,
    edit,
    moveToZone,
    clear,
    takeTimesFromPlan,
  } = useCommunicationDraft();
  const ready = doc.phase === 'ready';
  const formRef = useDisabledUntil(shown);
  const problemFor = (field: DraftField) => composed.problems.find((p) => p.field === field);

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

  const timeField = (field: 'startLocal' | 'watchUntilLocal', hint: string): ReactNode => (
    <TimeField
      inputId={`${id}-${field}`}
      label={DRAFT_FIELD_LABELS[field]}
      value={draft[field]}
      hint={hint}
      problem={problemFor(field)?.message}
      onChange={(value) => edit({[field]: value})}
    />
  );

  return (
    <div className={styles.messages}>
      <RunDocumentBar
        doc={doc}
        what="The form"
        part="form"
        links={RELATED_TOOLS}
        message={message}
        onMessage={setMessage}
        onReset={clear}
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
                  // Keeps the same instants; shows them in the new zone.
                  onChange={(event) => moveToZone(event.target.value)}
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

/**
 * What the rollout planner shows for a plan: why it cannot be drawn, or the chart, the table of key
 * moments, and the ways to share it (Markdown, an .ics file).
 */
import {useId, useMemo, type ReactNode} from 'react';
import {
  chartNote,
  formatInstant,
  planToIcs,
  planToMarkdown,
  type PlanResult,
} from '@site/src/lib/rollout';
import CopyButton from '@site/src/components/CopyButton';
import {useTextOutsideCommit} from '@site/src/hooks/useTextOutsideCommit';
import Chart from './Chart';
import styles from './styles.module.css';

export interface PlanOutputProps {
  readonly result: PlanResult;
  /** When the .ics is said to be made (DTSTAMP). */
  readonly stamp: number;
  /** The fixed example shown before hydration and without JavaScript. */
  readonly isExample: boolean;
  readonly copyStatus: string;
  readonly onCopyStatus: (status: string) => void;
}

export default function PlanOutput({
  result,
  stamp,
  isExample,
  copyStatus,
  onCopyStatus,
}: PlanOutputProps): ReactNode {
  const id = useId();
  const captionId = `${id}-caption`;
  const noteId = `${id}-chart-note`;
  const plan = result.ok ? result.plan : null;
  const markdown = useMemo(() => (plan ? planToMarkdown(plan) : ''), [plan]);
  const shownMarkdown = useTextOutsideCommit(markdown);
  const icsHref = useMemo(
    () =>
      plan
        ? `data:text/calendar;charset=utf-8,${encodeURIComponent(planToIcs(plan, {now: stamp}))}`
        : null,
    [plan, stamp],
  );
  // One string, so the server HTML holds it as one text node.
  const caption = plan
    ? `${isExample ? 'Example: ' : ''}Rollout timeline from ${formatInstant(
        plan.input.start,
        plan.input.timeZone,
      )}: old tokens drain by ${formatInstant(plan.drained, plan.input.timeZone)}; earliest safe removal ${formatInstant(
        plan.safeRemoval,
        plan.input.timeZone,
      )}. The table below lists every moment.`
    : '';

  return (
    <>
      {!result.ok && (
        <div className={styles.errors} role="alert">
          <p>The timeline cannot be drawn yet:</p>
          <ul>
            {result.errors.map((error) => (
              <li key={`${error.code}-${error.message}`}>
                {error.message} <code>{error.code}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {plan && (
        <>
          <h3>Timeline</h3>
          <p id={captionId} className={styles.caption}>
            {caption}
          </p>
          <Chart plan={plan} captionId={captionId} noteId={noteId} />
          <p id={noteId} className={styles.chartNote}>
            {chartNote(plan)}
          </p>

          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>Key moments (times in {plan.input.timeZone})</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What, and why it matters</th>
                </tr>
              </thead>
              <tbody>
                {plan.moments.map((moment) => (
                  <tr key={moment.id} data-moment={moment.id}>
                    <th scope="row" className={styles.when}>
                      {formatInstant(moment.at, plan.input.timeZone)}
                    </th>
                    <td>
                      <strong className={styles.what}>{moment.label}</strong>{' '}
                      <span className={styles.why}>{moment.detail}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>Share the plan</h3>
          <div className={styles.actions}>
            <CopyButton
              text={markdown}
              label="Copy as Markdown"
              variant="primary"
              status={(copied) =>
                copied
                  ? 'Copied the plan as Markdown.'
                  : 'Could not copy: select the text under "Plan as Markdown" instead.'
              }
              onStatus={onCopyStatus}
            />
            {icsHref !== null && (
              <a
                className={`button button--secondary button--sm ${styles.buttonLink}`}
                href={icsHref}
                download="jwt-rollout.ics"
              >
                Download .ics
              </a>
            )}
          </div>
          <details className={styles.details}>
            <summary>Plan as Markdown</summary>
            <textarea
              className={styles.markdown}
              readOnly
              rows={12}
              aria-label="Plan as Markdown"
              {...shownMarkdown}
            />
          </details>
        </>
      )}
      {/* Always present, so that the copy outcome is announced. */}
      <p role="status" className={styles.status}>
        {copyStatus}
      </p>
    </>
  );
}

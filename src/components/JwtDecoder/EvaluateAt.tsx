/**
 * "Evaluate at": the instant all time findings and the service simulation use (default: now,
 * live), quick picks, and the verifying service's clock skew.
 */
import {memo, useId} from 'react';
import styles from './styles.module.css';

interface Props {
  readonly value?: Date;
  readonly onChange: (value: Date | undefined) => void;
  readonly skew: string;
  readonly onSkewChange: (value: string) => void;
  /** exp − iat of the current token, when both are numbers. */
  readonly lifetimeSeconds?: number;
}

/** A Date as the `YYYY-MM-DDTHH:mm:ss` local text of a datetime-local input. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

function EvaluateAt({
  value,
  onChange,
  skew,
  onSkewChange,
  lifetimeSeconds,
}: Props): React.JSX.Element {
  const id = useId();
  const base = () => value ?? new Date();
  return (
    <fieldset className={styles.clock}>
      <legend className={styles.label}>Evaluate at</legend>
      <div className={styles.cookieFields}>
        <div className={styles.field}>
          <label htmlFor={`${id}-at`}>Date and time (your time zone)</label>
          <input
            id={`${id}-at`}
            className={styles.input}
            type="datetime-local"
            step={1}
            value={value ? toLocalInput(value) : ''}
            onChange={(event) => {
              const next = new Date(event.target.value);
              onChange(
                event.target.value === '' || Number.isNaN(next.getTime()) ? undefined : next,
              );
            }}
            aria-describedby={`${id}-at-hint`}
          />
          <p id={`${id}-at-hint`} className={styles.hint}>
            {value ? 'A fixed instant.' : 'Empty: now, updated every second.'}
          </p>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-skew`}>Service clock skew (seconds)</label>
          <input
            id={`${id}-skew`}
            className={styles.input}
            type="number"
            step={1}
            value={skew}
            onChange={(event) => onSkewChange(event.target.value)}
            aria-describedby={`${id}-skew-hint`}
          />
          <p id={`${id}-skew-hint`} className={styles.hint}>
            Positive: the verifying service’s clock is ahead of the chosen time.
          </p>
        </div>
      </div>
      <div className={styles.quickPicks}>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => onChange(undefined)}
        >
          Now
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => onChange(new Date(base().getTime() + 3_600_000))}
        >
          +1 hour
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={lifetimeSeconds === undefined}
          aria-describedby={`${id}-deploy-hint`}
          onClick={() =>
            lifetimeSeconds !== undefined &&
            onChange(new Date(base().getTime() + lifetimeSeconds * 1000))
          }
        >
          Deploy time + token lifetime
        </button>
      </div>
      <p id={`${id}-deploy-hint`} className={styles.hint}>
        Set the date and time to your deploy time, then add the token’s lifetime (exp − iat
        {lifetimeSeconds === undefined ? ', unknown for this token' : `, ${lifetimeSeconds} s`}):
        the moment the last token minted before the deploy expires.
      </p>
    </fieldset>
  );
}

// Memoised: its inputs need not re-render with every result (see CookieFields in index.tsx).
export default memo(EvaluateAt);

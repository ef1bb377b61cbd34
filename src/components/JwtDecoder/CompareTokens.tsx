/**
 * "Compare with another token": a second token box and the header/claim differences between the
 * token above and it, side by side, with a one-line summary and the two lifetimes. Time claims
 * show as dates, relative to the decoder's clock ("Evaluate at"). Whatever decodes is compared.
 */
import {useId, useMemo, useState} from 'react';
import {useJwtLib} from '@site/src/hooks/useJwtLib';
import type {Difference} from '@site/src/lib/jwt/compare';
import type {Inspection, TimeView} from '@site/src/lib/jwt/types';
import {MAX_TABLE_ROWS, RowsCut, TimeCell, valueText} from './DecodedTokenTable';
import styles from './styles.module.css';

interface Props {
  readonly inspection?: Inspection;
  /** The decoder's clock (Evaluate at, or now): what "expires in …" counts from. */
  readonly now?: Date;
}

const KIND_LABELS: Readonly<Record<Difference['kind'], string>> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  'type-changed': 'type changed',
};

/** Column headers: on a phone the table turns into cards, and each value shows its side's name. */
const SIDES = ['Token above', 'Second token'] as const;

function Cell({
  side,
  present,
  value,
  time,
}: {
  side: (typeof SIDES)[number];
  present: boolean;
  value: unknown;
  time: TimeView | undefined;
}): React.JSX.Element {
  return (
    <td className={styles.value}>
      <span className={styles.sideLabel}>{side}</span>
      {present ? valueText(value) : '—'}
      {time && <TimeCell view={time} />}
    </td>
  );
}

export default function CompareTokens({inspection, now}: Props): React.JSX.Element {
  const id = useId();
  const lib = useJwtLib();
  const [second, setSecond] = useState('');
  // Decoded once per edit; only the dates follow the clock.
  const secondInspection = useMemo(
    () => (lib && second.trim() !== '' ? lib.inspectText(second) : undefined),
    [lib, second],
  );
  const timeZone = useMemo(
    () => (secondInspection ? lib?.defaultTimeZone() : undefined),
    [lib, secondInspection],
  );
  const comparison = useMemo(() => {
    if (!lib || !inspection || !secondInspection) return undefined;
    return lib.compareTokens(inspection, secondInspection, {now, timeZone});
  }, [lib, inspection, secondInspection, now, timeZone]);
  const rows = comparison
    ? [
        ...comparison.claims.map((difference) => ({part: 'Claim', difference})),
        ...comparison.header.map((difference) => ({part: 'Header', difference})),
      ]
    : [];

  return (
    <section className={styles.service} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Compare with another token</h3>
      <div className={styles.field}>
        <label htmlFor={`${id}-second`} className={styles.label}>
          Second token
        </label>
        <textarea
          id={`${id}-second`}
          className={`${styles.input} ${styles.keyInput}`}
          rows={3}
          value={second}
          onChange={(event) => setSecond(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          aria-describedby={`${id}-second-hint`}
        />
        <p id={`${id}-second-hint`} className={styles.hint}>
          For example the same call’s token before and after a change. It is compared with the token
          above; either may be malformed, whatever decodes is compared.
        </p>
      </div>
      {comparison && (
        <>
          <p role="status" aria-label="Comparison summary">
            <strong>{comparison.summary}</strong>{' '}
            <span className={styles.lifetimeLine}>{comparison.lifetime.text}</span>
          </p>
          {comparison.notes.length > 0 && (
            <ul className={styles.notes}>
              {comparison.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {rows.length > 0 && (
            <div className={styles.tableWrap}>
              <table className={`${styles.claims} ${styles.compareTable}`}>
                <caption>Differences between the two tokens</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Change</th>
                    <th scope="col">{SIDES[0]}</th>
                    <th scope="col">{SIDES[1]}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, MAX_TABLE_ROWS).map(({part, difference}) => (
                    <tr key={`${part}-${difference.name}`}>
                      <th scope="row">
                        <code>{difference.name}</code> <span className={styles.hint}>{part}</span>
                      </th>
                      <td>{KIND_LABELS[difference.kind]}</td>
                      <Cell
                        side={SIDES[0]}
                        present={difference.kind !== 'added'}
                        value={difference.before}
                        time={difference.beforeTime}
                      />
                      <Cell
                        side={SIDES[1]}
                        present={difference.kind !== 'removed'}
                        value={difference.after}
                        time={difference.afterTime}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <RowsCut
            shown={Math.min(rows.length, MAX_TABLE_ROWS)}
            total={rows.length}
            noun="differences"
            rest="the summary above counts them all."
          />
        </>
      )}
    </section>
  );
}

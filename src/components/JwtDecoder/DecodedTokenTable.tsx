import Link from '@docusaurus/Link';
import {useJwtLib} from '@site/src/hooks/useJwtLib';
import {shortJson} from '@site/src/lib/jwt/boundedJson';
import type {TimeView} from '@site/src/lib/jwt/types';
import styles from './styles.module.css';

interface Props {
  readonly caption: string;
  readonly entries: Readonly<Record<string, unknown>>;
  readonly kind: 'claim' | 'header';
  readonly times?: Readonly<Record<string, TimeView>>;
}

/**
 * A value as text: strings as they are, everything else as compact JSON, cut with "…" where it is
 * too deep or too long for a cell (the findings say so). Never HTML.
 */
export function valueText(value: unknown): string {
  return shortJson(value);
}

/** Rows a table shows: a payload of thousands of claims would take seconds to render. */
export const MAX_TABLE_ROWS = 100;

/** "Showing 100 of 2,500 claims": said under a table that the row limit cut. */
export function RowsCut({
  shown,
  total,
  noun,
  rest,
}: {
  readonly shown: number;
  readonly total: number;
  readonly noun: string;
  readonly rest: string;
}): React.JSX.Element | null {
  if (total <= shown) return null;
  return (
    <p className={styles.hint}>
      The table shows the first {shown} of {total.toLocaleString('en-US')} {noun}; {rest}
    </p>
  );
}

/** A time claim as dates: relative, in UTC and in the reader's zone. */
export function TimeCell({view}: {view: TimeView}): React.JSX.Element {
  return (
    <ul className={styles.times}>
      <li>
        <strong>{view.relative}</strong>
      </li>
      <li>UTC: {view.utc}</li>
      <li>Local: {view.local}</li>
      {view.looksLikeMilliseconds && (
        <li>Looks like milliseconds: read as such (see the findings).</li>
      )}
    </ul>
  );
}

/**
 * The decoded token's claims (or its header parameters): name, value and what it means in Open
 * edX, from the same data as the reference page's ClaimsTable.
 */
export default function DecodedTokenTable({
  caption,
  entries,
  kind,
  times,
}: Props): React.JSX.Element {
  // Always loaded here: entries come from decoding a token, which that module does.
  const lib = useJwtLib();
  const allNames = Object.keys(entries);
  const names = allNames.slice(0, MAX_TABLE_ROWS);
  return (
    <>
      <div className={styles.tableWrap}>
        <table className={styles.claims}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => {
              const doc =
                kind === 'claim'
                  ? lib?.findClaimSummary(name)
                  : lib?.findHeaderParameterSummary(name);
              const time = times?.[name];
              return (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>
                    <code className={styles.value}>{valueText(entries[name])}</code>
                    {time && <TimeCell view={time} />}
                  </td>
                  <td>
                    {lib === undefined ? null : doc ? (
                      <>
                        {doc.summary}{' '}
                        <Link to={`/docs/reference/claims#${encodeURIComponent(name)}`}>
                          Reference<span className={styles.visuallyHidden}> for {name}</span>
                        </Link>
                      </>
                    ) : kind === 'claim' ? (
                      'Not an RFC 7519 or Open edX claim: a custom claim that Open edX code ignores unless a service reads it.'
                    ) : (
                      'Not a header parameter Open edX uses.'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <RowsCut
        shown={names.length}
        total={allNames.length}
        noun={kind === 'claim' ? 'claims' : 'parameters'}
        rest={`the ${kind === 'claim' ? 'Payload' : 'Header'} panel below shows the JSON, and “Copy ${kind === 'claim' ? 'payload' : 'header'}” copies all of it.`}
      />
    </>
  );
}

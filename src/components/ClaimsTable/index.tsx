/**
 * The JWT claims (and JOSE header parameters) as Open edX uses them, from src/data/claims.ts: a
 * ReferenceTable configuration. Row ids are the exact claim names, so pages can link
 * `../reference/claims.mdx#scopes`.
 *
 *   <ClaimsTable origin="openedx" />   one origin: header | registered | openedx | oidc
 *   <ClaimsTable />                    everything, header parameters first
 */
import type {ReactNode} from 'react';
import {claimOrigins, claimsByOrigin} from '@site/src/data/claims';
import type {ClaimDoc, ClaimOrigin} from '@site/src/data/types';
import {
  InlineText,
  SourceList,
  referenceTableClasses as t,
} from '@site/src/components/ReferenceParts';
import ReferenceTable, {
  entriesOfGroups,
  type ReferenceColumn,
} from '@site/src/components/ReferenceTable';
import styles from './styles.module.css';

export interface Props {
  /** Show only one origin. Omit to show every header parameter and claim. */
  readonly origin?: ClaimOrigin;
}

const ORIGIN_LABELS: Record<ClaimOrigin, string> = {
  header: 'JOSE header parameters',
  registered: 'Registered claims (RFC 7519)',
  openedx: 'Open edX claims',
  oidc: 'Claims named after OpenID Connect',
};

const COLUMNS: readonly ReferenceColumn<ClaimDoc>[] = [
  {header: 'When present', cell: (claim) => <InlineText text={claim.presence} />},
  {
    header: 'Meaning',
    cell: (claim) => (
      <>
        <p>{claim.summary}</p>
        {claim.caveat ? (
          <p className={t.note}>
            <InlineText text={claim.caveat} />
          </p>
        ) : null}
      </>
    ),
  },
  {header: 'Read by', cell: (claim) => <InlineText text={claim.readers} />},
  {header: 'Sources', cell: (claim) => <SourceList sources={claim.sources} />},
];

export default function ClaimsTable({origin}: Props): ReactNode {
  const entries = entriesOfGroups(
    {table: 'ClaimsTable', prop: 'origin'},
    origin,
    claimOrigins,
    claimsByOrigin,
  );
  return (
    <ReferenceTable
      label={origin ? ORIGIN_LABELS[origin] : 'JWT header parameters and claims'}
      nameHeader={origin === 'header' ? 'Parameter' : 'Claim'}
      nameDetails={(claim) => <span className={t.meta}>{claim.type}</span>}
      columns={COLUMNS}
      entries={entries}
      className={styles.claims}
    />
  );
}

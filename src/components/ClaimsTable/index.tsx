/**
 * The JWT claims (and JOSE header parameters) as Open edX uses them, rendered from
 * src/data/claims.ts. Each row's id is the exact claim name, so pages can link
 * `../reference/claims.mdx#scopes`.
 *
 *   <ClaimsTable origin="openedx" />   one origin: header | registered | openedx | oidc
 *   <ClaimsTable />                    everything, header parameters first
 *
 * Row ids must be unique on a page: show each subset at most once, and do not combine
 * the unfiltered table with filtered ones.
 */
import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {claimOrigins, claimsByOrigin} from '@site/src/data/claims';
import type {ClaimDoc, ClaimOrigin} from '@site/src/data/types';
import {
  DirectLink,
  InlineText,
  ScrollRegion,
  SourceList,
  referenceTableClasses as t,
} from '@site/src/components/ReferenceParts';
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

function assertOrigin(origin: unknown): asserts origin is ClaimOrigin | undefined {
  if (origin !== undefined && !claimOrigins.includes(origin as ClaimOrigin)) {
    throw new Error(
      `ClaimsTable: unknown origin ${JSON.stringify(origin)}. ` +
        `Use one of ${claimOrigins.map((o) => `"${o}"`).join(', ')}, or omit it to list everything.`,
    );
  }
}

function ClaimRow({claim}: {readonly claim: ClaimDoc}): ReactNode {
  return (
    <tr id={claim.name} role="row">
      <th scope="row" role="rowheader" className={t.nameCell}>
        <code>{claim.name}</code>
        <DirectLink id={claim.name} name={claim.name} />
        <span className={t.meta}>{claim.type}</span>
      </th>
      <td role="cell" className={t.cell} data-label="When present">
        <InlineText text={claim.presence} />
      </td>
      <td role="cell" className={t.cell} data-label="Meaning">
        <p>{claim.summary}</p>
        {claim.caveat ? (
          <p className={t.note}>
            <InlineText text={claim.caveat} />
          </p>
        ) : null}
      </td>
      <td role="cell" className={t.cell} data-label="Read by">
        <InlineText text={claim.readers} />
      </td>
      <td role="cell" className={t.cell} data-label="Sources">
        <SourceList sources={claim.sources} />
      </td>
    </tr>
  );
}

export default function ClaimsTable({origin}: Props): ReactNode {
  assertOrigin(origin);
  const brokenLinks = useBrokenLinks();
  const origins = origin ? [origin] : claimOrigins;
  const rows = origins.flatMap((o) => claimsByOrigin(o));
  for (const claim of rows) {
    brokenLinks.collectAnchor(claim.name);
  }
  const label = origin ? ORIGIN_LABELS[origin] : 'JWT header parameters and claims';
  const nameHeader = origin === 'header' ? 'Parameter' : 'Claim';

  return (
    <ScrollRegion label={label}>
      <table className={`${t.table} ${styles.claims}`} role="table" aria-label={label}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {nameHeader}
            </th>
            <th scope="col" role="columnheader">
              When present
            </th>
            <th scope="col" role="columnheader">
              Meaning
            </th>
            <th scope="col" role="columnheader">
              Read by
            </th>
            <th scope="col" role="columnheader">
              Sources
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((claim) => (
            <ClaimRow key={claim.name} claim={claim} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

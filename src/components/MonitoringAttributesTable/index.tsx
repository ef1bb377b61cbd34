/**
 * Observability hooks around JWTs (custom attributes, counters, client fields, log
 * lines), rendered from src/data/monitoringAttributes.ts. Each row's id is the exact
 * attribute name, so pages can link `../reference/monitoring-attributes.mdx#jwt_auth_result`.
 *
 *   <MonitoringAttributesTable area="decoder" />   one area: decoder | authentication |
 *                                                  middleware | lms | clients | logs
 *   <MonitoringAttributesTable />                  everything, in page order
 *
 * Row ids must be unique on a page: show each subset at most once, and do not combine
 * the unfiltered table with filtered ones.
 */
import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {monitoringAreas, monitoringAttributes} from '@site/src/data/monitoringAttributes';
import type {MonitoringArea, MonitoringAttributeDoc, MonitoringKind} from '@site/src/data/types';
import {
  DirectLink,
  InlineText,
  ScrollRegion,
  SourceList,
  referenceTableClasses as t,
} from '@site/src/components/ReferenceParts';
import styles from './styles.module.css';

export interface Props {
  /** Show only one area. Omit to show every entry. */
  readonly area?: MonitoringArea;
}

const AREA_LABELS: Record<MonitoringArea, string> = {
  decoder: 'Attributes set by the edx-drf-extensions decoder',
  authentication: 'Attributes set by JwtAuthentication',
  middleware: 'Attributes set by edx-drf-extensions middleware',
  lms: 'Attributes and counters set by the LMS',
  clients: 'Attributes and fields set by clients',
  logs: 'Log lines',
};

const KIND_LABELS: Record<MonitoringKind, string> = {
  attribute: 'custom attribute',
  counter: 'counter',
  log: 'log line',
  client: 'client-side field',
};

function assertArea(area: unknown): asserts area is MonitoringArea | undefined {
  if (area !== undefined && !monitoringAreas.includes(area as MonitoringArea)) {
    throw new Error(
      `MonitoringAttributesTable: unknown area ${JSON.stringify(area)}. ` +
        `Use one of ${monitoringAreas.map((a) => `"${a}"`).join(', ')}, or omit it to list everything.`,
    );
  }
}

function AttributeRow({attribute}: {readonly attribute: MonitoringAttributeDoc}): ReactNode {
  return (
    <tr id={attribute.name} role="row">
      <th scope="row" role="rowheader" className={t.nameCell}>
        <code>{attribute.name}</code>
        <DirectLink id={attribute.name} name={attribute.name} />
        <span className={t.meta}>
          {KIND_LABELS[attribute.kind]}; <InlineText text={attribute.setBy} />
        </span>
      </th>
      <td role="cell" className={t.cell} data-label="Values">
        <InlineText text={attribute.values} />
      </td>
      <td role="cell" className={t.cell} data-label="Meaning">
        <InlineText text={attribute.meaning} />
      </td>
      <td role="cell" className={t.cell} data-label="During a rollout (our guidance)">
        <InlineText text={attribute.duringRollout} />
      </td>
      <td role="cell" className={t.cell} data-label="Sources">
        <SourceList sources={attribute.sources} />
      </td>
    </tr>
  );
}

export default function MonitoringAttributesTable({area}: Props): ReactNode {
  assertArea(area);
  const brokenLinks = useBrokenLinks();
  const areas = area ? [area] : monitoringAreas;
  const rows = areas.flatMap((a) => monitoringAttributes.filter((entry) => entry.area === a));
  for (const attribute of rows) {
    brokenLinks.collectAnchor(attribute.name);
  }
  const label = area ? AREA_LABELS[area] : 'JWT monitoring attributes and log lines';

  return (
    <ScrollRegion label={label}>
      <table className={`${t.table} ${styles.attributes}`} role="table" aria-label={label}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {area === 'logs' ? 'Log line' : 'Name'}
            </th>
            <th scope="col" role="columnheader">
              {area === 'logs' ? 'Message' : 'Values'}
            </th>
            <th scope="col" role="columnheader">
              Meaning
            </th>
            <th scope="col" role="columnheader">
              During a rollout (our guidance)
            </th>
            <th scope="col" role="columnheader">
              Sources
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((attribute) => (
            <AttributeRow key={attribute.name} attribute={attribute} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

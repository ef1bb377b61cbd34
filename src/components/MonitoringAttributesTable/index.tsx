/**
 * Observability hooks around JWTs (custom attributes, counters, client fields, log lines), from
 * src/data/monitoringAttributes.ts: a ReferenceTable configuration. Row ids are the exact attribute
 * names, so pages can link `../reference/monitoring-attributes.mdx#jwt_auth_result`.
 *
 *   <MonitoringAttributesTable area="decoder" />   one area: decoder | authentication |
 *                                                  middleware | lms | clients | logs
 *   <MonitoringAttributesTable />                  everything, in page order
 */
import type {ReactNode} from 'react';
import {monitoringAreas, monitoringAttributes} from '@site/src/data/monitoringAttributes';
import type {MonitoringArea, MonitoringAttributeDoc, MonitoringKind} from '@site/src/data/types';
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

/** The columns after the name; a log line's `values` is its message. */
function columns(
  area: MonitoringArea | undefined,
): readonly ReferenceColumn<MonitoringAttributeDoc>[] {
  return [
    {
      header: area === 'logs' ? 'Message' : 'Values',
      cell: (attribute) => <InlineText text={attribute.values} />,
    },
    {header: 'Meaning', cell: (attribute) => <InlineText text={attribute.meaning} />},
    {
      header: 'During a rollout (our guidance)',
      cell: (attribute) => <InlineText text={attribute.duringRollout} />,
    },
    {header: 'Sources', cell: (attribute) => <SourceList sources={attribute.sources} />},
  ];
}

export default function MonitoringAttributesTable({area}: Props): ReactNode {
  const entries = entriesOfGroups(
    {table: 'MonitoringAttributesTable', prop: 'area'},
    area,
    monitoringAreas,
    (a) => monitoringAttributes.filter((entry) => entry.area === a),
  );
  return (
    <ReferenceTable
      label={area ? AREA_LABELS[area] : 'JWT monitoring attributes and log lines'}
      nameHeader={area === 'logs' ? 'Log line' : 'Name'}
      nameDetails={(attribute) => (
        <span className={t.meta}>
          {KIND_LABELS[attribute.kind]}; <InlineText text={attribute.setBy} />
        </span>
      )}
      columns={columns(area)}
      entries={entries}
      className={styles.attributes}
    />
  );
}

/**
 * Django settings and toggles that shape Open edX JWTs, from src/data/settings.ts: a
 * ReferenceTable configuration. Row ids are the exact setting names, so pages can link
 * `../reference/settings.mdx#JWT_ISSUERS`.
 *
 *   <SettingsTable group="JWT_AUTH" />   one group: JWT_AUTH | LMS | OAUTH2_PROVIDER |
 *                                        EDX_DRF_EXTENSIONS | IDA | toggle
 *   <SettingsTable />                    everything, in page order
 */
import type {ReactNode} from 'react';
import {settingGroups, settingPath, settings} from '@site/src/data/settings';
import type {SettingDoc, SettingGroup} from '@site/src/data/types';
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
  /** Show only one group. Omit to show every setting. */
  readonly group?: SettingGroup;
}

const GROUP_LABELS: Record<SettingGroup, string> = {
  JWT_AUTH: 'JWT_AUTH settings',
  LMS: 'Top-level LMS settings',
  OAUTH2_PROVIDER: 'OAUTH2_PROVIDER settings',
  EDX_DRF_EXTENSIONS: 'EDX_DRF_EXTENSIONS settings',
  IDA: 'Settings of calling services',
  toggle: 'Toggles',
};

/** The Django path when it differs from the name (`JWT_AUTH['JWT_ISSUERS']`), then the type. */
function SettingDetails({setting}: {readonly setting: SettingDoc}): ReactNode {
  const path = settingPath(setting);
  return (
    <>
      {path !== setting.name ? (
        <span className={t.meta}>
          <code>{path}</code>
        </span>
      ) : null}
      <span className={t.meta}>{setting.type}</span>
    </>
  );
}

function WhatItDoes({setting}: {readonly setting: SettingDoc}): ReactNode {
  return (
    <>
      <p>
        <InlineText text={setting.summary} />
      </p>
      {setting.status ? (
        <p>
          <strong>Status:</strong> <InlineText text={setting.status} />
        </p>
      ) : null}
      {setting.rolloutNote ? (
        <p className={t.note}>
          <strong>When changing it:</strong> <InlineText text={setting.rolloutNote} />
        </p>
      ) : null}
    </>
  );
}

const COLUMNS: readonly ReferenceColumn<SettingDoc>[] = [
  {header: 'Default', cell: (setting) => <InlineText text={setting.default} />},
  {header: 'Read by', cell: (setting) => <InlineText text={setting.where} />},
  {header: 'What it does', cell: (setting) => <WhatItDoes setting={setting} />},
  {header: 'Sources', cell: (setting) => <SourceList sources={setting.sources} />},
];

export default function SettingsTable({group}: Props): ReactNode {
  const entries = entriesOfGroups(
    {table: 'SettingsTable', prop: 'group'},
    group,
    settingGroups,
    (g) => settings.filter((setting) => setting.group === g),
  );
  return (
    <ReferenceTable
      label={group ? GROUP_LABELS[group] : 'JWT settings and toggles'}
      nameHeader={group === 'toggle' ? 'Toggle' : 'Setting'}
      nameDetails={(setting) => <SettingDetails setting={setting} />}
      columns={COLUMNS}
      entries={entries}
      className={styles.settings}
    />
  );
}

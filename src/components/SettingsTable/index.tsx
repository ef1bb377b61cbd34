/**
 * Django settings and toggles that shape Open edX JWTs, rendered from
 * src/data/settings.ts. Each row's id is the exact setting name, so pages can
 * link `../reference/settings.mdx#JWT_ISSUERS`.
 *
 *   <SettingsTable group="JWT_AUTH" />   one group: JWT_AUTH | LMS | OAUTH2_PROVIDER |
 *                                        EDX_DRF_EXTENSIONS | IDA | toggle
 *   <SettingsTable />                    everything, in page order
 *
 * Row ids must be unique on a page: show each subset at most once, and do not combine
 * the unfiltered table with filtered ones.
 */
import type {ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {settingGroups, settingPath, settings} from '@site/src/data/settings';
import type {SettingDoc, SettingGroup} from '@site/src/data/types';
import {
  DirectLink,
  InlineText,
  ScrollRegion,
  SourceList,
  referenceTableClasses as t,
} from '@site/src/components/ReferenceParts';
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

function assertGroup(group: unknown): asserts group is SettingGroup | undefined {
  if (group !== undefined && !settingGroups.includes(group as SettingGroup)) {
    throw new Error(
      `SettingsTable: unknown group ${JSON.stringify(group)}. ` +
        `Use one of ${settingGroups.map((g) => `"${g}"`).join(', ')}, or omit it to list everything.`,
    );
  }
}

function SettingRow({setting}: {readonly setting: SettingDoc}): ReactNode {
  const path = settingPath(setting);
  return (
    <tr id={setting.name} role="row">
      <th scope="row" role="rowheader" className={t.nameCell}>
        <code>{setting.name}</code>
        <DirectLink id={setting.name} name={setting.name} />
        {path !== setting.name ? (
          <span className={t.meta}>
            <code>{path}</code>
          </span>
        ) : null}
        <span className={t.meta}>{setting.type}</span>
      </th>
      <td role="cell" className={t.cell} data-label="Default">
        <InlineText text={setting.default} />
      </td>
      <td role="cell" className={t.cell} data-label="Read by">
        <InlineText text={setting.where} />
      </td>
      <td role="cell" className={t.cell} data-label="What it does">
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
      </td>
      <td role="cell" className={t.cell} data-label="Sources">
        <SourceList sources={setting.sources} />
      </td>
    </tr>
  );
}

export default function SettingsTable({group}: Props): ReactNode {
  assertGroup(group);
  const brokenLinks = useBrokenLinks();
  const groups = group ? [group] : settingGroups;
  const rows = groups.flatMap((g) => settings.filter((setting) => setting.group === g));
  for (const setting of rows) {
    brokenLinks.collectAnchor(setting.name);
  }
  const label = group ? GROUP_LABELS[group] : 'JWT settings and toggles';

  return (
    <ScrollRegion label={label}>
      <table className={`${t.table} ${styles.settings}`} role="table" aria-label={label}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {group === 'toggle' ? 'Toggle' : 'Setting'}
            </th>
            <th scope="col" role="columnheader">
              Default
            </th>
            <th scope="col" role="columnheader">
              Read by
            </th>
            <th scope="col" role="columnheader">
              What it does
            </th>
            <th scope="col" role="columnheader">
              Sources
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((setting) => (
            <SettingRow key={setting.name} setting={setting} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

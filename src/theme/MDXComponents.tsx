/**
 * Components available in every MDX page without an import.
 * Register a component here once it is meant for authors to use in docs/.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Checklist from '@site/src/components/Checklist';
import ClaimsTable from '@site/src/components/ClaimsTable';
import GlossaryList from '@site/src/components/GlossaryList';
import JwtDecoder from '@site/src/components/JwtDecoder';
import MonitoringAttributesTable from '@site/src/components/MonitoringAttributesTable';
import OperatorBox from '@site/src/components/OperatorBox';
import SettingsTable from '@site/src/components/SettingsTable';

export default {
  ...MDXComponents,
  Checklist,
  ClaimsTable,
  GlossaryList,
  JwtDecoder,
  MonitoringAttributesTable,
  OperatorBox,
  SettingsTable,
};

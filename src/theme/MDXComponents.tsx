/**
 * Components available in every MDX page without an import.
 * Register a component here once it is meant for authors to use in docs/.
 */
import MDXComponents from '@theme-original/MDXComponents';
import ClaimsTable from '@site/src/components/ClaimsTable';
import GlossaryList from '@site/src/components/GlossaryList';
import MonitoringAttributesTable from '@site/src/components/MonitoringAttributesTable';
import OperatorBox from '@site/src/components/OperatorBox';
import SettingsTable from '@site/src/components/SettingsTable';

export default {
  ...MDXComponents,
  ClaimsTable,
  GlossaryList,
  MonitoringAttributesTable,
  OperatorBox,
  SettingsTable,
};

/**
 * The heavier MDX components: usable in any MDX page without an import, like those in
 * MDXComponents.tsx, but added to each page that uses them by a remark plugin
 * (src/plugins/remark-import-components) instead of to the map every docs page loads.
 * That keeps their code and data out of plain docs pages (decisions/0005).
 *
 * Name used in MDX → module whose default export is the component.
 */
export const mdxComponentModules: Readonly<Record<string, string>> = {
  Checklist: '@site/src/components/Checklist',
  ClaimsTable: '@site/src/components/ClaimsTable',
  GlossaryList: '@site/src/components/GlossaryList',
  JwtDecoder: '@site/src/components/JwtDecoder',
  MonitoringAttributesTable: '@site/src/components/MonitoringAttributesTable',
  SettingsTable: '@site/src/components/SettingsTable',
};

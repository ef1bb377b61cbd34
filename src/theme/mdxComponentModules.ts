/**
 * The site's MDX components: usable in any MDX page without an import. A remark plugin
 * (src/plugins/remark-import-components) adds the import to each page that uses one, instead of
 * registering them in a swizzled MDXComponents map that every docs page would download. That keeps
 * their code and data out of pages that do not use them (decisions/0005).
 *
 * Name used in MDX → module whose default export is the component.
 */
export const mdxComponentModules: Readonly<Record<string, string>> = {
  Checklist: '@site/src/components/Checklist',
  ClaimsTable: '@site/src/components/ClaimsTable',
  CommunicationMessages: '@site/src/components/CommunicationMessages',
  GlossaryList: '@site/src/components/GlossaryList',
  Inferred: '@site/src/components/Inferred',
  JwtDecoder: '@site/src/components/JwtDecoder',
  MonitoringAttributesTable: '@site/src/components/MonitoringAttributesTable',
  OperatorBox: '@site/src/components/OperatorBox',
  PullRequestKit: '@site/src/components/PullRequestKit',
  PullRequestTemplate: '@site/src/components/PullRequestKit/Template',
  RolloutTimeline: '@site/src/components/RolloutTimeline',
  RunList: '@site/src/components/RunList',
  SettingsTable: '@site/src/components/SettingsTable',
};

/**
 * The interactive tools among them, with their names in a sentence. Each use sits in its own
 * error boundary (src/components/ToolBoundary), added by the same remark plugin.
 */
export const mdxTools: Readonly<Record<string, string>> = {
  Checklist: 'checklist',
  CommunicationMessages: 'communication messages tool',
  JwtDecoder: 'JWT decoder',
  PullRequestKit: 'pull-request kit',
  RolloutTimeline: 'rollout timeline',
  RunList: 'run list',
};

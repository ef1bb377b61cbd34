/**
 * Components available in every MDX page without an import. This map is loaded by every docs
 * page, so only small components belong here; heavier ones are listed in mdxComponentModules.ts
 * and imported into just the pages that use them (decisions/0005).
 */
import MDXComponents from '@theme-original/MDXComponents';
import OperatorBox from '@site/src/components/OperatorBox';

export default {
  ...MDXComponents,
  OperatorBox,
};

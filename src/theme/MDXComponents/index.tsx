/**
 * Docusaurus' MDX components, plus `table`: every Markdown table sits in a box that scrolls it
 * sideways and takes keyboard focus while it does (decisions/0009); and `details`: the browser's
 * own element, which hydration leaves as it is (decisions/0027). Registered here, not per page like
 * the site's own components (decisions/0005), because most docs pages have a table or a
 * `<details>` and both are small.
 */
import MDXComponents from '@theme-original/MDXComponents';
import type {MDXComponentsObject} from '@theme/MDXComponents';
import MarkdownDetails from '@site/src/components/MarkdownDetails';
import MDXTable from './Table';

const components: MDXComponentsObject = {
  ...MDXComponents,
  details: MarkdownDetails,
  Details: MarkdownDetails,
  table: MDXTable,
};

export default components;

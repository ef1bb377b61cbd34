/**
 * Docusaurus' MDX components, plus `table`: every Markdown table sits in a box that scrolls it
 * sideways and takes keyboard focus while it does (decisions/0009). Registered here, not per page
 * like the site's own components (decisions/0005), because most docs pages have a table and the
 * wrapper is small.
 */
import MDXComponents from '@theme-original/MDXComponents';
import type {MDXComponentsObject} from '@theme/MDXComponents';
import MDXTable from './Table';

const components: MDXComponentsObject = {...MDXComponents, table: MDXTable};

export default components;

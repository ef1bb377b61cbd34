import MarkdownDetails from '@site/src/components/MarkdownDetails';
import components from './index';
import MDXTable from './Table';

// Jest does not map Docusaurus' theme aliases: a stand-in for Docusaurus' own map.
jest.mock(
  '@theme-original/MDXComponents',
  () => ({__esModule: true, default: {a: 'a', h2: 'h2'}}),
  {virtual: true},
);

it('adds the scrolling table and the native details to Docusaurus’ MDX components', () => {
  expect(components).toEqual({
    a: 'a',
    h2: 'h2',
    details: MarkdownDetails,
    Details: MarkdownDetails,
    table: MDXTable,
  });
});

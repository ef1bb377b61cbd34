/**
 * Site configuration. This file runs in Node.js at build time: no browser APIs, no JSX.
 */
import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import docusaurusPageTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import contentSecurityPolicyPlugin from './src/plugins/content-security-policy';
import remarkImportComponents from './src/plugins/remark-import-components';
import remarkGlossaryLinks from './src/plugins/remark-glossary-links';
import remarkStaticDiagrams from './src/plugins/remark-static-diagrams';
import rehypeStaticHighlight from './src/plugins/rehype-static-highlight';
import rehypeTableCards from './src/plugins/rehype-table-cards';
import staticCodeHighlightPlugin from './src/plugins/static-code-highlight';
import tableCardBreakpointsPlugin from './src/plugins/table-card-breakpoints';
import {mdxComponentModules, mdxTools} from './src/theme/mdxComponentModules';
import {accessiblePrismDark, accessiblePrismLight} from './src/lib/site/prismTheme';
import {paintFirstTemplate} from './src/lib/site/paintFirst';
import {S} from './src/data/sources';
import {glossary} from './src/data/glossary';

/**
 * Where the site is published. Override for a fork or a preview deploy, e.g.
 * SITE_URL=https://example.github.io BASE_URL=/jwt-guide/ npm run build
 */
const siteUrl = process.env.SITE_URL ?? 'https://openedx-jwt-guide.example.org';
const baseUrl = process.env.BASE_URL ?? '/';

/**
 * "Edit this page" links appear only when EDIT_URL is set (the repository's tree URL,
 * e.g. https://github.com/<org>/<repo>/tree/main/), so a fork never links to a repo it lacks.
 */
const editUrl = process.env.EDIT_URL || undefined;

/**
 * Prism languages beyond those built into prism-react-renderer (yaml, json, python, sql and
 * markdown are). Code blocks are highlighted at build time (decisions/0007).
 */
const prismAdditionalLanguages = ['bash'];

/**
 * ```mermaid blocks become the SVGs that `npm run diagrams` rendered into src/diagrams/; pages ship
 * no Mermaid code (decisions/0018).
 */
const staticDiagramsOptions = {siteDir: __dirname};

/** The Docusaurus Faster (Rspack) bundler is on unless DOCUSAURUS_FASTER=0. */
const useFasterBundler = process.env.DOCUSAURUS_FASTER !== '0';

const config: Config = {
  title: 'So you want to touch JWTs?',
  tagline:
    'How Open edX creates, signs, caches and checks JWTs, and how to change any of it without breaking logins.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  // A broken link or anchor is a build error: pull-request templates and other sites link here.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: true,
    faster: useFasterBundler,
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  markdown: {
    // `## Heading {#stable-id}`: explicit anchors that links from other sites can rely on.
    mdx1Compat: {comments: false, admonitions: false, headingIds: true},
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Docusaurus' own page template, with its scripts started after the first paint (decisions/0028).
  ssrTemplate: paintFirstTemplate(docusaurusPageTemplate),

  headTags: [
    {
      tagName: 'meta',
      attributes: {name: 'referrer', content: 'no-referrer'},
    },
  ],

  /**
   * Operator-specific names (dashboards, channels, support queue) shown in the
   * "Your operator" boxes. Empty by default: the boxes then explain how to fill this in.
   */
  customFields: {
    operator: {},
    /**
     * The deployed site's URL, only when SITE_URL was given: exported links (checklist Markdown,
     * Copy link, the pull-request kit) point there, and otherwise at the origin being read, so a
     * preview or a local build links to itself (src/lib/site/links).
     */
    deployedUrl: process.env.SITE_URL || null,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          editUrl,
          showLastUpdateTime: false,
          beforeDefaultRemarkPlugins: [
            [remarkStaticDiagrams, staticDiagramsOptions],
            [remarkImportComponents, {components: mdxComponentModules, tools: mdxTools}],
            // The first use of each glossary term on a page links to its entry (src/data/glossary.ts).
            [
              remarkGlossaryLinks,
              {
                terms: () => glossary,
                glossaryFile: path.resolve(__dirname, 'docs/reference/glossary.mdx'),
                docsDir: path.resolve(__dirname, 'docs'),
              },
            ],
          ],
          rehypePlugins: [
            [rehypeStaticHighlight, {additionalLanguages: prismAdditionalLanguages}],
            // Tables too wide for a phone become cards there (decisions/0009).
            rehypeTableCards,
          ],
        },
        blog: false,
        pages: {
          beforeDefaultRemarkPlugins: [[remarkStaticDiagrams, staticDiagramsOptions]],
          rehypePlugins: [[rehypeStaticHighlight, {additionalLanguages: prismAdditionalLanguages}]],
        },
        theme: {customCss: './src/css/custom.css'},
        // The search page is useless without JavaScript and to crawlers.
        sitemap: {changefreq: 'weekly', priority: 0.5, ignorePatterns: ['/search']},
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        language: ['en'],
        // The "ctrl K" hint fails axe colour contrast in the stock theme.
        searchBarShortcutHint: false,
        highlightSearchTermsOnTargetPage: false,
      },
    ],
  ],

  // What the site changes inside Docusaurus itself (viewport prefetch, Prism in the browser, updates
  // right after hydration) is in patches/, applied by `npm ci` (decisions/0022).
  plugins: [
    // Runs after the build: adds a Content-Security-Policy to every HTML page (see decisions/0002).
    contentSecurityPolicyPlugin,
    // Code block colours as CSS (see decisions/0007).
    staticCodeHighlightPlugin,
    // The container queries that turn wide Markdown tables into cards on a phone (decisions/0009).
    tableCardBreakpointsPlugin,
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    metadata: [{name: 'theme-color', content: '#1b5e8c'}],
    navbar: {
      title: 'So you want to touch JWTs?',
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {to: '/docs/checklists', position: 'left', label: 'Checklists'},
        {to: '/docs/tools/jwt-decoder', position: 'left', label: 'Decoder'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Sources',
          items: [
            {
              label: 'OEP-42: Authentication',
              href: S.oep42.url,
            },
            {label: 'edx-drf-extensions', href: 'https://github.com/openedx/edx-drf-extensions'},
            {label: 'RFC 7519 (JWT)', href: 'https://www.rfc-editor.org/rfc/rfc7519'},
          ],
        },
      ],
      copyright:
        'Independent community guide to Open edX JWTs. Text licensed CC BY-SA 4.0, code Apache-2.0. Nothing you paste here leaves your browser.',
    },
    prism: {
      theme: accessiblePrismLight,
      darkTheme: accessiblePrismDark,
      additionalLanguages: prismAdditionalLanguages,
    },
    docs: {sidebar: {hideable: true}},
  } satisfies Preset.ThemeConfig,
};

export default config;

// Two projects: pure logic runs in Node (it must not need a DOM), UI in jsdom.
/** @type {import('@jest/types').Config.InitialOptions['transform']} */
const transform = {
  '^.+\\.[cm]?[jt]sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: {syntax: 'typescript', tsx: true},
        transform: {react: {runtime: 'automatic'}},
        target: 'es2022',
      },
      module: {type: 'commonjs'},
    },
  ],
};

const shared = {
  rootDir: __dirname,
  transform,
  // jose 6, Docusaurus' client exports, the theme-common hooks patches/ changes, and the Markdown
  // parser the export tests use (test/githubMarkdown.ts) ship only ESM.
  transformIgnorePatterns: [
    '/node_modules/(?!(jose|@docusaurus/core/lib/client|@docusaurus/theme-common/lib|micromark[^/]*|mdast-util-[^/]+|unist-util-[^/]+|decode-named-character-reference|character-entities|devlop|ccount|escape-string-regexp|markdown-table|longest-streak|zwitch)/)',
  ],
  moduleNameMapper: {
    // First, so that a stylesheet imported through @site is mocked too.
    '\\.(css)$': '<rootDir>/test/styleMock.js',
    '^@site/(.*)$': '<rootDir>/$1',
    '^@docusaurus/Link$': '<rootDir>/test/docusaurus/Link.tsx',
    '^@docusaurus/(BrowserOnly|useDocusaurusContext|useBrokenLinks|useIsBrowser|useBaseUrl|Head|ExecutionEnvironment|isInternalUrl)$':
      '<rootDir>/node_modules/@docusaurus/core/lib/client/exports/$1',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  // One worker per core. Jest's default leaves one core to its own process, which is nearly idle:
  // on two cores that ran every suite on one worker (139 s instead of 70 s).
  maxWorkers: '100%',
  projects: [
    {
      ...shared,
      displayName: 'logic',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/src/{lib,data,plugins}/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.{ts,mjs}',
      ],
    },
    {
      ...shared,
      displayName: 'ui',
      testEnvironment: '<rootDir>/test/jsdom-env.js',
      setupFilesAfterEnv: ['<rootDir>/test/setup-ui.ts'],
      testMatch: ['<rootDir>/src/{components,hooks,theme,pages}/**/*.test.{ts,tsx}'],
    },
  ],
};

import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import postHydrationTransitionsPlugin, {replacements} from '.';

/**
 * The Docusaurus files the copies were made from. When an upgrade changes one, this test fails:
 * compare the new original with its copy in this directory, carry the change over, then update the
 * hash here.
 */
const originals: Record<string, {readonly module: string; readonly sha256: string}> = {
  'browserContext.tsx': {
    module: '@docusaurus/core/lib/client/browserContext.js',
    sha256: 'f0765ea0de6c682044acc2d1f6f7d474e9ac389591a8e97f877e437c09225b4c',
  },
  'useWindowSize.ts': {
    module: '@docusaurus/theme-common/lib/hooks/useWindowSize.js',
    sha256: 'a32a46c867130090a4d785590da6f9cc69789eb67a94a5386fc6416857b91872',
  },
};

/** Names a module exports, read from its source (`export function X`, `export const X`). */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export (?:declare )?(?:function|const|class) (\w+)/gm)].map(
    (match) => match[1] ?? '',
  );
  return names.sort();
}

describe.each(replacements.map((replacement) => [replacement.file, replacement] as const))(
  'the replacement %s',
  (file, {original}) => {
    const spec = originals[file];
    if (spec === undefined) throw new Error(`no original recorded for ${file}`);
    // By path: theme-common's package `exports` do not expose its lib/ files.
    const originalPath = path.resolve(__dirname, '../../../node_modules', spec.module);
    const originalSource = readFileSync(originalPath, 'utf8');
    const copySource = readFileSync(path.join(__dirname, file), 'utf8');

    it('matches the module Docusaurus resolves, and only that one', () => {
      expect(original.test(originalPath)).toBe(true);
      expect(original.test(originalPath.replaceAll('/', '\\'))).toBe(true);
      expect(original.test(path.join(__dirname, file))).toBe(false);
    });

    it('was copied from the Docusaurus version installed', () => {
      expect(createHash('sha256').update(originalSource).digest('hex')).toBe(spec.sha256);
    });

    it('exports what the original exports', () => {
      expect(exportedNames(copySource)).toEqual(exportedNames(originalSource));
    });
  },
);

it('registers one replacement per module, in client and server bundles alike', () => {
  class FakeReplacementPlugin {
    constructor(
      readonly pattern: RegExp,
      readonly file: string,
    ) {}
  }
  const plugin = postHydrationTransitionsPlugin({siteDir: '/site'} as never);
  const configure = plugin.configureWebpack as unknown as (...args: unknown[]) => {
    plugins: FakeReplacementPlugin[];
  };
  for (const isServer of [false, true]) {
    const {plugins} = configure({}, isServer, {
      currentBundler: {instance: {NormalModuleReplacementPlugin: FakeReplacementPlugin}},
    });
    expect(plugins.map((p) => [p.pattern, p.file])).toEqual(
      replacements.map(({original, file}) => [
        original,
        path.join('/site/src/plugins/post-hydration-transitions', file),
      ]),
    );
  }
});

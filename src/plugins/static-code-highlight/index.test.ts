import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {accessiblePrismDark, accessiblePrismLight} from '../../lib/site/prismTheme';
import staticCodeHighlightPlugin from '.';

class FakeReplacementPlugin {
  constructor(
    readonly pattern: RegExp,
    readonly replacement: string,
  ) {}
}

const context = (prism: object) =>
  ({
    generatedFilesDir: mkdtempSync(path.join(tmpdir(), 'static-highlight-')),
    siteConfig: {themeConfig: {prism}},
  }) as unknown as LoadContext;

describe('staticCodeHighlightPlugin', () => {
  const plugin = staticCodeHighlightPlugin(
    context({theme: accessiblePrismLight, darkTheme: accessiblePrismDark}),
  );

  it('adds a stylesheet with both Prism themes', () => {
    const [stylesheet] = plugin.getClientModules!() as string[];
    const css = readFileSync(stylesheet!, 'utf8');
    expect(css).toContain(
      '.theme-code-block{--prism-color:#24292f;--prism-background-color:#f6f8fa}',
    );
    expect(css).toContain("[data-theme='dark'] .theme-code-block .token.comment{color:#a9b3d6");
  });

  it("replaces theme-classic's Prism client module with an empty one", () => {
    const configure = plugin.configureWebpack as unknown as (...args: unknown[]) => {
      plugins: FakeReplacementPlugin[];
    };
    const {plugins} = configure({}, false, {
      currentBundler: {
        name: 'rspack',
        instance: {NormalModuleReplacementPlugin: FakeReplacementPlugin},
      },
    });
    const [replacement] = plugins;
    expect(
      replacement!.pattern.test(
        '/x/node_modules/@docusaurus/theme-classic/lib/prism-include-languages',
      ),
    ).toBe(true);
    expect(
      replacement!.pattern.test('/x/node_modules/@docusaurus/theme-classic/lib/nprogress'),
    ).toBe(false);
    expect(readFileSync(replacement!.replacement, 'utf8')).toBe('export {};\n');
  });

  it('needs both themes', () => {
    expect(() => staticCodeHighlightPlugin(context({theme: accessiblePrismLight}))).toThrow(
      'themeConfig.prism.theme and darkTheme',
    );
  });
});

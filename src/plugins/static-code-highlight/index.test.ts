import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {accessiblePrismDark, accessiblePrismLight} from '../../lib/site/prismTheme';
import staticCodeHighlightPlugin from '.';

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

  it('needs both themes', () => {
    expect(() => staticCodeHighlightPlugin(context({theme: accessiblePrismLight}))).toThrow(
      'themeConfig.prism.theme and darkTheme',
    );
  });
});

/**
 * Build plugin, the browser half of static code highlighting (decisions/0007): adds a stylesheet
 * with both Prism themes (`themeConfig.prism.theme` and `darkTheme`) as CSS rules, since code blocks
 * carry token classes instead of inline colours. Code blocks arrive highlighted (src/plugins/rehype-static-highlight), so browsers have no use for
 * Prism: patches/@docusaurus+theme-classic+*.patch drops theme-classic's client module that loads
 * it into every page (decisions/0022).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {prismThemeCss} from '../../lib/site/codeHighlight';

export default function staticCodeHighlightPlugin(context: LoadContext): Plugin {
  const prism = (
    context.siteConfig.themeConfig as {prism?: {theme?: PrismTheme; darkTheme?: PrismTheme}}
  ).prism;
  if (prism?.theme === undefined || prism.darkTheme === undefined) {
    throw new Error('static-code-highlight needs themeConfig.prism.theme and darkTheme.');
  }
  const dir = path.join(context.generatedFilesDir, 'static-code-highlight');
  const stylesheet = path.join(dir, 'prism-themes.css');
  mkdirSync(dir, {recursive: true});
  writeFileSync(stylesheet, prismThemeCss(prism.theme, prism.darkTheme));

  return {
    name: 'static-code-highlight',
    getClientModules() {
      return [stylesheet];
    },
  };
}

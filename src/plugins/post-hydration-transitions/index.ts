/**
 * Build plugin: replaces two small Docusaurus modules with copies whose first update after
 * hydration is a transition (decisions/0010). Docusaurus makes these updates from plain effects, so
 * React renders everything that reads them in one blocking task right after hydration; as
 * transitions, React renders them in slices that leave the main thread free.
 *
 * - `@docusaurus/core/lib/client/browserContext.js`: `useIsBrowser()` (sidebar categories, the
 *   colour-mode toggle, search, `<html data-has-hydrated>`);
 * - `@docusaurus/theme-common/lib/hooks/useWindowSize.js`: "ssr" → "mobile" or "desktop" (the navbar's
 *   mobile menu, blog sidebar). Later changes, on resize, stay urgent.
 *
 * The copies keep the originals' exports; `replacements.test.ts` fails when a Docusaurus upgrade
 * changes an original, so that the copy is checked again.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Original module (absolute path, either separator) → file in this directory that replaces it. */
export const replacements: ReadonlyArray<{readonly original: RegExp; readonly file: string}> = [
  {
    original: /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext\.js$/,
    file: 'browserContext.tsx',
  },
  {
    original: /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize\.js$/,
    file: 'useWindowSize.ts',
  },
];

export default function postHydrationTransitionsPlugin(context: LoadContext): Plugin {
  const dir = path.join(context.siteDir, 'src/plugins/post-hydration-transitions');
  return {
    name: 'post-hydration-transitions',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: replacements.map(
          ({original, file}) =>
            new currentBundler.instance.NormalModuleReplacementPlugin(
              original,
              path.join(dir, file),
            ),
        ),
      };
    },
  };
}

/**
 * Build plugin: adds the client module that turns off Docusaurus' viewport prefetching of internal
 * links, keeping the preload on hover and touch (decisions/0007).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export default function linkPrefetchPlugin(context: LoadContext): Plugin {
  return {
    name: 'link-prefetch',
    getClientModules() {
      return [path.join(context.siteDir, 'src/plugins/link-prefetch/client.ts')];
    },
  };
}

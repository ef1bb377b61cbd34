/**
 * Build plugin: after the static HTML is written, hash each page's inline scripts and
 * put a Content-Security-Policy meta tag at the top of its <head>.
 * Dev mode (`npm run dev`) is untouched: it needs websockets and eval for hot reload.
 */
import {createHash} from 'node:crypto';
import {readFile, writeFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  contentSecurityPolicy,
  findInlineScripts,
  hashSource,
  insertPolicyMeta,
  serializePolicy,
} from '../../lib/site/contentSecurityPolicy';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export default function contentSecurityPolicyPlugin(_context: LoadContext): Plugin {
  return {
    name: 'content-security-policy',
    async postBuild({outDir}) {
      for await (const file of htmlFiles(outDir)) {
        const html = await readFile(file, 'utf8');
        const hashes = findInlineScripts(html).map((body) =>
          hashSource(createHash('sha256').update(body, 'utf8').digest('base64')),
        );
        const policy = serializePolicy(contentSecurityPolicy, hashes);
        await writeFile(file, insertPolicyMeta(html, policy));
      }
    },
  };
}

/**
 * The diagrams of the site as the files hold them: every ```mermaid block in docs/ and
 * src/pages/, and every SVG in src/diagrams/ (decisions/0018). Shared by `npm run diagrams` and
 * the test that keeps the two in step.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {DIAGRAM_DIR, diagramKey, findMermaidBlocks} from './diagrams-lib.mjs';

/** Folders whose Markdown and MDX files may hold diagrams, relative to the repository root. */
export const CONTENT_DIRS = ['docs', 'src/pages'];

/** Markdown and MDX files under the content folders, as repository-relative paths. */
export function contentFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), {withFileTypes: true})) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (/\.mdx?$/.test(entry.name)) found.push(relative);
    }
  };
  for (const dir of CONTENT_DIRS) if (existsSync(path.join(root, dir))) walk(dir);
  return found.sort();
}

/**
 * Every diagram by key: {key, source, places: ['docs/page.mdx:12', …]}. The same source in two
 * places is one diagram with one SVG.
 */
export function diagramsInContent(root) {
  const diagrams = new Map();
  for (const file of contentFiles(root)) {
    for (const block of findMermaidBlocks(readFileSync(path.join(root, file), 'utf8'))) {
      const key = diagramKey(block.source);
      const entry = diagrams.get(key) ?? {key, source: block.source, places: []};
      entry.places.push(`${file}:${block.line}`);
      diagrams.set(key, entry);
    }
  }
  return diagrams;
}

/** The SVG files in src/diagrams/, by name (`<key>.svg`). */
export function committedSvgs(root) {
  const dir = path.join(root, DIAGRAM_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.svg'))
    .sort();
}

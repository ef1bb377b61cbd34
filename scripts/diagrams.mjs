/**
 * `npm run diagrams`: renders every ```mermaid block in docs/ and src/pages/ to an SVG in
 * src/diagrams/ (decisions/0018), and removes SVGs no block uses any more. Commit what it writes:
 * the build inlines these files and needs no browser; `npm test` fails when they are missing or stale.
 *
 * Rendering needs a browser (Mermaid measures text in the DOM): the system Chromium, found as the
 * tests find it, with Mermaid from node_modules. Nothing is downloaded.
 *
 *   npm run diagrams             render the diagrams that have no SVG yet, remove unused SVGs
 *   npm run diagrams -- --all    render every diagram again
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from '@playwright/test';
import {chromiumArgs, findChromium, installHint} from './chromium.mjs';
import {
  DIAGRAM_DIR,
  DIAGRAM_THEMES,
  FONT_FAMILY,
  MERMAID_CONFIG,
  MERMAID_VERSION,
  diagramFile,
  diagramId,
  diagramSourceProblems,
  generatedNotice,
  recordedKey,
} from './diagrams-lib.mjs';
import {committedSvgs, diagramsInContent} from './diagram-sources.mjs';
import {mergeInPage} from './diagram-merge.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const renderAll = process.argv.includes('--all');
const mermaidScript = path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

/** Every diagram by key, and what must be fixed in a source before it can be rendered. */
function collectDiagrams() {
  const diagrams = diagramsInContent(root);
  const problems = [];
  for (const diagram of diagrams.values()) {
    for (const problem of diagramSourceProblems(diagram.source)) {
      problems.push(`${diagram.places.join(', ')}: the diagram cannot be rendered: ${problem}.`);
    }
  }
  return {diagrams, problems};
}

const installed = JSON.parse(
  readFileSync(path.join(root, 'node_modules', 'mermaid', 'package.json'), 'utf8'),
).version;
if (installed !== MERMAID_VERSION) {
  console.error(
    `node_modules has Mermaid ${installed}, the diagrams are rendered with ${MERMAID_VERSION} (scripts/diagrams-lib.mjs): run \`npm ci\`, or change both package.json and MERMAID_VERSION.`,
  );
  process.exit(1);
}

const {diagrams, problems} = collectDiagrams();
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

mkdirSync(path.join(root, DIAGRAM_DIR), {recursive: true});
const existing = new Set(committedSvgs(root));
const upToDate = (diagram) =>
  existing.has(`${diagram.key}.svg`) &&
  recordedKey(readFileSync(path.join(root, diagramFile(diagram.key)), 'utf8')) === diagram.key;
const toRender = [...diagrams.values()].filter((diagram) => renderAll || !upToDate(diagram));

if (toRender.length > 0) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(installHint);
    process.exit(1);
  }
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  try {
    // Same time zone and clock everywhere: a Gantt chart's dates must not depend on them.
    const context = await browser.newContext({timezoneId: 'UTC', locale: 'en-US'});
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2025-01-01T00:00:00Z'));
    // A fresh page for each render: Mermaid keeps counters between renders that end up in ids.
    const render = async (source, id, theme) => {
      await page.setContent(
        `<!doctype html><html><head><style>body{margin:0;font-family:${FONT_FAMILY};font-size:16px}</style></head><body></body></html>`,
      );
      await page.addScriptTag({path: mermaidScript});
      await page.evaluate(() => globalThis.document.fonts.ready);
      return page.evaluate(
        async ({source, id, config, theme}) => {
          globalThis.mermaid.initialize({...config, theme});
          return (await globalThis.mermaid.render(id, source)).svg;
        },
        {source, id, config: MERMAID_CONFIG, theme},
      );
    };
    for (const diagram of toRender) {
      const id = diagramId(diagram.key);
      let svg;
      try {
        const lightSvg = await render(diagram.source, id, DIAGRAM_THEMES.light);
        const darkSvg = await render(diagram.source, id, DIAGRAM_THEMES.dark);
        svg = await page.evaluate(mergeInPage, {id, lightSvg, darkSvg});
      } catch (error) {
        console.error(`${diagram.places.join(', ')}: Mermaid could not render the diagram:`);
        console.error(`  ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
        continue;
      }
      writeFileSync(
        path.join(root, diagramFile(diagram.key)),
        `${generatedNotice(diagram.key)}\n${svg}\n`,
      );
      console.log(`rendered ${diagramFile(diagram.key)} (${diagram.places.join(', ')})`);
    }
  } finally {
    await browser.close();
  }
}

for (const name of existing) {
  if (diagrams.has(name.replace(/\.svg$/, ''))) continue;
  rmSync(path.join(root, DIAGRAM_DIR, name));
  console.log(`removed ${DIAGRAM_DIR}/${name}: no diagram uses it`);
}
console.log(
  `${diagrams.size} diagram(s): ${toRender.length} rendered, ${diagrams.size - toRender.length} already up to date.`,
);

/**
 * Diagrams as static SVG (decisions/0018): the pure part, shared by `npm run diagrams`
 * (scripts/diagrams.mjs, which renders), the build (src/plugins/remark-static-diagrams, which
 * inlines) and the tests (which check that every diagram has its committed SVG and no SVG is stale).
 *
 * A diagram is a ```mermaid code block in an MDX page. Its SVG is src/diagrams/<key>.svg, where the
 * key is a hash of its source and of everything else that shapes the drawing (Mermaid's version,
 * the configuration below, the revision of the post-processing). Change any of them and the key
 * changes: the build then finds no SVG and says to run `npm run diagrams`.
 */
import {createHash} from 'node:crypto';

/** Where the rendered SVGs live, relative to the repository root. Committed. */
export const DIAGRAM_DIR = 'src/diagrams';

/** The Mermaid release that renders the SVGs; package.json pins the same (a test checks). */
export const MERMAID_VERSION = '11.17.2';

/**
 * Bump when scripts/diagrams.mjs changes what it does to Mermaid's SVG (ids, styles, attributes),
 * so every diagram is rendered again.
 */
export const RENDER_REVISION = 1;

/**
 * The site's body font stack (--ifm-font-family-base in src/css/custom.css; a test checks they are
 * equal). Mermaid measures each label in this font to size its box, and the SVG names the same
 * stack, so the text is measured in the font it is drawn in.
 */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, Cantarell, 'Noto Sans', sans-serif";

/** Mermaid's theme for each colour scheme of the site (the scheme is html[data-theme]). */
export const DIAGRAM_THEMES = {light: 'neutral', dark: 'dark'};

/**
 * Mermaid configuration for every diagram. Labels are SVG <text> (htmlLabels: false), so they are
 * real text in the SVG that needs no HTML inside <foreignObject>; ids are deterministic, so the
 * same source always gives the same SVG.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  deterministicIds: true,
  deterministicIDSeed: 'diagram',
  htmlLabels: false,
  fontFamily: FONT_FAMILY,
  flowchart: {htmlLabels: false},
  // A fixed width about that of the docs column keeps a Gantt chart drawn near 1:1; the left
  // padding holds section names such as "Old tokens" clear of the bars.
  gantt: {useWidth: 720, leftPadding: 100, fontSize: 13, sectionFontSize: 13, barHeight: 24},
  // Gantt axis labels are 10 px by default, too small to read comfortably.
  themeCSS: '.grid .tick text { font-size: 12px; }',
};

/**
 * The source as it counts for the key: trailing spaces, blank lines around it and the indentation
 * all its lines share do not change a diagram (a block inside a list item is indented).
 */
export function normaliseDiagramSource(source) {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const indents = lines.filter((line) => line !== '').map((line) => line.match(/^\s*/)[0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}

/** Everything besides the source that shapes a diagram's SVG. */
export function renderFingerprint() {
  return JSON.stringify({
    mermaid: MERMAID_VERSION,
    revision: RENDER_REVISION,
    themes: DIAGRAM_THEMES,
    config: MERMAID_CONFIG,
  });
}

/** The key that names a diagram's SVG: 16 hex digits of SHA-256 over fingerprint and source. */
export function diagramKey(source) {
  return createHash('sha256')
    .update(`${renderFingerprint()}\n${normaliseDiagramSource(source)}`)
    .digest('hex')
    .slice(0, 16);
}

/** The id of a diagram's <svg> element; Mermaid scopes the SVG's styles by it. */
export function diagramId(key) {
  return `diagram-${key}`;
}

/** The SVG file of a diagram, relative to the repository root (always with '/'). */
export function diagramFile(key) {
  return `${DIAGRAM_DIR}/${key}.svg`;
}

/**
 * The ```mermaid (or ~~~mermaid) blocks of a Markdown or MDX text, with the line each starts on
 * (1-based). A fence inside another fence is an example, not a diagram.
 */
export function findMermaidBlocks(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let open = null;
  lines.forEach((line, index) => {
    if (open === null) {
      const fence = line.match(/^\s*(`{3,}|~{3,})\s*([^\s`]*)/);
      if (!fence) return;
      open = {fence: fence[1], mermaid: fence[2] === 'mermaid', line: index + 1, body: []};
      return;
    }
    const close = line.match(/^\s*(`{3,}|~{3,})\s*$/);
    if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
      if (open.mermaid) blocks.push({line: open.line, source: open.body.join('\n')});
      open = null;
      return;
    }
    open.body.push(line);
  });
  return blocks;
}

/**
 * What must be fixed in a diagram's source before it is rendered: an accessible name
 * (`accTitle:`), and no "today" line in a Gantt chart (it would show the day the SVG was made).
 */
export function diagramSourceProblems(source) {
  const text = normaliseDiagramSource(source);
  const problems = [];
  if (!/^\s*accTitle\s*:\s*\S/m.test(text)) {
    problems.push(
      'it has no `accTitle: …` line: add one that names the diagram (screen readers announce it)',
    );
  }
  const type = text
    .split('\n')
    .find((line) => line.trim() !== '' && !line.trim().startsWith('%%'))
    ?.trim();
  if (type?.startsWith('gantt') && !/^\s*todayMarker\s+off\s*$/m.test(text)) {
    problems.push(
      'it is a Gantt chart without `todayMarker off`: a static chart would mark the day it was rendered',
    );
  }
  return problems;
}

/** The key recorded in a committed SVG file (the id of its <svg>), or null. */
export function recordedKey(svgFileText) {
  return svgFileText.match(/<svg\b[^>]*\sid="diagram-([0-9a-f]{16})"/)?.[1] ?? null;
}

/** The comment that opens every generated SVG file. */
export function generatedNotice(key) {
  return `<!-- Generated by \`npm run diagrams\` from a \`\`\`mermaid block (key ${key}, Mermaid ${MERMAID_VERSION}). Do not edit: change the block and run it again. -->`;
}

/** The <svg> element of a committed file, as it goes into the page (without the notice). */
export function svgMarkup(svgFileText) {
  const start = svgFileText.indexOf('<svg');
  if (start === -1) throw new Error('no <svg> element');
  return svgFileText.slice(start).trim();
}

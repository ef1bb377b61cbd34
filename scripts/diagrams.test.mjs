/**
 * The committed SVGs in src/diagrams/ and the ```mermaid blocks they are drawn from stay in step
 * (decisions/0018): a diagram that is new or changed has no SVG yet, and an SVG that no diagram
 * uses any more is stale. Either way, `npm run diagrams` fixes it.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {DIAGRAM_DIR, diagramFile, diagramSourceProblems, recordedKey} from './diagrams-lib.mjs';
import {committedSvgs, diagramsInContent} from './diagram-sources.mjs';

const root = path.join(__dirname, '..');
const diagrams = [...diagramsInContent(root).values()];
const svgs = committedSvgs(root);
const read = (key) => readFileSync(path.join(root, diagramFile(key)), 'utf8');

it('finds the diagrams of the guide', () => {
  // Guards the scan: with no diagram found, every check below would pass vacuously.
  expect(diagrams.length).toBeGreaterThanOrEqual(5);
});

it('has a committed SVG, drawn from its current source, for every diagram', () => {
  const missing = diagrams
    .filter((diagram) => !svgs.includes(`${diagram.key}.svg`))
    .map(
      (diagram) =>
        `${diagram.places.join(', ')}: no ${diagramFile(diagram.key)}; run \`npm run diagrams\` and commit what it writes`,
    );
  expect(missing).toEqual([]);
});

it('has no SVG that no diagram uses any more', () => {
  const keys = new Set(diagrams.map((diagram) => diagram.key));
  const stale = svgs.filter((name) => !keys.has(name.replace(/\.svg$/, '')));
  expect(
    stale.map((name) => `${DIAGRAM_DIR}/${name} is stale; \`npm run diagrams\` removes it`),
  ).toEqual([]);
});

describe.each(diagrams.filter((diagram) => svgs.includes(`${diagram.key}.svg`)))(
  'the SVG of $places.0',
  ({key, source}) => {
    const svg = read(key);

    it('records the key its name has, and its source can be rendered', () => {
      expect(recordedKey(svg)).toBe(key);
      expect(diagramSourceProblems(source)).toEqual([]);
    });

    it('is an image named by a title, with its labels as SVG text and no script', () => {
      expect(svg).toMatch(/^<!--[^]*?-->\n<svg\b[^>]*\srole="img"/);
      expect(svg).toMatch(/<svg\b[^>]*\saria-labelledby="diagram-[0-9a-f]{16}-chart-title"/);
      expect(svg).toMatch(/<title id="diagram-[0-9a-f]{16}-chart-title">[^<]+<\/title>/);
      expect(svg).toMatch(/<text\b/);
      expect(svg).not.toMatch(/<foreignObject|<script|\son[a-z]+=/i);
    });

    it('prefixes every id with its own, so that two diagrams on a page never share one', () => {
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(
        ids.filter((id) => id !== `diagram-${key}` && !id.startsWith(`diagram-${key}-`)),
      ).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('styles the dark colour scheme in its own stylesheet', () => {
      expect(svg).toContain(`[data-theme='dark'] #diagram-${key}`);
    });
  },
);

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {
  FONT_FAMILY,
  MERMAID_VERSION,
  diagramFile,
  diagramKey,
  diagramSourceProblems,
  findMermaidBlocks,
  generatedNotice,
  normaliseDiagramSource,
  recordedKey,
  svgMarkup,
} from './diagrams-lib.mjs';

const root = path.join(__dirname, '..');
const flowchart = 'flowchart TD\n  accTitle: Two steps\n  A --> B';

describe('normaliseDiagramSource', () => {
  it('drops trailing spaces, blank lines around the source and the indentation all lines share', () => {
    expect(normaliseDiagramSource('\n    flowchart TD  \n      A --> B\r\n\n')).toBe(
      'flowchart TD\n  A --> B',
    );
  });
});

describe('diagramKey', () => {
  it('is 16 hex digits and the same for the same diagram, however it is indented', () => {
    const key = diagramKey(flowchart);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(diagramKey(flowchart.replace(/^/gm, '   '))).toBe(key);
  });

  it('changes with any change that shows in the drawing', () => {
    expect(diagramKey(flowchart.replace('A --> B', 'A --> C'))).not.toBe(diagramKey(flowchart));
    expect(diagramKey(flowchart.replace('  A', '    A'))).not.toBe(diagramKey(flowchart));
  });
});

describe('findMermaidBlocks', () => {
  it('finds ``` and ~~~ mermaid blocks with the line they start on, also inside a list', () => {
    const text = [
      '# Page', // 1
      '```mermaid', // 2
      'sequenceDiagram', // 3
      '```', // 4
      '1. A step', // 5
      '', // 6
      '   ~~~~mermaid', // 7
      '   flowchart TD', // 8
      '   ~~~', // 9: too short to close a four-tilde fence
      '   ~~~~', // 10
    ].join('\n');
    expect(findMermaidBlocks(text)).toEqual([
      {line: 2, source: 'sequenceDiagram'},
      {line: 7, source: '   flowchart TD\n   ~~~'},
    ]);
  });

  it('leaves other code blocks, and a mermaid example shown inside one, alone', () => {
    const text = [
      '````md',
      'Write a diagram like this:',
      '```mermaid',
      'flowchart TD',
      '```',
      '````',
      '```js',
      'const mermaid = 1;',
      '```',
    ].join('\n');
    expect(findMermaidBlocks(text)).toEqual([]);
  });
});

describe('diagramSourceProblems', () => {
  it('accepts a diagram with an accessible name', () => {
    expect(diagramSourceProblems(flowchart)).toEqual([]);
  });

  it('asks for an accTitle', () => {
    expect(diagramSourceProblems('flowchart TD\n  A --> B')).toEqual([
      expect.stringContaining('accTitle'),
    ]);
  });

  it('asks a Gantt chart to turn its today marker off, and accepts it once it does', () => {
    const gantt = 'gantt\n  accTitle: Plan\n  dateFormat HH:mm\n  Task :t1, 10:00, 20m';
    expect(diagramSourceProblems(gantt)).toEqual([expect.stringContaining('todayMarker off')]);
    expect(diagramSourceProblems(`${gantt}\n  todayMarker off`)).toEqual([]);
  });
});

describe('SVG files', () => {
  const key = diagramKey(flowchart);
  const file = `${generatedNotice(key)}\n<svg xmlns="http://www.w3.org/2000/svg" id="diagram-${key}" role="img"><title>T</title></svg>\n`;

  it('record their key in the id of their <svg>', () => {
    expect(recordedKey(file)).toBe(key);
    expect(recordedKey('<svg id="other"></svg>')).toBeNull();
    expect(diagramFile(key)).toBe(`src/diagrams/${key}.svg`);
  });

  it('go into the page without their notice', () => {
    expect(svgMarkup(file)).toMatch(/^<svg [^]*<\/svg>$/);
    expect(() => svgMarkup('<!-- nothing -->')).toThrow('no <svg>');
  });
});

describe('the render settings match the site', () => {
  it('measures text in the site font stack (--ifm-font-family-base)', () => {
    const css = readFileSync(path.join(root, 'src/css/custom.css'), 'utf8');
    const stack = css.match(/--ifm-font-family-base:\s*([^;]+);/)?.[1];
    const squeeze = (value) => value.replace(/\s+/g, ' ').trim();
    expect(squeeze(FONT_FAMILY)).toBe(squeeze(stack ?? ''));
  });

  it('names the Mermaid release that package.json installs', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.mermaid).toBe(MERMAID_VERSION);
  });
});

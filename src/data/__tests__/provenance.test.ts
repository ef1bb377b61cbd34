/**
 * @jest-environment node
 */
/*
 * One convention for inferences (decisions/0017): a statement that is our reading of the sources
 * ends with <Inferred /> in a page, or `[inference]` in reference data, instead of a hedge in the
 * sentence. This test keeps the old hedges from coming back.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Hedges the mark replaces: "our analysis", "our reading", "our inference", "(Analysis.)". */
const HEDGE = /\bour\s+(?:own\s+)?(?:analysis|reading|inference)\b|\(_?analysis\b|_\(analysis/i;

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : files(relative, keep);
    return keep(entry.name) ? [relative] : [];
  });
}

/** `file:line: text` for every hedge in `file`, also when a line break splits it. */
function hedges(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const lines = text.split('\n');
  return [...text.matchAll(new RegExp(HEDGE.source, 'gi'))].map((match) => {
    const line = text.slice(0, match.index).split('\n').length;
    return `${file}:${line}: ${(lines[line - 1] ?? '').trim()}`;
  });
}

describe('provenance convention', () => {
  const sources = [
    ...files('docs', (name) => name.endsWith('.mdx')),
    ...files('src/data', (name) => name.endsWith('.ts')),
  ];

  it('recognises the hedges it replaces', () => {
    expect(HEDGE.test('the decoder tries keys in order (our analysis of decoder.py)')).toBe(true);
    expect(HEDGE.test('Our reading: a caller can overwrite iss')).toBe(true);
    expect(HEDGE.test('Nothing says the secret was never tried. _(Analysis.)_')).toBe(true);
    expect(HEDGE.test('tries every key in order <Inferred />.')).toBe(false);
    expect(HEDGE.test('a code search across frontends (our\n  analysis).')).toBe(true);
    expect(HEDGE.test('Prometheus analysis tools')).toBe(false);
  });

  it('marks inferences with <Inferred /> or [inference], not a hedge in the sentence', () => {
    expect(sources).toContain('docs/background/oep-42.mdx');
    expect(sources).toContain('src/data/claims.ts');
    expect(sources).toContain('src/data/claimSummaries.ts');
    const found = sources.flatMap(hedges);
    if (found.length > 0) {
      throw new Error(
        `${found.length} line(s) hedge instead of marking the inference. End the statement ` +
          `with <Inferred /> (pages) or [inference] (reference data), and keep naming the ` +
          `source it reads (decisions/0017):\n${found.join('\n')}`,
      );
    }
  });
});

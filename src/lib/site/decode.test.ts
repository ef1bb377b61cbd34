import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {decodeComponent, decodeComponentOrNull} from './decode';

describe('decodeComponent', () => {
  it.each([
    ['monitoring-first', 'monitoring-first'],
    ['caf%C3%A9', 'café'],
    ['100%', '100%'],
    ['%E0%A4%A', '%E0%A4%A'],
  ])('%j → %j', (text, expected) => {
    expect(decodeComponent(text)).toBe(expected);
  });
});

describe('the site decodes address text only through decodeComponent', () => {
  it('has no other decodeURIComponent or decodeURI call in src/ (a stray % would throw)', () => {
    const src = path.resolve(__dirname, '../..');
    const unguarded: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
          if (/\bdecodeURI(Component)?\(/.test(code)) unguarded.push(path.relative(src, file));
        }
      }
    };
    walk(src);
    expect(unguarded).toEqual(['lib/site/decode.ts']);
  });
});

test('decodeComponentOrNull says when a %-escape is broken instead of throwing', () => {
  expect(decodeComponentOrNull('a%20b')).toBe('a b');
  expect(decodeComponentOrNull('%E0%A4%A')).toBeNull();
  expect(decodeComponentOrNull('100%')).toBeNull();
});

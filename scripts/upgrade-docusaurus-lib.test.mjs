import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {
  bundleSizes,
  docusaurusCopiesNotAt,
  docusaurusPackages,
  newestRelease,
  parsePatchFileName,
  withDocusaurusVersion,
} from './upgrade-docusaurus-lib.mjs';

const packageJson = {
  dependencies: {'@docusaurus/core': '3.10.2', react: '19.3.1'},
  devDependencies: {'@docusaurus/types': '3.10.2', jest: '30.5.2'},
};

describe('newestRelease', () => {
  it('takes the highest release of the major, by number, and skips canaries and other majors', () => {
    const versions = [
      '3.9.0',
      '3.10.0',
      '3.10.2',
      '3.10.1-canary-6807',
      '3.2.1',
      '4.0.0-canary-6822',
    ];
    expect(newestRelease(versions, 3)).toBe('3.10.2');
    expect(newestRelease(versions, 4)).toBeUndefined();
  });
});

describe('withDocusaurusVersion', () => {
  it('moves every @docusaurus package, and only those, to the exact version', () => {
    const bumped = withDocusaurusVersion(packageJson, '3.11.0');
    expect(docusaurusPackages(bumped)).toEqual({
      '@docusaurus/core': '3.11.0',
      '@docusaurus/types': '3.11.0',
    });
    expect(bumped.dependencies.react).toBe('19.3.1');
    expect(packageJson.dependencies['@docusaurus/core']).toBe('3.10.2');
  });

  it('refuses a range or a prerelease', () => {
    expect(() => withDocusaurusVersion(packageJson, '^3.11.0')).toThrow('Not an exact release');
    expect(() => withDocusaurusVersion(packageJson, '4.0.0-canary-6822')).toThrow();
  });
});

it('parsePatchFileName reads the package and version of a patch-package file', () => {
  expect(parsePatchFileName('@docusaurus+theme-common+3.10.2.patch')).toEqual({
    name: '@docusaurus/theme-common',
    version: '3.10.2',
  });
  expect(parsePatchFileName('README.md')).toBeUndefined();
});

it('bundleSizes counts the gzip size of runtime + main apart from the whole', () => {
  const build = mkdtempSync(path.join(tmpdir(), 'bundle-sizes-'));
  try {
    const jsDir = path.join(build, 'assets', 'js');
    mkdirSync(jsDir, {recursive: true});
    const files = {'main.0a1b.js': 'a'.repeat(5000), 'runtime~main.2c.js': 'b', '17.ff.js': 'c'};
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(jsDir, name), text);
    const gz = (text) => gzipSync(text).length;
    expect(bundleSizes(build)).toEqual({
      everyPage: gz(files['main.0a1b.js']) + gz('b'),
      all: gz(files['main.0a1b.js']) + gz('b') + gz('c'),
    });
  } finally {
    rmSync(build, {recursive: true, force: true});
  }
});

it('docusaurusCopiesNotAt finds nested copies of another version, and only Docusaurus packages', () => {
  const nodeModules = mkdtempSync(path.join(tmpdir(), 'node-modules-'));
  const install = (dir, name, version) => {
    mkdirSync(path.join(nodeModules, dir), {recursive: true});
    writeFileSync(path.join(nodeModules, dir, 'package.json'), JSON.stringify({name, version}));
  };
  try {
    install('@docusaurus/core', '@docusaurus/core', '3.11.0');
    install('@docusaurus/theme-common', '@docusaurus/theme-common', '3.11.0');
    install(
      '@easyops-cn/search/node_modules/@docusaurus/theme-common',
      '@docusaurus/theme-common',
      '3.10.2',
    );
    install('react', 'react', '19.3.1');
    expect(docusaurusCopiesNotAt(nodeModules, '3.11.0')).toEqual([
      `@docusaurus/theme-common@3.10.2 (${path.join('@easyops-cn/search/node_modules/@docusaurus/theme-common')})`,
    ]);
  } finally {
    rmSync(nodeModules, {recursive: true, force: true});
  }
});

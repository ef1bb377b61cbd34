/**
 * The pure parts of `scripts/upgrade-docusaurus.mjs`: which version to move to, the package.json
 * that names it, the patch files a version needs, and the size of the bundle every page loads.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const STABLE = /^(\d+)\.(\d+)\.(\d+)$/;

/** The highest release (no canary, alpha, beta or rc) of `major` among `versions`, or undefined. */
export function newestRelease(versions, major) {
  const releases = versions
    .map((version) => ({version, parts: STABLE.exec(version)?.slice(1).map(Number)}))
    .filter(({parts}) => parts !== undefined && parts[0] === major);
  releases.sort((a, b) => a.parts[1] - b.parts[1] || a.parts[2] - b.parts[2]);
  return releases.at(-1)?.version;
}

/** Every `@docusaurus/*` package the project depends on, with the version it names. */
export function docusaurusPackages(packageJson) {
  const found = {};
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [name, version] of Object.entries(packageJson[field] ?? {})) {
      if (name.startsWith('@docusaurus/')) found[name] = version;
    }
  }
  return found;
}

/** A copy of `packageJson` with every `@docusaurus/*` package at exactly `version`. */
export function withDocusaurusVersion(packageJson, version) {
  if (!STABLE.test(version)) throw new Error(`Not an exact release version: ${version}`);
  const copy = structuredClone(packageJson);
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(copy[field] ?? {})) {
      if (name.startsWith('@docusaurus/')) copy[field][name] = version;
    }
  }
  return copy;
}

/** patch-package's file names: `@docusaurus+theme-common+3.10.2.patch` → package and version. */
export function parsePatchFileName(fileName) {
  const match = /^(@[^+]+)\+([^+]+)\+(\d+\.\d+\.\d+)\.patch$/.exec(fileName);
  return match ? {name: `${match[1]}/${match[2]}`, version: match[3]} : undefined;
}

/** Gzip sizes (bytes) of the JavaScript every page loads (runtime + main) and of all of it. */
export function bundleSizes(buildDir) {
  const jsDir = path.join(buildDir, 'assets', 'js');
  let everyPage = 0;
  let all = 0;
  for (const name of readdirSync(jsDir)) {
    if (!name.endsWith('.js')) continue;
    const size = gzipSync(readFileSync(path.join(jsDir, name))).length;
    all += size;
    if (/^(main|runtime~main)\.[0-9a-f]+\.js$/.test(name)) everyPage += size;
  }
  return {everyPage, all};
}

/**
 * Every installed copy of a `@docusaurus/*` package under `nodeModules`, nested ones included, as
 * "name@version (path)" for those not at `version`. npm keeps a locked older copy where another
 * package's range allows it, and patch-package patches only the top-level copy.
 */
export function docusaurusCopiesNotAt(nodeModules, version) {
  const stray = [];
  const visit = (dir) => {
    const scope = path.join(dir, '@docusaurus');
    if (existsSync(scope)) {
      for (const name of readdirSync(scope)) {
        const packageDir = path.join(scope, name);
        const manifest = path.join(packageDir, 'package.json');
        if (!existsSync(manifest)) continue;
        const found = JSON.parse(readFileSync(manifest, 'utf8'));
        if (found.version !== version) {
          stray.push(`${found.name}@${found.version} (${path.relative(nodeModules, packageDir)})`);
        }
      }
    }
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (!entry.isDirectory()) continue;
      const child = path.join(dir, entry.name);
      const names = entry.name.startsWith('@') ? readdirSync(child) : [''];
      for (const name of names) {
        const nested = path.join(child, name, 'node_modules');
        if (existsSync(nested)) visit(nested);
      }
    }
  };
  visit(nodeModules);
  return stray.sort();
}

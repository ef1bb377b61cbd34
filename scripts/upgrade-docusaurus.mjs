/**
 * Moves every @docusaurus/* package to one exact version and shows what broke (decisions/0022):
 *
 *   node scripts/upgrade-docusaurus.mjs               the newest 3.x release on the npm registry
 *   node scripts/upgrade-docusaurus.mjs 3.11.0        that version
 *   node scripts/upgrade-docusaurus.mjs --dry-run     only say which version it would install
 *
 * Then, going on after a failure so that one run shows everything: `npm install` (its postinstall
 * applies patches/ and fails if one no longer applies), the type check, the unit tests of the theme
 * and plugins, the build, and the browser tests that check each change the site makes to Docusaurus
 * still takes effect. When the patches applied, it re-creates them for the new version.
 * It commits nothing: review with `git diff`; undo with
 * `git checkout package.json package-lock.json patches && npm ci`.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  bundleSizes,
  docusaurusCopiesNotAt,
  docusaurusPackages,
  newestRelease,
  parsePatchFileName,
  withDocusaurusVersion,
} from './upgrade-docusaurus-lib.mjs';

const MAJOR = 3;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const requested = args.find((arg) => !arg.startsWith('--'));

/** Runs a command in the project; returns its exit code and combined output (also echoed). */
function run(command, commandArgs) {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, {cwd: root, encoding: 'utf8', shell: false});
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  process.stdout.write(output);
  return {ok: result.status === 0, output};
}

const packageJsonPath = path.join(root, 'package.json');
const packageJson = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
const current = docusaurusPackages(packageJson);
const currentVersions = [...new Set(Object.values(current))];

let target = requested;
if (target === undefined) {
  const view = run('npm', ['view', '@docusaurus/core', 'versions', '--json']);
  if (!view.ok) process.exit(1);
  target = newestRelease(JSON.parse(view.output), MAJOR);
}
console.log(`\nDocusaurus packages: ${Object.keys(current).join(', ')}`);
console.log(`Installed: ${currentVersions.join(', ')}. Target: ${target}.`);
if (dryRun) process.exit(0);
if (currentVersions.length === 1 && currentVersions[0] === target) {
  console.log(`Already at ${target}; nothing to upgrade. \`npm test\` checks this version.`);
  process.exit(0);
}

const buildDir = path.join(root, 'build');
const sizesBefore = existsSync(buildDir) ? bundleSizes(buildDir) : undefined;

writeFileSync(
  packageJsonPath,
  `${JSON.stringify(withDocusaurusVersion(packageJson, target), null, 2)}\n`,
);

/** name → {ok, output} */
const steps = new Map();
steps.set('npm install (applies patches/)', run('npm', ['install', '--no-audit', '--no-fund']));

// npm keeps a locked copy of the old version where another package's range allows it (the search
// plugin's theme-common, for one); the build could then bundle an unpatched copy.
const nodeModules = path.join(root, 'node_modules');
if (docusaurusCopiesNotAt(nodeModules, target).length > 0) {
  run('npm', ['dedupe', '--no-audit', '--no-fund']);
  // dedupe installs fresh, unpatched copies and runs no postinstall.
  steps.set(
    'patches/ applied again after npm dedupe',
    run('npx', ['patch-package', '--error-on-fail']),
  );
}
const stray = docusaurusCopiesNotAt(nodeModules, target);
steps.set(`every Docusaurus package at ${target}`, {
  ok: stray.length === 0,
  output: stray.map((copy) => `error: still installed: ${copy}`).join('\n'),
});

// A patch that applied to the new version is re-created for it, so that its name and line numbers
// match what is installed.
const patchesDir = path.join(root, 'patches');
if ([...steps.values()].every(({ok}) => ok)) {
  for (const file of readdirSync(patchesDir)) {
    const patch = parsePatchFileName(file);
    if (patch === undefined || patch.version === target) continue;
    const renewed = run('npx', ['patch-package', patch.name]);
    steps.set(`re-create patch for ${patch.name}`, renewed);
    if (renewed.ok && existsSync(path.join(patchesDir, file.replace(patch.version, target)))) {
      rmSync(path.join(patchesDir, file));
    }
  }
}

steps.set('type check', run('npm', ['run', 'typecheck']));
steps.set('unit tests of the theme and plugins', run('npx', ['jest', 'src/theme', 'src/plugins']));
// The bundler's persistent cache takes node_modules as unchanged while versions stay the same, so a
// re-applied patch could be left out of the build: start from an empty cache.
run('npx', ['docusaurus', 'clear']);
const build = run('npm', ['run', 'build']);
steps.set('build', build);
if (build.ok) {
  steps.set(
    'browser tests of the Docusaurus changes',
    run('npx', [
      'playwright',
      'test',
      'e2e/docusaurus-ties.spec.ts',
      'e2e/layout-widths.spec.ts',
      'e2e/site.spec.ts',
    ]),
  );
}

console.log(`\n=== Docusaurus ${currentVersions.join(', ')} → ${target}`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
if (build.ok) {
  const after = bundleSizes(buildDir);
  const before = sizesBefore ? `${kb(sizesBefore.everyPage)} → ` : '';
  console.log(`JavaScript every page loads (gzip): ${before}${kb(after.everyPage)}`);
}
let failed = 0;
for (const [name, {ok, output}] of steps) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}`);
  if (!ok) {
    failed += 1;
    const lines = output.trim().split('\n');
    const problems = lines.filter((line) => /error|fail|✘|✕|\*\*ERROR\*\*/i.test(line));
    for (const line of (problems.length > 0 ? problems : lines).slice(-15)) {
      console.log(`         ${line}`);
    }
  }
}
if (!build.ok) console.log('(browser tests not run: the build failed)');
console.log(
  failed === 0
    ? '\nEverything passed. Run `npm test` for the whole suite, then commit the upgrade on its own.'
    : `\n${failed} step(s) failed. Fix them, or undo with: git checkout package.json package-lock.json patches && npm ci`,
);
process.exit(failed === 0 ? 0 : 1);

/**
 * `npm run bench`: build, serve build/ the way a static host would (precompressed gzip), run
 * Lighthouse on every page that has a diagram or a tool, the home page and a plain docs page, and
 * check the performance budgets. The pages are found in the build and the docs sources
 * (scripts/bench-lib.mjs, benchPages), so a new diagram or tool page is measured without a change here.
 * Not a test: figures vary by a few points between runs on a 2-core machine, so budgets are
 * checked against medians of several runs. Results: printed table + bench/results.json.
 *
 *   npm run bench                          full run (build + 3 Lighthouse runs per page and preset)
 *   npm run bench -- --no-build            reuse the current build/
 *   npm run bench -- --runs=1              quicker, noisier
 *   npm run bench -- --routes=/,/docs/x    only these routes (their budgets only)
 *   npm run bench -- --build-dir=<dir>     measure another build (implies --no-build)
 *   npm run bench -- --compare-with=<ref>  also build a git ref (a commit, tag or branch) and measure
 *                                          it in the same run, alternating run by run: a busy or
 *                                          slow machine lowers both builds, a change of the site one.
 *                                          Budgets are still checked on this build only.
 */
import {execFileSync, spawn} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromiumArgs, findChromium, installHint} from './chromium.mjs';
import {
  benchPages,
  budgetVerdicts,
  comparisonLines,
  decoderVerdicts,
  medianSummary,
  sitemapRoutes,
  summariseLighthouse,
} from './bench-lib.mjs';
import {benchDecoder, DECODER_ROUTE, firstPasteLines} from './bench-decoder.mjs';
import {precompressCopy} from './precompress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const option = (name) => [...args].find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 3);
const onlyRoutes = option('routes')?.split(',');
const buildDir = path.resolve(root, option('build-dir') ?? 'build');
const compareRef = option('compare-with');
const outDir = path.join(root, 'bench');
mkdirSync(outDir, {recursive: true});

const chromePath = findChromium();
if (!chromePath) {
  console.error(installHint);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

function routeFile(route, dir = buildDir) {
  const clean = route === '/' ? '/index' : route.replace(/\/$/, '');
  return [path.join(dir, `${clean}.html`), path.join(dir, clean, 'index.html')];
}

/**
 * Builds `ref` from a temporary git worktree with this checkout's node_modules (so with today's
 * dependencies, not the ref's) and returns the build's directory.
 */
function buildRef(ref) {
  const git = (...gitArgs) => execFileSync('git', gitArgs, {cwd: root, encoding: 'utf8'}).trim();
  let commit;
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    console.error(
      `--compare-with=${ref}: git knows no commit by that name (try a tag, branch or hash).`,
    );
    process.exit(1);
  }
  const worktree = path.join(outDir, 'compare-worktree');
  const out = path.join(outDir, 'compare-build');
  rmSync(worktree, {recursive: true, force: true});
  git('worktree', 'prune');
  git('worktree', 'add', '--detach', '--force', worktree, commit);
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(worktree, 'node_modules'), 'dir');
    const started = Date.now();
    execFileSync('npx', ['docusaurus', 'build', '--out-dir', out], {
      cwd: worktree,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(
      `build of ${ref} (${commit.slice(0, 10)}): ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    git('worktree', 'remove', '--force', worktree);
  }
  return out;
}

/** The docs sources as {path relative to docs/, text}. */
function docsSources() {
  const docsDir = path.join(root, 'docs');
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.mdx?$/.test(entry.name)) {
        found.push({path: path.relative(docsDir, file), text: readFileSync(file, 'utf8')});
      }
    }
  };
  walk(docsDir);
  return found;
}

/** The built pages as {route, html}, from the build's sitemap. */
function builtPages() {
  const routes = sitemapRoutes(readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8'));
  return routes.flatMap((route) => {
    const file = routeFile(route).find(existsSync);
    return file ? [{route, html: readFileSync(file, 'utf8')}] : [];
  });
}

/**
 * Serves a gzip-precompressed copy of build/ with sirv, which sends each file's `.gz` as a static
 * host or CDN sends its cached compressed copy. A server that compresses on every request (`serve`,
 * before decisions/0011) spent about 60 ms of CPU per page load on this 2-core machine, during the
 * very load Lighthouse was timing. The bytes on the wire are the same.
 */
async function startStaticServer(port, dir = buildDir, siteName = 'site') {
  const site = path.join(outDir, siteName);
  precompressCopy(dir, site);
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'sirv'),
    [site, '--quiet', '--etag', '--host', '127.0.0.1', '--port', String(port)],
    {cwd: root, stdio: ['ignore', 'ignore', 'inherit']},
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('The static server did not start');
}

function lighthouse(url, preset) {
  const reportPath = path.join(outDir, 'lighthouse-latest.json');
  const cliArgs = [
    url,
    '--output=json',
    `--output-path=${reportPath}`,
    '--quiet',
    `--chrome-flags=${chromiumArgs.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  if (preset === 'desktop') cliArgs.push('--preset=desktop');
  execFileSync(path.join(root, 'node_modules', '.bin', 'lighthouse'), cliArgs, {
    env: {...process.env, CHROME_PATH: chromePath},
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return summariseLighthouse(JSON.parse(readFileSync(reportPath, 'utf8')));
}

if (!args.has('--no-build') && !option('build-dir')) {
  const started = Date.now();
  execFileSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  console.log(`build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const pages = benchPages({docs: docsSources(), builtPages: builtPages()}).filter(
  (page) => !onlyRoutes || onlyRoutes.includes(page.route),
);
for (const route of onlyRoutes ?? []) {
  if (!pages.some((page) => page.route === route)) pages.push({route, reasons: ['asked for']});
}
console.log(`${pages.length} pages: ${pages.map((page) => page.route).join(', ')}`);

const compareDir = compareRef ? buildRef(compareRef) : undefined;
const port = await freePort();
const server = await startStaticServer(port);
const comparePort = compareDir ? await freePort() : undefined;
let compareServer;
const results = {date: new Date().toISOString(), runs, compareWith: compareRef, pages: []};
try {
  // Inside the try, so that the first server is stopped if this one does not start.
  if (compareDir) compareServer = await startStaticServer(comparePort, compareDir, 'compare-site');
  for (const page of pages) {
    if (!routeFile(page.route).some(existsSync)) {
      results.pages.push({...page, missing: true});
      continue;
    }
    const entry = {...page, missing: false};
    const compared = compareDir && routeFile(page.route, compareDir).some(existsSync);
    if (compareDir) entry.compare = {missing: !compared};
    console.log(`measuring ${page.route} (${page.reasons.join(', ')})…`);
    for (const preset of ['mobile', 'desktop']) {
      const samples = [];
      const compareSamples = [];
      for (let i = 0; i < runs; i++) {
        samples.push(lighthouse(`http://127.0.0.1:${port}${page.route}`, preset));
        if (compared)
          compareSamples.push(lighthouse(`http://127.0.0.1:${comparePort}${page.route}`, preset));
      }
      entry[preset] = medianSummary(samples);
      if (compared) entry.compare[preset] = medianSummary(compareSamples);
    }
    results.pages.push(entry);
  }
  if (
    routeFile(DECODER_ROUTE).some(existsSync) &&
    (!onlyRoutes || onlyRoutes.includes(DECODER_ROUTE))
  ) {
    results.decoder = await benchDecoder(`http://127.0.0.1:${port}`, chromePath);
  }
} finally {
  server.kill();
  compareServer?.kill();
}

results.budgets = [...budgetVerdicts(results.pages), ...decoderVerdicts(results.decoder)];
writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const header = [
  'page',
  'why',
  'preset',
  'perf',
  'a11y',
  'best pr.',
  'SEO',
  'total bytes',
  'TBT',
  'LCP',
  'JS decoded',
  'JS on wire',
];
const rows = [header];
for (const page of results.pages) {
  if (page.missing) {
    const empty = Array.from({length: header.length - 3}, () => '');
    rows.push([page.route, page.reasons.join(', '), 'missing: not in the build', ...empty]);
    continue;
  }
  for (const preset of ['mobile', 'desktop']) {
    const m = page[preset];
    rows.push(
      [
        page.route,
        page.reasons.join(', '),
        preset,
        runs > 1 ? `${m.performance} (${m.performanceRange.join('–')})` : m.performance,
        m.accessibility,
        m.bestPractices,
        m.seo,
        kb(m.totalBytes),
        `${Math.round(m.tbtMs)} ms`,
        `${(m.lcpMs / 1000).toFixed(2)} s`,
        kb(m.scriptDecodedBytes),
        kb(m.scriptWireBytes),
      ].map(String),
    );
  }
}
const widths = header.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
const line = (row) => `| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
if (results.decoder) {
  console.log('\nDecoder: input change → updated output (median in Chromium; target < 16 ms)');
  for (const size of results.decoder.sizes) {
    console.log(
      `  ${size.label} token (${size.bytes} B): ${size.medianMs.toFixed(1)} ms to DOM, ${size.medianFrameMs.toFixed(1)} ms to next frame`,
    );
  }
  console.log(
    'Decoder: hostile input up to the 256 KB cap → updated page (median; target: decoder share < 100 ms)',
  );
  for (const entry of results.decoder.worstCase ?? []) {
    console.log(
      `  ${entry.label} (${entry.chars} characters): ${entry.medianTotalMs.toFixed(1)} ms to next frame, bare textarea ${entry.medianBareTextareaMs.toFixed(1)} ms, decoder ${entry.medianFrameMs.toFixed(1)} ms`,
    );
  }
  console.log(
    'Decoder: first paste into a freshly loaded page, then a second paste in it (median; target: first paste → next frame ≤ 50 ms for 1 KB, ≤ 60 ms for 16 KB)',
  );
  for (const line of firstPasteLines(results.decoder.firstPaste)) console.log(`  ${line}`);
}
if (compareRef) console.log(`\n${comparisonLines(results.pages, compareRef).join('\n')}`);
console.log('\nBudgets (medians, this build):');
for (const verdict of results.budgets)
  console.log(`  ${verdict.ok ? 'ok  ' : 'FAIL'} ${verdict.text}`);
console.log(`\nWritten to ${path.relative(root, path.join(outDir, 'results.json'))}`);
if (results.budgets.some((verdict) => !verdict.ok)) process.exitCode = 1;

/**
 * `npm run bench`: build, serve build/ the way a static host would (precompressed gzip), run
 * Lighthouse on the key pages and check the performance budgets.
 * Not a test: figures vary by a few points between runs on a 2-core machine, so budgets are
 * checked against medians of several runs. Results: printed table + bench/results.json.
 *
 *   npm run bench                  full run (build + 3 Lighthouse runs per page and preset)
 *   npm run bench -- --no-build    reuse the current build/
 *   npm run bench -- --runs=1      quicker, noisier
 */
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromiumArgs, findChromium, installHint} from './chromium.mjs';
import {budgetVerdicts, decoderVerdicts, median, summariseLighthouse} from './bench-lib.mjs';
import {benchDecoder, DECODER_ROUTE} from './bench-decoder.mjs';
import {precompressCopy} from './precompress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const runs = Number([...args].find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const outDir = path.join(root, 'bench');
mkdirSync(outDir, {recursive: true});

/** The pages the budgets speak about; a page that is not built yet is reported as missing. */
const pages = [
  {name: 'home', route: '/'},
  {name: 'docs page', route: '/docs/background/jwt-primer'},
  {name: 'checklist page', route: '/docs/checklists/rollout'},
  {name: 'decoder page', route: '/docs/tools/jwt-decoder'},
];

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

function routeFile(route) {
  const clean = route === '/' ? '/index' : route.replace(/\/$/, '');
  return [path.join(root, 'build', `${clean}.html`), path.join(root, 'build', clean, 'index.html')];
}

/**
 * Serves a gzip-precompressed copy of build/ with sirv, which sends each file's `.gz` as a static
 * host or CDN sends its cached compressed copy. A server that compresses on every request (`serve`,
 * before decisions/0011) spent about 60 ms of CPU per page load on this 2-core machine, during the
 * very load Lighthouse was timing. The bytes on the wire are the same.
 */
async function startStaticServer(port) {
  const site = path.join(outDir, 'site');
  precompressCopy(path.join(root, 'build'), site);
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

if (!args.has('--no-build')) {
  const started = Date.now();
  execFileSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  console.log(`build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const port = await freePort();
const server = await startStaticServer(port);
const results = {date: new Date().toISOString(), runs, pages: []};
try {
  for (const page of pages) {
    if (!routeFile(page.route).some(existsSync)) {
      results.pages.push({...page, missing: true});
      continue;
    }
    const entry = {...page, missing: false};
    for (const preset of ['mobile', 'desktop']) {
      const samples = [];
      for (let i = 0; i < runs; i++)
        samples.push(lighthouse(`http://127.0.0.1:${port}${page.route}`, preset));
      const keys = Object.keys(samples[0]);
      entry[preset] = Object.fromEntries(
        keys.map((key) => [key, median(samples.map((s) => s[key]))]),
      );
    }
    results.pages.push(entry);
  }
  if (routeFile(DECODER_ROUTE).some(existsSync)) {
    results.decoder = await benchDecoder(`http://127.0.0.1:${port}`, chromePath);
  }
} finally {
  server.kill();
}

results.budgets = [...budgetVerdicts(results.pages), ...decoderVerdicts(results.decoder)];
writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const header = [
  'page',
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
    rows.push([
      `${page.name} (${page.route})`,
      'missing: not built yet',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    continue;
  }
  for (const preset of ['mobile', 'desktop']) {
    const m = page[preset];
    rows.push(
      [
        `${page.name} (${page.route})`,
        preset,
        m.performance,
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
}
console.log('\nBudgets (medians):');
for (const verdict of results.budgets)
  console.log(`  ${verdict.ok ? 'ok  ' : 'FAIL'} ${verdict.text}`);
console.log(`\nWritten to ${path.relative(root, path.join(outDir, 'results.json'))}`);
if (results.budgets.some((verdict) => !verdict.ok)) process.exitCode = 1;

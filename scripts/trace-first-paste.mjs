/**
 * A Chrome performance trace of the decoder's first paste (issue #18), to see where its time goes:
 * loads the decoder page in a fresh context, waits until it is settled as the bench does, records a
 * devtools.timeline trace around one paste of a token, and prints the main thread's CPU time
 * between the `input` event and the end of the next rendered frame, by kind of work
 * (summariseTrace in bench-lib.mjs). Not a test; a tool to look before changing anything.
 *
 *   node scripts/trace-first-paste.mjs http://127.0.0.1:3000 [--bytes=1024] [--runs=3] [--out=trace.json]
 */
import {chromium} from '@playwright/test';
import {writeFileSync} from 'node:fs';
import {chromiumArgs, findChromium} from './chromium.mjs';
import {median, summariseTrace} from './bench-lib.mjs';
import {benchToken, DECODER_ROUTE, pasteOnce, waitUntilSettled} from './bench-decoder.mjs';

const cliArgs = process.argv.slice(2);
const option = (name, fallback) =>
  cliArgs.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const baseUrl = cliArgs.find((arg) => !arg.startsWith('--')) ?? 'http://127.0.0.1:3000';
const bytes = Number(option('bytes', 1024));
const runs = Number(option('runs', 3));
const out = option('out');
const profile = cliArgs.includes('--profile');

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'blink',
  'cc',
  'gpu',
  'toplevel',
];

const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});
const summaries = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(`${baseUrl}${DECODER_ROUTE}`);
    await page.getByText('Paste a token above').first().waitFor();
    await waitUntilSettled(page);
    const cdp = await context.newCDPSession(page);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', {interval: 100});
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, {categories});
    await page.evaluate(() => performance.mark('paste-start'));
    const marker = `trace-${run}`;
    const times = await pasteOnce(page, benchToken(bytes, marker), marker);
    await page.evaluate(() => performance.mark('paste-end'));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    if (profile) {
      const {profile: cpu} = await cdp.send('Profiler.stop');
      const self = new Map();
      const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
      const counts = new Map();
      for (const id of cpu.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
      const interval = (cpu.endTime - cpu.startTime) / cpu.samples.length / 1000;
      for (const [id, count] of counts) {
        const {callFrame} = byId.get(id);
        const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + count * interval);
      }
      for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.log(`    js ${ms.toFixed(1)} ms ${key}`);
      }
    }
    if (out) writeFileSync(out.replace(/(\.json)?$/, `-${run}.json`), JSON.stringify(trace));
    const summary = summariseTrace(trace.traceEvents ?? trace);
    summaries.push({times, summary});
    console.log(
      `run ${run + 1}: input → DOM ${times.dom.toFixed(1)} ms, → next frame ${times.frame.toFixed(1)} ms, → rendered ${times.rendered.toFixed(1)} ms; main-thread CPU ${summary.totalMs.toFixed(1)} ms:`,
    );
    for (const [kind, ms] of Object.entries(summary.byKind)) {
      console.log(`  ${kind.padEnd(10)} ${ms.toFixed(1)} ms`);
    }
    for (const [name, ms] of summary.topEvents) console.log(`    ${name}: ${ms.toFixed(1)} ms`);
    for (const url of summary.requests) console.log(`  requested ${url.slice(0, 100)}`);
    for (const task of summary.tasks) {
      const kinds = Object.entries(task.kinds)
        .filter(([, ms]) => ms >= 0.5)
        .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
        .join(', ');
      console.log(`  task at ${task.atMs.toFixed(1)} ms: ${task.ms.toFixed(1)} ms (${kinds})`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
const kinds = [...new Set(summaries.flatMap((s) => Object.keys(s.summary.byKind)))];
console.log(`median of ${runs}:`);
for (const kind of kinds) {
  console.log(
    `  ${kind.padEnd(10)} ${median(summaries.map((s) => s.summary.byKind[kind] ?? 0)).toFixed(1)} ms`,
  );
}

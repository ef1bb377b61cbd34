import {execFileSync} from 'node:child_process';
import {defineConfig} from '@playwright/test';
import {chromiumArgs, findChromium, installHint} from './scripts/chromium.mjs';

/**
 * The browser tests run against the production build (`npm run build` first), served on a free
 * loopback port. The port is chosen once in the main process and handed to workers via the env,
 * because Playwright evaluates this file again in each worker.
 */
function freePort(): string {
  return execFileSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    {encoding: 'utf8'},
  );
}

process.env.E2E_PORT ||= freePort();
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = findChromium();
if (!executablePath) {
  throw new Error(installHint);
}

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  // Every test opens its own browser context (its own storage), so tests of one file may run on
  // both workers at once: the long files no longer hold one worker while the other idles.
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: {timeout: 10_000},
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    viewport: {width: 1280, height: 800},
    launchOptions: {executablePath, args: chromiumArgs},
    trace: 'off',
  },
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${port} --no-open`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

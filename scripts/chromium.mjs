/**
 * Finds the system Chromium for the browser tests and the benchmark. The project never downloads
 * a browser of its own (decisions/0001-system-chromium.md).
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const knownPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const installHint =
  'No Chromium found for the browser tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary.';

/** CHROME_PATH, then /usr/bin/chromium, /usr/bin/chromium-browser, then google-chrome on PATH. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const known = knownPaths.find((path) => existsSync(path));
  if (known) return known;
  try {
    const onPath = execFileSync('sh', ['-c', 'command -v google-chrome'], {
      encoding: 'utf8',
    }).trim();
    return onPath || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Headless flags for a closed network: without the background-networking ones Chromium keeps
 * trying to reach Google's hosts, which the tests would (rightly) count as foreign requests.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

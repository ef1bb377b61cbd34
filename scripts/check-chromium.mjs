// First step of `npm test`: fail at once, in one line, when the browser tests cannot run.
import {findChromium, installHint} from './chromium.mjs';

if (!findChromium()) {
  console.error(installHint);
  process.exit(1);
}

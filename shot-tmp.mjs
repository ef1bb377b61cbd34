import {chromium} from '@playwright/test';
const [,, path, name, sel, full] = process.argv;
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
for (const [w, h, tag] of [[1280, 900, 'desk'], [390, 844, 'phone']]) {
  for (const theme of ['light', 'dark']) {
    const ctx = await browser.newContext({viewport: {width: w, height: h}, timezoneId: 'Europe/Berlin', colorScheme: theme});
    await ctx.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:3999${path}`);
    await page.waitForSelector('html[data-has-hydrated=true]').catch(() => {});
    await page.waitForTimeout(800);
    if (sel) await page.locator(sel).first().screenshot({path: `/tmp/shots/${name}-${tag}-${theme}.png`});
    else await page.screenshot({path: `/tmp/shots/${name}-${tag}-${theme}.png`, fullPage: full === 'full'});
    await ctx.close();
  }
}
await browser.close();

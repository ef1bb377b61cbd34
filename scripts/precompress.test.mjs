import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {precompressCopy} from './precompress.mjs';

describe('precompressCopy', () => {
  let root;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  });
  afterEach(() => rmSync(root, {recursive: true, force: true}));

  it('copies the build and adds a .gz that decompresses to each text file of 1 KB or more', () => {
    const build = path.join(root, 'build');
    mkdirSync(path.join(build, 'assets', 'js'), {recursive: true});
    const script = 'console.log("a long enough script");\n'.repeat(40);
    writeFileSync(path.join(build, 'assets', 'js', 'main.abc.js'), script);
    writeFileSync(path.join(build, 'page.html'), `<p>${'text '.repeat(300)}</p>`);
    writeFileSync(path.join(build, 'small.css'), 'a{color:red}');
    writeFileSync(path.join(build, 'logo.png'), Buffer.alloc(4096, 1));

    const site = path.join(root, 'site');
    expect(precompressCopy(build, site)).toBe(2);

    const gz = path.join(site, 'assets', 'js', 'main.abc.js.gz');
    expect(gunzipSync(readFileSync(gz)).toString()).toBe(script);
    expect(existsSync(path.join(site, 'page.html.gz'))).toBe(true);
    expect(existsSync(path.join(site, 'small.css.gz'))).toBe(false);
    expect(existsSync(path.join(site, 'logo.png.gz'))).toBe(false);
    expect(readFileSync(path.join(site, 'small.css'), 'utf8')).toBe('a{color:red}');
    // The build itself is left as it was.
    expect(existsSync(path.join(build, 'page.html.gz'))).toBe(false);
  });

  it('replaces an earlier copy, so no stale page survives', () => {
    const build = path.join(root, 'build');
    mkdirSync(build);
    writeFileSync(path.join(build, 'index.html'), 'x'.repeat(2048));
    const site = path.join(root, 'site');
    mkdirSync(site);
    writeFileSync(path.join(site, 'removed-page.html'), 'old');
    precompressCopy(build, site);
    expect(existsSync(path.join(site, 'removed-page.html'))).toBe(false);
    expect(existsSync(path.join(site, 'index.html.gz'))).toBe(true);
  });
});

/**
 * A copy of the build with a `.gz` file next to every compressible one, for the benchmark's static
 * server to send as is (decisions/0011). The bytes are those the `compression` middleware would
 * send: zlib's default level, and only for files of 1 KB or more.
 */
import {cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

/** Text formats the build contains; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|map|webmanifest)$/;
const THRESHOLD_BYTES = 1024;

/** Copies `from` to `to` (replacing it) and writes the `.gz` files; returns how many it wrote. */
export function precompressCopy(from, to) {
  rmSync(to, {recursive: true, force: true});
  cpSync(from, to, {recursive: true});
  let written = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else if (COMPRESSIBLE.test(name) && stat.size >= THRESHOLD_BYTES) {
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
        written += 1;
      }
    }
  };
  walk(to);
  return written;
}

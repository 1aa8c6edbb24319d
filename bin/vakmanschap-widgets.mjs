#!/usr/bin/env node
/**
 * npx vakmanschap-widgets feed check <bestand-of-url>
 * npx vakmanschap-widgets feed convert <bestand-of-url> > aanbod.json
 *
 * Node's side of the command line: files, output, exit status. Everything
 * else is the library's own feed code (src/feed-checker/cli.ts, built into
 * dist/cli/ by `npm run build`), the same the finder runs in the browser.
 */
import { readFile, stat } from 'node:fs/promises';

let runCli;
try {
  ({ runCli } = await import('../dist/cli/vakmanschap-widgets.js'));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  process.stderr.write('vakmanschap-widgets: dist/cli/ ontbreekt; voer eerst `npm run build` uit. / missing: run `npm run build` first.\n');
  process.exit(2);
}

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  fileSize: async (path) => (await stat(path)).size,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

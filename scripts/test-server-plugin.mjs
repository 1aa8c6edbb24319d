/**
 * Test-only routes of the test runner's server (Koa middleware), for what a
 * static file cannot produce:
 *   /__test/status/<code>     answers with that HTTP status
 *   /__test/slow/<ms>         answers `{"offerings":[]}` after <ms> milliseconds
 *   /__test/text              answers a body that is not JSON
 *   /__test/feed/<n>          a valid feed of <n> generated offers (12 000: about 5 MB)
 *   /__test/truncated/<n>     the same feed cut off halfway (a dropped connection)
 *   /__test/drip/<ms>         a valid feed whose headers come at once and whose body
 *                             takes <ms> milliseconds (a slow network)
 *   /__test/padded/<mb>       valid JSON of about <mb> megabytes that the finder must refuse
 *   /__bundle/<name>.js       src/index.ts bundled on the fly (esbuild): every
 *                             request for another <name> is an independent copy
 *                             of the whole library, like two builds on one page
 *   /test/pages/csp-*.html    served with a strict Content-Security-Policy header
 */
import { build } from 'esbuild';
import { Readable } from 'node:stream';
import { generateFeed } from '../test/fixtures/offerings-generator.js';

const bundles = new Map();

async function bundle() {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: false,
    splitting: false,
    tsconfig: 'tsconfig.json',
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export async function testRoutes(ctx, next) {
  const b = /^\/__bundle\/([\w-]+)\.js$/.exec(ctx.path);
  if (b) {
    if (!bundles.has('code')) bundles.set('code', bundle());
    ctx.type = 'application/javascript';
    ctx.body = await bundles.get('code');
    return;
  }
  if (/^\/test\/pages\/csp-[\w-]+\.html$/.test(ctx.path)) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const m = /^\/__test\/(status|slow|text|feed|truncated|drip|padded)(?:\/(\d+))?$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, n] = m;
  if (kind === 'feed' || kind === 'truncated') {
    const json = JSON.stringify(generateFeed(Number(n)));
    ctx.type = 'application/json';
    ctx.body = kind === 'feed' ? json : json.slice(0, Math.floor(json.length / 2));
  } else if (kind === 'drip') {
    const json = JSON.stringify(generateFeed(3));
    const half = Math.floor(json.length / 2);
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        yield json.slice(0, half);
        await new Promise((r) => setTimeout(r, Number(n)));
        yield json.slice(half);
      })(),
    );
  } else if (kind === 'padded') {
    ctx.type = 'application/json';
    ctx.body = `{"offerings":[],"pad":"${'x'.repeat(Number(n) * 1_000_000)}"}`;
  } else if (kind === 'status') {
    ctx.status = Number(n);
    ctx.body = 'status';
  } else if (kind === 'slow') {
    await new Promise((r) => setTimeout(r, Number(n)));
    ctx.type = 'application/json';
    ctx.body = '{"offerings":[]}';
  } else {
    ctx.type = 'text/html';
    ctx.body = '<html>not json</html>';
  }
}

/**
 * /__stories.js: imports of every stories/*.stories.ts, generated per
 * request, so test/stories.test.ts covers each new story file by itself.
 */
import { readdirSync } from 'node:fs';

export async function storiesIndex(ctx, next) {
  if (ctx.path !== '/__stories.js') return next();
  const files = readdirSync('stories').filter((f) => f.endsWith('.stories.ts')).sort();
  ctx.type = 'application/javascript';
  ctx.body =
    files.map((f, i) => `import * as s${i} from '/stories/${f}';`).join('\n') +
    `\nexport const storyFiles = {${files.map((f, i) => `${JSON.stringify(f)}: s${i}`).join(', ')}};\n`;
}

/**
 * JSON as a module when the browser imports it (Sec-Fetch-Dest: script), as
 * JSON when a test fetches it: `import feed from './feed.json'` and
 * `fetch('./feed.json')` both work on the same file, as in Vite and rollup.
 */
export async function jsonModules(ctx, next) {
  if (!ctx.path.endsWith('.json')) return next();
  const asModule = ctx.get('sec-fetch-dest') === 'script';
  // Two representations of one URL: never let the browser reuse one for the other.
  delete ctx.request.headers['if-none-match'];
  delete ctx.request.headers['if-modified-since'];
  await next();
  ctx.set('Vary', 'Sec-Fetch-Dest');
  ctx.set('Cache-Control', 'no-store');
  if (!asModule || ctx.status !== 200) return;
  let body = ctx.body;
  if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    body = Buffer.concat(chunks).toString('utf8');
  } else if (Buffer.isBuffer(body)) body = body.toString('utf8');
  ctx.type = 'application/javascript';
  ctx.body = `export default ${body};`;
}

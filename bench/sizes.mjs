/**
 * Sizes, from the build in dist/ (gzip -9 and brotli -11 of the bytes a
 * browser would download):
 * - each widget's own module: its npm entry plus every chunk it imports
 *   statically, Lit and the data chunks excluded (they are shared/lazy);
 * - Lit itself (lit + @lit/context + @lit/task, minified, as a page would load it);
 * - each data chunk (loaded lazily, only by the widgets that need it);
 * - the single-file script, with and without its inlined data.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { build } from 'esbuild';
import { brotliSize, gzipSize } from './lib.mjs';

const IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The file and every module it imports statically (relative imports only). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(IMPORT)) staticClosure(join(dirname(file), m[1]), seen);
  return seen;
}

function measure(files) {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf), files: files.length };
}

export function widgetNames() {
  return readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`) && d.name !== 'placeholder')
    .map((d) => d.name);
}

/** The npm build is not minified; minify each widget's closure the way a host's bundler would. */
async function minifiedClosure(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'minisearch', 'fastest-levenshtein'],
    splitting: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  // The entry output plus its static chunks; dynamic (data) chunks are left out.
  const byPath = new Map(result.outputFiles.map((f) => [f.path, f]));
  const entryFile = result.outputFiles.find((f) => f.path.endsWith(`${entry.split('/').pop().replace('.js', '')}.js`)) ?? result.outputFiles[0];
  const seen = new Set();
  const visit = (f) => {
    if (!f || seen.has(f.path)) return;
    seen.add(f.path);
    for (const m of f.text.matchAll(IMPORT)) visit(byPath.get(join(dirname(f.path), m[1])));
  };
  visit(entryFile);
  const buf = Buffer.concat([...seen].map((p) => Buffer.from(byPath.get(p).contents)));
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf), files: seen.size };
}

async function litFloor() {
  const result = await build({
    stdin: { contents: "export * from 'lit'; export * from '@lit/context';", resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const buf = Buffer.from(result.outputFiles[0].contents);
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf), files: 1 };
}

/** The single-file script rebuilt with every data file replaced by an empty stub. */
async function singleFileWithoutData() {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    plugins: [
      {
        name: 'no-data',
        setup(b) {
          b.onLoad({ filter: /[\\/]data[\\/][\w-]+\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
        },
      },
    ],
  });
  const buf = Buffer.from(result.outputFiles[0].contents);
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf), files: 1 };
}

export async function sizes() {
  const widgets = {};
  for (const w of widgetNames()) {
    const entry = `dist/${w}.js`;
    if (!existsSync(entry)) continue;
    widgets[w] = { npmClosure: measure([...staticClosure(entry)]), minified: await minifiedClosure(entry) };
  }
  const dataChunks = {};
  const chunkDir = 'dist/cdn/chunks';
  for (const f of existsSync(chunkDir) ? readdirSync(chunkDir) : []) {
    const name = /^(\w[\w-]*?)-[\w-]{8}\.js$/.exec(f)?.[1];
    if (name && ['sources', 'clusters', 'values', 'roles', 'actions', 'trends', 'providers', 'offerings', 'craft', 'quick-scan'].includes(name)) {
      dataChunks[name] = measure([join(chunkDir, f)]);
    }
  }
  return {
    widgets,
    lit: await litFloor(),
    dataChunks,
    singleFile: measure(['dist/vakmanschap-widgets.min.js']),
    singleFileWithoutData: await singleFileWithoutData(),
    embedHelper: existsSync('dist/vk-embed.js') ? measure(['dist/vk-embed.js']) : undefined,
  };
}

/**
 * Sizes, from the build in dist/ (gzip -9 and brotli -11 of the bytes a
 * browser would download):
 * - each widget's own module: its npm entry plus every chunk it imports
 *   statically, minified the way a host's bundler would; Lit and everything
 *   loaded lazily (data, search, feed validation) excluded. Also without the
 *   shared base (VkElement, theme, localisation: the code all widgets share),
 *   which a page with several widgets downloads once;
 * - Lit itself (lit + @lit/context + @lit/task, minified);
 * - each data chunk and each lazily loaded code chunk of the CDN build;
 * - the single-file script, with and without its inlined data, and what the
 *   single file is made of (from its source map, source-map-explorer style);
 * - the NL Design System's own web components (@utrecht/web-component-library-stencil)
 *   for comparison: the Stencil runtime, a set of form and content building
 *   blocks, and the whole library.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { brotliSize, gzipSize } from './lib.mjs';
import { WIDGETS } from './config.mjs';

function measureBuffer(buf, files = 1) {
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf), files };
}

function measure(files) {
  return measureBuffer(Buffer.concat(files.map((f) => readFileSync(f))), files.length);
}

/** A widget's npm entry: its define module (dist/ mirrors src/). */
const entryOf = (w) => `dist/${w}/define.js`;

/** The widgets (not the provider). */
export function widgetNames() {
  return Object.keys(WIDGETS).filter((w) => w !== 'provider' && existsSync(entryOf(w)));
}

const LIT = ['lit', 'lit/*', '@lit/*', '@lit-labs/*'];

/**
 * All widgets' npm entries bundled together with code splitting, so the
 * chunks every widget imports (the shared base) come out as their own files.
 */
async function ownModules(names) {
  const result = await build({
    entryPoints: Object.fromEntries(names.map((w) => [w, entryOf(w)])),
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    write: false,
    metafile: true,
    outdir: 'bench/.out/own',
    external: LIT,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('bench/.out/own/')), f.contents]));
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const i of outputs[key].imports) if (i.kind === 'import-statement' && !i.external) closure(i.path, seen);
    return seen;
  };
  const entries = Object.fromEntries(names.map((w) => [w, Object.keys(outputs).find((k) => outputs[k].entryPoint === entryOf(w))]));
  const closures = Object.fromEntries(names.map((w) => [w, closure(entries[w])]));
  const shared = [...closures[names[0]]].filter((k) => names.every((w) => closures[w].has(k)));
  const pack = (keys) => measureBuffer(Buffer.concat([...keys].map((k) => Buffer.from(contents.get(k)))), keys.length);
  const widgets = {};
  for (const w of names) {
    widgets[w] = { own: pack([...closures[w]]), withoutShared: pack([...closures[w]].filter((k) => !shared.includes(k))) };
  }
  return { widgets, sharedBase: pack(shared) };
}

async function bundle(contents, options = {}) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return measureBuffer(Buffer.from(result.outputFiles[0].contents));
}

const litFloor = () => bundle("export * from 'lit'; export * from '@lit/context'; export * from '@lit/task';");

const noData = {
  name: 'no-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/][\w-]+\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/**
 * The single-file script rebuilt with esbuild (every data file replaced by an
 * empty stub), and what it is made of, source-map-explorer style: each byte
 * of the minified output is given to the module its source map names, and
 * each group of modules gets its raw bytes and its gzip share (the file's
 * gzip size minus the gzip size of the file without that group's bytes).
 */
async function singleFileWithoutData() {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    sourcemap: 'external',
    outdir: 'bench/.out/single',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    plugins: [noData],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);
  const code = js.text;
  const owner = attribute(code, map);
  const groups = new Map();
  for (let i = 0; i < code.length; i++) {
    const g = owner[i] < 0 ? 'glue (bundler)' : groupOf(map.sources[owner[i]].replace(/^(\.\.\/)+/, ''));
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(i);
  }
  const total = gzipSize(Buffer.from(code));
  const byGroup = [...groups]
    .map(([group, idx]) => {
      const mine = new Set(idx);
      const rest = [...code].filter((_, i) => !mine.has(i)).join('');
      return { group, raw: Buffer.byteLength(idx.map((i) => code[i]).join('')), gzipShare: total - gzipSize(Buffer.from(rest)) };
    })
    .sort((a, b) => b.gzipShare - a.gzipShare);
  return { ...measureBuffer(Buffer.from(js.contents)), byGroup };
}

const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** For each character of `code`, the index of its source in `map` (or -1): decodes the mappings. */
function attribute(code, map) {
  const owner = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  let offset = 0;
  let source = 0;
  map.mappings.split(';').forEach((line, l) => {
    let col = 0;
    const segments = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of seg) {
        const digit = VLQ[c];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([col, fields.length > 1 ? source : -1]);
    }
    const length = lines[l]?.length ?? 0;
    segments.forEach(([start, src], k) => {
      const end = k + 1 < segments.length ? segments[k + 1][0] : length;
      owner.fill(src, offset + start, offset + end);
    });
    offset += length + 1;
  });
  return owner;
}

/** Groups the single file's modules by what they are, to see where the bytes go. */
function groupOf(path) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit (lit-html, reactive-element, lit-element)';
  if (/node_modules\/@lit\//.test(path)) return 'Lit (@lit/context, @lit/task)';
  if (path.includes('node_modules/minisearch')) return 'minisearch (finder search)';
  if (path.includes('node_modules/')) return path.split('/').slice(1, path.includes('/@') ? 3 : 2).join('/');
  if (/src\/data\/generated\/validate-/.test(path)) return 'feed validators (generated, src/data/generated)';
  if (path.startsWith('data/')) return 'data (stubbed)';
  if (/\.styles\.ts$/.test(path)) return 'styles (*.styles.ts)';
  if (/\.messages\.ts$/.test(path)) return 'message catalogs nl + en (*.messages.ts)';
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? `code: src/${m[1]}` : path;
}

/** The CDN build's lazily loaded chunks: data files, and code loaded on demand. */
function lazyChunks() {
  const data = {};
  const code = {};
  // Data files: dist/cdn/data/<name>.js (no hash, so pages can preload them).
  const dataDir = 'dist/cdn/data';
  for (const f of existsSync(dataDir) ? readdirSync(dataDir) : []) {
    if (f.endsWith('.js')) data[f.slice(0, -3)] = measure([join(dataDir, f)]);
  }
  const dir = 'dist/cdn/chunks';
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    // Chunk names carry no hash (cdn/chunks/search.js), so that pages can preload them.
    const name = /^(\w[\w.-]*)\.js$/.exec(f)?.[1];
    if (!name) continue;
    if (['sources', 'clusters', 'values', 'roles', 'actions', 'trends', 'providers', 'offerings', 'craft', 'quick-scan'].includes(name)) {
      data[name] = measure([join(dir, f)]);
    } else if (['search', 'feed', 'validate-offering', 'validate-provider'].includes(name)) {
      code[name] = measure([join(dir, f)]);
    }
  }
  return { data, code };
}

/**
 * The code loaded only for a feed in another format than JSON, and for "Zet
 * in agenda": each converter with its parser library (ical.js, d3-dsv), the
 * code the three converters share, and the iCalendar export. Built from
 * src/ with the same splitting a bundler does; the data layer they run in
 * (feed checking, the data files) is loaded anyway and left out.
 */
export async function feedParsers() {
  const own = /(src\/data\/formats\/|src\/data\/calendar\.ts$|node_modules\/(ical\.js|d3-dsv)\/)/;
  const result = await build({
    entryPoints: { ical: 'src/data/formats/ical.ts', jsonld: 'src/data/formats/jsonld.ts', csv: 'src/data/formats/csv.ts', calendar: 'src/data/calendar.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    write: false,
    outdir: 'bench/.out/parsers',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    plugins: [
      {
        name: 'rest-is-loaded',
        setup(b) {
          b.onResolve({ filter: /^\./ }, (a) => {
            const path = join(a.resolveDir, a.path).replace(/\.js$/, '.ts');
            return own.test(path) || a.kind === 'entry-point' ? undefined : { path: a.path, external: true };
          });
        },
      },
    ],
  });
  const parts = new Map();
  for (const f of result.outputFiles) {
    const name = /\/([\w-]+?)(?:-[A-Z0-9]{8})?\.js$/.exec(f.path)?.[1] ?? '';
    const key = ['ical', 'jsonld', 'csv', 'calendar'].includes(name) ? name : 'shared by the converters';
    parts.set(key, [...(parts.get(key) ?? []), Buffer.from(f.contents)]);
  }
  return Object.fromEntries([...parts].map(([key, buffers]) => [key, measureBuffer(Buffer.concat(buffers), buffers.length)]));
}

const NLDS = '@utrecht/web-component-library-stencil';
/** Building blocks a widget like ours would be made of. */
export const NLDS_COMPONENTS = [
  'utrecht-button',
  'utrecht-checkbox',
  'utrecht-form-field-checkbox',
  'utrecht-textbox',
  'utrecht-alert',
  'utrecht-heading-2',
  'utrecht-paragraph',
  'utrecht-link',
  'utrecht-table',
  'utrecht-pagination',
];

async function nlDesignSystem() {
  const dir = `node_modules/${NLDS}/dist/components`;
  if (!existsSync(dir)) return undefined;
  const version = JSON.parse(readFileSync(`node_modules/${NLDS}/package.json`, 'utf8')).version;
  const runtimeFile = readdirSync(dir).find((f) => /^p-\w+\.js$/.test(f) && readFileSync(join(dir, f), 'utf8').includes('const NAMESPACE'));
  const runtime = await bundle(`export * from './${dir}/${runtimeFile}';`);
  const runtimeExternal = {
    name: 'stencil-runtime-external',
    setup(b) {
      b.onResolve({ filter: new RegExp(`${runtimeFile.replace('.', '\\.')}$`) }, (a) => ({ path: a.path, external: true }));
    },
  };
  const components = {};
  for (const c of NLDS_COMPONENTS) {
    if (existsSync(join(dir, `${c}.js`))) components[c] = await bundle(`export * from './${dir}/${c}.js';`, { plugins: [runtimeExternal] });
  }
  const set = await bundle(NLDS_COMPONENTS.map((c) => `export * from './${dir}/${c}.js';`).join('\n'));
  const all = await bundle(`export * from './${dir}/index.js';`);
  const count = readdirSync(dir).filter((f) => /^utrecht-.*\.js$/.test(f)).length;
  return { package: NLDS, version, runtime, components, set, all, count };
}

export async function sizes() {
  const names = widgetNames();
  const own = await ownModules(names);
  const lazy = lazyChunks();
  return {
    widgets: own.widgets,
    sharedBase: own.sharedBase,
    lit: await litFloor(),
    dataChunks: lazy.data,
    lazyCode: lazy.code,
    feedParsers: await feedParsers(),
    singleFile: measure(['dist/vakmanschap-widgets.min.js']),
    singleFileWithoutData: await singleFileWithoutData(),
    singleWidgets: Object.fromEntries(
      names
        .map((w) => [w, `dist/single/vk-${w}.min.js`])
        .filter(([, f]) => existsSync(f))
        .map(([w, f]) => [w, measure([f])]),
    ),
    embedHelper: existsSync('dist/vk-embed.js') ? measure(['dist/vk-embed.js']) : undefined,
    nlDesignSystem: await nlDesignSystem(),
  };
}

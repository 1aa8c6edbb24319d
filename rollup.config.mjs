import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/** One entry per widget folder that has a define.ts, plus the all-in-one index. */
const widgets = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
  .map((d) => d.name);

const entries = {
  index: 'src/index.ts',
  ...Object.fromEntries(widgets.map((w) => [w, `src/${w}/define.ts`])),
};

const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });

const onwarn = (warning, warn) => {
  // Lit's decorators use `this` at the top level of helper modules; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** The shared plugin chain; `declarations` only for the npm build. */
const plugins = ({ outDir, declarations = false }) => [
  json({ preferConst: true, compact: true }),
  // package.json `sideEffects` describes the shipped dist/ files for a host's
  // bundler; it must not mark our own src/ modules side-effect free here (a
  // define module imported only for its registration would be dropped).
  nodeResolve({ exportConditions: ['production'], browser: true, ignoreSideEffectsForRoot: true }),
  typescript({
    tsconfig: 'tsconfig.build.json',
    declaration: declarations,
    declarationDir: declarations ? 'dist/types' : undefined,
    outDir,
    sourceMap: true,
    noEmitOnError: true,
  }),
  // CSS in `css` literals minified (esbuild), in the compiled module (the TypeScript plugin reads from disk).
  minifyCssLiterals(),
];

/**
 * For the single-file (IIFE) scripts: the feed converters (ical.js, d3-dsv
 * and the three format modules) are replaced by `formats/json-only.ts`, so
 * these scripts read JSON feeds and say so for other formats. See that
 * module for why.
 */
const jsonOnlyFeeds = () => ({
  name: 'vk-json-only-feeds',
  async resolveId(source, importer, options) {
    if (!importer || !/[/\\]src[/\\]data[/\\]feed-formats\.ts$/.test(importer)) return null;
    if (!/^\.\/formats\/(ical|jsonld|csv)\.js$/.test(source)) return null;
    return this.resolve('./formats/json-only.js', importer, { ...options, skipSelf: true });
  },
});

/**
 * The CDN build's chunk names, without hash and the same from build to build
 * as long as the code is split the same way: data files as `data/<file>.js`;
 * code as `chunks/<module>.js`, named after the module Rollup named the chunk
 * by, or its folder for a widget's `define`/`index` (`chunks/quick-scan.js`).
 * Rollup appends a number should two chunks still get one name.
 */
const stableChunkName = (chunk) => {
  if (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => /[\\/]data[\\/][\w-]+\.json$/.test(id))) return 'data/[name].js';
  const named = chunk.moduleIds.find((id) => basename(id).replace(/\.[^.]+$/, '') === chunk.name);
  const name = named && /^(define|index)$/.test(chunk.name) ? basename(dirname(named)) : chunk.name;
  return `chunks/${name.replace(/[^\w.-]/g, '-')}.js`;
};

/** Copies static files into the build (no transformation). */
const staticFiles = (files) => ({
  name: 'vk-static-files',
  generateBundle() {
    for (const [from, to] of files) {
      this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from) });
    }
  },
});

// 7. The feed checker on the command line (`npx vakmanschap-widgets feed check`):
//    the same data code for Node, dependencies left as imports; bin/ runs it.
const cli = {
  input: { 'vakmanschap-widgets': 'src/feed-checker/cli.ts' },
  external: isDependency,
  onwarn,
  plugins: plugins({ outDir: 'dist/cli' }),
  output: { dir: 'dist/cli', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
};

// 3. The hostable learning tab: a self-contained static folder
//    (page, app, lazy data chunks, the iframe helper, an example config);
//    scripts/prerender.mjs then saves each of its views as static HTML.
const learningTab = {
  input: { app: 'src/leeromgeving/app.ts' },
  onwarn,
  plugins: [
    ...plugins({ outDir: 'dist/leeromgeving' }),
    minify(),
    staticFiles([
      ['src/leeromgeving/index.html', 'index.html'],
      ['src/leeromgeving/leeromgeving.css', 'leeromgeving.css'],
      ['src/leeromgeving/config.json', 'config.json'],
      ['src/leeromgeving/config.example.json', 'config.example.json'],
    ]),
  ],
  output: {
    dir: 'dist/leeromgeving',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
};

// 2. For <script type="module" src>: self-contained, minified, per-widget
//    entries sharing one Lit chunk; data loads lazily relative to the script.
//    No file name carries a hash (cdn/chunks/vk-element.js, cdn/data/values.js),
//    so a page can name every file its widget's first paint needs in
//    `<link rel="modulepreload">` lines of its first response: one round trip
//    for code and data instead of page → entry → chunks → data (issue 19). The
//    README's snippets carry those lines (scripts/check-snippets.mjs proves them
//    and rewrites them with --write-preloads). Cache-busting comes from the
//    version in the URL path (the README says how), not from the names.
const cdn = {
  input: { 'vakmanschap-widgets': 'src/index.ts', ...Object.fromEntries(widgets.map((w) => [`vk-${w}`, `src/${w}/define.ts`])) },
  onwarn,
  plugins: [...plugins({ outDir: 'dist/cdn' }), minify()],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: stableChunkName,
    sourcemap: true,
  },
};

// `rollup -c --environment VK_BUILD:cli` builds the command line alone (npm run test:cli),
// `VK_BUILD:leeromgeving` the learning tab alone, `VK_BUILD:cdn` the CDN build alone.
const only = { cli: [cli], leeromgeving: [learningTab], cdn: [cdn] }[process.env.VK_BUILD ?? ''];
export default only ?? [
  // 1. For bundlers (npm): dist/ mirrors src/, one file per module, so a
  //    widget's class (dist/<widget>/<widget>.js) never carries its
  //    registration (dist/<widget>/define.js): package.json `sideEffects`
  //    names exactly the define files, and importing a class registers
  //    nothing. Lit and the other dependencies stay imports; data loads as
  //    lazy modules; .d.ts types in dist/types/.
  {
    input: [...Object.values(entries), ...widgets.map((w) => `src/${w}/${w}.ts`)],
    external: isDependency,
    onwarn,
    plugins: plugins({ outDir: 'dist', declarations: true }),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // tslib's helpers (bundled: it is no dependency) go to dist/vendor/, not a
      // node_modules folder; the data files (data/values.json) to dist/data/json/.
      entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/').replace(/^data\/([\w-]+)\.json$/, 'data/json/$1')}.js`,
      sourcemap: true,
    },
  },
  cdn,
  learningTab,
  // 4. The host page's iframe helper: tiny, classic script, no dependencies.
  {
    input: 'src/embed/vk-embed.ts',
    onwarn,
    plugins: [...plugins({ outDir: 'dist' }), minify()],
    output: [
      { file: 'dist/vk-embed.js', format: 'iife', sourcemap: true },
      { file: 'dist/leeromgeving/vk-embed.js', format: 'iife', sourcemap: true },
    ],
  },
  // 5. For a classic <script src>: one minified file per widget, Lit and that
  //    widget's data inlined, so a page with one widget loads only that one...
  ...widgets.map((w) => ({
    input: `src/${w}/define.ts`,
    onwarn,
    plugins: [jsonOnlyFeeds(), ...plugins({ outDir: 'dist/single' }), minify()],
    output: {
      file: `dist/single/vk-${w}.min.js`,
      format: 'iife',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  })),
  //    ...and one file with everything.
  {
    input: 'src/index.ts',
    onwarn,
    plugins: [jsonOnlyFeeds(), ...plugins({ outDir: 'dist' }), minify()],
    output: {
      file: 'dist/vakmanschap-widgets.min.js',
      format: 'iife',
      name: 'VakmanschapWidgets',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  // 6. The feed-checker page: a static folder like the learning tab's.
  {
    input: { app: 'src/feed-checker/app.ts' },
    onwarn,
    plugins: [...plugins({ outDir: 'dist/feed-checker' }), minify(), staticFiles([['src/feed-checker/index.html', 'index.html']])],
    output: {
      dir: 'dist/feed-checker',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  cli,
];

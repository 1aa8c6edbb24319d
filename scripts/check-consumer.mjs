/**
 * Proves the package from the outside, as a host installs it (run after
 * `npm run build`; CI does):
 *
 * 1. `npm pack`, and checks of the packed file list: every `exports` target
 *    and `types` file is in it; `sideEffects` names exactly the modules that
 *    register an element (a class module matched, or a define module missed,
 *    fails); every widget has its `./<widget>` and `./<widget>/class` entry;
 *    no src/, tests or corpus texts.
 * 2. Each project of scripts/consumer/ (see its README) is copied into a fresh
 *    folder in the system's temporary directory, outside the repository, and
 *    the tarball is installed there with Vite, TypeScript and (for `react`)
 *    React 19, (for `vue`) Vue 3 from the registry. Then: `tsc` (`vue-tsc`)
 *    must pass; with the `@ts-expect-error` / `@vue-expect-error` markers
 *    removed it must fail on exactly the marked lines;
 *    `vite build`; the built page opens in Chromium, the widgets must render,
 *    and a click must reach the host's typed listener.
 *
 *   node scripts/check-consumer.mjs           every project (vanilla, react, vue)
 *   node scripts/check-consumer.mjs react     one of them
 *   node scripts/check-consumer.mjs --pack    only step 1
 *   KEEP=1 node scripts/check-consumer.mjs    keep the temporary folder
 * Nothing is cached in the repository; npm's own cache makes a second run faster.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, serve } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** What each project installs besides the tarball (majors as `npm create vite` would give). */
const PROJECTS = {
  vanilla: { dependencies: {}, devDependencies: { typescript: '~5.9.3', vite: '^8.0.0' } },
  react: {
    dependencies: { react: '^19.2.0', 'react-dom': '^19.2.0' },
    devDependencies: {
      typescript: '~5.9.3',
      vite: '^8.0.0',
      '@vitejs/plugin-react': '^6.0.0',
      '@types/react': '^19.2.0',
      '@types/react-dom': '^19.2.0',
    },
  },
  vue: {
    dependencies: { vue: '^3.5.0' },
    devDependencies: { typescript: '~5.9.3', vite: '^8.0.0', '@vitejs/plugin-vue': '^6.0.0', 'vue-tsc': '^3.0.0' },
    typecheck: 'vue-tsc',
  },
};

/** Widgets each project does not import: their code must not reach its bundle. */
const NOT_IMPORTED = {
  vanilla: ['vk-quick-scan', 'vk-value-overview', 'vk-provider'],
  react: [], // imports the whole package
  vue: ['vk-quick-scan', 'vk-provider', 'vk-training-finder'],
};

const timings = [];
async function step(label, fn) {
  const start = performance.now();
  process.stdout.write(`--- ${label}\n`);
  const result = await fn();
  const seconds = (performance.now() - start) / 1000;
  timings.push([label, seconds]);
  process.stdout.write(`    ${label}: ${seconds.toFixed(1)} s\n`);
  return result;
}

function run(cmd, args, cwd, { allowFailure = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 && !allowFailure) {
    const how = r.signal ? `was stopped by ${r.signal}` : r.error ? `could not run (${r.error.message})` : `exited with ${String(r.status)}`;
    throw new Error(`${cmd} ${args.join(' ')} ${how} in ${cwd}:\n${output}`);
  }
  return { status: r.status, output };
}

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};

/** `./dist/*\/define.js` → a RegExp over package paths (`*` within a folder, `**` across). */
function globToRegExp(glob) {
  const body = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/?|\*)/)
    .map((part) => (part.startsWith('**') ? '(?:.*/)?' + (part === '**' ? '.*' : '') : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Every file an `exports` value points to (all conditions), with `*` patterns. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(exportTargets);
}

/** The static checks of the packed file list. */
function checkPackedFiles(files) {
  const has = new Set(files);
  const matches = (pattern) => {
    const re = globToRegExp(pattern);
    return files.filter((f) => re.test(f));
  };
  for (const [key, value] of Object.entries(pkg.exports)) {
    for (const target of exportTargets(value)) {
      check(target.includes('*') ? matches(target).length > 0 : has.has(target.replace(/^\.\//, '')), `exports["${key}"] → ${target} is not in the package`);
    }
  }
  for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
    if (pkg[field]) check(has.has(pkg[field].replace(/^\.\//, '')), `package.json ${field} → ${pkg[field]} is not in the package`);
  }
  for (const pattern of pkg.sideEffects) check(matches(pattern).length > 0, `sideEffects "${pattern}" matches no packed file`);

  // The npm build (dist/ mirroring src/): a module registers iff sideEffects
  // names it, and no other module imports one that registers (statically: a
  // class module that imported a define module would register on import).
  const sideEffect = (f) => pkg.sideEffects.some((p) => globToRegExp(p).test(f));
  const esModules = files.filter((f) => /^dist\/.*\.js$/.test(f) && !/^dist\/(cdn|single|leeromgeving|feed-checker|cli)\//.test(f) && !/^dist\/[^/]+\.(min\.)?js$/.test(f));
  esModules.push('dist/index.js');
  const imports = new Map();
  const registers = new Set();
  for (const f of esModules) {
    const code = readFileSync(join(ROOT, f), 'utf8');
    if (/^(defineElement|customElements\.define)\(/m.test(code)) registers.add(f);
    const deps = [...code.matchAll(/^(?:import|export)\b[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => join(f, '..', m[1]));
    imports.set(f, deps);
  }
  const reaches = (f, seen = new Set()) => {
    for (const d of imports.get(f) ?? []) {
      if (seen.has(d)) continue;
      seen.add(d);
      reaches(d, seen);
    }
    return seen;
  };
  for (const f of esModules) {
    if (registers.has(f)) check(sideEffect(f), `${f} registers an element but sideEffects does not name it`);
    else if (f !== 'dist/index.js') check(!sideEffect(f), `${f} registers nothing but sideEffects names it (bundlers could not drop it)`);
    if (!sideEffect(f)) {
      const registering = [...reaches(f)].filter((d) => registers.has(d));
      check(registering.length === 0, `${f} (no side effects) imports ${registering.join(', ')}, which registers`);
    }
  }
  const registering = registers.size;
  // …and every registration is reached: the index reaches every define
  // module, and each define module keeps the define imports of its source
  // (the overview's registers the card). A bundler that took our own
  // `sideEffects` for src/ would drop such an import.
  const indexReaches = reaches('dist/index.js');
  for (const f of registers) check(indexReaches.has(f), `dist/index.js does not import ${f}: importing the package registers no <${f.split('/')[1]}>`);
  for (const f of registers) {
    const source = `src/${f.slice('dist/'.length).replace(/\.js$/, '.ts')}`;
    if (!existsSync(join(ROOT, source))) continue;
    const wanted = [...readFileSync(join(ROOT, source), 'utf8').matchAll(/^import '(\.{1,2}\/[^']+\/define\.js)';/gm)].map((m) => join(f, '..', m[1]));
    for (const w of wanted) check(reaches(f).has(w), `${f} lost the import of ${w} that ${source} has`);
  }
  const widgets = Object.keys(pkg.exports).filter((k) => k.endsWith('/class')).map((k) => k.slice(2, -'/class'.length));
  for (const w of widgets) check(Boolean(pkg.exports[`./${w}`]), `exports has ./${w}/class but not ./${w}`);
  for (const f of files.filter((f) => /^dist\/[^/]+\/define\.js$/.test(f))) {
    const w = f.split('/')[1];
    check(Boolean(pkg.exports[`./${w}`]) && Boolean(pkg.exports[`./${w}/class`]), `${f} has no ./${w} and ./${w}/class entries in exports`);
  }
  for (const f of files) check(!/^(src|test|scripts|stories|bench|data\/corpus)\//.test(f), `${f} should not be in the package`);
  console.log(`    ${files.length} files; ${registering} modules register an element, each named in sideEffects; ${widgets.length} widgets with ./<widget> and ./<widget>/class`);
}

/** Marks a line that must fail to type-check (TypeScript's, and Vue's in templates). */
const MARKER = /@(ts|vue)-expect-error/;

/** Type-checks; then, without the expect-error markers, expects errors on exactly the marked lines. */
function typeCheck(dir, sources, tsc) {
  run('npx', [tsc, '-p', 'tsconfig.json'], dir);
  const expected = [];
  const originals = new Map();
  for (const file of sources) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    originals.set(path, text);
    text.split('\n').forEach((line, i) => {
      if (MARKER.test(line)) expected.push(`${file}:${i + 2} (${line.replace(/.*-expect-error\s*/, '').replace(/\s*(\*\/\}|-->)\s*$/, '')})`);
    });
    writeFileSync(path, text.replace(new RegExp(MARKER, 'g'), 'expected error:'));
  }
  const { status, output } = run('npx', [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], dir, { allowFailure: true });
  for (const [path, text] of originals) writeFileSync(path, text);
  const errors = [...output.matchAll(/^(src\/[^(]+)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({ at: `${m[1]}:${m[2]}`, code: m[3], message: m[4] }));
  const lines = (list) => [...new Set(list)].sort().join(', ');
  check(status !== 0, 'tsc passed with the @ts-expect-error markers removed');
  check(lines(errors.map((e) => e.at)) === lines(expected.map((e) => e.split(' ')[0])), `errors at ${lines(errors.map((e) => e.at))}, expected at ${lines(expected.map((e) => e.split(' ')[0]))}\n${output}`);
  for (const e of expected) {
    const at = e.split(' ')[0];
    const got = errors.filter((x) => x.at === at);
    console.log(`    caught ${at} ${e.slice(at.length + 1)}: ${got.map((g) => `${g.code} ${g.message.slice(0, 110)}`).join('; ') || 'NO ERROR'}`);
  }
}

/** Opens the built page in Chromium and runs the project's checks. */
async function inBrowser(dir, name) {
  const server = await serve(join(dir, 'dist'));
  const browser = await launchBrowser();
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    await page.goto(`${server.url}/index.html`);
    const values = JSON.parse(readFileSync(join(ROOT, 'data/values.json'), 'utf8')).values;
    const lef = values.find((v) => v.id === 'lef').name;
    const shadowText = (selector) => page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (name === 'vanilla') {
      await page.waitForFunction(() => window.consumerCheck?.ready === true, null, { timeout: 20000 });
      const state = await page.evaluate(() => window.consumerCheck);
      check(!state.cardTagTaken, 'importing vakmanschap-widgets/value-card/class registered <vk-value-card>');
      check(state.ownTag, '<mijn-waardekaart> is not the subclass of VkValueCard');
      const card = await page.locator('mijn-waardekaart [part~="heading"]').first().textContent();
      check(card?.trim() === lef, `<mijn-waardekaart value="lef"> shows "${card}", expected "${lef}"`);
      check((await shadowText('vk-role-priority-table')).includes('Griffier'), '<vk-role-priority-table office="griffier"> does not name the griffier');
      const results = await page.locator('vk-training-finder [part~="result"]').count();
      check(results > 0, '<vk-training-finder> shows no offers');
      const button = page.locator('vk-role-priority-table [part~="value-link"]').first();
      const id = await button.getAttribute('data-value');
      await button.click();
      await page.waitForFunction((want) => window.consumerCheck.events.includes(want), `vk-value-select ${id}`, { timeout: 5000 }).catch(() => undefined);
      const events = await page.evaluate(() => window.consumerCheck.events);
      check(events.includes(`vk-value-select ${id}`), `clicking ${id} in the table gave events ${JSON.stringify(events)}`);
      console.log(`    rendered: <mijn-waardekaart> "${card?.trim()}", the griffier's table, ${results} offers; vk-value-card registered: ${state.cardTagTaken}; host listener got "vk-value-select ${id}"`);
    } else {
      // react and vue: the same page, rendered by the framework.
      await page.locator('vk-value-card [part~="heading"]').first().waitFor({ timeout: 20000 });
      const card = await page.locator('vk-value-card [part~="heading"]').first().textContent();
      check(card?.trim() === lef, `<vk-value-card value="lef"> shows "${card}", expected "${lef}"`);
      await page.locator('vk-role-priority-table [part~="value-link"]').first().waitFor({ timeout: 20000 });
      check((await shadowText('vk-role-priority-table')).includes('Griffier'), '<vk-role-priority-table office="griffier"> does not name the griffier');
      const level = await page.locator('vk-role-priority-table').getAttribute('heading-level');
      check(level === '2', `heading-level={2} reached the element as ${JSON.stringify(level)}`);
      const button = page.locator('vk-role-priority-table [part~="value-link"]').first();
      const id = await button.getAttribute('data-value');
      await button.click();
      await page.waitForFunction((want) => document.getElementById('chosen')?.textContent === want, id, { timeout: 5000 }).catch(() => undefined);
      const chosen = await page.locator('#chosen').textContent();
      check(chosen === id, `the vk-value-select handler did not run: #chosen is ${JSON.stringify(chosen)} after clicking ${id}`);
      console.log(`    rendered: <vk-value-card> "${card?.trim()}", the griffier's table (heading-level ${level}); the vk-value-select handler set state to "${chosen}"`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  for (const p of problems) check(false, `${name}: ${p}`);
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = process.argv.includes('--pack') ? [] : only.length ? only : Object.keys(PROJECTS);
for (const name of names) if (!PROJECTS[name]) throw new Error(`unknown project "${name}": ${Object.keys(PROJECTS).join(', ')}`);
for (const f of ['dist/index.js', 'custom-elements.json', 'dist/jsx.d.ts']) {
  if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first.`);
}

const work = mkdtempSync(join(tmpdir(), 'vk-consumer-'));
console.log(`Consumer check in ${work} (npm ${run('npm', ['--version'], work).output.trim()}, node ${process.version})`);
try {
  const tarball = await step('npm pack + package file checks', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    console.log(`    ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`);
    checkPackedFiles(packed.files.map((f) => f.path));
    return join(work, packed.filename);
  });

  for (const name of names) {
    const dir = join(work, name);
    cpSync(join(ROOT, 'scripts/consumer', name), dir, { recursive: true });
    const { dependencies, devDependencies } = PROJECTS[name];
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module', dependencies: { 'vakmanschap-widgets': `file:${tarball}`, ...dependencies }, devDependencies }, null, 2)}\n`,
    );
    await step(`${name}: npm install`, () => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir));
    const sources = run('find', ['src', '-name', '*.ts*', '-o', '-name', '*.vue'], dir).output.trim().split('\n');
    const tsc = PROJECTS[name].typecheck ?? 'tsc';
    await step(`${name}: ${tsc} (and the marked lines must fail)`, () => typeCheck(dir, sources, tsc));
    await step(`${name}: vite build`, () => {
      run('npx', ['vite', 'build', '--logLevel', 'warn'], dir);
      const built = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
      const code = built.map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8')).join('\n');
      const kb = Buffer.byteLength(code) / 1024;
      // Per-widget entries: a widget the project does not import is not in its bundle.
      const absent = NOT_IMPORTED[name].filter((tag) => !code.includes(tag));
      check(absent.length === NOT_IMPORTED[name].length, `${name}: the bundle contains ${NOT_IMPORTED[name].filter((t) => !absent.includes(t)).join(', ')}, which it never imports`);
      console.log(`    ${built.length} JS files, ${kb.toFixed(0)} KB${absent.length ? `; not in the bundle: ${absent.join(', ')}` : ''}`);
    });
    await step(`${name}: the built page in Chromium`, () => inBrowser(dir, name));
  }
} finally {
  if (process.env.KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\nTimings: ${timings.map(([l, s]) => `${l} ${s.toFixed(1)} s`).join('; ')}`);
if (failures.length) {
  console.error(`\nConsumer check failed (${failures.length}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(names.length ? `Consumer check passed: ${names.join(' and ')} installed the packed package, type-checked, built and rendered.` : 'Package check passed.');

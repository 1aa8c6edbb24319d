/**
 * Size budgets (issue 19): the gzip size of every shipped entry, as a
 * browser downloads it for a first paint, against `size-budgets.json`.
 *
 *   node scripts/check-budgets.mjs           check dist/ (CI, after npm run build)
 *   node scripts/check-budgets.mjs --write   write the current sizes as the budgets
 *
 * Fails (exit 1) when an entry is more than 5 % over its budget, naming the
 * entry, its files and the bytes; also when an entry has no budget. Lowering
 * a budget is part of a change that makes a file smaller (`--write`).
 *
 * Entries:
 *   single/vk-<widget>.min.js         the classic script per widget (Lit and data inlined)
 *   vakmanschap-widgets.min.js         the classic script with everything
 *   cdn/vk-<widget>.js + first paint   the CDN entry with every chunk it imports
 *                                      statically (what its first paint needs before data)
 *   leeromgeving/<view>.html + scripts a pre-rendered view with its app.js and
 *                                      every script it preloads; the single values'
 *                                      pages (waarde-<value>.html) as one entry, the largest
 * Each file is gzipped on its own (level 9), as a server sends it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const TOLERANCE = 0.05;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (files) => files.reduce((n, f) => n + gz(f), 0);

/** The chunks a module imports statically, recursively (relative specifiers in the built code). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), m[1]));
    if (existsSync(target)) staticClosure(target, seen);
  }
  return seen;
}

/** Every entry of `dist` with the files it consists of. */
export function entries(dist = 'dist') {
  const out = {};
  const rel = (f) => relative(dist, f).split('\\').join('/');
  const single = join(dist, 'single');
  for (const f of existsSync(single) ? readdirSync(single).filter((f) => f.endsWith('.min.js')).sort() : []) out[`single/${f}`] = [join(single, f)];
  if (existsSync(join(dist, 'vakmanschap-widgets.min.js'))) out['vakmanschap-widgets.min.js'] = [join(dist, 'vakmanschap-widgets.min.js')];
  const cdn = join(dist, 'cdn');
  for (const f of existsSync(cdn) ? readdirSync(cdn).filter((f) => f.endsWith('.js')).sort() : []) {
    out[`cdn/${f} + first paint`] = [...staticClosure(join(cdn, f))];
  }
  const tab = join(dist, 'leeromgeving');
  for (const f of existsSync(tab) ? readdirSync(tab).filter((f) => f.endsWith('.html')).sort() : []) {
    const html = readFileSync(join(tab, f), 'utf8');
    const scripts = [...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="\.\/([^"]+)"/g)].map((m) => join(tab, m[1]));
    const files = new Set([join(tab, f)]);
    for (const s of scripts) if (existsSync(s)) staticClosure(s, files);
    // The 39 single values' pages are one entry: the largest of them.
    const key = f.startsWith('waarde-') ? 'leeromgeving/waarde-<value>.html + scripts (largest)' : `leeromgeving/${f} + scripts`;
    if (!out[key] || sum([...files]) > sum(out[key])) out[key] = [...files];
  }
  return Object.fromEntries(Object.entries(out).map(([k, files]) => [k, { files: files.map(rel), gzip: sum(files) }]));
}

/** Problems of `dist` against `budgets` ({ entry: bytes }): over by more than the tolerance, or without a budget. */
export function check(dist, budgets, tolerance = TOLERANCE) {
  const problems = [];
  const found = entries(dist);
  for (const [name, { files, gzip }] of Object.entries(found)) {
    const budget = budgets[name];
    if (budget === undefined) {
      problems.push(`${name}: no budget in size-budgets.json (${gzip} B gzip; node scripts/check-budgets.mjs --write)`);
    } else if (gzip > budget * (1 + tolerance)) {
      const over = (((gzip - budget) / budget) * 100).toFixed(1);
      problems.push(`${name}: ${gzip} B gzip, ${gzip - budget} B (${over} %) over its budget of ${budget} B (${files.join(', ')})`);
    }
  }
  return { problems, found };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = 'size-budgets.json';
  if (!existsSync('dist/cdn')) {
    console.error('check-budgets: no build in dist/ (npm run build first)');
    process.exit(1);
  }
  if (process.argv.includes('--write')) {
    const found = entries('dist');
    const budgets = Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.gzip]));
    writeFileSync(file, `${JSON.stringify({ $comment: 'gzip bytes per shipped entry; CI fails above +5 % (scripts/check-budgets.mjs)', budgets }, null, 2)}\n`);
    console.log(`check-budgets: wrote ${Object.keys(budgets).length} budgets to ${file}`);
  } else {
    const { budgets } = JSON.parse(readFileSync(file, 'utf8'));
    const { problems, found } = check('dist', budgets);
    for (const [name, { gzip }] of Object.entries(found)) console.log(`${problems.some((p) => p.startsWith(`${name}:`)) ? 'OVER' : 'ok  '}  ${name}: ${gzip} B gzip (budget ${budgets[name] ?? 'none'})`);
    if (problems.length) {
      console.error(`\n${problems.length} size budget(s) exceeded:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`\nSize budgets: ${Object.keys(found).length} entries within ${TOLERANCE * 100} % of size-budgets.json.`);
  }
}

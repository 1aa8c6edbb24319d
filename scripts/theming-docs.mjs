/**
 * Writes the tables of docs/theming.md (between its markers) from the code:
 * the theme tokens and their NL Design System fallback chains as
 * src/shared/theme.styles.ts resolves them, what each styles (the @cssprop
 * JSDoc of VkElement, via custom-elements.json), the widget tokens and the
 * parts. And it checks what a table cannot show by itself:
 *   - every NL Design System token in a chain exists in at least one of the
 *     installed token packages (no guessed names);
 *   - the manifest names the same chain and default as the code.
 *   node scripts/theming-docs.mjs          rewrite docs/theming.md
 *   node scripts/theming-docs.mjs --check  fail if it is out of date or a check fails (lint)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cell, code, manifestElements, table } from './manifest-tables.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DOC = 'docs/theming.md';
const require = createRequire(join(process.cwd(), 'package.json'));
const problems = [];

/** The installed NL Design System token packages, and the custom properties each defines. */
const PACKAGES = [
  { key: 'U', name: '@utrecht/design-tokens', file: 'dist/theme.css' },
  { key: 'V', name: '@nl-design-system-unstable/voorbeeld-design-tokens', file: 'dist/theme.css' },
  { key: 'R', name: '@nl-design-system-unstable/rotterdam-design-tokens', file: 'dist/design-tokens.css' },
].map((p) => {
  const css = readFileSync(join(dirname(require.resolve(`${p.name}/package.json`)), p.file), 'utf8');
  return { ...p, defines: new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])) };
});

// ---------------------------------------------------------------- the chains in the code

/** Index of the parenthesis closing the one at `open`. */
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced: ${text}`);
}

/** `var(--a, var(--b, x))` → { names: ['--a', '--b'], fallback: 'x' }. */
function chain(value) {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v.startsWith('var(') || closing(v, 3) !== v.length - 1) return { names: [], fallback: v };
  const inner = v.slice(4, -1);
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  if (comma < 0) return { names: [name], fallback: '' };
  const rest = chain(inner.slice(comma + 1));
  return { names: [name, ...rest.names], fallback: rest.fallback };
}

const themeSource = readFileSync('src/shared/theme.styles.ts', 'utf8');
const tokenBlock = themeSource.slice(themeSource.indexOf('const tokens = css`'), themeSource.indexOf('`;', themeSource.indexOf('const tokens = css`')));
const tokens = [...tokenBlock.matchAll(/(--_vk-[\w-]+):([^;]+);/g)].map(([, privateName, value]) => {
  const { names, fallback } = chain(value);
  const name = privateName.replace('--_vk-', '--vk-');
  if (names[0] !== name) problems.push(`${privateName} does not start with var(${name}, …)`);
  const nlds = names.slice(1).filter((n) => !n.startsWith('--_vk-'));
  // A fallback to another of our tokens (`var(--_vk-font-family)`) reads as that token.
  const inherits = names.slice(1).find((n) => n.startsWith('--_vk-'));
  const fallbackText = inherits ? `var(${inherits.replace('--_vk-', '--vk-')})` : fallback;
  for (const n of nlds) {
    if (!PACKAGES.some((p) => p.defines.has(n))) problems.push(`${name} falls back to ${n}, which no installed NL Design System package defines`);
  }
  return { name, nlds, fallback: fallbackText };
});

// ---------------------------------------------------------------- the manifest

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const base = declarations.find((d) => d.name === 'VkElement');
const documented = new Map((base?.cssProperties ?? []).map((p) => [p.name, p]));
const elements = manifestElements(manifest);

const normalise = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
for (const t of tokens) {
  const doc = documented.get(t.name);
  if (!doc) {
    problems.push(`${t.name} has no @cssprop on VkElement`);
    continue;
  }
  const named = [...(doc.description ?? '').matchAll(/`(--[\w-]+)`/g)].map((m) => m[1]);
  if (named.join() !== t.nlds.join()) problems.push(`${t.name}: the @cssprop names ${named.join(', ') || 'no fallbacks'}, the code ${t.nlds.join(', ') || 'none'}`);
  if (normalise(doc.default) !== normalise(t.fallback)) problems.push(`${t.name}: the @cssprop default is ${doc.default}, the code's ${t.fallback}`);
}
for (const name of documented.keys()) {
  if (!tokens.some((t) => t.name === name)) problems.push(`@cssprop ${name} on VkElement is not a token of theme.styles.ts`);
}

// ---------------------------------------------------------------- tables

const what = (name) => cell((documented.get(name)?.description ?? '').split(' Falls back to ')[0]);
const where = (n) => PACKAGES.filter((p) => p.defines.has(n)).map((p) => p.key).join('');

const themeTable = table(
  ['token', 'what it styles', 'NL Design System fallbacks, in order', 'default'],
  tokens.map((t) => [
    code(t.name),
    what(t.name),
    t.nlds.length ? t.nlds.map((n) => `${code(n)} <sup>${where(n)}</sup>`).join(' → ') : '—',
    code(t.fallback),
  ]),
);

const widgetTable = table(
  ['token', 'widget', 'default', 'what it styles'],
  elements.flatMap((el) =>
    (el.cssProperties ?? [])
      .filter((p) => !p.inheritedFrom)
      .map((p) => [code(p.name), code(`<${el.tagName}>`), code(p.default), cell(p.description)]),
  ),
);

const withParts = elements.filter((el) => el.cssParts?.length);
const partNames = [...new Set(withParts.flatMap((el) => el.cssParts.map((p) => p.name)))];
const shared = partNames.filter((n) => withParts.filter((el) => el.cssParts.some((p) => p.name === n)).length > 1).sort();
const sharedTable = table(
  ['part', 'in'],
  shared.map((n) => [code(n), withParts.filter((el) => el.cssParts.some((p) => p.name === n)).map((el) => code(`<${el.tagName}>`)).join(' ')]),
);
const perWidget = withParts
  .map((el) => `- \`<${el.tagName}>\` (${el.cssParts.length}): ${el.cssParts.map((p) => code(p.name)).join(', ')}`)
  .join('\n');

const counts = `${tokens.length} theme tokens, ${elements.reduce((n, el) => n + (el.cssProperties ?? []).filter((p) => !p.inheritedFrom).length, 0)} widget tokens, ${partNames.length} part names`;
const sections = {
  'theme-tokens': `${themeTable}\n\n<sup>U</sup> defined by \`@utrecht/design-tokens\`, <sup>V</sup> by \`@nl-design-system-unstable/voorbeeld-design-tokens\`, <sup>R</sup> by \`@nl-design-system-unstable/rotterdam-design-tokens\` (the versions in package-lock.json).`,
  'widget-tokens': widgetTable,
  parts: `${sharedTable}\n\nEvery part, per widget (descriptions in [api.md](api.md) and in \`custom-elements.json\`):\n\n${perWidget}`,
  counts,
};

let doc = readFileSync(DOC, 'utf8');
for (const [key, body] of Object.entries(sections)) {
  const start = `<!-- ${key}:start (generated by scripts/theming-docs.mjs) -->`;
  const end = `<!-- ${key}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < 0) throw new Error(`${DOC} lacks the ${key} markers`);
  const inline = key === 'counts';
  doc = `${doc.slice(0, a + start.length)}${inline ? body : `\n${body}\n`}${doc.slice(b)}`;
}

if (problems.length) {
  console.error(`Theming checks failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (doc !== readFileSync(DOC, 'utf8')) {
    console.error(`${DOC} is out of date: run \`node scripts/theming-docs.mjs\`.`);
    process.exit(1);
  }
  console.log(`${DOC} matches the code (${counts}); every NL Design System fallback exists in an installed package.`);
} else {
  writeFileSync(DOC, doc);
  console.log(`${DOC} written (${counts}).`);
}

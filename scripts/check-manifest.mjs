/**
 * The custom-elements manifest describes the public elements, and every
 * public part of them: fails (npm run lint) when an element, attribute,
 * property, method, event, slot, CSS part or custom property has no
 * description, or when the manifest's elements are not exactly the widgets
 * that have a define module (src/<widget>/define.ts).
 *   node scripts/check-manifest.mjs   (after `npm run manifest`)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const described = (item) => Boolean((item.description ?? item.summary ?? '').trim());

/** The tag each define module registers (`defineElement('vk-…', …)`). */
const defined = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
  .map((d) => /defineElement\('([^']+)'/.exec(readFileSync(`src/${d.name}/define.ts`, 'utf8'))?.[1] ?? `(no tag in src/${d.name}/define.ts)`);

const problems = [];
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));

for (const el of elements) {
  const where = `<${el.tagName ?? el.name}> (${el.path})`;
  if (!el.tagName) problems.push(`${where}: no @tagname`);
  if (!described(el)) problems.push(`${where}: no @summary or description`);
  const kinds = [
    ['attribute', el.attributes],
    ['property', (el.members ?? []).filter((m) => m.kind === 'field')],
    ['method', (el.members ?? []).filter((m) => m.kind === 'method')],
    ['event', el.events],
    ['slot', el.slots],
    ['CSS part', el.cssParts],
    ['CSS custom property', el.cssProperties],
  ];
  for (const [kind, items] of kinds) {
    for (const item of items ?? []) {
      if (item.privacy === 'private' || item.privacy === 'protected') problems.push(`${where}: ${kind} ${item.name} is ${item.privacy} but listed`);
      else if (!described(item)) problems.push(`${where}: ${kind} ${item.name || '(default)'} has no description${item.inheritedFrom ? ` (inherited from ${item.inheritedFrom.name})` : ''}`);
    }
  }
}

const listed = elements.map((e) => e.tagName).sort();
const wanted = [...defined].sort();
if (JSON.stringify(listed) !== JSON.stringify(wanted)) {
  problems.push(`manifest elements ${listed.join(', ')} differ from the define modules' ${wanted.join(', ')}`);
}

if (problems.length) {
  console.error(`custom-elements.json: ${problems.length} problem(s); document them in the class JSDoc (or make internals private/protected or @internal):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const size = readFileSync('custom-elements.json').length;
console.log(`custom-elements.json: ${elements.length} public elements in ${manifest.modules.length} modules (${Math.round(size / 1024)} KB), every public member described.`);

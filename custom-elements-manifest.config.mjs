/**
 * Custom Elements Manifest: the public elements only. It feeds Storybook's
 * controls and docs, docs/api.md and docs/theming.md, and (through the
 * plugins below) the editor and framework files shipped in dist/:
 *   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code
 *   dist/web-types.json                                                  JetBrains IDEs
 *   dist/jsx.d.ts                                                        React 19, Preact (JSX)
 *   dist/vue.d.ts                                                        Vue
 * scripts/check-manifest.mjs (npm run lint) fails when a public member has no description.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** The public widgets: every src/<widget>/ with a define.ts (the same rule as the build). */
const widgets = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
  .map((d) => d.name);

/** Each widget's class module, and the base class its inherited members come from. */
const globs = ['src/shared/vk-element.ts', ...widgets.map((w) => `src/${w}/${w}.ts`)];

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Values an editor suggests for attributes whose values come from the data
 * (suggestions only: names and aliases keep working). Read from data/, so a
 * new office or value shows up without touching this file.
 */
function suggestedValues() {
  const roles = json('data/roles.json').roles.map((r) => r.id);
  const values = json('data/values.json').values.map((v) => v.id);
  const clusters = json('data/clusters.json').clusters;
  const groups = [...new Set(clusters.map((c) => c.group))];
  return {
    office: roles,
    // role-priority-table.model.ts also reads `alle` (the matrix) and `rijksoverheid`.
    'vk-role-priority-table:office': [...roles, 'alle', 'rijksoverheid'],
    value: values,
    // value-overview.ts: a group, a cluster, or `onbekend` (the value without a cluster).
    'vk-value-overview:filter': [...groups, ...clusters.map((c) => c.id), 'onbekend'],
  };
}

const isPrivate = (m) => m.privacy === 'private' || m.privacy === 'protected' || /^[#_]/.test(m.name);

/**
 * Keeps the manifest to what a host may use: the exported classes, without
 * private or protected members; and on each attribute an `editorType`, the
 * values the editor files suggest: the data's values where the attribute
 * takes one (see suggestedValues), else its type with a string-literal alias
 * of the module spelled out (`ValueCardVariant` → `'full' | 'compact'`).
 */
function publicApiPlugin() {
  const suggestions = suggestedValues();
  /** String-literal union aliases by name (`type ValueCardVariant = 'full' | 'compact'`). */
  const aliases = new Map();
  return {
    name: 'vk-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined));
      if (literals.every((l) => l !== undefined)) aliases.set(node.name.text, literals);
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (text = '') =>
        text
          .split('|')
          .map((t) => t.trim())
          .flatMap((t) => (aliases.has(t) ? aliases.get(t).map((l) => `'${l}'`) : [t]))
          .join(' | ');
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const decl of mod.declarations) {
          // VkElement is the abstract base (members inherited by each widget), not an element.
          if (decl.customElement && !decl.tagName) delete decl.customElement;
          if (decl.members) decl.members = decl.members.filter((m) => !isPrivate(m));
          for (const attr of decl.attributes ?? []) {
            // `lang` and `role` (observed by VkElement) are HTMLElement's own properties.
            if (!attr.fieldName && (attr.name === 'lang' || attr.name === 'role')) attr.fieldName = attr.name;
            const values = suggestions[`${decl.tagName}:${attr.name}`] ?? suggestions[attr.name];
            const text = values ? values.map((v) => `'${v}'`).join(' | ') : expand(attr.type?.text);
            if (text) attr.editorType = { text };
          }
        }
      }
    },
  };
}

/**
 * custom-element-vuejs-integration, given the names and types Vue's template
 * checker (vue-tsc) looks up: it checks `@vk-value-select` as the prop
 * `onVkValueSelect` and `heading-level` as `headingLevel`, while the generator
 * writes the names as they are (`onvk-value-select`, `heading-level`), which
 * Vue then leaves unchecked. And it wraps each event's type in
 * `CustomEvent<…>` (importing it by name), so it gets the detail type, where
 * the manifest, as the schema has it, gives the event's own type
 * (`CustomEvent<VkValueSelectDetail>`). Its import names each detail type once
 * per element; the written file imports each name once.
 */
function vueTypesPlugin(options) {
  return {
    name: 'vk-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
      for (const decl of manifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const event of decl.events ?? []) {
          const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type.text = detail;
          event.name = pascal(event.name);
        }
        for (const attr of decl.attributes ?? []) if (attr.fieldName) attr.name = attr.fieldName;
      }
      generateVuejsTypes(manifest, options);
      const file = `${options.outdir}/${options.fileName}`;
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf(`} from "${options.globalTypePath}"`);
      const start = text.lastIndexOf('import type {', end) + 'import type {'.length;
      const names = [...new Set(text.slice(start, end).split(',').map((n) => n.trim()).filter(Boolean))];
      writeFileSync(file, `${text.slice(0, start)} ${names.join(', ')} ${text.slice(end)}`);
    },
  };
}

const outdir = 'dist';

export default {
  globs,
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [
    publicApiPlugin(),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'editorType',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', typesSrc: 'editorType', packageJson: false, hideLogs: true }),
    jsxTypesPlugin({ outdir, fileName: 'jsx.d.ts', globalTypePath: './types/index.js', stronglyTypedEvents: true, hideLogs: true }),
    vueTypesPlugin({ outdir, fileName: 'vue.d.ts', globalTypePath: './types/index.js', hideLogs: true }),
  ],
};

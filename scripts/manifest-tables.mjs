/**
 * What readme-api.mjs and theming-docs.mjs share: the public custom elements
 * of custom-elements.json, and Markdown table cells and tables.
 */

/** Every public element of the manifest (test elements left out), by tag name. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
    .filter((d) => d.customElement && d.tagName && !d.tagName.startsWith('vk-test'))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Text for one table cell: pipes escaped, on one line. */
export const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
/** A cell in code font, or empty. */
export const code = (s) => (s ? `\`${cell(s)}\`` : '');
/** A Markdown table (no newline after the last row). */
export const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

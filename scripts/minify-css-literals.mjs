/**
 * A rollup plugin that minifies the CSS in Lit's `css` template literals at
 * build time (issue 19) with esbuild's CSS minifier (esbuild is already the
 * test runner's and the bench's compiler). Only literals without `${…}`
 * expressions are touched; others (few: tokens built from JS values) stay as
 * written. Runs on each module as TypeScript emitted it, with a source map
 * (magic-string), so maps still point at the right lines.
 */
import MagicString from 'magic-string';
import { transform } from 'esbuild';

const LITERAL = /\bcss`([^`$\\]*)`/g;

export function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'vk-minify-css-literals',
    async transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const s = new MagicString(code);
      let changed = false;
      for (const m of code.matchAll(LITERAL)) {
        const body = m[1];
        if (!body.trim()) continue;
        // esbuild needs a complete stylesheet; a literal of declarations only (rare) is wrapped and unwrapped.
        const declarationsOnly = !/[{}]/.test(body);
        const input = declarationsOnly ? `x{${body}}` : body;
        const { code: min } = await transform(input, { loader: 'css', minify: true, logLevel: 'silent' });
        let out = min.trim();
        if (declarationsOnly) out = out.replace(/^x\{|\}$/g, '');
        if (out.includes('`') || out.includes('${')) continue;
        const start = m.index + 'css`'.length;
        s.overwrite(start, start + body.length, out);
        changed = true;
      }
      return changed ? { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) } : null;
    },
  };
}

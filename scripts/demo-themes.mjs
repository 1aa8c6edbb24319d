/**
 * The NL Design System token CSS the theme demo (demo/thema.html) loads,
 * copied from the installed devDependencies into demo/themes/ (not in git,
 * not in the npm package: the Utrecht tokens are Gemeente Utrecht's own).
 * `npm start` and `npm run screenshots` call this; no CDN, no network.
 *   node scripts/demo-themes.mjs   copy them by hand
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** demo/themes/<file> ← <package>/<path>: each scoped to its theme class (.utrecht-theme, .voorbeeld-theme). */
const DEMO_THEMES = [
  { file: 'utrecht.css', pkg: '@utrecht/design-tokens', path: 'dist/theme.css', className: 'utrecht-theme' },
  {
    file: 'voorbeeld.css',
    pkg: '@nl-design-system-unstable/voorbeeld-design-tokens',
    path: 'dist/theme.css',
    className: 'voorbeeld-theme',
  },
];

export function copyDemoThemes() {
  const out = join(root, 'demo', 'themes');
  mkdirSync(out, { recursive: true });
  for (const t of DEMO_THEMES) {
    const pkgDir = dirname(require.resolve(`${t.pkg}/package.json`));
    copyFileSync(join(pkgDir, t.path), join(out, t.file));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`theme CSS copied to ${copyDemoThemes()}`);
}

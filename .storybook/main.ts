import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const SRC = resolve(import.meta.dirname, '../src');

/**
 * package.json `sideEffects` describes the shipped dist/ files for a host's
 * bundler; Vite applies it to our own src/ too, which would drop a story's
 * `import '../src/<widget>/define.js'` (a registration, kept for its side
 * effect). The stories' own sources keep their side effects.
 */
function ownSourcesHaveSideEffects(): Plugin {
  return {
    name: 'vk-own-sources-have-side-effects',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.startsWith(SRC) ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The feed stories load real files, at the same paths as in the test server and the demo.
  staticDirs: [
    { from: '../demo/aanbod', to: '/demo/aanbod' },
    { from: '../test/fixtures/feeds', to: '/test/fixtures/feeds' },
  ],
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), ownSourcesHaveSideEffects()] }),
};

export default config;

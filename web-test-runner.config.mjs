import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { corpusPlugin } from './scripts/corpus-plugin.mjs';
import { jsonModules, storiesIndex, testRoutes } from './scripts/test-server-plugin.mjs';
import { emulateFeaturesPlugin } from './scripts/test-commands.mjs';


/** Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, else a locally installed Chrome. */
const executablePath =
  process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testRoutes, storiesIndex, jsonModules],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    corpusPlugin(),
    emulateFeaturesPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...(asRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'vk-wtr-'))}`,
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.stories.ts', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
};

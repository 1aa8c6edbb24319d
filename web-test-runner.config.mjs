import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { corpusPlugin } from './scripts/corpus-plugin.mjs';
import { jsonModules, storiesIndex, testRoutes } from './scripts/test-server-plugin.mjs';
import { emulateMediaPlugin } from './scripts/test-commands.mjs';
import { LAUNCHERS } from './scripts/test-launchers.mjs';
import { engineSummaryReporter } from './scripts/test-summary.mjs';

/**
 * One configuration for every engine: `npm test` runs Chromium with coverage;
 * VK_ENGINE=firefox or VK_ENGINE=webkit runs the same suite in that engine
 * (`npm run test:browsers` runs both). Browsers come from scripts/browser.mjs.
 */
const engine = process.env.VK_ENGINE ?? 'chromium';
if (!LAUNCHERS[engine]) throw new Error(`VK_ENGINE=${engine}: expected one of ${Object.keys(LAUNCHERS).join(', ')}`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testRoutes, storiesIndex, jsonModules],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    corpusPlugin(),
    emulateMediaPlugin(),
  ],
  browsers: [LAUNCHERS[engine]()],
  // WebKit's WebDriver drives one window: one test file at a time.
  ...(engine === 'webkit' ? { concurrency: 1 } : {}),
  reporters: [defaultReporter(), engineSummaryReporter({ file: process.env.VK_SUMMARY_FILE })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Coverage comes from V8 (Chromium) only.
  coverage: engine === 'chromium',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.stories.ts', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
};

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';

/** Debian's Chromium, CHROME_PATH, or a locally installed Chrome — same rule as the test runner. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const p of ['/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']) {
    if (existsSync(p)) return p;
  }
  throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH.');
}

export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with a fresh profile. */
export async function launch() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const userDataDir = mkdtempSync(join(tmpdir(), 'vk-chrome-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...(asRoot ? ['--no-sandbox'] : []), ...CHROME_ARGS],
  });
}

/** Launches headless Chromium as a browser (for fresh contexts per page load). */
export async function launchBrowser() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...(asRoot ? ['--no-sandbox'] : []), ...CHROME_ARGS],
  });
}

/** Serves `rootDir` statically on 127.0.0.1 (a free port); returns { url, stop }. */
export async function serve(rootDir, { middleware = [], port = 0 } = {}) {
  const server = await startDevServer({
    config: { rootDir, hostname: '127.0.0.1', port, middleware, nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server.address();
  return { url: `http://127.0.0.1:${address.port}`, stop: () => server.stop() };
}

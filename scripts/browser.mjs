/**
 * The one place that knows where the three browser engines are and how they
 * are started, for the test runner (web-test-runner.config.mjs through
 * scripts/test-launchers.mjs) and for the scripts (snippet and Storybook
 * checks, audit, screenshots, bench).
 *
 *   chromium  CHROME_PATH, Debian's `chromium`, Ubuntu's `chromium-browser`, Google Chrome
 *   firefox   FIREFOX_PATH, Debian's `firefox-esr`, a `firefox` on the PATH or in /Applications
 *             (driven over WebDriver BiDi by puppeteer-core)
 *   webkit    WebKitGTK: Debian's `webkit2gtk-driver` (WebKitWebDriver + MiniBrowser), run under
 *             Xvfb (driven over WebDriver classic)
 *
 * Where an engine is missing, `requireBrowser` installs Debian's packages when
 * it may (root or password-less sudo on Debian), else it stops with one line
 * that says what to install. `node scripts/browser.mjs chromium firefox webkit`
 * does that from the command line (CI) and prints the versions.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The first of `names` on the PATH. */
function onPath(...names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const file = join(dir, name);
      if (dir && existsSync(file)) return file;
    }
  }
  return undefined;
}

const firstExisting = (...files) => files.find((f) => existsSync(f));
const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[arch()] ?? `${arch()}-linux-gnu`;

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    find: () =>
      process.env.CHROME_PATH ||
      firstExisting('/usr/bin/chromium', '/usr/bin/chromium-browser') ||
      onPath('chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome') ||
      firstExisting(
        '/opt/google/chrome/chrome',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ),
    hint: 'install Chromium (Debian: apt-get install chromium) or Google Chrome, or set CHROME_PATH',
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    find: () =>
      process.env.FIREFOX_PATH ||
      firstExisting('/usr/bin/firefox-esr') ||
      onPath('firefox-esr', 'firefox') ||
      firstExisting('/Applications/Firefox.app/Contents/MacOS/firefox'),
    hint: 'install Firefox (Debian: apt-get install firefox-esr) or set FIREFOX_PATH',
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    /** WebKitGTK's WebDriver server and browser, and the X server it runs on. */
    find: () => {
      const driver = onPath('WebKitWebDriver');
      const browser = firstExisting(
        `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
        `/usr/libexec/webkit2gtk-4.1/MiniBrowser`,
      );
      const xvfbRun = onPath('xvfb-run');
      return driver && browser && xvfbRun && onPath('xauth') ? { driver, browser, xvfbRun } : undefined;
    },
    hint: 'WebKit runs as WebKitGTK under Xvfb: apt-get install webkit2gtk-driver xvfb xauth (Debian/Ubuntu)',
  },
};

/** Where `engine` is installed, or undefined. */
export function findBrowser(engine) {
  return ENGINES[engine].find() || undefined;
}

/** Whether Debian's packages can be installed here without asking anyone. */
function canInstall() {
  if (process.platform !== 'linux' || !onPath('apt-get')) return false;
  const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  if (!/^ID=debian$/m.test(os)) return false;
  return asRoot || spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

let aptUpdated = false;

/**
 * Where `engine` is; installs Debian's packages for it when it is missing and
 * that is possible, else stops the process with one line saying what to install.
 */
export function requireBrowser(engine) {
  const { label, packages, hint } = ENGINES[engine];
  for (const name of ['CHROME_PATH', 'FIREFOX_PATH']) {
    const path = process.env[name];
    if (path && ENGINES[engine].find() === path && !existsSync(path)) {
      console.error(`${name}=${path}, but there is no such file: ${hint}.`);
      process.exit(1);
    }
  }
  let found = findBrowser(engine);
  if (!found && canInstall()) {
    console.log(`No ${label} found: installing Debian's ${packages.join(' ')} …`);
    const run = (args) =>
      spawnSync(asRoot ? args[0] : 'sudo', asRoot ? args.slice(1) : ['-n', ...args], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (!aptUpdated) aptUpdated = run(['apt-get', 'update', '-qq']).status === 0;
    run(['apt-get', 'install', '-y', '-qq', ...packages]);
    found = findBrowser(engine);
  }
  if (!found) {
    console.error(`No ${label} found for the tests: ${hint}.`);
    process.exit(1);
  }
  return found;
}

/** "Chromium 156.0…", "Firefox 153.8.0esr", "WebKitGTK 2.50.6": what is installed, for the logs. */
export function browserVersion(engine) {
  const found = requireBrowser(engine);
  try {
    if (engine === 'webkit') {
      const version = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
      return `WebKitGTK ${version.replace(/-.*/, '')}`;
    }
    return execFileSync(found, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/^Mozilla /, '')
      .replace(/ built on .*/, '');
  } catch {
    return ENGINES[engine].label;
  }
}

/** Chromium's flags for this closed network (no start-up connections to Google). */
export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium's executable, installed if need be (kept for the scripts that pass it on). */
export const chromePath = () => requireBrowser('chromium');

/** Chromium's flags with the sandbox off as root (Chromium refuses to start otherwise). */
export const chromeArgs = () => [...(asRoot ? ['--no-sandbox'] : []), ...CHROME_ARGS];

/** puppeteer-core launch options for headless Chromium with a fresh profile. */
export function chromiumLaunchOptions() {
  return {
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: [...chromeArgs(), `--user-data-dir=${mkdtempSync(join(tmpdir(), 'vk-chromium-'))}`],
  };
}

/**
 * puppeteer-core launch options for headless Firefox over WebDriver BiDi with
 * a fresh profile. `-remote-allow-system-access` lets `emulateFirefoxMedia`
 * reach Firefox's own per-tab media overrides.
 */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'vk-firefox-')),
    args: ['-remote-allow-system-access'],
  };
}

/**
 * Emulates media in a Firefox tab through Firefox's own per-tab overrides (the
 * ones its responsive design mode uses), set from Firefox's chrome scope over
 * WebDriver BiDi: Firefox implements no BiDi command for them. `media` is a
 * media type ('' ends the override); `features` are { name, value } pairs of
 * prefers-reduced-motion, forced-colors and prefers-color-scheme ('' or null
 * ends one). Needs firefoxLaunchOptions()'s `-remote-allow-system-access`.
 */
export async function emulateFirefoxMedia(page, { media, features = [] }) {
  const overrides = {
    'prefers-reduced-motion': ['prefersReducedMotionOverride', 'none'],
    'forced-colors': ['forcedColorsOverride', 'none'],
    'prefers-color-scheme': ['prefersColorSchemeOverride', 'none'],
  };
  const assignments = {};
  if (media !== undefined) assignments.mediumOverride = media ?? '';
  for (const { name, value } of features) {
    const [field, off] = overrides[name] ?? [];
    if (!field) throw new Error(`Firefox: no override for the media feature ${name}`);
    // forced-colors: 'none' is a value a page can see, not the absence of an override.
    assignments[field] = value || (name === 'forced-colors' ? 'no-override' : off);
  }
  const connection = page.browser().connection;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const { result } = await connection.send('script.evaluate', {
    expression: `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const tab = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
      Object.assign(tab, ${JSON.stringify(assignments)});
    })()`,
    target: { context: tree.contexts[0].context },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox media override failed: ${result.exceptionDetails.text}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitGTK's WebDriver server on a free port under its own Xvfb
 * display (MiniBrowser has no headless mode). `reducedMotion` sets GTK's
 * gtk-enable-animations for the whole run, which WebKitGTK reports as
 * prefers-reduced-motion: it must be set at start, because WebKitGTK does not
 * restyle a page when the setting changes later (matchMedia follows, CSS does
 * not). Returns the webdriverio options for a session, and `stop()`.
 */
export async function startWebKitDriver({ reducedMotion = false } = {}) {
  const { driver, browser, xvfbRun } = requireBrowser('webkit');
  const port = await freePort();
  const config = mkdtempSync(join(tmpdir(), 'vk-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`);
  const server = spawn(
    xvfbRun,
    ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', driver, `--port=${port}`, '--host=127.0.0.1'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, GDK_BACKEND: 'x11', XDG_CONFIG_HOME: config } },
  );
  let log = '';
  server.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (i === 100 || server.exitCode !== null) throw new Error(`WebKitWebDriver did not start on port ${port}: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    reducedMotion,
    options: {
      logLevel: 'error',
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      },
    },
    /** Ends the WebDriver server, its browser and the X server (one process group). */
    async stop() {
      if (server.exitCode !== null) return;
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
    },
  };
}

/** Launches headless Chromium with a fresh profile (playwright-core: the audit, bench and screenshots use it). */
export async function launch() {
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'vk-chrome-'));
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromePath(), headless: true, args: chromeArgs() });
}

/** Launches headless Chromium as a browser (for fresh contexts per page load). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromePath(), headless: true, args: chromeArgs() });
}

/** Serves `rootDir` statically on 127.0.0.1 (a free port); returns { url, stop }. */
export async function serve(rootDir, { middleware = [], port = 0 } = {}) {
  const { startDevServer } = await import('@web/dev-server');
  const server = await startDevServer({
    config: { rootDir, hostname: '127.0.0.1', port, middleware, nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server.address();
  return { url: `http://127.0.0.1:${address.port}`, stop: () => server.stop() };
}

// `node scripts/browser.mjs chromium firefox webkit`: make sure they are there, print the versions.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const engine of process.argv.slice(2)) {
    if (!ENGINES[engine]) throw new Error(`unknown engine ${engine}: one of ${Object.keys(ENGINES).join(', ')}`);
    console.log(browserVersion(engine));
  }
}

/**
 * The test runner's browsers: one launcher per engine, built from the paths
 * and flags of scripts/browser.mjs. Every engine understands the same key
 * names in sendKeys (`Space`, and chords such as `Shift+Tab` in one `press`),
 * and `emulateMedia(sessionId, …)` (scripts/test-commands.mjs) answers false
 * where an engine cannot emulate something.
 */
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumLaunchOptions, emulateFirefoxMedia, firefoxLaunchOptions, startWebKitDriver } from './browser.mjs';

/** The viewport every engine tests in (puppeteer's default, so Chromium's and Firefox's). */
const VIEWPORT = { width: 800, height: 600 };

/** KeyboardEvent.key names → WebDriver's key codes (WebDriver §17.4.2). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** 'Shift+Tab' → ['Shift', 'Tab']; a single character (also '+') is one key. */
const chord = (key) => (key.length > 1 ? key.split('+') : [key]);

/**
 * puppeteer's page.keyboard.press with chords ('Shift+Tab') and the name
 * 'Space', which puppeteer's WebDriver BiDi keyboard (Firefox) does not know.
 */
function withKeyChords(page) {
  const { keyboard } = page;
  const press = keyboard.press.bind(keyboard);
  const name = (key) => (key === 'Space' ? ' ' : key);
  keyboard.press = async (key, options) => {
    const keys = chord(key).map(name);
    const last = keys.pop();
    for (const modifier of keys) await keyboard.down(modifier);
    await press(last, options);
    for (const modifier of keys.reverse()) await keyboard.up(modifier);
  };
  return page;
}

/** Chromium (Debian's, CHROME_PATH or Chrome) through puppeteer-core over CDP. */
export function chromiumLauncher() {
  const launcher = chromeLauncher({
    launchOptions: chromiumLaunchOptions(),
    createPage: async ({ context }) => withKeyChords(await context.newPage()),
  });
  launcher.name = 'Chromium';
  return launcher;
}

/**
 * Firefox through puppeteer-core over WebDriver BiDi. puppeteer's media
 * emulation needs CDP, so the page's emulateMediaType/emulateMediaFeatures
 * (which the stock emulateMedia command calls) go to Firefox's own overrides.
 */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: firefoxLaunchOptions(),
    createPage: async ({ context }) => {
      const page = withKeyChords(await context.newPage());
      page.emulateMediaType = (media) => emulateFirefoxMedia(page, { media: media ?? '' });
      page.emulateMediaFeatures = (features) =>
        emulateFirefoxMedia(page, {
          features: features ?? ['prefers-reduced-motion', 'forced-colors', 'prefers-color-scheme'].map((name) => ({ name, value: '' })),
        });
      return page;
    },
  });
}

/**
 * WebKitGTK through its WebDriver server (WebDriver classic), which this
 * launcher starts under Xvfb on the first test file and stops at the end.
 * Needs the runner's `concurrency: 1` (one window, one test file at a time).
 */
class WebKitLauncher extends WebdriverLauncher {
  server;

  constructor() {
    super({ capabilities: { browserName: 'MiniBrowser' } });
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    // The whole run with reduced motion: WebKitGTK fixes it at start (see startWebKitDriver).
    this.server = await startWebKitDriver({ reducedMotion: true });
    this.options = this.server.options;
    const manager = await super.createDriverManager();
    // The window holds the viewport and MiniBrowser's toolbar: size it so the viewport is VIEWPORT.
    const [innerWidth, innerHeight] = await this.driver.execute(() => [window.innerWidth, window.innerHeight]);
    const { width, height } = await this.driver.getWindowRect();
    await this.driver.setWindowRect(0, 0, VIEWPORT.width + width - innerWidth, VIEWPORT.height + height - innerHeight);
    return manager;
  }

  async stop() {
    await super.stop();
    await this.server?.stop();
  }

  /** Keys as WebDriver key actions: names ('Space', 'ArrowDown') and chords ('Shift+Tab'). */
  sendKeys(sessionId, keys) {
    const actions = keys.flatMap((key) => {
      const values = chord(key).map((k) => WEBDRIVER_KEYS[k] ?? k);
      return [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))];
    });
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }

  /**
   * Media emulation as far as WebKitGTK allows: no print media, no
   * forced-colours mode, and reduced motion only as the run started (on).
   * Answers false for what it cannot, so the test can say why it skips;
   * ending an emulation ('') is always possible.
   */
  emulateMedia(sessionId, { media, features = [] }) {
    const motion = this.server.reducedMotion ? 'reduce' : 'no-preference';
    const fixed = { 'prefers-reduced-motion': motion, 'forced-colors': 'none', 'prefers-color-scheme': 'light' };
    const mediaOk = !media || media === 'screen';
    return mediaOk && features.every(({ name, value }) => !value || fixed[name] === value);
  }
}

export const webkitLauncher = () => new WebKitLauncher();

export const LAUNCHERS = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };

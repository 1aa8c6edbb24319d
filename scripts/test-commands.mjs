/**
 * Test-runner commands the stock ones lack:
 *   executeServerCommand('vk-emulate-media', { media: 'print', features: [{ name: 'forced-colors', value: 'active' }] })
 * emulates a media type and media features in every engine (Chromium over
 * CDP, Firefox through its own overrides) and answers false where the engine
 * cannot: WebKitGTK has no print media or forced colours, and its reduced
 * motion is fixed for the run (test/helpers/media.ts).
 * A feature's value '' ends its emulation; `media: ''` ends the media type's.
 */
export function emulateMediaPlugin() {
  return {
    name: 'vk-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'vk-emulate-media') return undefined;
      const { media, features = [] } = payload;
      const browser = session.browser;
      // WebKit's launcher knows what WebKitGTK can do (scripts/test-launchers.mjs).
      if (typeof browser.emulateMedia === 'function') return browser.emulateMedia(session.id, { media, features });
      const page = browser.getPage(session.id);
      if (features.length) await page.emulateMediaFeatures(features.map(({ name, value }) => ({ name, value: value || '' })));
      if (media !== undefined) await page.emulateMediaType(media || undefined);
      return true;
    },
  };
}

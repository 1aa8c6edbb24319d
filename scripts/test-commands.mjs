/**
 * Test-runner commands the stock ones lack with the Chrome (puppeteer)
 * launcher: emulate media features such as forced-colors.
 *   executeServerCommand('vk-emulate-features', { features: [{ name: 'forced-colors', value: 'active' }] })
 */
export function emulateFeaturesPlugin() {
  return {
    name: 'vk-emulate-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'vk-emulate-features') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(payload.features);
      return true;
    },
  };
}

import { launchBrowser } from '../scripts/browser.mjs';
import { serveStatic } from './server.mjs';
import { feedsAtScale } from './feeds.mjs';
const smoke = process.argv.includes('--smoke');
const server = await serveStatic('.');
const browser = await launchBrowser();
try {
  const r = await feedsAtScale(browser, server.url, { smoke, runs: smoke ? 2 : 5 });
  console.log(JSON.stringify({ single: r.single.median, many: r.many.median, finder: r.finder }, null, 1));
} finally {
  await browser.close();
  await server.stop();
}

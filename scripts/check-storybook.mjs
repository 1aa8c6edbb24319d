/**
 * Opens every story of the built Storybook (storybook-static/) in headless
 * Chromium and fails if a story throws, logs an error, or renders a `vk-`
 * element with an empty shadow root. A green `storybook build` alone does not
 * prove that the stories run.
 */
import { readFileSync } from 'node:fs';
import { launch, serve } from './browser.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const { url, stop } = await serve('storybook-static');
const context = await launch();
const page = await context.newPage();
const failures = [];

for (const story of stories) {
  const errors = [];
  const onError = (e) => errors.push(String(e));
  // Resource failures are reported with their URL below (the browser's own
  // favicon request is not the story's business).
  const onConsole = (m) =>
    m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text());
  const onResponse = (r) =>
    r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`);
  page.on('pageerror', onError);
  page.on('console', onConsole);
  page.on('response', onResponse);
  await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`);
  const rendered = await page
    .waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root');
        const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('vk-'));
        return widgets.length > 0 && widgets.every((w) => (w.shadowRoot?.textContent ?? '').trim().length > 0);
      },
      null,
      { timeout: 15000 },
    )
    .then(() => true, () => false);
  page.off('pageerror', onError);
  page.off('console', onConsole);
  page.off('response', onResponse);
  const ok = rendered && errors.length === 0;
  console.log(`${ok ? '✓' : '✗'} ${story.title} › ${story.name}`);
  if (!ok) failures.push({ id: story.id, rendered, errors });
}

await context.close();
await stop();
console.log(`\n${stories.length - failures.length} of ${stories.length} stories rendered in Chromium, ${failures.length} failed`);
for (const f of failures) console.log(`  ${f.id}: ${f.rendered ? '' : 'nothing rendered; '}${f.errors.join(' | ')}`);
process.exit(failures.length ? 1 : 0);

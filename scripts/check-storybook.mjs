/**
 * Opens every story of the built Storybook (storybook-static/) in Chromium,
 * Firefox and WebKit (`--engines=chromium` for one) and fails if a story
 * throws, logs an error, fails to load something (see check-pages.mjs) or
 * renders a `vk-` element with an empty shadow root. A green `storybook build`
 * alone does not prove that the stories run.
 */
import { readFileSync } from 'node:fs';
import { enginesFromArgs, serveChecked, startEngine } from './check-pages.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const server = await serveChecked('storybook-static');
const summaries = [];
let failed = 0;

/** The story's widgets are defined and each shows text. */
function rendered() {
  const root = document.querySelector('#storybook-root');
  const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('vk-'));
  return widgets.length > 0 && widgets.every((w) => (w.shadowRoot?.textContent ?? '').trim().length > 0);
}

try {
  for (const engineName of enginesFromArgs()) {
    const engine = await startEngine(engineName, server);
    console.log(`\n${engine.label}`);
    const failures = [];
    try {
      for (const story of stories) {
        const page = await engine.open(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
        const shown = await page.waitFor(rendered).then(() => true, () => false);
        const errors = await page.problems();
        await page.close();
        const ok = shown && errors.length === 0;
        console.log(`${ok ? '✓' : '✗'} ${story.title} › ${story.name}`);
        if (!ok) failures.push(`  ${story.id}: ${shown ? '' : 'nothing rendered; '}${errors.join(' | ')}`);
      }
    } finally {
      await engine.close();
    }
    failed += failures.length;
    summaries.push(`${stories.length - failures.length} of ${stories.length} stories rendered in ${engine.label}, ${failures.length} failed`, ...failures);
  }
} finally {
  await server.stop();
}

console.log(`\n${summaries.join('\n')}`);
process.exit(failed ? 1 : 0);

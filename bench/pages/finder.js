// vk-training-finder with `count` generated offers (seeded: the same list on
// every machine) in a child feed script, as an association would embed it,
// or with the feeds of `?feeds=` in `src`.
// Hooks for bench/finder.mjs:
//   __ready           resolves once the list is on screen
//   __prepareTyping() focuses the search field and times every typed key
//                     from its keydown to the frame that paints the list
//                     answering the field's text (__keyTimes)
//   __settled()       whether the list answers the field's text
//   __filter(n)       n times: tick a filter option, time until the filtered
//                     list is painted, untick it again
import { generateFeed } from '/test/fixtures/offerings-generator.js';
import { nextPaint, timeKeystrokes, yieldTask } from './typing.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 100);
// `?feeds=a.json,b.json`: the finder loads these feeds from `src` instead (bench/feeds.mjs).
const feeds = params.get('feeds');
// `?build=/bench/.out/before/cdn`: another build of the CDN files (bench/keystroke.mjs compares two).
const build = params.get('build') ?? '/dist/cdn';
if (!/^\/(dist|bench\/\.out)\/[\w./-]+$/.test(build) || build.includes('..')) throw new Error(`bench finder: unexpected build ${build}`);
const el = document.createElement('vk-training-finder');
el.setAttribute('url-state', 'off');
if (feeds) el.setAttribute('src', feeds.split(',').join(' '));
else {
  const feed = document.createElement('script');
  feed.type = 'application/json';
  feed.textContent = JSON.stringify(generateFeed(count));
  el.append(feed);
}
document.getElementById('stage').append(el);

const root = () => el.shadowRoot;
const results = () => root().querySelectorAll('[part~="result"]').length;

window.__ready = (async () => {
  const start = performance.now();
  await import(`${build}/vk-training-finder.js`);
  await customElements.whenDefined('vk-training-finder');
  await el.ready;
  await nextPaint();
  const error = root().querySelector('[part~="error"]')?.textContent.trim() ?? '';
  return { ms: performance.now() - start, shown: results(), error };
})();

window.__settled = () => {
  const input = root().querySelector('[part~="search-input"]');
  const q = input.value.trim();
  const chip = [...root().querySelectorAll('[part~="chip"]')].some((c) => c.textContent.includes(q));
  return (q === '' || chip) && !root().querySelector('[aria-busy="true"]');
};

window.__keyTimes = [];
window.__prepareTyping = () => {
  timeKeystrokes(root().querySelector('[part~="search-input"]'), window.__settled);
};

/** Filters on office (the first facet, open by default), option by option. */
window.__filter = async (n) => {
  const times = [];
  for (let i = 0; i < n; i++) {
    const boxes = root().querySelectorAll('[part~="facet"] input[type="checkbox"]');
    const box = boxes[i % Math.min(boxes.length, 8)];
    const chips = root().querySelectorAll('[part~="chip"]').length;
    const t = performance.now();
    box.click();
    do {
      await el.updateComplete;
      await yieldTask();
    } while (root().querySelectorAll('[part~="chip"]').length === chips);
    await nextPaint();
    times.push(performance.now() - t);
    box.click();
    await el.updateComplete;
    await nextPaint();
  }
  return times;
};

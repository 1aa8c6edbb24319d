// The floor of the finder's keystroke measure: the same generated offers
// (bench/pages/finder.js) behind a plain <input> and <ul>, no framework, no
// facets, no ranking. Each keystroke filters the titles by substring and
// paints the first 100 synchronously in the input event. The hooks and the
// timing are the finder page's, so the two figures sit side by side.
import { generateFeed } from '/test/fixtures/offerings-generator.js';

const count = Number(new URLSearchParams(location.search).get('count') ?? 100);
const offers = generateFeed(count).offerings.map((o) => ({ title: o.title, key: o.title.toLowerCase() }));
const input = document.getElementById('q');
const list = document.getElementById('list');
const counter = document.getElementById('count');

function show() {
  const q = input.value.trim().toLowerCase();
  const matches = q ? offers.filter((o) => o.key.includes(q)) : offers;
  list.replaceChildren(
    ...matches.slice(0, 100).map((o) => {
      const li = document.createElement('li');
      li.textContent = o.title;
      return li;
    }),
  );
  counter.textContent = `${matches.length} aanbiedingen`;
  list.dataset.q = input.value.trim();
}
input.addEventListener('input', show);
show();

const yieldTask = () =>
  new Promise((r) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => r();
    port2.postMessage(0);
  });
const nextPaint = () => new Promise((r) => requestAnimationFrame(() => yieldTask().then(r)));

window.__ready = nextPaint().then(() => ({ ms: 0, shown: list.children.length }));
window.__settled = () => list.dataset.q === input.value.trim();
window.__keyTimes = [];
window.__prepareTyping = () => {
  input.addEventListener('keydown', (e) => {
    if (e.key.length !== 1 || e.ctrlKey) return;
    const t = e.timeStamp;
    void (async () => {
      do await yieldTask();
      while (!window.__settled());
      await nextPaint();
      window.__keyTimes.push(performance.now() - t);
    })();
  });
  input.focus();
};

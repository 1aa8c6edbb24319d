// The floor of the finder's keystroke measure: the same generated offers
// (bench/pages/finder.js) behind a plain <input> and <ul>, no framework, no
// facets, no ranking. Each keystroke filters the titles by substring and
// paints the first 100 synchronously in the input event. The hooks and the
// timing are the finder page's, so the two figures sit side by side.
import { generateFeed } from '/test/fixtures/offerings-generator.js';
import { nextPaint, timeKeystrokes } from './typing.js';

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

window.__ready = nextPaint().then(() => ({ ms: 0, shown: list.children.length }));
window.__settled = () => list.dataset.q === input.value.trim();
window.__keyTimes = [];
window.__prepareTyping = () => {
  timeKeystrokes(input, window.__settled);
};

// Hooks for bench/scan.mjs on the vk-quick-scan page, the counterpart of
// surveyjs.js: __firstQuestion (ms since navigation start at the first frame
// with an answer option on screen) and __answerAll() (ms to answer every
// statement by clicking, screen by screen, until the result is there).
const el = document.getElementById('scan');
el.setAttribute('office', new URLSearchParams(location.search).get('office') ?? 'wethouder');

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

window.__firstQuestion = new Promise((resolve) => {
  const check = () => {
    const input = el.shadowRoot?.querySelector('input');
    if (input && input.getBoundingClientRect().height > 0) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
});

/** Leaves the optional top four empty, answers "vaak" to every statement, goes on until the result. */
window.__answerAll = async () => {
  await window.__firstQuestion;
  const start = performance.now();
  const completed = new Promise((resolve) => {
    el.addEventListener('vk-scan-complete', () => resolve(performance.now()), { once: true });
  });
  const root = el.shadowRoot;
  for (;;) {
    await frame();
    if (root.querySelector('[part~="result"]')) break;
    for (const item of root.querySelectorAll('[part~="item"]')) item.querySelectorAll('input[type="radio"]')[3]?.click();
    root.querySelector('[part~="nav"] button[type="submit"]').click();
    await el.updateComplete;
  }
  return (await completed) - start;
};

// Creates and removes one widget `n` times; the runner reads the heap between rounds.
const params = new URLSearchParams(location.search);
const tag = params.get('tag');
const attrs = JSON.parse(params.get('attrs') ?? '{}');
const stage = document.getElementById('stage');

window.__ready = import(new URL(params.get('script'), location.href).href).then(() => customElements.whenDefined(tag));

window.__cycle = async (n) => {
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    stage.append(el);
    await el.ready;
    el.remove();
  }
  await new Promise((r) => setTimeout(r, 50));
};

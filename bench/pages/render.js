// First render of one element: from the start of fetching its script to the
// frame after its first complete render (data on screen) has been painted.
// Also what it took on the network: the requests made after the script
// started, and when the last of them had arrived.
const params = new URLSearchParams(location.search);
const tag = params.get('tag');
const script = params.get('script');
const attrs = JSON.parse(params.get('attrs') ?? '{}');

const el = document.createElement(tag);
for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
document.getElementById('stage').append(el);

window.__result = (async () => {
  const url = new URL(script, location.href).href;
  await import(url);
  await customElements.whenDefined(tag);
  const defined = performance.now();
  await el.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const end = performance.now();
  const start = performance.getEntriesByName(url)[0]?.startTime ?? 0;
  const resources = performance.getEntriesByType('resource').filter((e) => e.startTime >= start);
  const text = (el.shadowRoot?.textContent ?? '').trim().length;
  return {
    ms: end - start,
    textLength: text,
    defined: defined - start,
    requests: resources.length,
    network: Math.max(0, ...resources.map((e) => e.responseEnd)) - start,
  };
})();

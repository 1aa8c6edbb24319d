// Shared script of the host-page tests (CSP, hostile CSS, two bundles): loads
// the library from ?bundle=<name> (default: one bundle), puts the widgets on
// the page, and records what went wrong for the test to read.
import { addWidgets } from './widgets.js';

window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`.trim());
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message ?? e)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));

const params = new URLSearchParams(location.search);
const bundles = (params.get('bundles') ?? 'a').split(',');
window.__warnings = [];
const warn = console.warn;
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};

addWidgets(document.getElementById('widgets'));
window.__loaded = (async () => {
  for (const name of bundles) await import(`/__bundle/${name}.js`);
  const widgets = [...document.querySelectorAll('#widgets > *')];
  await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
  await Promise.all(widgets.map((w) => w.ready));
  // No waiting for animation frames: WebKit runs none in an iframe outside the
  // viewport, where a test's second host page sits. Rendered is rendered.
})();

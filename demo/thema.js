// The theme of demo/thema.html, from ?thema=standaard|utrecht|voorbeeld: the
// NL Design System theme class goes on <html>, as a council's site does.
// A classic script in <head>, so the class is there before the first paint.
(() => {
  const THEMES = { standaard: '', utrecht: 'utrecht-theme', voorbeeld: 'voorbeeld-theme' };
  const asked = new URLSearchParams(location.search).get('thema') ?? 'standaard';
  const name = Object.hasOwn(THEMES, asked) ? asked : 'standaard';
  if (THEMES[name]) document.documentElement.classList.add(THEMES[name]);
  document.documentElement.dataset.thema = name;
  document.addEventListener('DOMContentLoaded', () => {
    for (const a of document.querySelectorAll('[data-thema-link]')) {
      if (a.dataset.themaLink === name) a.setAttribute('aria-current', 'page');
    }
    for (const el of document.querySelectorAll('[data-thema-name]')) {
      el.hidden = el.dataset.themaName !== name;
    }
  });
})();

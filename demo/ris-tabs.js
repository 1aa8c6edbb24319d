// Tabs of the mock council information system (WAI-ARIA tabs pattern, manual
// activation). Part of the host page, not of the widgets. The hash selects a
// tab so a link can open "Leren & ontwikkelen" directly (#leren).
const tablist = document.querySelector('[role="tablist"]');
const tabs = [...tablist.querySelectorAll('[role="tab"]')];

function select(tab, { focus = false, updateHash = true } = {}) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
  if (updateHash) history.replaceState(null, '', `#${tab.dataset.hash}`);
}

tablist.addEventListener('click', (e) => {
  const tab = e.target.closest('[role="tab"]');
  if (tab) select(tab);
});
tablist.addEventListener('keydown', (e) => {
  const i = tabs.indexOf(document.activeElement);
  if (i < 0) return;
  const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  select(tabs[(next + tabs.length) % tabs.length], { focus: true });
});

const initial = tabs.find((t) => location.hash.startsWith(`#${t.dataset.hash}`)) ?? tabs[0];
select(initial, { updateHash: false });

// The widgets every host-page test puts on its page (one of each state that
// matters). Kept in one place so a new widget joins every host test at once.
export const WIDGETS = [
  { tag: 'vk-role-priority-table', attrs: { office: 'griffier' } },
  { tag: 'vk-role-priority-table', attrs: {} },
  { tag: 'vk-role-priority-table', attrs: { offices: 'burgemeester,gemeentesecretaris,griffier' } },
  { tag: 'vk-value-card', attrs: { value: 'lef', office: 'griffier' } },
  { tag: 'vk-value-card', attrs: { value: 'vertrouwen', variant: 'compact' } },
  { tag: 'vk-value-overview', attrs: {} },
  { tag: 'vk-training-finder', attrs: { office: 'raadslid', 'url-state': 'off' } },
  { tag: 'vk-quick-scan', attrs: { office: 'wethouder' } },
  { tag: 'vk-conversation-cards', attrs: { audience: 'driehoek' } },
  { tag: 'vk-conversation-cards', attrs: { view: 'secretaries' } },
];

/** Adds the widgets to `container` (built with DOM calls: no HTML strings). */
export function addWidgets(container, list = WIDGETS) {
  for (const { tag, attrs } of list) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    container.append(el);
  }
}

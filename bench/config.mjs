/**
 * What the benchmark puts on its pages: one representative state per
 * widget (tag and attributes), measured from its own CDN entry.
 */
export const WIDGETS = {
  'value-card': { tag: 'vk-value-card', attrs: { value: 'lef', office: 'griffier' } },
  'value-overview': { tag: 'vk-value-overview', attrs: { office: 'griffier' } },
  'role-priority-table': { tag: 'vk-role-priority-table', attrs: { office: 'wethouder' } },
  'training-finder': { tag: 'vk-training-finder', attrs: { office: 'raadslid', 'url-state': 'off' } },
  'quick-scan': { tag: 'vk-quick-scan', attrs: { office: 'wethouder' } },
  'conversation-cards': { tag: 'vk-conversation-cards', attrs: { audience: 'driehoek' } },
  provider: { tag: 'vk-provider', attrs: { office: 'raadslid' } },
};

/**
 * Registers `<vk-value-overview>`: `import 'vakmanschap-widgets/value-overview'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/value-overview/class` (./value-overview.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkValueOverview } from './value-overview.js';
// Its dialog shows a <vk-value-card>.
import '../value-card/define.js';

defineElement('vk-value-overview', VkValueOverview);

declare global {
  interface HTMLElementTagNameMap {
    'vk-value-overview': VkValueOverview;
  }
}

export { VkValueOverview };
export type { VkValueSelectDetail } from '../shared/events.js';

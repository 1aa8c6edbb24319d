/**
 * Registers `<vk-value-card>`: `import 'vakmanschap-widgets/value-card'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/value-card/class` (./value-card.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkValueCard } from './value-card.js';
import { installValueSelectWiring } from './wiring.js';

defineElement('vk-value-card', VkValueCard);
if (typeof document !== 'undefined') installValueSelectWiring();

declare global {
  interface HTMLElementTagNameMap {
    'vk-value-card': VkValueCard;
  }
}

export { VkValueCard };
export type { ValueCardVariant } from './value-card.js';
export type { VkRoleSelectDetail, VkValueSelectDetail } from '../shared/events.js';

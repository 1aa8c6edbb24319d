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

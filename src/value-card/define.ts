import { defineElement } from '../shared/registry.js';
import { VkValueCard } from './value-card.js';

defineElement('vk-value-card', VkValueCard);

declare global {
  interface HTMLElementTagNameMap {
    'vk-value-card': VkValueCard;
  }
}

export { VkValueCard };
export type { ValueCardVariant } from './value-card.js';

import { defineElement } from '../shared/registry.js';
import { VkValueOverview } from './value-overview.js';

defineElement('vk-value-overview', VkValueOverview);

declare global {
  interface HTMLElementTagNameMap {
    'vk-value-overview': VkValueOverview;
  }
}

export { VkValueOverview };

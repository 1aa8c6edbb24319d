import { defineElement } from '../shared/registry.js';
import { VkPlaceholder } from './placeholder.js';

defineElement('vk-placeholder', VkPlaceholder);

declare global {
  interface HTMLElementTagNameMap {
    'vk-placeholder': VkPlaceholder;
  }
}

export { VkPlaceholder };

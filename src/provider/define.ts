import { defineElement } from '../shared/registry.js';
import { VkProvider } from './provider.js';

defineElement('vk-provider', VkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'vk-provider': VkProvider;
  }
}

export { VkProvider };

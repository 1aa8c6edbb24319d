/**
 * Registers `<vk-provider>`: `import 'vakmanschap-widgets/provider'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/provider/class` (./provider.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkProvider } from './provider.js';

defineElement('vk-provider', VkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'vk-provider': VkProvider;
  }
}

export { VkProvider };

/**
 * Registers `<vk-training-finder>`: `import 'vakmanschap-widgets/training-finder'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/training-finder/class` (./training-finder.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkTrainingFinder } from './training-finder.js';

defineElement('vk-training-finder', VkTrainingFinder);

declare global {
  interface HTMLElementTagNameMap {
    'vk-training-finder': VkTrainingFinder;
  }
}

export { VkTrainingFinder };
export type { VkOfferingSelectDetail, VkValueSelectDetail } from '../shared/events.js';

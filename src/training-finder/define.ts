import { defineElement } from '../shared/registry.js';
import { VkTrainingFinder } from './training-finder.js';

defineElement('vk-training-finder', VkTrainingFinder);

declare global {
  interface HTMLElementTagNameMap {
    'vk-training-finder': VkTrainingFinder;
  }
}

export { VkTrainingFinder };

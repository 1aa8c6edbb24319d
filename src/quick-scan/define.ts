/**
 * Registers `<vk-quick-scan>`: `import 'vakmanschap-widgets/quick-scan'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/quick-scan/class` (./quick-scan.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkQuickScan } from './quick-scan.js';

defineElement('vk-quick-scan', VkQuickScan);

declare global {
  interface HTMLElementTagNameMap {
    'vk-quick-scan': VkQuickScan;
  }
}

export { VkQuickScan };
export type { Answer, ScoreLine, FinderParams, VkScanCompleteDetail } from './types.js';
export type { VkValueSelectDetail } from '../shared/events.js';

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

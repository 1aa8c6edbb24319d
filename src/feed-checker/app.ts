/**
 * The feed-checker page (dist/feed-checker/index.html): registers
 * `<vk-feed-checker>`. A page of its own, not one of the embeddable widgets,
 * so it has no define.ts (the build makes a widget of every define.ts).
 */
import { defineElement } from '../shared/registry.js';
import { VkFeedChecker } from './feed-checker.js';

defineElement('vk-feed-checker', VkFeedChecker);

declare global {
  interface HTMLElementTagNameMap {
    'vk-feed-checker': VkFeedChecker;
  }
}

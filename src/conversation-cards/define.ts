/**
 * Registers `<vk-conversation-cards>`: `import 'vakmanschap-widgets/conversation-cards'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/conversation-cards/class` (./conversation-cards.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkConversationCards } from './conversation-cards.js';

defineElement('vk-conversation-cards', VkConversationCards);

declare global {
  interface HTMLElementTagNameMap {
    'vk-conversation-cards': VkConversationCards;
  }
}

export { VkConversationCards };
export type { VkCardDrawDetail, VkRoundEndDetail } from './conversation-cards.js';

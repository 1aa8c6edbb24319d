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

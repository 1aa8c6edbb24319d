import { defineElement } from '../shared/registry.js';
import { VkRolePriorityTable } from './role-priority-table.js';

defineElement('vk-role-priority-table', VkRolePriorityTable);

declare global {
  interface HTMLElementTagNameMap {
    'vk-role-priority-table': VkRolePriorityTable;
  }
}

export { VkRolePriorityTable };

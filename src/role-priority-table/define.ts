/**
 * Registers `<vk-role-priority-table>`: `import 'vakmanschap-widgets/role-priority-table'`. The class alone,
 * registering nothing (to extend it or register it under another tag), is
 * `vakmanschap-widgets/role-priority-table/class` (./role-priority-table.ts). Only define modules have side effects.
 */
import { defineElement } from '../shared/registry.js';
import { VkRolePriorityTable } from './role-priority-table.js';

defineElement('vk-role-priority-table', VkRolePriorityTable);

declare global {
  interface HTMLElementTagNameMap {
    'vk-role-priority-table': VkRolePriorityTable;
  }
}

export { VkRolePriorityTable };
export type { VkValueSelectDetail } from '../shared/events.js';

/**
 * The events widgets send to the host page (bubbling, composed). Cancelable
 * ones do their default action (open the value, switch the office, open the
 * offer) only when no listener called `preventDefault()`.
 */
import type { Offering, RoleId, ValueId } from '../data/index.js';

/** A value was chosen (a link on a card, a cell of a table, a result of the scan). Cancelable. */
export interface VkValueSelectDetail {
  readonly id: ValueId;
}

/** An office was chosen. Cancelable. */
export interface VkRoleSelectDetail {
  readonly id: RoleId;
}

/** An offer was opened in the training finder. Cancelable. */
export interface VkOfferingSelectDetail {
  readonly id: string;
  readonly offering: Offering;
}

export const VALUE_SELECT = 'vk-value-select';
export const ROLE_SELECT = 'vk-role-select';
export const OFFERING_SELECT = 'vk-offering-select';

declare global {
  interface HTMLElementEventMap {
    'vk-value-select': CustomEvent<VkValueSelectDetail>;
    'vk-role-select': CustomEvent<VkRoleSelectDetail>;
    'vk-offering-select': CustomEvent<VkOfferingSelectDetail>;
  }
}

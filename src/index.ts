/**
 * vakmanschap-widgets: every element, registered, and the data API. Import a
 * single widget through its own entry (`vakmanschap-widgets/value-card`) to
 * load less, or only its class (`vakmanschap-widgets/value-card/class`) to
 * register it yourself.
 */
export * from './provider/define.js';
export * from './role-priority-table/define.js';
export * from './value-card/define.js';
export * from './value-overview/define.js';
export * from './quick-scan/define.js';
export * from './training-finder/define.js';
export * from './conversation-cards/define.js';
export { VkElement } from './shared/vk-element.js';
export type { VkProblem, VkErrorDetail } from './shared/vk-element.js';
export type { ProblemCode, VkProblemDetails } from './shared/problems.js';
export type {
  VkEventDetails,
  VkEventMap,
  VkEventName,
  VkOfferingSelectDetail,
  VkRoleSelectDetail,
  VkValueSelectDetail,
} from './shared/events.js';
export { defineElement } from './shared/registry.js';
export { VERSION } from './shared/version.js';
export type { Locale } from './shared/localize.js';
export * from './data/index.js';

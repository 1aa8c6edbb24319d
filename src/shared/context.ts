import { createContext } from '@lit/context';
import type { FeedSpec } from '../data/index.js';

/**
 * Settings an optional `<vk-provider>` gives to every widget inside it. A
 * widget's own attribute always wins; without a provider each widget works
 * on its own. (The interface language needs no context: it follows the
 * nearest `lang` attribute.)
 */
export interface VkSettings {
  /** The office the page is about (`raadslid`, …), e.g. a council's learning tab. */
  readonly office?: string;
  /** URLs of offerings feeds for the training finder, separated by white space. */
  readonly feed?: string;
  /** Feeds with their per-feed defaults (a learning tab's `config.json`); win over `feed`. */
  readonly feeds?: readonly FeedSpec[];
}

export const settingsContext = createContext<VkSettings | undefined>(Symbol.for('vakmanschap-widgets.settings'));

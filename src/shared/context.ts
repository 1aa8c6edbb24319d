import { createContext } from '@lit/context';

/**
 * Settings an optional `<vk-provider>` gives to every widget inside it. A
 * widget's own attribute always wins; without a provider each widget works
 * on its own. (The interface language needs no context: it follows the
 * nearest `lang` attribute.)
 */
export interface VkSettings {
  /** The office the page is about (`raadslid`, …), e.g. a council's learning tab. */
  readonly office?: string;
  /** URL of an association's offerings feed, for the training finder. */
  readonly feed?: string;
}

export const settingsContext = createContext<VkSettings | undefined>(Symbol.for('vakmanschap-widgets.settings'));

import { css, html } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
import { VkElement } from '../shared/vk-element.js';
import { settingsContext, type VkSettings } from '../shared/context.js';
import type { FeedSpec } from '../data/index.js';

/**
 * Optional wrapper that gives shared settings to every widget inside it, so a
 * page (a council's learning tab, an association's training page) states the
 * office or the feed once. A widget's own attribute always wins. The
 * interface language needs no setting here: put `lang` on the provider (or
 * any ancestor) and every widget inside follows it.
 *
 * @tagname vk-provider
 * @summary Shared settings (office, feed) for the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class VkProvider extends VkElement {
  static override styles = [
    VkElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /**
   * The office the widgets inside are about (`raadslid`, `griffier`, …).
   * (Not `role`: that is HTML's ARIA attribute, and `role="griffier"` is
   * invalid ARIA.)
   */
  @property() office?: string;

  /**
   * URL of an offerings feed for a training finder inside; several URLs
   * separated by white space (as in HTML's `ping`), the first one's
   * description of an offer winning over a copy further down.
   */
  @property() feed?: string;

  /**
   * Feeds with per-feed defaults, as a learning tab's `config.json` gives them
   * (`parseFeedSpecs`). A property only; wins over `feed`.
   */
  @property({ attribute: false }) feeds?: readonly FeedSpec[];

  @provide({ context: settingsContext })
  protected settings: VkSettings | undefined = {};

  protected override willUpdate(): void {
    this.settings = {
      ...(this.office ? { office: this.office } : {}),
      ...(this.feed ? { feed: this.feed } : {}),
      ...(this.feeds?.length ? { feeds: this.feeds } : {}),
    };
  }

  protected override firstUpdated(): void {
    this.markReady();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

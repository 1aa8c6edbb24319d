import { html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { VkElement } from '../shared/vk-element.js';
import { defineMessages, localized } from '../shared/localize.js';

const messages = defineMessages(
  {
    title: 'Vakmanschap-widgets',
    body: 'Hier verschijnen de widgets over het vakmanschap van lokale ambtsdragers.',
    unknownTone: (tone: string) => `Onbekende toon "${tone}"; gebruik "info" of "quiet".`,
  },
  {
    title: 'Craft widgets',
    body: 'The widgets on the craft of local office holders appear here.',
    unknownTone: (tone: string) => `Unknown tone "${tone}"; use "info" or "quiet".`,
  },
);

const TONES = ['info', 'quiet'] as const;

/**
 * Shows that the chain works (build, base class, locale, theme, error state)
 * until the real widgets exist.
 *
 * @tagname vk-placeholder
 * @summary Placeholder built on the shared base.
 * @csspart base - The widget's outer box: the message and the card.
 * @csspart card - The box around the text.
 * @csspart error - The message for an unknown tone.
 */
export class VkPlaceholder extends VkElement {
  static override styles = [
    VkElement.styles,
    css`
      .card {
        padding: var(--_vk-space-md);
        border: 1px solid var(--_vk-border-subtle-color);
        border-radius: var(--_vk-border-radius);
        background: var(--_vk-info-background-color);
      }
      :host([tone='quiet']) .card {
        background: var(--_vk-background-color);
      }
      h2 {
        margin: 0 0 var(--_vk-space-xs);
        font-size: 1.25em;
      }
      p {
        margin: 0;
      }
    `,
  ];

  /** Visual tone: `info` (default) or `quiet`. */
  @property({ reflect: true }) tone: string = 'info';

  protected override willUpdate(): void {
    if ((TONES as readonly string[]).includes(this.tone)) {
      this.clearProblems('unknown-tone');
    } else if (!this.problems.some((p) => p.code === 'unknown-tone')) {
      this.reportProblem({
        code: 'unknown-tone',
        message: localized(messages, (m) => m.unknownTone(this.tone)),
        detail: { tone: this.tone },
      });
    }
  }

  protected override firstUpdated(): void {
    this.markReady();
  }

  protected override render() {
    const m = this.t(messages);
    return html`<div part="base">
      ${this.renderProblems()}
      <div class="card" part="card">
        <h2>${m.title}</h2>
        <p>${m.body}</p>
      </div>
    </div>`;
  }
}

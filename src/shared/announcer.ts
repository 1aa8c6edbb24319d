import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A widget's polite live region: what it says to screen-reader users about a
 * change they did not move focus to (a new count, "copied", a new order).
 * One per widget, rendered where it reads best with {@link render}.
 *
 * The same sentence twice in a row is spoken twice (it is varied invisibly);
 * {@link sayAfter} waits until typing or clicking has settled, so a burst of
 * keystrokes gives one announcement.
 */
export class Announcer implements ReactiveController {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` now. */
  say(text: string): void {
    clearTimeout(this.timer);
    this.text = this.text === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /**
   * Says `text()` once nothing else was asked for `ms` milliseconds (each
   * call starts the wait again). When `text()` gives `undefined` (the answer
   * is not there yet), it waits `ms` once more.
   */
  sayAfter(ms: number, text: () => string | undefined): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const now = text();
      if (now === undefined) this.sayAfter(ms, text);
      else this.say(now);
    }, ms);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The live region (visually hidden). */
  render(): TemplateResult {
    return html`<p class="vk-visually-hidden" role="status">${this.text}</p>`;
  }
}

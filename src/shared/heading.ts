import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Headings whose level the host page chooses. A widget sits inside someone
 * else's document outline (an `<h2>` section on an association site, a tab
 * panel in a council information system), so its own headings take their
 * level from a `heading-level` attribute instead of a fixed `<h2>`.
 * Real `<h1>`–`<h6>` elements, each its own Lit template.
 */

/** A usable heading level (1–6) from an attribute value; `fallback` for anything else. */
export function headingLevel(level: unknown, fallback = 2): number {
  const n = typeof level === 'number' ? level : Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : fallback;
}

export interface HeadingOptions {
  readonly id?: string;
  /** `part` name(s) for hosts to style the heading. */
  readonly part?: string;
  readonly className?: string;
  /** `tabindex="-1"`: the widget may move focus here (after it switched content). */
  readonly focusable?: boolean;
  /** `lang` of the heading text, e.g. `nl` for a value name in an English interface. */
  readonly lang?: string;
}

/** `<h{level}>` with `content`; the level is clamped to 1–6. */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const o = options;
  const tabindex = o.focusable ? -1 : undefined;
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        lang=${ifDefined(o.lang)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h1>`;
    case 3:
      return html`<h3
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        lang=${ifDefined(o.lang)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h3>`;
    case 4:
      return html`<h4
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        lang=${ifDefined(o.lang)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h4>`;
    case 5:
      return html`<h5
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        lang=${ifDefined(o.lang)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h5>`;
    case 6:
      return html`<h6
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        lang=${ifDefined(o.lang)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h6>`;
    default:
      return html`<h2
        id=${ifDefined(o.id)}
        part=${ifDefined(o.part)}
        class=${ifDefined(o.className)}
        lang=${ifDefined(o.lang)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h2>`;
  }
}

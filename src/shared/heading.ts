import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Headings whose level the host page chooses. A widget sits inside someone
 * else's document outline (an `<h2>` section on an association site, a tab
 * panel in a council information system), so its headings take their level
 * from its `heading-level` attribute instead of a fixed `<h2>`.
 *
 * One rule for every widget: `heading-level` is the level of the widget's
 * top heading, a whole number from 1 to 6; anything else (empty, `0`, `7`,
 * `2.5`, `h3`) means the widget's default. The default assumes a page with
 * an `<h1>`: **2** for widgets whose top heading titles the widget itself
 * (the card's value, the overview's groups, the scan's title) and **3** for
 * widgets whose headings sit under a heading the host places above them
 * (the table's notes, the finder's results). Headings inside go one level
 * deeper each, never beyond 6.
 */

/** The widget's top heading level from its `heading-level` value: a whole number 1–6, else `fallback`. */
export function headingLevel(level: unknown, fallback: number): number {
  const n = typeof level === 'number' ? level : Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : fallback;
}

export interface HeadingOptions {
  readonly id?: string;
  /** `part` name(s) for hosts to style the heading. */
  readonly part?: string;
  readonly className?: string;
  /**
   * The widget moves focus here after it switched its content (a new card,
   * the next screen): `tabindex="-1"`, marked `data-focus-heading`.
   */
  readonly focusable?: boolean;
  /** `lang` of the heading text, e.g. `nl` for a value name in an English interface. */
  readonly lang?: string;
}

/** Sets a heading's attributes from its options (one binding instead of six in each of the six templates). */
class HeadingAttributes extends Directive {
  // The options arrive in update(); render() only declares them for the directive's type.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_options: HeadingOptions): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [o]: [HeadingOptions]): typeof nothing {
    const el = part.element;
    const set = (name: string, value: string | undefined) => {
      if (value === undefined) el.removeAttribute(name);
      else el.setAttribute(name, value);
    };
    set('id', o.id);
    set('part', o.part);
    set('class', o.className);
    set('lang', o.lang);
    set('tabindex', o.focusable ? '-1' : undefined);
    set('data-focus-heading', o.focusable ? '' : undefined);
    return nothing;
  }
}

const headingAttributes = directive(HeadingAttributes);

/** A real `<h1>`–`<h6>` with `content`; `level` is clamped to 1–6. */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const a = headingAttributes(options);
  // One template per element name: Lit cannot bind a tag name.
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 ${a}>${content}</h1>`;
    case 3:
      return html`<h3 ${a}>${content}</h3>`;
    case 4:
      return html`<h4 ${a}>${content}</h4>`;
    case 5:
      return html`<h5 ${a}>${content}</h5>`;
    case 6:
      return html`<h6 ${a}>${content}</h6>`;
    default: // 2, and NaN
      return html`<h2 ${a}>${content}</h2>`;
  }
}

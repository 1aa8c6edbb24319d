/**
 * What the scan's render functions share: the loaded data, the interface
 * language and the element's heading levels, plus a few small helpers.
 */
import { html, type TemplateResult } from 'lit';
import type { Source, ValueId } from '../data/index.js';
import { renderCitation } from '../shared/citation.js';
import { renderHeading } from '../shared/heading.js';
import type { Locale } from '../shared/localize.js';
import type { QuickScanMessages } from './quick-scan.messages.js';
import type { ScanData } from './scan-data.js';
import type { Answer } from './types.js';

export interface View {
  readonly data: ScanData;
  readonly locale: Locale;
  readonly m: QuickScanMessages;
  /** A heading `offset` levels below the element's `heading-level`; `focus` makes it the screen's focus target. */
  heading(offset: number, content: unknown, options?: { focus?: boolean; id?: string }): TemplateResult;
}

/** The view of `data` with headings from `level` (the element's `heading-level`) down. */
export function scanView(data: ScanData, locale: Locale, m: QuickScanMessages, level: number): View {
  return {
    data,
    locale,
    m,
    heading: (offset, content, { focus = false, id } = {}) =>
      renderHeading(level + offset, content, {
        className: `vk-heading vk-heading--${String(offset)}`,
        part: 'heading',
        focusable: focus,
        ...(id ? { id } : {}),
      }),
  };
}

/** A source line for `source` (the shared citation). */
export function cite(view: View, source: Source | null | undefined, withQuote = false) {
  return renderCitation(source, view.data.documents, view.locale, { withQuote });
}

/** A value's name: corpus Dutch, so marked `lang="nl"`. */
export function valueName(view: View, id: ValueId): TemplateResult {
  return html`<span lang="nl">${view.data.values.get(id)?.name ?? id}</span>`;
}

/** An answer in words (`Vaak`, `Niet van toepassing`). */
export function answerLabel(m: QuickScanMessages, a: Answer): string {
  return a === 'nvt' ? m.notApplicable : (m.scale[a - 1] ?? String(a));
}

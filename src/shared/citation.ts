import { html, nothing, type TemplateResult } from 'lit';
import type { Source, SourceDocument } from '../data/index.js';
import { defineMessages, type Locale } from './localize.js';

const nl = { source: 'Bron', quote: 'Citaat uit de bron' };

/** The shape of this catalogue; its English (`./citation.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

const messages = defineMessages(
  nl,
  () => import('./citation.en.js'),
);

/**
 * A visible citation: "Bron: <cite>Title</cite> (2024), section". The quote
 * is available on request (`withQuote`) in a disclosure. `documents` are the
 * corpus documents (`allSources()`), loaded once by the widget.
 */
export function renderCitation(
  source: Source | null | undefined,
  documents: ReadonlyMap<string, SourceDocument>,
  locale: Locale,
  { withQuote = false }: { withQuote?: boolean } = {},
): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const m = messages[locale];
  const doc = documents.get(source.doc);
  return html`<p class="vk-citation" part="citation">
    <span class="vk-citation-label">${m.source}:</span>
    <cite lang="nl">${doc?.title ?? source.doc}</cite>${doc ? ` (${String(doc.year)})` : ''},
    <span lang="nl">${source.section}</span>
    ${withQuote
      ? html`<details class="vk-citation-quote">
          <summary>${m.quote}</summary>
          <blockquote lang="nl">${source.quote}</blockquote>
        </details>`
      : nothing}
  </p>`;
}

/** Indexes documents by id for {@link renderCitation}. */
export function documentMap(documents: readonly SourceDocument[]): ReadonlyMap<string, SourceDocument> {
  return new Map(documents.map((d) => [d.id, d]));
}

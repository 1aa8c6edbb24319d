import type { Source, SourceDocument, Trend } from './generated/types.js';
import { loadSources, loadTrends } from './load.js';

/** One of the five corpus documents, by id (a `SourceId`); `undefined` if unknown. */
export async function getSource(id: string): Promise<SourceDocument | undefined> {
  return (await loadSources()).sources.find((s) => s.id === id);
}

/** The five corpus documents. */
export async function allSources(): Promise<readonly SourceDocument[]> {
  return (await loadSources()).sources;
}

/** A citation resolved for display: the document and where in it. */
export interface Citation {
  readonly document: SourceDocument;
  readonly section: string;
  readonly quote: string;
}

/** Resolves a record's `source` to the document it names (for citations). */
export async function resolveCitation(source: Source): Promise<Citation | undefined> {
  const document = await getSource(source.doc);
  return document && { document, section: source.section, quote: source.quote };
}

/** A trend or factor heading of the 2024 publication, by id (a `TrendId`). */
export async function getTrend(id: string): Promise<Trend | undefined> {
  return (await loadTrends()).trends.find((t) => t.id === id);
}

/** All trends and factors (internal first, then external), in order. */
export async function allTrends(): Promise<readonly Trend[]> {
  return (await loadTrends()).trends;
}

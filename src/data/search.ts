/**
 * Dutch-aware full-text search over offerings (MiniSearch): case and
 * diacritics do not matter, simple word forms are folded (trainingen →
 * training, raadsleden → raadslid, workshops → workshop), prefixes match
 * while typing, one typo is forgiven in longer words, and a match in the
 * title ranks above one in the description. The index is built once per
 * list of offerings and reused for every keystroke.
 */
import MiniSearch from 'minisearch';
import type { Offering, Provider } from './generated/types.js';
import { foldText } from './normalize.js';

/** Folds simple Dutch plural and derived forms onto one stem (deliberately crude, applied alike to index and query). */
export function stemNl(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('leden')) return `${w.slice(0, -5)}lid`;
  if (w.endsWith('heden')) return `${w.slice(0, -5)}heid`;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith('ingen')) w = w.slice(0, -2);
  else if (w.endsWith('en') && w.length > 5) {
    w = w.slice(0, -2);
    if (/([bdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1); // workshoppen → workshop
  } else if (w.endsWith('s') && w.length > 4 && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1); // conferentie(s) → conferenti
  return w;
}

function processTerm(term: string): string | null {
  const folded = foldText(term).replace(/[^a-z0-9'-]/g, '');
  return folded ? stemNl(folded) : null;
}

export interface OfferingIndex {
  /** Ids of matching offerings, best first, with their scores. */
  search(query: string): { id: string; score: number }[];
}

const indexes = new WeakMap<readonly Offering[], OfferingIndex>();

/** The (cached) index for this list of offerings. */
export function offeringIndex(
  offerings: readonly Offering[],
  providers: readonly Provider[] = [],
): OfferingIndex {
  const cached = indexes.get(offerings);
  if (cached) return cached;
  const providerName = new Map(providers.map((p) => [p.id, [p.name, p.shortName ?? '', ...p.aliases].join(' ')]));
  const mini = new MiniSearch<Offering & { providerName: string }>({
    fields: ['title', 'providerName', 'description', 'formats'],
    storeFields: [],
    processTerm,
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      if (Array.isArray(value)) return value.join(' ');
      return typeof value === 'string' ? value : '';
    },
    searchOptions: {
      boost: { title: 3, providerName: 2, formats: 1.5, description: 1 },
      prefix: true,
      fuzzy: (term) => (term.length > 5 ? 1 : 0),
      combineWith: 'AND',
    },
  });
  mini.addAll(offerings.map((o) => ({ ...o, providerName: o.provider ? (providerName.get(o.provider) ?? '') : '' })));
  const index: OfferingIndex = {
    search: (query) => mini.search(query).map((r) => ({ id: String(r.id), score: r.score })),
  };
  indexes.set(offerings, index);
  return index;
}

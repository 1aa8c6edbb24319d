/**
 * Interface language. Each widget keeps its strings in a typed catalog
 * (`defineMessages({ nl, en })`): the compiler refuses an English catalog that
 * misses a Dutch key, so both locales stay complete. The locale is resolved
 * per element (not per page), so two widgets in one page can speak two
 * languages: element `lang` → nearest ancestor with `lang` (crossing shadow
 * roots) → `<html data-localize-lang>` → `<html lang>` → `nl`.
 */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export type Catalog<M> = Readonly<Record<Locale, M>>;

/** Declares a message catalog; `en` must have exactly the shape of `nl`. */
export function defineMessages<M extends object>(nl: M, en: NoInfer<M>): Catalog<M> {
  return { nl, en };
}

/** A text in every locale, e.g. an error message kept while the language switches. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Builds a {@link LocalizedText} by picking the same message from each locale. */
export function localized<M>(catalog: Catalog<M>, pick: (messages: M) => string): LocalizedText {
  return { nl: pick(catalog.nl), en: pick(catalog.en) };
}

/** Maps a BCP 47 tag to a supported locale, or `undefined` when unsupported. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === primary);
}

function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** Resolves the interface locale for `el` (see module docs for the order). */
export function resolveLocale(el: Element): Locale {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (!(node instanceof Element)) continue;
    if (node === node.ownerDocument.documentElement) {
      const pinned = matchLocale(node.getAttribute('data-localize-lang'));
      if (pinned) return pinned;
    }
    const lang = node.getAttribute('lang');
    if (lang) return matchLocale(lang) ?? DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Formats a number with the locale's grouping (`10.000` / `10,000`). */
export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB')));
  return f.format(n);
}

const listFormats = new Map<string, Intl.ListFormat>();
/** Joins a list the way the locale does (`a, b en c` / `a, b and c`). */
export function formatList(items: readonly string[], locale: Locale): string {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' })));
  return f.format(items);
}

interface LocaleAware extends Element {
  refreshLocale(): void;
}

const watched = new Set<LocaleAware>();
let observer: MutationObserver | undefined;

/**
 * Keeps `el` informed when a `lang` attribute changes anywhere in the light
 * DOM of its document (one shared observer for all widgets).
 */
export function watchLocale(el: LocaleAware): void {
  watched.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const w of watched) w.refreshLocale();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'data-localize-lang'],
      subtree: true,
    });
  }
}

export function unwatchLocale(el: LocaleAware): void {
  watched.delete(el);
  if (watched.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Interface language. Each widget keeps its strings in a typed catalog:
 * the Dutch in the module, the English in a module of its own beside it
 * (`defineMessages(nl, () => import('./x.en.js'))`, the English file ending
 * in `satisfies MessageShape`), so the compiler refuses an English catalog
 * that misses or adds a key, and English is downloaded only by pages that
 * show it. The locale is resolved per element (not per page), so two widgets
 * in one page can speak two languages: element `lang` → nearest ancestor
 * with `lang` (crossing shadow roots) → `<html data-localize-lang>` →
 * `<html lang>` → `nl`.
 *
 * English on demand: the first element that resolves to `en` calls
 * {@link loadEnglish}, which imports the English of every catalog defined so
 * far (and of every catalog defined later, as lazy chunks arrive). Until it
 * is in, a catalog's `en` is its Dutch: the widget shows Dutch, then
 * re-renders. In the single-file scripts the bundler inlines these imports,
 * so English is already there (still one microtask later).
 */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export type Catalog<M> = Readonly<Record<Locale, M>>;

/** Loads a catalog's English: `() => import('./x.en.js')`. */
export type EnglishLoader<M> = () => Promise<{ readonly default: M }>;

/** Catalogs whose English is still to load. */
const pending = new Set<() => Promise<void>>();
/** Whether English was asked for: from then on each catalog loads its English as it is defined. */
let asked = false;
/** The latest round of loads (each waits for the one before); resolves `false` once any load failed. */
let loading: Promise<boolean> = Promise.resolve(true);
let inFlight = 0;
let failed = false;

/**
 * Declares a message catalog: the Dutch, and the English (the same shape)
 * or a loader for it. Until a loaded English is in, `catalog.en` is the Dutch.
 */
export function defineMessages<M extends object>(nl: M, en: NoInfer<M> | EnglishLoader<NoInfer<M>>): Catalog<M> {
  if (typeof en !== 'function') return { nl, en };
  let loaded: M | undefined;
  pending.add(async () => {
    loaded = (await en()).default;
  });
  // A catalog defined after English was asked for (a lazy chunk): load it now.
  if (asked) loadPending();
  return {
    nl,
    get en() {
      return loaded ?? nl;
    },
  };
}

/** Starts loading the English of every pending catalog (once each: a failed chunk stays Dutch). */
function loadPending(): void {
  if (pending.size === 0) return;
  const loads = [...pending];
  pending.clear();
  inFlight++;
  const round: Promise<boolean> = Promise.all([loading, ...loads.map((load) => load().then(() => true, () => false))]).then((results) => {
    inFlight--;
    failed ||= !results.every(Boolean);
    // Widgets showing English render again with what arrived (or report what did not).
    for (const w of watched) w.englishArrived(!failed);
    return !failed;
  });
  loading = round;
}

/**
 * Makes English available: loads the English of every catalog defined so
 * far (and, from now on, of each catalog as it is defined). Resolves `true`
 * once they are in, `false` if a chunk could not be loaded (those catalogs
 * stay Dutch). Never rejects.
 */
export function loadEnglish(): Promise<boolean> {
  asked = true;
  loadPending();
  return loading;
}

/** Whether a chunk of English could not be loaded (widgets asked for English then show Dutch). */
export function englishFailed(): boolean {
  return failed;
}

/** Whether English is still arriving (a widget showing English waits for it before it is ready). */
export function englishLoading(): boolean {
  return inFlight > 0;
}

/** A text in every locale, e.g. an error message kept while the language switches. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Builds a {@link LocalizedText} by picking the same message from each locale. */
export function localized<M>(catalog: Catalog<M>, pick: (messages: M) => string): LocalizedText {
  // English is read when shown: a catalog whose English is still loading gives it once it is in.
  return {
    nl: pick(catalog.nl),
    get en() {
      return pick(catalog.en);
    },
  };
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
  /** English arrived (`true`), or a chunk of it could not be loaded. */
  englishArrived(complete: boolean): void;
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

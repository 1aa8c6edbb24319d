import type { OfferingAudience, SessionStatus, WhenBucket } from '../data/index.js';
import { defineMessages } from '../shared/localize.js';

/** Numbers arrive formatted for the locale (`10.000` / `10,000`); `n` picks singular or plural. */
export type Count = (n: number, formatted: string) => string;

const offersNl: Count = (n, f) => (n === 1 ? '1 aanbieding' : `${f} aanbiedingen`);

const nl = {
    searchLabel: 'Zoek in het leeraanbod',
    searchHint: 'Bijvoorbeeld: intervisie, begroting of griffier.',
    filtersLabel: 'Filters',
    facetActive: (n: number) => `${String(n)} gekozen`,
    facets: {
      roles: 'Ambt',
      formats: 'Werkvorm',
      levels: 'Niveau van leren',
      values: 'Waarde',
      providers: 'Aanbieder',
      modes: 'Individueel of collectief',
      costs: 'Kosten',
    },
    optionCount: (n: string) => `(${n})`,
    offers: offersNl,
    countOf: (shown: string, total: string) => `${shown} van ${total} aanbiedingen`,
    resultsLabel: (count: string) => `Leeraanbod, ${count}`,
    showMore: (n: number, shown: string, total: string) => `Toon ${String(n)} meer (${shown} van ${total} getoond)`,
    announce: (n: number, f: string) => (n === 0 ? 'Geen aanbod gevonden.' : `${offersNl(n, f)} gevonden.`),
    sortLabel: 'Sorteren op',
    sortOptions: { relevantie: 'Relevantie', datum: 'Eerstvolgende datum', titel: 'Titel (A–Z)', aanbieder: 'Aanbieder (A–Z)' },
    activeFilters: 'Gekozen filters',
    removeFilter: 'filter verwijderen',
    queryChip: (q: string) => `Zoekterm: ${q}`,
    clearAll: 'Wis alle filters',
    loading: 'Het leeraanbod wordt geladen…',
    back: 'Terug',
    dataFailed: 'Het leeraanbod kon niet worden geladen. Probeer de pagina later opnieuw.',
    feedLoading: 'Het aanbod uit de feed wordt geladen…',
    searching: 'Zoeken…',
    sources: (corpus: string, feeds: string) =>
      corpus && feeds ? `${corpus} uit het onderzoek en ${feeds}.` : corpus ? `${corpus} uit het onderzoek.` : feeds ? `${feeds}.` : '',
    fromFeeds: (count: string, names: string) => `${count} uit ${names}`,
    feedName: (name: string) => `„${name}”`,
    duplicates: (n: number) => (n === 1 ? '1 aanbieding stond in meer dan één bron en staat hier één keer.' : `${String(n)} aanbiedingen stonden in meer dan één bron en staan hier één keer.`),
    nothingToShow: 'Er is geen aanbod om te tonen: er is geen feed opgegeven en het aanbod uit het onderzoek staat uit.',
    empty: 'Geen aanbod gevonden dat bij deze keuzes past.',
    emptyTry: 'Probeer het met minder filters:',
    withoutFilter: (label: string, count: string) => `Zonder ${label}: ${count}`,
    withoutQuery: (q: string) => `de zoekterm „${q}”`,
    withoutFacet: (facet: string, options: string) => `${facet} (${options})`,
    remove: (label: string) => `Verwijder ${label}`,
    meta: {
      provider: 'Aanbieder',
      formats: 'Werkvorm',
      roles: 'Voor wie',
      levels: 'Niveau',
      cost: 'Kosten',
      mode: 'Individueel of collectief',
      partners: 'Samen met',
      facts: 'Feiten',
      values: 'Waarden van vakmanschap',
    },
    levelShort: { macro: 'macro', meso: 'meso', micro: 'micro' },
    status: { 'in-ontwikkeling': 'toen in ontwikkeling', voorstel: 'toen een voorstel, nog niet aangeboden', afgelopen: 'toen al afgelopen' },
    unknown: 'niet bekend',
    notDetermined: 'niet bepaald',
    noProvider: 'de bron noemt geen aanbieder',
    valuesEditorial: 'Koppeling gemaakt door de redactie, niet door de bron.',
    valueHint: 'Kies een waarde om het aanbod erop te filteren.',
    link: 'Naar de website van het aanbod',
    feedSource: (name: string, publisher: string, updated: string) =>
      `Bron: ${name}, gepubliceerd door ${publisher}${updated ? `, bijgewerkt ${updated}` : ''}.`,
    feedSourceUnnamed: 'Bron: de feed van een vereniging, niet het onderzoek.',
    feedFailedOne: (name: string, reason: string) =>
      name ? `Het aanbod uit de feed „${name}” kon niet worden geladen: ${reason}.` : `Het aanbod uit de feed kon niet worden geladen: ${reason}.`,
    feedsFailed: (sentences: readonly string[], corpus: boolean, others: boolean) =>
      `${sentences.join(' ')}${others && corpus ? ' Het aanbod uit de andere feeds en uit het onderzoek staat er wel.' : others ? ' Het aanbod uit de andere feeds staat er wel.' : corpus ? ' Het aanbod uit het onderzoek staat er wel.' : ''}`,
    feedInlineInvalid: 'het aanbod in de pagina is geen geldige JSON',
    feedInlineName: 'het aanbod in de pagina',
    feedSkipped: 'Niet alle aanbiedingen uit de feed voldoen aan het formaat; wat niet past, is overgeslagen.',
    rejectedSummary: (offerings: number, providers: number) => {
      const parts = [
        offerings ? (offerings === 1 ? '1 aanbieding' : `${String(offerings)} aanbiedingen`) : '',
        providers ? (providers === 1 ? '1 aanbieder' : `${String(providers)} aanbieders`) : '',
      ].filter(Boolean);
      return `${parts.join(' en ')} ${offerings + providers === 1 ? 'kon' : 'konden'} niet worden getoond`;
    },
    rejectedIntro: 'De beheerder van de feed kan deze gegevens herstellen. Wat er mis is:',
    rejectedIn: (record: string) => `${record} in de feed`,
    rejectedFeed: (name: string) => `Feed „${name}”`,
    extraFacets: { when: 'Wanneer', where: 'Waar', origin: 'Bron', audiences: 'Doelgroep' },
    whenOptions: { 'deze-maand': 'Deze maand', 'komende-3-maanden': 'Komende 3 maanden', alles: 'Alles' } satisfies Record<WhenBucket, string>,
    online: 'Online',
    originOptions: { feed: 'Actueel aanbod', onderzoek: 'Uit het onderzoek (2013–2024)' },
    audienceNames: { burgerlid: 'Burgerleden en commissieleden', fractievolger: 'Fractievolgers', 'aspirant-raadslid': 'Aspirant-raadsleden' } satisfies Record<OfferingAudience, string>,
    showPast: 'Toon ook afgelopen aanbod',
    pastHidden: (n: number) => (n === 1 ? '1 aanbieding met alleen afgelopen data is verborgen' : `${String(n)} aanbiedingen met alleen afgelopen data zijn verborgen`),
    fromResearch: (year: number | undefined) => (year === undefined ? 'uit het onderzoek (jaar onbekend)' : `uit het onderzoek van ${String(year)}`),
    fromPublisher: 'van',
    nextDate: 'Eerstvolgende datum',
    moreDates: (n: number) => (n === 1 ? 'nog 1 datum' : `nog ${String(n)} data`),
    register: 'Aanmelden',
    registerByMail: (email: string) => `Aanmelden via ${email}`,
    registerUntil: (date: string) => `aanmelden kan tot ${date}`,
    registrationClosed: 'aanmelden is gesloten',
    sessionStatus: { open: '', vol: 'vol', geannuleerd: 'geannuleerd', gesloten: 'gesloten' } satisfies Record<SessionStatus, string>,
    addToCalendar: 'Zet in agenda',
    addToCalendarFailed: 'De agenda-afspraak kon niet worden gemaakt.',
    allPast: (date: string) => `afgelopen, laatste datum ${date}`,
    datesHeading: 'Data',
    pastDatesHeading: 'Afgelopen data',
    notesSummary: 'Niet alles uit de feed kon worden overgenomen',
    unknownOfficeMore: 'Het aanbod wordt niet op ambt voorgefilterd.',
    unknownUrlState: (value: string) => `Onbekende waarde „${value}” voor url-state; gebruik query, hash of off. De filters worden nu niet in de adresbalk bewaard.`,
  };

/** The shape of this catalogue; its English (`./training-finder.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./training-finder.messages.en.js'),
);

export type FinderMessages = (typeof messages)['nl'];

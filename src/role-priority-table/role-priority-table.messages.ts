import { defineMessages } from '../shared/localize.js';

/** Sorting of the matrix rows (offices). */
export type OfficeOrder = 'publication' | 'name-asc' | 'name-desc';
/** Sorting of the matrix columns (values). */
export type ValueOrder = 'cluster' | 'count-desc' | 'count-asc';

export const upper = (s: string): string => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

/**
 * Interface text of `<vk-role-priority-table>`. Corpus text (values, actions,
 * headings of the national government's actions, association names) is not
 * here: it stays Dutch and is marked `lang="nl"` where it is shown.
 */
const nl = {
    loading: 'Prioriteiten laden…',
    loadFailed: 'De prioriteiten konden niet worden geladen. Probeer het later opnieuw.',
    unknownOfficeMore: 'Of „rijksoverheid” voor het Rijk, „alle” voor het overzicht.',
    unknownInList: (inputs: string, offices: string) =>
      `Onbekend ambt in de vergelijking: ${inputs}. Kies uit: ${offices}.`,

    copy: 'Kopieer als tekst',
    copied: 'De tabel staat als tekst op het klembord.',
    copyFailed:
      'Automatisch kopiëren lukte niet. De tekst staat hieronder geselecteerd: kopieer hem met Ctrl+C (op een Mac: Cmd+C).',
    copyFallbackLabel: 'Tekst van de tabel, om zelf te kopiëren',
    close: 'Sluiten',
    source: 'Bron',

    value: 'Waarde',
    cluster: 'Cluster',
    noCluster: 'Cluster niet vermeld',
    office: 'Ambt',
    count: 'Aantal ambten',
    countOf: 'Aantal ambten per waarde',
    priority: 'prioriteit',
    noPriority: 'geen prioriteit',
    notInText: 'niet in de tekst',
    none: 'geen',

    matrixCaption: 'Waarden met prioriteit per ambt',
    prioritiesNotGiven: (plural: string) => `De publicatie noemt de prioriteiten van ${plural} niet in de tekst.`,
    countNote: (n: number, without: string) =>
      `Aantal ambten: van de ${n} ambten waarvan de publicatie de prioriteiten noemt (zonder ${without}).`,
    officeOrder: 'Ambten ordenen',
    officeOrders: {
      publication: 'Zoals in de publicatie',
      'name-asc': 'Naam (A–Z)',
      'name-desc': 'Naam (Z–A)',
    } satisfies Record<OfficeOrder, string>,
    valueOrder: 'Waarden ordenen',
    valueOrders: {
      cluster: 'Per cluster',
      'count-desc': 'Meeste ambten eerst',
      'count-asc': 'Minste ambten eerst',
    } satisfies Record<ValueOrder, string>,
    clusterFilter: 'Cluster tonen',
    allClusters: 'Alle clusters',
    clusterOption: (name: string, n: number) => `${name} (${n})`,
    announceOffices: {
      publication: 'Ambten staan in de volgorde van de publicatie.',
      'name-asc': 'Ambten gesorteerd op naam, van A tot Z.',
      'name-desc': 'Ambten gesorteerd op naam, van Z tot A.',
    } satisfies Record<OfficeOrder, string>,
    announceValues: {
      cluster: 'Waarden staan per cluster, in de volgorde van de publicatie.',
      'count-desc': 'Waarden gesorteerd op aantal ambten, meeste eerst.',
      'count-asc': 'Waarden gesorteerd op aantal ambten, minste eerst.',
    } satisfies Record<ValueOrder, string>,
    clusterNamed: (name: string) => `Cluster ${name}`,
    announceFilter: (cluster: string | null, n: number) =>
      `${cluster ?? 'Alle clusters'}: ${n} ${n === 1 ? 'waarde' : 'waarden'} getoond.`,

    officeCaption: (plural: string) => `${upper(plural)}: vier waarden met prioriteit en wat je kunt doen`,
    actionsOf: (plural: string) => `Wat kunnen ${plural} doen?`,
    associationHeading: (many: boolean): string =>
      many ? 'Wat kunnen de verenigingen doen?' : 'Wat kan de beroepsvereniging doen?',
    associationScope: 'Voor de vier waarden samen; volgens de publicatie gelden deze suggesties ook voor andere waarden.',
    association: (many: boolean): string => (many ? 'Beroepsverenigingen' : 'Beroepsvereniging'),
    notGivenTitle: (plural: string) => `${upper(plural)}: prioriteiten niet in de tekst`,
    notGiven: (plural: string) =>
      `De publicatie zegt dat er vier waarden met prioriteit voor ${plural} zijn gekozen, maar noemt ze niet in de tekst (ze stonden in een afbeelding). Daarom tonen we hier geen lijst.`,
    noActions: 'Handelingsperspectieven zijn in overleg met de beroepsvereniging bewust niet opgenomen:',

    compareCaption: (names: string) => `Prioriteiten naast elkaar: ${names}`,
    triangleCaption: (names: string) => `De lokale driehoek: prioriteiten van ${names} naast elkaar`,
    shared: 'Gedeeld',
    sharedBy: (names: string) => `gedeeld door ${names}`,
    sharedSummary: 'Gedeelde prioriteiten:',
    sharedNone: 'Deze ambten hebben geen waarde met prioriteit gemeen.',
    sharedNoneKnown: 'De ambten waarvan de publicatie de prioriteiten noemt, hebben geen waarde met prioriteit gemeen.',
    showActions: 'Toon wat ze kunnen doen',
    priorityMark: 'Prioriteit',
    notGivenFor: (names: string) => `${upper(names)}: de publicatie noemt de prioriteiten niet in de tekst.`,

    governmentCaption: 'Wat kan de rijksoverheid doen?',
    governmentTheme: 'Onderwerp',
    governmentActions: 'Wat kan het Rijk doen?',
  };

/** The shape of this catalogue; its English (`./role-priority-table.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./role-priority-table.messages.en.js'),
);

export type Messages = (typeof messages)['nl'];

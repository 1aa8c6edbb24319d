import { defineMessages } from '../shared/localize.js';

/** Sorting of the matrix rows (offices). */
export type OfficeOrder = 'publication' | 'name-asc' | 'name-desc';
/** Sorting of the matrix columns (values). */
export type ValueOrder = 'cluster' | 'count-desc' | 'count-asc';

const upper = (s: string): string => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

/**
 * Interface text of `<vk-role-priority-table>`. Corpus text (values, actions,
 * headings of the national government's actions, association names) is not
 * here: it stays Dutch and is marked `lang="nl"` where it is shown.
 */
export const messages = defineMessages(
  {
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
  },
  {
    loading: 'Loading priorities…',
    loadFailed: 'The priorities could not be loaded. Please try again later.',
    unknownOfficeMore: 'Or “rijksoverheid” for the national government, “alle” for the overview.',
    unknownInList: (inputs: string, offices: string) =>
      `Unknown office in the comparison: ${inputs}. Choose from: ${offices}.`,

    copy: 'Copy as text',
    copied: 'The table is on the clipboard as text.',
    copyFailed: 'Copying automatically did not work. The text below is selected: copy it with Ctrl+C (on a Mac: Cmd+C).',
    copyFallbackLabel: 'Text of the table, to copy yourself',
    close: 'Close',
    source: 'Source',

    value: 'Value',
    cluster: 'Cluster',
    noCluster: 'Cluster not stated',
    office: 'Office',
    count: 'Number of offices',
    countOf: 'Number of offices per value',
    priority: 'priority',
    noPriority: 'no priority',
    notInText: 'not in the text',
    none: 'none',

    matrixCaption: 'Priority values per office',
    prioritiesNotGiven: (plural: string) => `The publication does not name the priorities of ${plural} in its text.`,
    countNote: (n: number, without: string) =>
      `Number of offices: out of the ${n} offices whose priorities the publication names (without ${without}).`,
    officeOrder: 'Order offices',
    officeOrders: {
      publication: 'As in the publication',
      'name-asc': 'Name (A–Z)',
      'name-desc': 'Name (Z–A)',
    },
    valueOrder: 'Order values',
    valueOrders: {
      cluster: 'By cluster',
      'count-desc': 'Most offices first',
      'count-asc': 'Fewest offices first',
    },
    clusterFilter: 'Show cluster',
    allClusters: 'All clusters',
    clusterOption: (name: string, n: number) => `${name} (${n})`,
    announceOffices: {
      publication: 'Offices are in the order of the publication.',
      'name-asc': 'Offices sorted by name, A to Z.',
      'name-desc': 'Offices sorted by name, Z to A.',
    },
    announceValues: {
      cluster: 'Values are grouped by cluster, in the order of the publication.',
      'count-desc': 'Values sorted by number of offices, most first.',
      'count-asc': 'Values sorted by number of offices, fewest first.',
    },
    clusterNamed: (name: string) => `Cluster ${name}`,
    announceFilter: (cluster: string | null, n: number) =>
      `${cluster ?? 'All clusters'}: ${n} ${n === 1 ? 'value' : 'values'} shown.`,

    officeCaption: (plural: string) => `${upper(plural)}: four priority values and what you can do`,
    actionsOf: (plural: string) => `What can ${plural} do?`,
    associationHeading: (many: boolean) =>
      many ? 'What can the associations do?' : 'What can the professional association do?',
    associationScope: 'For the four values together; according to the publication these suggestions apply to other values too.',
    association: (many: boolean) => (many ? 'Professional associations' : 'Professional association'),
    notGivenTitle: (plural: string) => `${upper(plural)}: priorities not in the text`,
    notGiven: (plural: string) =>
      `The publication says four priority values were chosen for ${plural}, but does not name them in its text (they were in an image). So no list is shown here.`,
    noActions: 'Courses of action were left out on purpose, in agreement with the professional association:',

    compareCaption: (names: string) => `Priorities side by side: ${names}`,
    triangleCaption: (names: string) => `The local triangle: priorities of ${names} side by side`,
    shared: 'Shared',
    sharedBy: (names: string) => `shared by ${names}`,
    sharedSummary: 'Shared priorities:',
    sharedNone: 'These offices have no priority value in common.',
    sharedNoneKnown: 'The offices whose priorities the publication names have no priority value in common.',
    showActions: 'Show what they can do',
    priorityMark: 'Priority',
    notGivenFor: (names: string) => `${upper(names)}: the publication does not name the priorities in its text.`,

    governmentCaption: 'What can the national government do?',
    governmentTheme: 'Theme',
    governmentActions: 'What can the government do?',
  },
);

export type Messages = (typeof messages)['nl'];

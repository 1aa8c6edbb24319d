import { upper } from './role-priority-table.messages.js';
import type { MessageShape } from './role-priority-table.messages.js';

/** English of `./role-priority-table.messages.ts`, loaded the first time a widget shows English. */
export default {
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
  } satisfies MessageShape;

import { defineMessages } from '../shared/localize.js';

/** Interface text of `<vk-value-overview>`. Corpus text stays Dutch and is not in here. */
export const messages = defineMessages(
  {
    loading: 'Waarden worden geladen…',
    filterLabel: 'Toon',
    filterAll: (count: number) => `Alle ${count} waarden`,
    filterGroups: 'Groepen',
    filterClusters: 'Clusters',
    filterUnplaced: 'Waarde zonder vermeld cluster',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} waarden getoond` : `${shown} van ${total} waarden getoond`,
    unplaced: 'Cluster niet vermeld in de publicatie',
    unplacedText:
      'De publicatie noemt deze waarde, maar haar tekst zegt niet bij welk van de negen clusters ze hoort: dat stond alleen op de overzichtskaart, een afbeelding die niet bewaard is.',
    priority: 'prioriteit',
    priorityOf: (rolePlural: string) => `prioriteit van ${rolePlural}`,
    offices: (count: number) => (count === 1 ? '1 ambt' : `${count} ambten`),
    officesLong: (count: number) =>
      count === 1 ? 'prioriteit voor 1 ambt' : `prioriteit voor ${count} ambten`,
    legend: (rolePlural: string) =>
      `De vier prioriteiten van ${rolePlural} zijn gemarkeerd met ★. Bij elke waarde staat voor hoeveel ambten ze een prioriteit is.`,
    legendNoPriorities: (rolePlural: string) =>
      `De tekst van de publicatie noemt de vier prioriteiten van ${rolePlural} niet: ze stonden in een afbeelding die niet bewaard is. Bij elke waarde staat voor hoeveel andere ambten ze een prioriteit is.`,
    opensCard: 'Opent de kaart van deze waarde.',
    close: 'Sluiten',
    dialogLabel: (value: string) => `Waardekaart ${value}`,
    unknownFilter: (input: string) => `Onbekend filter "${input}"; alle waarden worden getoond.`,
    loadFailed: 'De waarden konden niet worden geladen.',
  },
  {
    loading: 'Loading values…',
    filterLabel: 'Show',
    filterAll: (count: number) => `All ${count} values`,
    filterGroups: 'Groups',
    filterClusters: 'Clusters',
    filterUnplaced: 'Value without a stated cluster',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} values shown` : `${shown} of ${total} values shown`,
    unplaced: 'Cluster not stated in the publication',
    unplacedText:
      'The publication names this value, but its text does not say which of the nine clusters it belongs to: that was shown only on the overview map, an image that did not survive.',
    priority: 'priority',
    priorityOf: (rolePlural: string) => `priority of ${rolePlural}`,
    offices: (count: number) => (count === 1 ? '1 office' : `${count} offices`),
    officesLong: (count: number) =>
      count === 1 ? 'a priority for 1 office' : `a priority for ${count} offices`,
    legend: (rolePlural: string) =>
      `The four priorities of ${rolePlural} are marked with ★. Each value shows for how many offices it is a priority.`,
    legendNoPriorities: (rolePlural: string) =>
      `The text of the publication does not name the four priorities of ${rolePlural}: they were in an image that did not survive. Each value shows for how many other offices it is a priority.`,
    opensCard: 'Opens the card of this value.',
    close: 'Close',
    dialogLabel: (value: string) => `Value card ${value}`,
    unknownFilter: (input: string) => `Unknown filter "${input}"; all values are shown.`,
    loadFailed: 'The values could not be loaded.',
  },
);

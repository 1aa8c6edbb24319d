import { defineMessages } from '../shared/localize.js';

/** Interface text of `<vk-value-overview>`. Corpus text stays Dutch and is not in here. */
const nl = {
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
  };

/** The shape of this catalogue; its English (`./value-overview.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./value-overview.messages.en.js'),
);

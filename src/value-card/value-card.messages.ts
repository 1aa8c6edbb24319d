import { defineMessages } from '../shared/localize.js';

/** Interface text of `<vk-value-card>`. Corpus text stays Dutch and is not in here. */
const nl = {
    cardLabel: 'Waardekaart',
    loading: 'Waarde wordt geladen…',
    prompt: 'Kies een waarde om de kaart te zien.',
    valueLabel: 'Waarde',
    clusterLabel: 'Cluster',
    clusterUnknown: 'cluster niet vermeld in de publicatie',
    clusterUnknownText:
      'De tekst van de publicatie zegt niet bij welk van de negen clusters deze waarde hoort. Dat stond alleen op de overzichtskaart, een afbeelding die niet in de tekst bewaard is.',
    meaning: 'Wat het betekent',
    views: 'Opvattingen',
    viewLabel: 'Opvatting',
    gainsWeight: 'Waarom het aan belang wint',
    trends: 'Trends',
    editorial: 'koppeling door de redactie',
    priority: 'Prioriteit voor',
    currentRole: 'gekozen ambt',
    priorityNone: (offices: number) =>
      `Geen van de ${offices} ambten waarvan de publicatie de prioriteiten noemt, koos deze waarde.`,
    notAPriority: (rolePlural: string) => `Voor ${rolePlural} is dit geen van hun vier prioriteiten.`,
    chooseRole: 'Kies een ambt om te zien wat die ambtsdragers en hun vereniging kunnen doen.',
    actionsFor: (rolePlural: string) => `Wat ${rolePlural} kunnen doen`,
    actionsPerRole: 'Wat ambtsdragers kunnen doen',
    association: (count: number): string => (count === 1 ? 'Wat de vereniging kan doen' : 'Wat de verenigingen kunnen doen'),
    associationScope: (rolePlural: string) =>
      `Deze suggesties gelden niet voor één waarde apart, maar voor alle vier prioriteiten van ${rolePlural} samen:`,
    noPriorities: (rolePlural: string) =>
      `De tekst van de publicatie noemt de vier prioriteiten van ${rolePlural} niet: ze stonden in een afbeelding die niet bewaard is.`,
    noActions: (rolePlural: string) =>
      `De publicatie bevat bewust geen handelingsperspectieven voor ${rolePlural} en hun vereniging.`,
    siblings: (cluster: string) => `Andere waarden in het cluster ${cluster}`,
    clashes: 'Kan botsen met',
    selectValue: (name: string) => `Toon de kaart van ${name}`,
    selectRole: (role: string) => `Bekijk deze waarde als ${role}`,
    unknownValue: (input: string) => `Onbekende waarde "${input}".`,
    didYouMean: (names: string) => ` Bedoelde je: ${names}?`,
    suggestions: 'Bedoelde je:',
    unknownVariant: (input: string) => `Onbekende weergave "${input}"; gebruik "full" of "compact". De volledige kaart wordt getoond.`,
    loadFailed: 'De gegevens van deze waarde konden niet worden geladen.',
  };

/** The shape of this catalogue; its English (`./value-card.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./value-card.messages.en.js'),
);

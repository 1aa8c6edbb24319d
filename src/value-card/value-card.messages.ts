import { defineMessages } from '../shared/localize.js';

/** Interface text of `<vk-value-card>`. Corpus text stays Dutch and is not in here. */
export const messages = defineMessages(
  {
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
  },
  {
    cardLabel: 'Value card',
    loading: 'Loading value…',
    prompt: 'Choose a value to see its card.',
    valueLabel: 'Value',
    clusterLabel: 'Cluster',
    clusterUnknown: 'cluster not stated in the publication',
    clusterUnknownText:
      'The text of the publication does not say which of the nine clusters this value belongs to. That was shown only on the overview map, an image that did not survive in the text.',
    meaning: 'What it means',
    views: 'Views',
    viewLabel: 'View',
    gainsWeight: 'Why it gains weight',
    trends: 'Trends',
    editorial: 'linked by the editors',
    priority: 'A priority for',
    currentRole: 'selected office',
    priorityNone: (offices: number) =>
      `None of the ${offices} offices whose priorities the publication names chose this value.`,
    notAPriority: (rolePlural: string) => `For ${rolePlural} this is not one of their four priorities.`,
    chooseRole: 'Choose an office to see what its holders and their association can do.',
    actionsFor: (rolePlural: string) => `What ${rolePlural} can do`,
    actionsPerRole: 'What office holders can do',
    association: (count: number): string => (count === 1 ? 'What the association can do' : 'What the associations can do'),
    associationScope: (rolePlural: string) =>
      `These suggestions are not for one value alone but for all four priorities of ${rolePlural} together:`,
    noPriorities: (rolePlural: string) =>
      `The text of the publication does not name the four priorities of ${rolePlural}: they were in an image that did not survive.`,
    noActions: (rolePlural: string) =>
      `By choice, the publication gives no courses of action for ${rolePlural} and their association.`,
    siblings: (cluster: string) => `Other values in the ${cluster} cluster`,
    clashes: 'Can clash with',
    selectValue: (name: string) => `Show the card of ${name}`,
    selectRole: (role: string) => `View this value as ${role}`,
    unknownValue: (input: string) => `Unknown value "${input}".`,
    didYouMean: (names: string) => ` Did you mean: ${names}?`,
    suggestions: 'Did you mean:',
    unknownVariant: (input: string) => `Unknown variant "${input}"; use "full" or "compact". The full card is shown.`,
    loadFailed: 'The data of this value could not be loaded.',
  },
);

import type { MessageShape } from './value-card.messages.js';

/** English of `./value-card.messages.ts`, loaded the first time a widget shows English. */
export default {
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
  } satisfies MessageShape;

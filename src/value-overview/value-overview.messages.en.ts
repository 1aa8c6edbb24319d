import type { MessageShape } from './value-overview.messages.js';

/** English of `./value-overview.messages.ts`, loaded the first time a widget shows English. */
export default {
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
  } satisfies MessageShape;

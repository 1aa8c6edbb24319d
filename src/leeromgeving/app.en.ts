import type { MessageShape } from './app.js';

/** English of `./app.ts`, loaded the first time a widget shows English. */
export default {
    title: 'Learning and development',
    nav: 'Sections',
    sections: {
      waarden: 'Values',
      ambten: 'Priorities per office',
      vinden: 'Find training',
      scan: 'Self-assessment',
      gesprek: 'Conversation cards',
    },
    allValues: 'All values',
    overview: 'Overview of all offices',
    triangle: 'Local triangle',
    government: 'National government',
    triangleCards: 'Conversation cards for the triangle',
    backToResult: 'Back to your result',
    language: 'Language',
    dutchNote:
      'The interface is in English; the statements of the self-assessment, the values and the research texts are in Dutch, as the research published them.',
    ignored: (keys: string) => `These settings were ignored because they are not valid: ${keys}.`,
    intro:
      'Work on the values of your office, find training, take the self-assessment or put conversation cards on the table. Based on Toekomstbestendig decentraal bestuur (2024) and earlier research. Your answers and notes stay on this device.',
  } satisfies MessageShape;

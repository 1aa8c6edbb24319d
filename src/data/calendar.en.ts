import type { MessageShape } from './calendar.js';

/** English of `./calendar.ts`, loaded the first time a widget shows English. */
export default {
    more: 'More information',
    register: 'Register',
    before: (date: string) => `by ${date}`,
    online: 'Online',
  } satisfies MessageShape;

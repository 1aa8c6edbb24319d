import type { MessageShape } from './citation.js';

/** English of `./citation.ts`, loaded the first time a widget shows English. */
export default { source: 'Source', quote: 'Quote from the source' } satisfies MessageShape;

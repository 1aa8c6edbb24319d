import type { MessageShape } from './office-problems.js';

/** English of `./office-problems.ts`, loaded the first time a widget shows English. */
export default {
    unknownOffice: (input: string, valid: string) => `Unknown office “${input}”. Choose from: ${valid}.`,
    roleAttribute: (value: string) =>
      `This widget shows the office from role="${value}". Use office="${value}": role is HTML's accessibility attribute, and role="${value}" is reported as an error by accessibility checks.`,
  } satisfies MessageShape;

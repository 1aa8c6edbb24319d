/**
 * The office problems and their messages, the same in every widget. A
 * module of its own, loaded (by `office.ts`) only when a page names an
 * unknown office or uses the `role` attribute, so no page downloads these
 * texts for nothing.
 */
import { defineMessages, formatList, localized, type LocalizedText } from './localize.js';
import type { VkProblem } from './problems.js';

const nl = {
    unknownOffice: (input: string, valid: string) => `Onbekend ambt „${input}”. Kies uit: ${valid}.`,
    roleAttribute: (value: string) =>
      `Dit onderdeel toont het ambt uit role="${value}". Gebruik office="${value}": role is het toegankelijkheidsattribuut van HTML, en role="${value}" wordt door toegankelijkheidscontroles als fout gemeld.`,
  };

/** The shape of this catalogue; its English (`./office-problems.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

const messages = defineMessages(
  nl,
  () => import('./office-problems.en.js'),
);

/**
 * `office` names no office. `valid`: the office ids; `consequence`: what the
 * widget does instead, in a sentence (e.g. "Het aanbod wordt niet op ambt voorgefilterd.").
 */
export function unknownOffice(office: string, valid: readonly string[], consequence?: LocalizedText): VkProblem<'unknown-office'> {
  const text = (locale: 'nl' | 'en') =>
    `${messages[locale].unknownOffice(office, formatList(valid, locale))}${consequence ? ` ${consequence[locale]}` : ''}`;
  return { code: 'unknown-office', message: { nl: text('nl'), en: text('en') }, detail: { office, valid } };
}

/** The office was read from a `role` attribute. */
export function roleAttribute(office: string): VkProblem<'role-attribute'> {
  return { code: 'role-attribute', message: localized(messages, (m) => m.roleAttribute(office)), detail: { office } };
}

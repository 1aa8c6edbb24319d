/**
 * Which office a widget is about. Every widget that takes an office reads it
 * the same way:
 *
 * 1. its own `office` attribute or property;
 * 2. else a `role` attribute, **if it names an office** (`role="griffier"`,
 *    as early documentation had it). `role` is HTML's ARIA attribute, so
 *    `role="griffier"` is an invalid ARIA role that accessibility checkers
 *    report; the widget still honours it, says so (`role-attribute` problem)
 *    and asks for `office`. A genuine ARIA role (`role="region"`) is left alone;
 * 3. else the office of an enclosing `<vk-provider>`.
 */
import { getRole } from '../data/index.js';
import type { VkSettings } from './context.js';
import { defineMessages, localized } from './localize.js';
import type { VkProblem } from './vk-element.js';

export interface OfficeInput {
  /** The text to resolve with `getRole()` (`''` when none is given). */
  readonly input: string;
  /** Whether it came from a `role` attribute. */
  readonly viaRole: boolean;
}

export function officeInput(el: Element, own: string | null | undefined, settings: VkSettings | undefined): OfficeInput {
  const mine = own?.trim();
  if (mine) return { input: mine, viaRole: false };
  const role = el.getAttribute('role')?.trim();
  if (role) return { input: role, viaRole: true };
  return { input: settings?.office?.trim() ?? '', viaRole: false };
}

const messages = defineMessages(
  {
    roleAttribute: (value: string) =>
      `Dit onderdeel toont het ambt uit role="${value}". Gebruik office="${value}": role is het toegankelijkheidsattribuut van HTML, en role="${value}" wordt door toegankelijkheidscontroles als fout gemeld.`,
  },
  {
    roleAttribute: (value: string) =>
      `This widget shows the office from role="${value}". Use office="${value}": role is HTML's accessibility attribute, and role="${value}" is reported as an error by accessibility checks.`,
  },
);

/** The notice for an office given through `role` (code `role-attribute`). */
export function roleAttributeProblem(value: string): VkProblem {
  return {
    code: 'role-attribute',
    message: localized(messages, (m) => m.roleAttribute(value)),
    detail: { role: value },
  };
}

/**
 * Drops a `role` attribute that names no office (a genuine ARIA role of the
 * host page's, such as `region`): it is not an office and not ours to judge.
 */
export async function resolveOfficeInput(o: OfficeInput): Promise<OfficeInput> {
  if (!o.viaRole) return o;
  return (await getRole(o.input)) ? o : { input: '', viaRole: false };
}

/** Equality for a Task's `argsEqual`. */
export function sameOfficeInput(a: OfficeInput, b: OfficeInput): boolean {
  return a.input === b.input && a.viaRole === b.viaRole;
}

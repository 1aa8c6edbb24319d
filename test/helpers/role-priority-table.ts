/**
 * Helpers for the vk-role-priority-table tests: render, then read what a
 * person sees. Expected values always come from the data API, never from the
 * widget.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { VkRolePriorityTable } from '../../src/role-priority-table/define.js';
import { squash } from './dom.js';

export type Table = VkRolePriorityTable;

export { squash };

/** Renders `template` (the widget, or a wrapper around it) and waits until the data is on screen. */
export async function renderTable(template: TemplateResult): Promise<Table> {
  const root = await fixture<HTMLElement>(template);
  const el = root instanceof VkRolePriorityTable ? root : root.querySelector('vk-role-priority-table');
  if (!el) throw new Error('no vk-role-priority-table in the fixture');
  await el.ready;
  await el.updateComplete;
  return el;
}

// The caller names the element type, as with querySelector<E>().
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function $<E extends Element = HTMLElement>(el: Table, selector: string): E {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the widget`);
  return found;
}

export function $$<E extends Element = HTMLElement>(el: Table, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** All text in the widget, white space collapsed. */
export const seen = (el: Table): string => squash(el.shadowRoot!.textContent);

/** What the polite live region says now. */
export const announced = (el: Table): string => squash($(el, '[role="status"]').textContent);

/** The visible caption of the first table. */
export const caption = (el: Table): string => squash($(el, 'caption').textContent);

/**
 * Helpers for the vk-quick-scan tests: act like a person (click an answer,
 * press "Volgende") and read what a person sees.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/quick-scan/define.js';
import { allRoles, allValues, prioritiesFor, quickScanBank, selectScanItems, type RoleId, type ValueId } from '../src/data/index.js';
import { encodeResult, type CodeContext } from '../src/quick-scan/code.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import type { Answer } from '../src/quick-scan/types.js';
import { STORAGE_KEY } from '../src/quick-scan/storage.js';

export { STORAGE_KEY };

export async function scanFixture(template: TemplateResult): Promise<VkQuickScan> {
  const el = await fixture<VkQuickScan>(template);
  await el.ready;
  await el.updateComplete;
  return el;
}

export function root(el: VkQuickScan): ShadowRoot {
  return el.shadowRoot!;
}

/** The visible text, white space collapsed. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: VkQuickScan, selector: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(selector);
}

export function $$(el: VkQuickScan, selector: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(selector)];
}

/** The heading of the current screen (the one that gets focus). */
export function screenHeading(el: VkQuickScan): string {
  return text($(el, '[data-focus-heading]'));
}

/** The statements on the current screen, in order. */
export function statements(el: VkQuickScan): string[] {
  return $$(el, 'fieldset.item legend span[lang="nl"]').map((s) => text(s));
}

const ORDER: readonly Answer[] = [1, 2, 3, 4, 5, 'nvt'];

/** Clicks answer `a` for the `index`-th statement on the screen. */
export async function answer(el: VkQuickScan, index: number, a: Answer): Promise<void> {
  const item = $$(el, 'fieldset.item')[index];
  if (!item) throw new Error(`no statement ${String(index)} on this screen`);
  const radio = item.querySelectorAll<HTMLInputElement>('input[type=radio]')[ORDER.indexOf(a)];
  radio!.click();
  await el.updateComplete;
}

/** Presses the screen's submit button ("Volgende" / "Naar je resultaat"). */
export async function next(el: VkQuickScan): Promise<void> {
  $(el, 'button[type=submit]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Answers every statement on the current screen with `pick(statementIndexInScan)`, then presses next. */
export async function answerPage(el: VkQuickScan, pick: (n: number) => Answer): Promise<void> {
  const items = $$(el, 'fieldset.item');
  for (let i = 0; i < items.length; i++) {
    const number = Number(text(items[i]!.querySelector('.item-number')).replace('.', '')) - 1;
    await answer(el, i, pick(number));
  }
  await next(el);
}

/** From the values screen on: skips (or keeps) the top four and answers every statement. */
export async function finishScan(el: VkQuickScan, pick: (n: number) => Answer = () => 4): Promise<void> {
  for (let guard = 0; guard < 20 && !$(el, '.result'); guard++) {
    if ($(el, 'fieldset.item')) await answerPage(el, pick);
    else await next(el);
  }
  if (!$(el, '.result')) throw new Error(`no result; stuck at "${screenHeading(el)}"`);
}

/** The element that has focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Rows of the score table as { label: score text }. */
export function scoreTable(el: VkQuickScan): Record<string, string> {
  const rows = $$(el, 'table.table tbody tr').filter((tr) => tr.querySelector('td'));
  return Object.fromEntries(rows.map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]));
}

/**
 * Replaces `target[key]` with `value` for the length of a test; the returned
 * function puts the original property (own or inherited) back exactly.
 */
export function replace<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  };
}

/** What a result code is read against: the item bank, the offices and the values. */
export async function codeContext(): Promise<CodeContext> {
  return { bank: await quickScanBank(), roles: await allRoles(), valueIds: (await allValues()).map((v) => v.id) };
}

/** The code of a person of office `role` answering `pick(n)` to the n-th statement. */
export async function codeFor(role: RoleId, pick: (n: number) => Answer, own: ValueId[] = []): Promise<string> {
  const ctx = await codeContext();
  const priorities = (await prioritiesFor(role))!.map((v) => v.id);
  const items = selectScanItems(ctx.bank, { role, values: priorities });
  return encodeResult(
    { role, bankVersion: ctx.bank.version, values: own, answers: new Map(items.map((i, n) => [i.id, pick(n)])) },
    ctx,
  );
}

/**
 * Blocks storage as a browser that forbids it does: `window.localStorage`
 * throws on access, and a Storage object reached anyway refuses every use (in
 * WebKit's full runs a widget now and then still reached the real
 * localStorage after the property was redefined). Returns the undo.
 */
export function blockLocalStorage(): () => void {
  const refuse = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
  const methods = (['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const).map((m) => replace(Storage.prototype, m, refuse));
  return () => {
    for (const undo of methods.reverse()) undo();
    Object.defineProperty(window, 'localStorage', original);
  };
}

/**
 * A host page's script, written against the published package only: two
 * widgets registered by their define modules, the value card's class
 * registered under a tag of our own, properties and events typed from the
 * package's declarations. scripts/check-consumer.mjs reads `window.consumerCheck`.
 */
import 'vakmanschap-widgets/role-priority-table';
import 'vakmanschap-widgets/training-finder';
import { VkValueCard } from 'vakmanschap-widgets/value-card/class';
import type { ValueCardVariant, VkValueSelectDetail } from 'vakmanschap-widgets/value-card';
// Types only (erased): every widget's events join HTMLElementEventMap, so READ below must cover them all.
import type {} from 'vakmanschap-widgets';

declare global {
  interface Window {
    consumerCheck?: { cardTagTaken: boolean; ownTag: boolean; events: string[]; ready: boolean };
  }
}

// Importing the class registered nothing: <vk-value-card> is still free.
const cardTagTaken = customElements.get('vk-value-card') !== undefined;

/** The library's card under the host's own tag (a subclass, as a host extends it). */
class MijnWaardekaart extends VkValueCard {}
customElements.define('mijn-waardekaart', MijnWaardekaart);

// Properties, typed through HTMLElementTagNameMap and the classes.
const table = document.querySelector('vk-role-priority-table');
const finder = document.querySelector('vk-training-finder');
const card = document.querySelector<MijnWaardekaart>('mijn-waardekaart');
if (!table || !finder || !card) throw new Error('the page lacks a widget');
table.headingLevel = 2;
finder.includeCorpus = true;
const variant: ValueCardVariant = 'full';
card.variant = variant;

/**
 * Every `vk-*` event in HTMLElementEventMap, with what a host reads from its
 * detail. An event added to the library fails this check until it has a line.
 */
type VkEventName = Extract<keyof HTMLElementEventMap, `vk-${string}`>;
const READ: { [K in VkEventName]: (event: HTMLElementEventMap[K]) => string } = {
  'vk-value-select': (e) => e.detail.id,
  'vk-role-select': (e) => e.detail.id,
  'vk-offering-select': (e) => `${e.detail.id} (${e.detail.offering.title})`,
  'vk-scan-complete': (e) => `${e.detail.role}: ${e.detail.growth.join(', ')} (${e.detail.code})`,
  'vk-card-draw': (e) => `${e.detail.id}, ${String(e.detail.remaining)} left`,
  'vk-round-end': (e) => `${String(e.detail.minutes)} min`,
};

const events: string[] = [];
function listen<K extends VkEventName>(name: K): void {
  document.body.addEventListener(name, (event) => events.push(`${name} ${READ[name](event)}`));
}
for (const name of Object.keys(READ) as VkEventName[]) listen(name);

// The issue's own example: the detail is typed on the element's listener too.
table.addEventListener('vk-value-select', (e) => {
  const detail: VkValueSelectDetail = e.detail;
  console.info(`value chosen: ${detail.id}`);
});

/** Wrong on purpose: each marked line must fail to type-check. Never called. */
export function wrongOnPurpose(): void {
  if (!table || !card) return;
  // @ts-expect-error heading-level is a number
  table.headingLevel = 'twee';
  // @ts-expect-error a card's variant is 'full' or 'compact'
  card.variant = 'groot';
  // @ts-expect-error the detail of vk-value-select is { id }, without an office
  table.addEventListener('vk-value-select', (e) => e.detail.office);
  // @ts-expect-error vk-offering-select's detail has an offering, not a price
  document.body.addEventListener('vk-offering-select', (e) => e.detail.price);
}

window.consumerCheck = { cardTagTaken, ownTag: customElements.get('mijn-waardekaart') === MijnWaardekaart, events, ready: false };
void Promise.all([table.ready, finder.ready, card.ready]).then(() => {
  if (window.consumerCheck) window.consumerCheck.ready = true;
});

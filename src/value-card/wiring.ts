/**
 * Cross-widget wiring without host code: a `vk-value-select` from any widget
 * (a cell of the priority table, a result of the scan, a value of an offer)
 * opens that value in a `vk-value-card` on the same page, when there is one.
 *
 * Which card: the first visible full card in document order, else the first
 * visible compact one. Cards inside another widget (the overview's dialog)
 * are not in the document's light DOM and are never chosen. A selection made
 * inside a card is left to that card (it switches itself).
 *
 * The host keeps control: a listener on the widget or any ancestor element
 * that calls `preventDefault()` runs before this one (document, bubbling
 * phase) and wins. Installed once per document, however many copies of the
 * bundle the page loads.
 */
import type { VkValueSelectDetail } from '../shared/events.js';

const INSTALLED = Symbol.for('vakmanschap-widgets.value-select-wiring');

/** What the wiring needs of a card (kept structural: another bundle's card works too). */
interface ShowsValue extends HTMLElement {
  show(id: string): void;
}

function isCard(node: EventTarget): boolean {
  return node instanceof Element && node.localName === 'vk-value-card';
}

function visible(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

/** The card on the page that should show a selected value, if any. */
function targetCard(doc: Document): ShowsValue | undefined {
  const cards = [...doc.querySelectorAll<ShowsValue>('vk-value-card')].filter(
    (card) => typeof card.show === 'function' && visible(card),
  );
  return cards.find((card) => card.getAttribute('variant') !== 'compact') ?? cards[0];
}

export function installValueSelectWiring(doc: Document = document): void {
  const flagged = doc as Document & { [INSTALLED]?: true };
  if (flagged[INSTALLED]) return;
  flagged[INSTALLED] = true;
  doc.addEventListener('vk-value-select', (event) => {
    // Another copy of the library (or a host) may send any detail: check it.
    const e = event as CustomEvent<Partial<VkValueSelectDetail> | null>;
    const id = e.detail?.id;
    if (e.defaultPrevented || !e.cancelable || typeof id !== 'string') return;
    if (e.composedPath().some(isCard)) return;
    const card = targetCard(doc);
    if (!card) return;
    e.preventDefault();
    card.show(id);
  });
}

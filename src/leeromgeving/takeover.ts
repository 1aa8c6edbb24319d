/**
 * Taking over a pre-rendered page (scripts/prerender.mjs, issue 19). The
 * build saves each view as static HTML in `<vk-leeromgeving-prerendered>`;
 * the live tab renders hidden next to it and, once its view is ready (data
 * on screen), takes its place in one task: no frame without content, the
 * scroll position kept, and focus moved to the same place in the live tree.
 */

/** Every vk-* element in a tree and the shadow trees under it. */
function widgets(root: ParentNode, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('vk-')) out.push(el);
    if (el.shadowRoot) widgets(el.shadowRoot, out);
  }
  return out;
}

/** The elements of a shadow root in tree order; the pre-rendered copy has a <style> more in each. */
const elements = (root: ShadowRoot) => [...root.querySelectorAll(':not(style)')];

/** Where the focus is, as element indices from `host` down through its shadow roots. */
function focusPath(host: Element): number[] | undefined {
  const path: number[] = [];
  let root: ShadowRoot | null = host.shadowRoot;
  while (root) {
    const active: Element | null = root.activeElement;
    if (!active) return path.length ? path : undefined;
    path.push(elements(root).indexOf(active));
    root = active.shadowRoot;
  }
  return path.length ? path : undefined;
}

function focusAt(host: Element, path: readonly number[]): void {
  let root: ShadowRoot | null = host.shadowRoot;
  let target: Element | undefined;
  for (const index of path) {
    target = root ? elements(root)[index] : undefined;
    root = target?.shadowRoot ?? null;
  }
  if (target instanceof HTMLElement || target instanceof SVGElement) target.focus({ preventScroll: true });
}

/**
 * Waits until `live` and every widget in its view are ready, then swaps it
 * for the pre-rendered copy. Nothing happens on a page without one.
 */
export async function takeOver(live: HTMLElement & { ready: Promise<void>; updateComplete: Promise<boolean> }): Promise<void> {
  const still = document.querySelector('vk-leeromgeving-prerendered');
  if (!still) {
    live.hidden = false;
    return;
  }
  await live.ready;
  await live.updateComplete;
  for (let round = 0; round < 3; round++) {
    for (const el of widgets(live.shadowRoot ?? live)) {
      await customElements.whenDefined(el.localName);
      const w = el as Element & { ready?: Promise<void>; updateComplete?: Promise<boolean> };
      await w.ready;
      await w.updateComplete;
    }
  }
  const { scrollX, scrollY } = window;
  const focused = still.contains(document.activeElement) ? focusPath(still) : undefined;
  live.hidden = false;
  still.remove();
  if (focused) focusAt(live, focused);
  window.scrollTo(scrollX, scrollY);
}

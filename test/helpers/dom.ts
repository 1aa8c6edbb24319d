/**
 * What a person perceives, for every test: text with white space collapsed
 * the way a reader sees it, and the element that really has focus (through
 * shadow roots).
 */

/** Collapses white space (runs of spaces, line breaks, non-breaking spaces) and trims. */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The text a person reads in `node`, white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return squash(node?.textContent);
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

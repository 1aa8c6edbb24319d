/**
 * WCAG contrast of the theme's colours, computed from the resolved custom
 * properties of a widget (not from a copy of the values), so the same checks
 * run on our defaults and under any NL Design System theme.
 * AA is 4.5:1 for text and 3:1 for borders, focus rings and large text.
 */

function rgb(color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color);
  probe.remove();
  if (!m) throw new Error(`not a colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Text on a background: at least 4.5:1. Names are theme tokens without `--vk-`. */
export const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  ['color', 'background-color'],
  ['color', 'surface-background-color'],
  ['color', 'selected-background-color'],
  ['color', 'info-background-color'],
  ['color', 'error-background-color'],
  ['heading-color', 'background-color'],
  ['heading-color', 'surface-background-color'],
  ['color-subtle', 'background-color'],
  ['color-subtle', 'surface-background-color'],
  ['color-subtle', 'selected-background-color'],
  ['color-subtle', 'info-background-color'],
  ['link-color', 'background-color'],
  ['link-color', 'surface-background-color'],
  ['link-color', 'selected-background-color'],
  ['link-color', 'info-background-color'],
  ['link-color', 'focus-background-color'],
  ['link-hover-color', 'background-color'],
  ['accent-color', 'accent-background-color'],
  ['accent-background-color', 'background-color'],
  ['error-color', 'background-color'],
  ['error-color', 'error-background-color'],
];

/** Borders and focus rings on a background: at least 3:1. */
export const UI_PAIRS: readonly (readonly [string, string])[] = [
  ['border-color', 'background-color'],
  ['border-color', 'surface-background-color'],
  ['focus-outline-color', 'background-color'],
  ['focus-outline-color', 'surface-background-color'],
  ['focus-outline-color', 'selected-background-color'],
];

/** Whether a resolved colour lets the colour below show through completely. */
function transparent(color: string): boolean {
  const probe = document.createElement('span');
  probe.style.backgroundColor = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return value === 'transparent' || /rgba\(\d+, \d+, \d+, 0\)/.test(value);
}

/**
 * The theme colours as `el` (a widget in the page) resolves them, read from
 * its private `--_vk-*` copies at the time of the call (so the answer stays
 * valid after the fixture is removed). A transparent background (the default focus
 * background) reads as the page background it shows.
 */
export function resolveTokens(el: Element): (name: string) => string {
  const style = getComputedStyle(el);
  const resolved = new Map<string, string>();
  for (const name of new Set([...TEXT_PAIRS, ...UI_PAIRS].flat()).add('cluster-inverse-color')) {
    resolved.set(name, style.getPropertyValue(`--_vk-${name}`).trim());
  }
  const token = (name: string): string => {
    const v = resolved.get(name);
    if (!v) throw new Error(`--_vk-${name} is not set`);
    return transparent(v) && name !== 'background-color' ? token('background-color') : v;
  };
  return token;
}

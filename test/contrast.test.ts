/**
 * Contrast of every text and state colour of the default theme, computed
 * from the resolved custom properties (not from a copy of the values):
 * AA is 4.5:1 for text and 3:1 for borders, focus rings and large text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CLUSTER_COLORS } from '../src/shared/clusters.styles.js';
import '../src/placeholder/define.js';

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

describe('contrast of the default theme', () => {

  const TEXT: [string, string][] = [
    ['color', 'background-color'],
    ['color', 'surface-background-color'],
    ['color', 'selected-background-color'],
    ['color', 'info-background-color'],
    ['color', 'error-background-color'],
    ['color-subtle', 'background-color'],
    ['color-subtle', 'surface-background-color'],
    ['color-subtle', 'selected-background-color'],
    ['color-subtle', 'info-background-color'],
    ['link-color', 'background-color'],
    ['link-color', 'surface-background-color'],
    ['link-color', 'selected-background-color'],
    ['link-color', 'info-background-color'],
    ['link-hover-color', 'background-color'],
    ['accent-color', 'accent-background-color'],
    ['accent-background-color', 'background-color'],
    ['error-color', 'background-color'],
    ['error-color', 'error-background-color'],
  ];
  let token: (name: string) => string;

  for (const [fg, bg] of TEXT) {
    it(`text: --vk-${fg} on --vk-${bg} is at least 4.5:1`, () => {
      expect(contrast(token(fg), token(bg))).to.be.at.least(4.5);
    });
  }

  const UI: [string, string][] = [
    ['border-color', 'background-color'],
    ['border-color', 'surface-background-color'],
    ['focus-outline-color', 'background-color'],
    ['focus-outline-color', 'surface-background-color'],
    ['focus-outline-color', 'selected-background-color'],
  ];
  before(async () => {
    // Resolved once while the element is in the page (fixtures are removed after each test).
    const el = await fixture(html`<vk-placeholder></vk-placeholder>`);
    const style = getComputedStyle(el);
    const resolved = new Map<string, string>();
    for (const name of new Set([...TEXT, ...UI].flat())) resolved.set(name, style.getPropertyValue(`--_vk-${name}`).trim());
    token = (name) => {
      const v = resolved.get(name);
      if (!v) throw new Error(`--_vk-${name} is not set`);
      return v;
    };
  });

  for (const [fg, bg] of UI) {
    it(`borders and focus: --vk-${fg} on --vk-${bg} is at least 3:1`, () => {
      expect(contrast(token(fg), token(bg))).to.be.at.least(3);
    });
  }

  for (const [cluster, color] of Object.entries(CLUSTER_COLORS)) {
    it(`cluster ${cluster}: white text on it and it as text on the page are at least 4.5:1`, () => {
      expect(contrast('#ffffff', color)).to.be.at.least(4.5);
      expect(contrast(color, token('background-color'))).to.be.at.least(4.5);
      expect(contrast(color, token('surface-background-color'))).to.be.at.least(4.5);
    });
  }
});

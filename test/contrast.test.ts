/**
 * Contrast of every text and state colour of the default theme, computed
 * from the resolved custom properties (not from a copy of the values):
 * AA is 4.5:1 for text and 3:1 for borders, focus rings and large text.
 * The same pairs are checked under NL Design System themes in
 * theming.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CLUSTER_COLORS } from '../src/shared/clusters.styles.js';
import './fixtures/vk-test-element.js';
import { contrast, resolveTokens, TEXT_PAIRS, UI_PAIRS } from './helpers/contrast.js';

describe('contrast of the default theme', () => {
  let token: (name: string) => string;

  before(async () => {
    // Resolved once while the element is in the page (fixtures are removed after each test).
    token = resolveTokens(await fixture(html`<vk-test-element></vk-test-element>`));
  });

  for (const [fg, bg] of TEXT_PAIRS) {
    it(`text: --vk-${fg} on --vk-${bg} is at least 4.5:1`, () => {
      expect(contrast(token(fg), token(bg))).to.be.at.least(4.5);
    });
  }

  for (const [fg, bg] of UI_PAIRS) {
    it(`borders and focus: --vk-${fg} on --vk-${bg} is at least 3:1`, () => {
      expect(contrast(token(fg), token(bg))).to.be.at.least(3);
    });
  }

  for (const [cluster, color] of Object.entries(CLUSTER_COLORS)) {
    it(`cluster ${cluster}: --vk-cluster-inverse-color on it and it as text on the page are at least 4.5:1`, () => {
      expect(contrast(token('cluster-inverse-color'), color)).to.be.at.least(4.5);
      expect(contrast(color, token('background-color'))).to.be.at.least(4.5);
      expect(contrast(color, token('surface-background-color'))).to.be.at.least(4.5);
    });
  }
});

/**
 * Theming: a council's NL Design System theme class flows into the widgets.
 * The token CSS comes straight from the installed packages; each theme's
 * expected values are read from the theme's own tokens in the page (never
 * copied here), and the widgets must resolve to them. Without a theme class
 * the widgets keep our default look. Under every theme, text and focus stay
 * AA (the pairs of contrast.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CLUSTER_COLORS } from '../src/shared/clusters.styles.js';
import './fixtures/vk-test-element.js';
import '../src/role-priority-table/define.js';
import '../src/value-card/define.js';
import { contrast, resolveTokens, TEXT_PAIRS, UI_PAIRS } from './helpers/contrast.js';

interface Theme {
  readonly name: string;
  readonly className: string;
  readonly css: string;
  /** The theme's own token for each decision; `null`: the theme has none, so our default applies. */
  readonly tokens: {
    readonly fontFamily: string;
    readonly linkColor: string;
    readonly focusOutlineColor: string;
    readonly focusOutlineStyle: string;
    readonly focusBackgroundColor: string | null;
    readonly borderRadius: string | null;
    readonly buttonColor: string;
  };
}

const THEMES: readonly Theme[] = [
  {
    name: 'Utrecht (@utrecht/design-tokens)',
    className: 'utrecht-theme',
    css: '/node_modules/@utrecht/design-tokens/dist/theme.css',
    tokens: {
      fontFamily: '--utrecht-document-font-family',
      linkColor: '--utrecht-link-color',
      focusOutlineColor: '--utrecht-focus-outline-color',
      focusOutlineStyle: '--utrecht-focus-outline-style',
      focusBackgroundColor: '--utrecht-focus-background-color',
      borderRadius: '--utrecht-border-radius-md',
      buttonColor: '--utrecht-button-primary-action-background-color',
    },
  },
  {
    name: 'Voorbeeld (basis tokens)',
    className: 'voorbeeld-theme',
    css: '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
    tokens: {
      fontFamily: '--basis-text-font-family-default',
      linkColor: '--nl-link-color',
      focusOutlineColor: '--basis-focus-outline-color',
      focusOutlineStyle: '--basis-focus-outline-style',
      focusBackgroundColor: '--basis-focus-background-color',
      borderRadius: '--basis-border-radius-md',
      buttonColor: '--nl-button-primary-background-color',
    },
  },
  {
    name: 'Rotterdam (Utrecht-named tokens only)',
    className: 'rotterdam-theme',
    css: '/node_modules/@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css',
    tokens: {
      fontFamily: '--utrecht-document-font-family',
      linkColor: '--utrecht-link-color',
      focusOutlineColor: '--utrecht-focus-outline-color',
      focusOutlineStyle: '--utrecht-focus-outline-style',
      focusBackgroundColor: null,
      borderRadius: null,
      buttonColor: '--utrecht-button-primary-action-background-color',
    },
  },
];

/** Our defaults, as documented in docs/theming.md. */
const DEFAULTS = {
  linkColor: 'rgb(21, 73, 166)',
  focusOutlineColor: 'rgb(27, 27, 27)',
  focusOutlineStyle: 'solid',
  focusOutlineWidth: '3px',
  focusBackgroundColor: 'rgba(0, 0, 0, 0)',
  borderRadius: '4px',
  buttonColor: 'rgb(21, 73, 166)',
};

async function loadStyleSheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener(
      'error',
      () => {
        reject(new Error(`could not load ${href}`));
      },
      { once: true },
    );
  });
  document.head.append(link);
  await loaded;
  return link;
}

/**
 * What `property` computes to on a plain element in `scope` when set to
 * `var(token)`: the theme's own value, normalised as the browser does.
 */
function themeValue(scope: Element, property: string, token: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty(property, `var(${token})`);
  scope.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

interface Looks {
  fontFamily: string;
  linkColor: string;
  focusOutlineColor: string;
  focusOutlineStyle: string;
  focusOutlineWidth: string;
  focusBackgroundColor: string;
  borderRadius: string;
  buttonColor: string;
}

/** A value card and a priority table inside `scope`; what their insides compute to. */
async function looks(scope: HTMLElement): Promise<Looks> {
  const card = document.createElement('vk-value-card');
  card.setAttribute('value', 'lef');
  card.setAttribute('office', 'raadslid');
  scope.append(card);
  await card.ready;
  await card.updateComplete;
  const root = card.shadowRoot!;
  const article = root.querySelector<HTMLElement>('[part~="card"]')!;
  const link = root.querySelector<HTMLButtonElement>('[part~="value-link"]')!;
  expect(link, 'a value link in the card').to.exist;
  link.focus();
  expect(root.activeElement, 'the value link has focus').to.equal(link);
  const focusStyle = getComputedStyle(link);
  const result: Looks = {
    fontFamily: getComputedStyle(article).fontFamily,
    linkColor: focusStyle.color,
    focusOutlineColor: focusStyle.outlineColor,
    focusOutlineStyle: focusStyle.outlineStyle,
    focusOutlineWidth: focusStyle.outlineWidth,
    focusBackgroundColor: focusStyle.backgroundColor,
    borderRadius: getComputedStyle(article).borderTopLeftRadius,
    buttonColor: '',
  };
  link.blur();
  result.linkColor = getComputedStyle(link).color;
  // A secondary button draws its border and text in the accent colour, a primary one fills with it.
  const table = document.createElement('vk-role-priority-table');
  table.setAttribute('office', 'raadslid');
  scope.append(table);
  await table.ready;
  const button = table.shadowRoot!.querySelector<HTMLElement>('[part~="button"]');
  expect(button, 'a button in the table').to.exist;
  result.buttonColor = getComputedStyle(button!).borderTopColor;
  return result;
}

describe('theming with NL Design System tokens', () => {
  const sheets: HTMLLinkElement[] = [];

  before(async () => {
    for (const t of THEMES) sheets.push(await loadStyleSheet(t.css));
  });

  after(() => {
    for (const s of sheets) s.remove();
  });

  describe('without a theme class (the token CSS is on the page, but not applied)', () => {
    it('keeps our default look: the page’s font, our link colour, focus ring and corners', async () => {
      const scope = await fixture<HTMLDivElement>(html`<div style="font-family: 'Liberation Mono', monospace"></div>`);
      const got = await looks(scope);
      expect(got.fontFamily).to.equal(getComputedStyle(scope).fontFamily);
      expect(got.linkColor).to.equal(DEFAULTS.linkColor);
      expect(got.focusOutlineColor).to.equal(DEFAULTS.focusOutlineColor);
      expect(got.focusOutlineStyle).to.equal(DEFAULTS.focusOutlineStyle);
      expect(got.focusOutlineWidth).to.equal(DEFAULTS.focusOutlineWidth);
      expect(got.focusBackgroundColor).to.equal(DEFAULTS.focusBackgroundColor);
      expect(got.borderRadius).to.equal(DEFAULTS.borderRadius);
      expect(got.buttonColor).to.equal(DEFAULTS.buttonColor);
    });
  });

  for (const theme of THEMES) {
    describe(theme.name, () => {
      let scope: HTMLDivElement;
      let got: Looks;

      beforeEach(async () => {
        scope = await fixture<HTMLDivElement>(html`<div class=${theme.className}></div>`);
        got = await looks(scope);
      });

      it('takes the theme’s font family', () => {
        const want = themeValue(scope, 'font-family', theme.tokens.fontFamily);
        expect(want, 'the theme sets a font').to.not.equal(getComputedStyle(document.body).fontFamily);
        expect(got.fontFamily).to.equal(want);
      });

      it('takes the theme’s link colour, not ours', () => {
        const want = themeValue(scope, 'color', theme.tokens.linkColor);
        expect(want).to.not.equal(DEFAULTS.linkColor);
        expect(got.linkColor).to.equal(want);
      });

      it('draws the focus ring in the theme’s colour and style', () => {
        expect(got.focusOutlineColor).to.equal(themeValue(scope, 'outline-color', theme.tokens.focusOutlineColor));
        expect(got.focusOutlineStyle).to.equal(themeValue(scope, 'outline-style', theme.tokens.focusOutlineStyle));
        expect(got.focusOutlineStyle).to.not.equal('none');
      });

      it(
        theme.tokens.focusBackgroundColor
          ? 'gives a focused link the theme’s focus background'
          : 'leaves a focused link’s background alone where the theme has no focus background',
        () => {
          const want = theme.tokens.focusBackgroundColor
            ? themeValue(scope, 'background-color', theme.tokens.focusBackgroundColor)
            : DEFAULTS.focusBackgroundColor;
          expect(got.focusBackgroundColor).to.equal(want);
        },
      );

      it(
        theme.tokens.borderRadius
          ? 'rounds corners by the theme’s border radius'
          : 'keeps our border radius where the theme defines none',
        () => {
          const want = theme.tokens.borderRadius
            ? themeValue(scope, 'border-top-left-radius', theme.tokens.borderRadius)
            : DEFAULTS.borderRadius;
          expect(got.borderRadius).to.equal(want);
        },
      );

      it('draws buttons in the colour of the theme’s primary button', () => {
        const want = themeValue(scope, 'background-color', theme.tokens.buttonColor);
        expect(want).to.not.equal(DEFAULTS.buttonColor);
        expect(got.buttonColor).to.equal(want);
      });

      describe('contrast stays AA', () => {
        let token: (name: string) => string;

        beforeEach(async () => {
          const el = document.createElement('vk-test-element');
          scope.append(el);
          await el.ready;
          token = resolveTokens(el);
        });

        it('text on every background is at least 4.5:1', () => {
          const failing = TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(token(fg), token(bg)) }))
            .filter((p) => p.ratio < 4.5)
            .map((p) => `--vk-${p.fg} on --vk-${p.bg}: ${p.ratio.toFixed(2)} (${token(p.fg)} on ${token(p.bg)})`);
          expect(failing).to.deep.equal([]);
        });

        it('borders and focus rings are at least 3:1', () => {
          const failing = UI_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(token(fg), token(bg)) }))
            .filter((p) => p.ratio < 3)
            .map((p) => `--vk-${p.fg} on --vk-${p.bg}: ${p.ratio.toFixed(2)} (${token(p.fg)} on ${token(p.bg)})`);
          expect(failing).to.deep.equal([]);
        });

        it('cluster colours stay readable on the theme’s backgrounds', () => {
          const failing = Object.entries(CLUSTER_COLORS).flatMap(([cluster, color]) =>
            (['background-color', 'surface-background-color'] as const)
              .map((bg) => ({ bg, ratio: contrast(color, token(bg)) }))
              .filter((p) => p.ratio < 4.5)
              .map((p) => `${cluster} on --vk-${p.bg}: ${p.ratio.toFixed(2)}`),
          );
          expect(failing).to.deep.equal([]);
        });
      });
    });
  }
});

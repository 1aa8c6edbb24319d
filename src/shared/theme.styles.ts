import { css, unsafeCSS } from 'lit';

/**
 * The theme layer every widget adopts, and the one place where a visual
 * decision meets the outside world. Public tokens are `--vk-*`; each falls
 * back to the NL Design System tokens a council's theme class defines
 * (`--basis-*`, then the common `--nl-*` / `--utrecht-*` ones), then to our
 * default. Widgets read only the private `--_vk-*` copies resolved here, so a
 * host page themes every widget at once by setting `--vk-*` (or an NL Design
 * System theme class) on any ancestor. We never set NL Design System tokens
 * ourselves and ship no `:root` rules. docs/theming.md lists every token with
 * its chain; the names below were checked against @utrecht/design-tokens,
 * @nl-design-system-unstable/voorbeeld-design-tokens and
 * @nl-design-system-unstable/rotterdam-design-tokens.
 *
 * The host page's inherited text styles (text-transform, font-weight,
 * text-align, letter-spacing, …) stop at the widget; only the font family
 * (through `--vk-font-family`, else inherited) and the documented tokens come
 * in. The default text size is `medium`: the size the user chose in the
 * browser, whatever the page did to `html { font-size }`.
 *
 * Spacing: NL Design System themes give one name different sizes (the basis
 * `--basis-space-block-md` is 8px in the voorbeeld theme, Utrecht's
 * `--utrecht-space-block-md` 16px). Each of our four steps takes the theme's
 * step that plays the same role (4, 8, 16 and 24px in those themes), so a
 * theme that is denser or roomier carries through without cramping the
 * widgets.
 */
const tokens = css`
  :host {
    /* Text */
    --_vk-font-family: var(
      --vk-font-family,
      var(--basis-text-font-family-default, var(--utrecht-document-font-family, inherit))
    );
    --_vk-font-size: var(
      --vk-font-size,
      var(--basis-text-font-size-md, var(--utrecht-document-font-size, medium))
    );
    --_vk-line-height: var(
      --vk-line-height,
      var(--basis-text-line-height-md, var(--utrecht-document-line-height, 1.5))
    );
    --_vk-heading-font-family: var(
      --vk-heading-font-family,
      var(--basis-heading-font-family, var(--_vk-font-family))
    );
    --_vk-heading-font-weight: var(
      --vk-heading-font-weight,
      var(--basis-heading-font-weight, var(--utrecht-heading-font-weight, 700))
    );
    --_vk-code-font-family: var(
      --vk-code-font-family,
      var(--basis-text-font-family-monospace, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace)
    );

    /* Colours */
    --_vk-color: var(
      --vk-color,
      var(--basis-color-default-color-document, var(--utrecht-document-color, #1b1b1b))
    );
    --_vk-color-subtle: var(--vk-color-subtle, var(--basis-color-default-color-subtle, #545454));
    --_vk-heading-color: var(--vk-heading-color, var(--basis-heading-color, var(--_vk-color)));
    --_vk-background-color: var(
      --vk-background-color,
      var(--basis-color-default-bg-document, var(--utrecht-document-background-color, #ffffff))
    );
    --_vk-surface-background-color: var(
      --vk-surface-background-color,
      var(--basis-color-default-bg-subtle, #f3f4f6)
    );
    --_vk-border-color: var(--vk-border-color, var(--basis-color-default-border-default, #767676));
    --_vk-border-subtle-color: var(
      --vk-border-subtle-color,
      var(--basis-color-default-border-subtle, #d6d6d6)
    );
    --_vk-link-color: var(
      --vk-link-color,
      var(--nl-link-color, var(--utrecht-link-color, var(--basis-color-action-2-color-default, #1549a6)))
    );
    --_vk-link-hover-color: var(
      --vk-link-hover-color,
      var(
        --nl-link-hover-color,
        var(--utrecht-link-hover-color, var(--basis-color-action-2-color-hover, #0d2f6e))
      )
    );
    --_vk-accent-background-color: var(
      --vk-accent-background-color,
      var(
        --nl-button-primary-background-color,
        var(
          --utrecht-button-primary-action-background-color,
          var(--basis-color-action-1-inverse-bg-default, #1549a6)
        )
      )
    );
    --_vk-accent-color: var(
      --vk-accent-color,
      var(
        --nl-button-primary-color,
        var(
          --utrecht-button-primary-action-color,
          var(--basis-color-action-1-inverse-color-default, #ffffff)
        )
      )
    );
    --_vk-selected-background-color: var(
      --vk-selected-background-color,
      var(--basis-color-highlight-bg-subtle, #eef3fd)
    );
    --_vk-error-color: var(--vk-error-color, var(--basis-color-negative-color-default, #a4001b));
    --_vk-error-background-color: var(
      --vk-error-background-color,
      var(--basis-color-negative-bg-subtle, #fdeded)
    );
    --_vk-info-background-color: var(
      --vk-info-background-color,
      var(--basis-color-info-bg-subtle, #eef4fb)
    );
    /* Text on a cluster colour (badges, the matrix's cluster headers); the cluster colours are ours, not the theme's. */
    --_vk-cluster-inverse-color: var(--vk-cluster-inverse-color, #ffffff);

    /* Focus */
    --_vk-focus-outline-color: var(
      --vk-focus-outline-color,
      var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, #1b1b1b))
    );
    --_vk-focus-outline-width: var(
      --vk-focus-outline-width,
      var(--basis-focus-outline-width, var(--utrecht-focus-outline-width, 3px))
    );
    --_vk-focus-outline-style: var(
      --vk-focus-outline-style,
      var(--basis-focus-outline-style, var(--utrecht-focus-outline-style, solid))
    );
    --_vk-focus-outline-offset: var(
      --vk-focus-outline-offset,
      var(--basis-focus-outline-offset, var(--utrecht-focus-outline-offset, 2px))
    );
    --_vk-focus-background-color: var(
      --vk-focus-background-color,
      var(--basis-focus-background-color, var(--utrecht-focus-background-color, transparent))
    );

    /* Shape */
    --_vk-border-radius: var(
      --vk-border-radius,
      var(--basis-border-radius-md, var(--utrecht-border-radius-md, 4px))
    );
    --_vk-border-radius-round: var(
      --vk-border-radius-round,
      var(--basis-border-radius-round, var(--utrecht-border-radius-round, 999px))
    );

    /* Space (see above for the steps taken from each scale) */
    --_vk-space-xs: var(--vk-space-xs, var(--basis-space-block-sm, var(--utrecht-space-block-2xs, 0.25em)));
    --_vk-space-sm: var(--vk-space-sm, var(--basis-space-block-md, var(--utrecht-space-block-xs, 0.5em)));
    --_vk-space-md: var(--vk-space-md, var(--basis-space-block-xl, var(--utrecht-space-block-md, 1em)));
    --_vk-space-lg: var(--vk-space-lg, var(--basis-space-block-3xl, var(--utrecht-space-block-xl, 1.5em)));

    display: block;
    box-sizing: border-box;
    font-family: var(--_vk-font-family);
    font-size: var(--_vk-font-size);
    line-height: var(--_vk-line-height);
    color: var(--_vk-color);
  }
`;

/**
 * Base element rules. They live in a cascade layer so that any rule a widget
 * writes (unlayered) wins over them, whatever its specificity. (Wrapped with
 * unsafeCSS only because the linters' CSS parser predates @layer; the text
 * is our own constant CSS.)
 */
const base = css`
  /*
   * The host page's text styles stop here. These sit on the shadow root's
   * top-level elements (not only on :host, which any page rule aimed at the
   * element itself would beat), so inside the widget only the documented
   * tokens and the font family come from outside.
   */
  :host > * {
    font-family: var(--_vk-font-family);
    font-size: var(--_vk-font-size);
    line-height: var(--_vk-line-height);
    color: var(--_vk-color);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-decoration: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    visibility: inherit;
    cursor: auto;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_vk-link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--_vk-link-hover-color);
    text-decoration-thickness: 0.125em;
  }

  :is(h1, h2, h3, h4, h5, h6, caption) {
    color: var(--_vk-heading-color);
  }

  /* Radios and checkboxes show the ring on :focus: WebKit does not match :focus-visible on a
     radio reached with an arrow key, the way a radio group is walked (2.4.7). */
  :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible,
  input:is([type='radio'], [type='checkbox']):focus {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style)
      var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
    background-color: var(--_vk-focus-background-color);
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  .vk-visually-hidden:not(:focus):not(:active) {
    clip-path: inset(50%);
    height: 1px;
    width: 1px;
    overflow: hidden;
    position: absolute;
    white-space: nowrap;
  }

  .vk-problems {
    margin-block: 0 var(--_vk-space-md);
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-error-color);
    background: var(--_vk-error-background-color);
    color: var(--_vk-color);
  }

  .vk-problems p {
    margin: 0;
  }

  .vk-problems p + p {
    margin-block-start: var(--_vk-space-xs);
  }
`;

/**
 * Focused links and link-like buttons take the theme's focus background
 * (NL Design System themes pair the focus ring with a yellow one). Outside the
 * layer, so a widget's `background: none` on a link-like button does not hide
 * it; buttons with a filled background keep theirs (their text colour is
 * chosen for it).
 */
const focus = css`
  :is(a:not(.vk-button), .vk-link-button, summary):focus-visible {
    background-color: var(--_vk-focus-background-color);
  }
`;

const media = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .vk-problems {
      border: 2px solid CanvasText;
    }
  }
`;

export const themeStyles = [tokens, unsafeCSS(`@layer vk-base {${base.cssText}}`), focus, media];

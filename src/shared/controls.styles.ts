import { css } from 'lit';

/**
 * Controls shared by the widgets: buttons, link-styled buttons, chips,
 * badges, citations. Host page CSS (`button { all: unset }`, Bootstrap)
 * cannot reach them in the shadow root; the look comes from the tokens.
 */
export const controlStyles = css`
  .vk-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-xs);
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-md);
    border: 2px solid var(--_vk-accent-background-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-accent-background-color);
    color: var(--_vk-accent-color);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  .vk-button:hover {
    filter: brightness(1.1);
  }
  .vk-button[aria-disabled='true'],
  .vk-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .vk-button--secondary {
    background: var(--_vk-background-color);
    color: var(--_vk-accent-background-color);
  }
  .vk-link-button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_vk-link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
  }
  .vk-link-button:hover {
    color: var(--_vk-link-hover-color);
    text-decoration-thickness: 0.125em;
  }
  .vk-chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-xs);
    min-block-size: 2em;
    padding: 0 var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius-round);
    background: var(--_vk-selected-background-color);
    color: var(--_vk-color);
    cursor: pointer;
  }
  .vk-badge {
    display: inline-block;
    padding: 0.1em var(--_vk-space-sm);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-cluster-color, var(--_vk-color-subtle));
    color: var(--_vk-cluster-inverse-color);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
  }
  .vk-citation {
    margin: var(--_vk-space-xs) 0 0;
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }
  .vk-citation cite {
    font-style: italic;
  }
  .vk-citation-quote summary {
    cursor: pointer;
    color: var(--_vk-link-color);
  }
  .vk-citation-quote blockquote {
    margin: var(--_vk-space-xs) 0 0;
    padding-inline-start: var(--_vk-space-sm);
    border-inline-start: 3px solid var(--_vk-border-subtle-color);
  }
  @media (forced-colors: active) {
    .vk-button,
    .vk-chip,
    .vk-badge {
      border: 2px solid ButtonText;
    }
  }
  @media print {
    .vk-button,
    .vk-link-button[data-chrome],
    .vk-chip {
      display: none;
    }
  }
`;

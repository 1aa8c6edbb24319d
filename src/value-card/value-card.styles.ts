import { css } from 'lit';

export const valueCardStyles = css`
  :host {
    --_vk-value-card-background-color: var(--vk-value-card-background-color, var(--_vk-background-color));
    --_vk-value-card-border-color: var(--vk-value-card-border-color, var(--_vk-border-subtle-color));
    --_vk-value-card-accent-border-width: var(--vk-value-card-accent-border-width, 0.375em);
    --_vk-value-card-padding: var(--vk-value-card-padding, var(--_vk-space-md));
    --_vk-value-card-section-heading-font-size: var(--vk-value-card-section-heading-font-size, 1.0625em);
    --_vk-value-card-role-current-background-color: var(
      --vk-value-card-role-current-background-color,
      var(--_vk-selected-background-color)
    );
    max-inline-size: 100%;
  }

  .card {
    padding: var(--_vk-value-card-padding);
    border: 1px solid var(--_vk-value-card-border-color);
    border-block-start: var(--_vk-value-card-accent-border-width) solid var(--_vk-cluster-color, var(--_vk-border-color));
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-value-card-background-color);
    color: var(--_vk-color);
  }

  .card:not([data-cluster]) {
    border-block-start-style: dashed;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
  }

  .header > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: var(--vk-value-card-heading-font-size, 1.75em);
    line-height: 1.2;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .compact .header > :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--vk-value-card-heading-font-size, 1.25em);
  }

  .header > [tabindex='-1']:focus {
    outline: none;
  }

  .header > [tabindex='-1']:focus-visible {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }

  .cluster-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
    margin: 0;
  }

  .group {
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }

  .cluster-unknown {
    border: 1px dashed var(--_vk-border-color);
    background: var(--_vk-background-color);
    color: var(--_vk-color);
    font-weight: normal;
  }

  .section {
    margin-block-start: var(--_vk-space-lg);
    break-inside: avoid;
  }

  .section-heading,
  .role-heading {
    margin: 0 0 var(--_vk-space-xs);
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: var(--_vk-value-card-section-heading-font-size);
    line-height: 1.3;
  }

  .role-heading {
    margin-block-start: var(--_vk-space-md);
    font-size: 1em;
  }

  p {
    margin: 0 0 var(--_vk-space-xs);
  }

  .description {
    font-size: 1.0625em;
  }

  .summary {
    margin-block: var(--_vk-space-sm) var(--_vk-space-xs);
  }

  .label {
    font-weight: 600;
  }

  .text-list,
  .actions,
  .associations,
  .clashes {
    margin: 0 0 var(--_vk-space-xs);
    padding-inline-start: 1.25em;
  }

  .text-list > li + li,
  .actions > li + li,
  .clashes > li + li {
    margin-block-start: var(--_vk-space-xs);
  }

  .associations {
    padding: 0;
    list-style: none;
    font-weight: 600;
  }

  .trends {
    margin: 0;
    color: var(--_vk-color-subtle);
    font-size: 0.9375em;
  }

  .editorial {
    font-style: italic;
  }

  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
    margin: 0 0 var(--_vk-space-xs);
    padding: 0;
    list-style: none;
  }

  .compact-roles {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_vk-space-xs);
    margin-block: var(--_vk-space-sm) 0;
  }

  .compact-roles .inline-list {
    margin: 0;
  }

  .role-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-xs);
    min-block-size: 2.25em;
    padding: 0 var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius-round);
    background: var(--_vk-background-color);
    color: var(--_vk-link-color);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .role-button:hover {
    color: var(--_vk-link-hover-color);
    text-decoration-thickness: 0.125em;
  }

  .role-button.current {
    border: 2px solid var(--_vk-color);
    background: var(--_vk-value-card-role-current-background-color);
    color: var(--_vk-color);
    font-weight: 700;
    text-decoration: none;
  }

  .role-button.current::before {
    content: '✓' / '';
  }

  .value-link {
    min-block-size: 1.5em;
  }

  .current-value {
    font-weight: 700;
  }

  .note {
    margin-block-start: var(--_vk-space-sm);
  }

  .unknown-priorities {
    padding: var(--_vk-space-sm);
    border-inline-start: 4px solid var(--_vk-border-color);
    background: var(--_vk-info-background-color);
  }

  .hint {
    color: var(--_vk-color-subtle);
    font-size: 0.9375em;
  }

  .status {
    margin: 0;
    padding: var(--_vk-space-md);
    border: 1px dashed var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    color: var(--_vk-color-subtle);
  }

  .suggestions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
  }

  .suggestions .inline-list {
    margin: 0;
  }

  q {
    quotes: '‘' '’';
    color: var(--_vk-color-subtle);
  }

  .per-role .vk-citation,
  .section > .vk-citation {
    margin-block-start: var(--_vk-space-xs);
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .role-button {
      border-color: ButtonText;
    }
    .role-button.current {
      border: 3px solid Highlight;
    }
    .unknown-priorities {
      border-inline-start-color: CanvasText;
    }
    .cluster-unknown {
      border-style: dashed;
    }
  }

  @media print {
    :host {
      break-after: page;
    }
    .card {
      border-inline: 0;
      border-block-end: 0;
      padding-inline: 0;
    }
    .role-button,
    .value-link {
      min-block-size: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      text-decoration: none;
    }
    .role-button.current {
      border: 0;
      text-decoration: underline;
    }
    .hint,
    .suggestions {
      display: none;
    }
    .vk-citation-quote {
      display: none;
    }
  }
`;

import { css, unsafeCSS } from 'lit';

/**
 * The finder lays itself out by its own width (a container query), not the
 * viewport's: in a narrow column of a council information system it stacks,
 * in a wide page the filters stand beside the results.
 */
const styles = css`
  :host {
    --_tf-filters-inline-size: var(--vk-training-finder-filters-inline-size, 17em);
    --_tf-result-background-color: var(--vk-training-finder-result-background-color, var(--_vk-background-color));
    --_tf-result-border-color: var(--vk-training-finder-result-border-color, var(--_vk-border-subtle-color));
    --_tf-count-color: var(--vk-training-finder-count-color, var(--_vk-color-subtle));
  }

  p {
    margin: 0;
  }

  .hint,
  .status,
  .sources,
  .origin,
  .host,
  .deadline,
  .later,
  .session-past {
    color: var(--_tf-count-color);
    font-size: 0.875em;
  }

  /* Search */
  .search {
    margin-block-end: var(--_vk-space-md);
  }
  .search label {
    display: block;
    margin-block-end: var(--_vk-space-xs);
    font-weight: 600;
  }
  .search input {
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 2px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
  }
  .search .hint {
    margin-block-start: var(--_vk-space-xs);
  }

  .columns {
    display: grid;
    gap: var(--_vk-space-lg);
  }

  /* Filters */
  .facet {
    border-block-end: 1px solid var(--_vk-border-subtle-color);
  }
  .facet:first-child {
    border-block-start: 1px solid var(--_vk-border-subtle-color);
  }
  .facet summary {
    padding-block: var(--_vk-space-sm);
    font-weight: 600;
    cursor: pointer;
  }
  .facet-active {
    color: var(--_tf-count-color);
    font-weight: normal;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0 0 var(--_vk-space-sm);
    border: 0;
  }
  .options {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    gap: var(--_vk-space-sm);
    align-items: baseline;
    padding-block: 0.2em;
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    align-self: center;
  }
  .option-count {
    margin-inline-start: auto;
    color: var(--_tf-count-color);
    font-variant-numeric: tabular-nums;
  }
  .level-summary {
    margin: 0 0 var(--_vk-space-sm) calc(1.125em + var(--_vk-space-sm));
    color: var(--_tf-count-color);
    font-size: 0.875em;
  }

  /* Count, sort, chips */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm) var(--_vk-space-md);
    align-items: end;
    justify-content: space-between;
  }
  .count strong {
    display: block;
    font-size: 1.125em;
  }
  .count:focus-visible {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
    align-items: center;
  }
  .sort select {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding-inline: var(--_vk-space-sm);
    border: 2px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
  }
  .chips-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm) var(--_vk-space-md);
    align-items: center;
    margin-block-start: var(--_vk-space-md);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vk-chip {
    max-inline-size: 100%;
    text-align: start;
  }
  .chip-x {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.75em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }

  /* Results */
  .feed-status {
    margin-block-start: var(--_vk-space-sm);
  }
  .more {
    margin-block: var(--_vk-space-md) 0;
  }
  .results {
    margin: var(--_vk-space-md) 0 0;
    padding: 0;
    list-style: none;
  }
  .result {
    inline-size: 100%;
    margin: 0 0 var(--_vk-space-sm);
    padding: var(--_vk-space-md);
    border: 1px solid var(--_tf-result-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_tf-result-background-color);
    overflow-wrap: anywhere;
  }
  .result-heading {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-size: 1.125em;
    font-weight: var(--_vk-heading-font-weight);
    line-height: 1.3;
  }
  .toggle {
    display: inline-flex;
    gap: var(--_vk-space-xs);
    align-items: baseline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_vk-link-color);
    font-weight: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .toggle:focus-visible {
    background-color: var(--_vk-focus-background-color);
  }
  .toggle:hover {
    color: var(--_vk-link-hover-color);
    text-decoration-thickness: 0.125em;
  }
  .chevron {
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    fill: currentColor;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .origin {
    margin-block-start: var(--_vk-space-xs);
  }
  /* The next date: what a reader compares first, so it stands out from the facts. */
  .session {
    margin-block-start: var(--_vk-space-xs);
  }
  .session-status {
    font-weight: bold;
  }
  .calendar {
    margin-inline-start: var(--_vk-space-xs);
    white-space: nowrap;
  }
  .sessions {
    margin: var(--_vk-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .sessions li + li {
    margin-block-start: var(--_vk-space-xs);
  }
  .notes {
    margin-block-start: var(--_vk-space-sm);
    font-size: 0.875em;
  }
  .past-toggle {
    margin-block-end: var(--_vk-space-sm);
  }
  .past-toggle .hint {
    display: block;
  }
  .rejected-feed {
    font-weight: bold;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-md);
    margin: var(--_vk-space-sm) 0 0;
  }
  .meta-item {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_vk-space-xs);
  }
  .meta dt {
    color: var(--_tf-count-color);
  }
  dd {
    margin: 0;
  }
  .link {
    margin-block-start: var(--_vk-space-sm);
  }
  .details {
    margin-block-start: var(--_vk-space-sm);
    padding-block-start: var(--_vk-space-sm);
    border-block-start: 1px solid var(--_vk-border-subtle-color);
  }
  .description {
    max-inline-size: 70ch;
  }
  .subheading {
    margin: var(--_vk-space-md) 0 0;
    font-size: inherit;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
  }
  .facts {
    margin: var(--_vk-space-xs) 0 0;
  }
  .fact + .fact {
    margin-block-start: var(--_vk-space-xs);
  }
  .facts dt {
    font-weight: 600;
  }
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-md);
    margin: var(--_vk-space-xs) 0 0;
    padding: 0;
    list-style: none;
  }
  .values + .hint {
    margin-block-start: var(--_vk-space-xs);
  }
  .details .vk-citation {
    margin-block-start: var(--_vk-space-md);
  }

  /* Empty, rejected */
  .empty {
    margin-block-start: var(--_vk-space-md);
    padding: var(--_vk-space-md);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-surface-background-color);
  }
  .empty > * + * {
    margin-block-start: var(--_vk-space-sm);
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rejected {
    margin-block-end: var(--_vk-space-md);
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border: 1px solid var(--_vk-border-subtle-color);
    border-inline-start: 4px solid var(--_vk-error-color);
    background: var(--_vk-surface-background-color);
    overflow-wrap: anywhere;
  }
  .rejected summary {
    font-weight: 600;
    cursor: pointer;
  }
  .rejected p {
    margin-block-start: var(--_vk-space-sm);
  }
  .rejected ul {
    margin: var(--_vk-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .vk-problems + .rejected {
    margin-block-start: calc(-1 * var(--_vk-space-sm));
  }

  @media (forced-colors: active) {
    .result,
    .rejected,
    .empty,
    .search input,
    .sort select {
      border: 1px solid CanvasText;
    }
    .toggle {
      color: LinkText;
    }
  }

  @media print {
    .search,
    .filters,
    .filters-toggle,
    .sort,
    .suggestions,
    .chevron,
    .chip-x,
    [part='clear-all'] {
      display: none;
    }
    /* The chosen filters stay on paper, as plain text. */
    .chips-bar .vk-chip {
      display: inline;
      padding: 0;
      border: 0;
      background: none;
    }
    .chips li + li::before {
      content: '· ';
    }
    .columns {
      display: block;
    }
    .result {
      break-inside: avoid;
    }
    .toggle {
      color: inherit;
      text-decoration: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;

/**
 * Container queries and accent-color postdate the CSS grammar of
 * lit-analyzer, which would flag them; they are static rules of ours (no data
 * reaches them), so they are passed through unsafeCSS.
 */
const layout = unsafeCSS(`
  .finder { container-type: inline-size; }
  .option input { accent-color: var(--_vk-accent-background-color); }
  @container (min-width: 46em) {
    .columns {
      grid-template-columns: var(--_tf-filters-inline-size) minmax(0, 1fr);
      align-items: start;
    }
    .filters-toggle { display: none; }
  }
  @container (max-width: 45.99em) {
    .filters:not(.open) { display: none; }
    .filters-toggle { justify-self: start; }
  }
`);

/**
 * Off-screen results skip layout and paint (they stay in find-in-page, print
 * and the accessibility tree), so a keystroke re-lays out only what is seen.
 * A constant string: lit-analyzer's CSS data does not know these properties yet.
 */
const offscreen = unsafeCSS(
  '.result { content-visibility: auto; contain-intrinsic-size: auto 6em; }' +
    ' @media print { .result { content-visibility: visible; } }',
);

export const trainingFinderStyles = [styles, layout, offscreen];

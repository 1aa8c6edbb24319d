import { css, unsafeCSS } from 'lit';

/**
 * Styles of vk-quick-scan. Every colour, space and radius comes from the
 * theme tokens (`--_vk-*`), the cluster colours or the widget's public
 * `--vk-quick-scan-*` tokens. Layout follows the widget's own width
 * (container queries), so it reflows in a sidebar as on a phone.
 */
const base = css`
  :host {
    --_vk-qs-level-bar-color: var(--vk-quick-scan-level-bar-color, var(--_vk-accent-background-color));
    --_vk-qs-track-color: var(--vk-quick-scan-track-color, var(--_vk-surface-background-color));
    --_vk-qs-progress-color: var(--vk-quick-scan-progress-color, var(--_vk-accent-background-color));
    --_vk-qs-selected-background-color: var(
      --vk-quick-scan-option-selected-background-color,
      var(--_vk-selected-background-color)
    );
    --_vk-qs-panel-background-color: var(--vk-quick-scan-panel-background-color, var(--_vk-info-background-color));
  }

  .scan {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
  }

  .vk-heading {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    line-height: 1.25;
  }
  .vk-heading--0 {
    font-size: 1.5em;
  }
  .vk-heading--1 {
    font-size: 1.25em;
  }
  .vk-heading--2 {
    font-size: 1.1em;
  }
  .vk-heading:focus {
    outline: none;
  }
  .vk-heading:focus-visible {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }

  p {
    margin: 0;
  }
  .hint {
    color: var(--_vk-color-subtle);
  }
  .intro {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
    margin-block-end: var(--_vk-space-md);
  }
  .intro-quote {
    margin: 0;
    font-style: italic;
  }
  .loading {
    color: var(--_vk-color-subtle);
  }

  .panel,
  .notice {
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-accent-background-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-qs-panel-background-color);
  }
  .panel > * + *,
  .notice > * + * {
    margin-block-start: var(--_vk-space-xs);
  }

  /* Steps ------------------------------------------------------------------ */

  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
  }
  .progress-text {
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 0.5em;
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius-round);
    background: var(--_vk-qs-track-color);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_vk-qs-track-color);
  }
  progress::-webkit-progress-value {
    background: var(--_vk-qs-progress-color);
  }
  progress::-moz-progress-bar {
    background: var(--_vk-qs-progress-color);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  fieldset.choices,
  fieldset.values {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-sm);
  }
  fieldset.choices > legend,
  fieldset.values > legend {
    margin-block-end: var(--_vk-space-sm);
  }

  .choice-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_vk-space-xs);
  }
  .choice {
    /* The row of radio and label sits in the middle of the box; the radio stays level with the first line. */
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-content: center;
    align-items: start;
    gap: var(--_vk-space-sm);
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_vk-accent-background-color);
    background: var(--_vk-qs-selected-background-color);
  }
  .choice input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
  }
  .choice--save {
    border: 0;
    padding-inline: 0;
    min-block-size: 0;
    background: none;
  }
  .choice--save:has(input:checked) {
    background: none;
  }

  .cluster-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: var(--_vk-space-md);
  }
  fieldset.cluster {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
    padding-inline-start: var(--_vk-space-sm);
    border-inline-start: 4px solid var(--_vk-cluster-color, var(--_vk-border-subtle-color));
  }
  fieldset.cluster > legend {
    margin-block-end: var(--_vk-space-xs);
    color: var(--_vk-cluster-color, var(--_vk-color));
    font-weight: 700;
  }
  .choice--value {
    min-block-size: 2.25em;
  }
  .count {
    font-weight: 600;
  }
  .count--over,
  .field-error {
    color: var(--_vk-error-color);
    font-weight: 700;
  }

  .page {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
  }
  .page[data-cluster] > .vk-heading {
    padding-inline-start: var(--_vk-space-sm);
    border-inline-start: 6px solid var(--_vk-cluster-color);
  }

  .item {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-sm);
    padding: var(--_vk-space-sm) var(--_vk-space-md) var(--_vk-space-md);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
  }
  .item > legend {
    float: inline-start;
    inline-size: 100%;
    padding-block-start: var(--_vk-space-xs);
    font-weight: 600;
  }
  .item > legend + * {
    clear: both;
  }
  .item--missing {
    border: 2px solid var(--_vk-error-color);
    border-inline-start-width: 6px;
  }
  .item-number {
    color: var(--_vk-color-subtle);
    font-weight: normal;
  }
  .scale {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_vk-space-xs);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-sm);
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_vk-accent-background-color);
    background: var(--_vk-qs-selected-background-color);
    font-weight: 700;
    box-shadow: inset 0 0 0 1px var(--_vk-accent-background-color);
  }
  .option input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .option--na {
    border-style: dashed;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
    align-items: center;
  }
  .nav button[type='submit'] {
    margin-inline-start: auto;
  }

  .error-summary {
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border: 3px solid var(--_vk-error-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-error-background-color);
  }
  .error-summary-title {
    font-weight: 700;
  }
  .error-summary ul {
    margin: var(--_vk-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_vk-error-color);
    font-weight: 600;
  }

  .storage {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_vk-space-xs);
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-surface-background-color);
    font-size: 0.9375em;
  }
  .storage-title {
    font-weight: 700;
  }

  /* Result ----------------------------------------------------------------- */

  .result {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
  }
  .summary strong {
    font-weight: 700;
  }

  .chart {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-sm);
    margin: 0;
  }
  .chart-section {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
  }
  .chart-section-title {
    font-weight: 700;
  }
  .chart-row,
  .chart-axis {
    display: grid;
    grid-template-columns: 1fr 3em;
    grid-template-areas:
      'label label'
      'bar score';
    column-gap: var(--_vk-space-sm);
    align-items: center;
  }
  .chart-label {
    grid-area: label;
  }
  .chart-bar,
  .chart-hidden,
  .chart-axis-labels {
    grid-area: bar;
  }
  .chart-score {
    grid-area: score;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    text-align: end;
  }
  .chart-axis-spacer,
  .chart-axis-word {
    display: none;
  }
  .chart-bar {
    display: block;
    inline-size: 100%;
    block-size: 1.5em;
    overflow: visible;
  }
  .chart-track {
    fill: var(--_vk-qs-track-color);
    stroke: var(--_vk-border-subtle-color);
    stroke-width: 1px;
  }
  .chart-grid {
    stroke: var(--_vk-background-color);
    stroke-width: 1px;
  }
  .chart-previous {
    stroke: var(--_vk-color);
    stroke-width: 3px;
  }
  .chart-change {
    display: block;
    white-space: nowrap;
    font-size: 0.85em;
  }
  .comparison-list .small {
    color: var(--_vk-color-subtle);
  }
  .chart-fill--value {
    fill: var(--_vk-cluster-color, var(--_vk-qs-level-bar-color));
  }
  .chart-fill--level {
    fill: var(--_vk-qs-level-bar-color);
  }
  .chart-axis-labels {
    display: flex;
    justify-content: space-between;
    color: var(--_vk-color-subtle);
    font-size: 0.75em;
  }
  .chart-hidden {
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
    font-style: italic;
  }
  .chart-seg {
    stroke: var(--_vk-background-color);
    stroke-width: 1px;
  }
  .chart-seg--1 {
    fill: color-mix(in srgb, var(--_vk-accent-background-color) 22%, var(--_vk-background-color));
  }
  .chart-seg--2 {
    fill: color-mix(in srgb, var(--_vk-accent-background-color) 40%, var(--_vk-background-color));
  }
  .chart-seg--3 {
    fill: color-mix(in srgb, var(--_vk-accent-background-color) 58%, var(--_vk-background-color));
  }
  .chart-seg--4 {
    fill: color-mix(in srgb, var(--_vk-accent-background-color) 78%, var(--_vk-background-color));
  }
  .chart-seg--5 {
    fill: var(--_vk-accent-background-color);
  }
  .chart-seg--nvt {
    fill: var(--_vk-border-subtle-color);
  }
  .chart-legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .chart-legend li {
    display: flex;
    align-items: center;
    gap: var(--_vk-space-xs);
  }
  .chart-swatch {
    inline-size: 1em;
    block-size: 1em;
  }
  .chart-swatch .chart-seg {
    stroke: var(--_vk-border-color);
  }

  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    margin-block-end: var(--_vk-space-xs);
    font-weight: 700;
    text-align: start;
  }
  /* Value names wrap between words only, never inside one (a phone's score table). */
  .table th {
    overflow-wrap: normal;
    hyphens: manual;
  }
  .table th,
  .table td {
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border-block-end: 1px solid var(--_vk-border-subtle-color);
    text-align: start;
    vertical-align: top;
  }
  .table td {
    text-align: end;
    white-space: nowrap;
  }
  .table td[colspan] {
    color: var(--_vk-color-subtle);
    font-style: italic;
    text-align: start;
    white-space: normal;
  }
  .table thead th {
    border-block-end: 2px solid var(--_vk-border-color);
    font-size: 0.875em;
  }
  .table-group th {
    padding-block-start: var(--_vk-space-sm);
    background: var(--_vk-surface-background-color);
  }

  details > summary {
    cursor: pointer;
    color: var(--_vk-link-color);
    font-weight: 600;
  }
  details[open] > summary {
    margin-block-end: var(--_vk-space-xs);
  }
  details > p + p {
    margin-block-start: var(--_vk-space-xs);
  }

  .advice,
  .reflection-section,
  .export {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
  }
  .advice[data-cluster] {
    padding-inline-start: var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-cluster-color);
  }
  .advice-label {
    margin-block-start: var(--_vk-space-xs);
    font-weight: 700;
  }
  .actions,
  .offers,
  .answers ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .actions li + li,
  .offers li + li,
  .answers li + li {
    margin-block-start: var(--_vk-space-xs);
  }
  .offer-meta {
    display: block;
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }
  .value-description {
    padding-inline-start: var(--_vk-space-sm);
    border-inline-start: 3px solid var(--_vk-border-subtle-color);
  }
  .finder-link .vk-button {
    text-decoration: none;
  }
  .reflection {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 var(--_vk-space-md);
    margin: 0;
  }
  .reflection dt {
    font-weight: 700;
  }
  .reflection dd {
    margin: 0 0 var(--_vk-space-xs);
  }

  .code {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
  }
  .code label,
  .field-label {
    font-weight: 700;
  }
  .code textarea {
    resize: none;
    overflow-wrap: anywhere;
  }
  .code input,
  textarea {
    inline-size: 100%;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
    font-family: var(--_vk-code-font-family);
  }
  textarea {
    resize: vertical;
  }
  .export-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
  }
  .file-button {
    position: relative;
  }
  .file-button:focus-within {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }
  .skipped ul,
  .top-four {
    margin: var(--_vk-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .group-result {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
  }

  @media (forced-colors: active) {
    .panel,
    .notice,
    .item,
    .option,
    .choice,
    .storage,
    .error-summary {
      border: 1px solid CanvasText;
    }
    .choice--save {
      border: 0;
    }
    .item--missing {
      border: 3px solid CanvasText;
      border-inline-start-width: 8px;
    }
    .option:has(input:checked),
    .choice:has(input:checked) {
      border: 3px solid Highlight;
    }
    .chart-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .chart-grid {
      stroke: GrayText;
    }
    .chart-fill--value,
    .chart-fill--level {
      fill: Highlight;
    }
    .chart-seg {
      fill: CanvasText;
      stroke: Canvas;
    }
    .chart-seg--1 {
      fill-opacity: 0.2;
    }
    .chart-seg--2 {
      fill-opacity: 0.4;
    }
    .chart-seg--3 {
      fill-opacity: 0.6;
    }
    .chart-seg--4 {
      fill-opacity: 0.8;
    }
    .chart-seg--nvt {
      fill: GrayText;
    }
    progress {
      border-color: CanvasText;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }

  .plan-choices {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_vk-space-md);
  }
  .plan-choices legend {
    font-weight: 700;
    padding: 0;
  }
  .plan-choices .choice {
    margin-block-end: var(--_vk-space-xs);
  }
  .plan-editor textarea {
    inline-size: 100%;
    box-sizing: border-box;
    font: inherit;
  }
  .plan-preview-label {
    margin-block-start: var(--_vk-space-lg);
    font-weight: 700;
  }
  .plan-sheet {
    border: 1px solid var(--_vk-border-subtle-color);
    padding: var(--_vk-space-md);
    background: var(--_vk-background-color);
  }
  .plan-actions li {
    margin-block-end: var(--_vk-space-sm);
  }
  .plan-sheet .vk-heading {
    margin-block: var(--_vk-space-md) var(--_vk-space-xs);
  }
  .plan-url,
  .plan-code code {
    overflow-wrap: anywhere;
  }
  .plan-note {
    white-space: pre-wrap;
  }
  @media print {
    /* The plan prints alone: the sheet, black on white, citations kept. */
    .scan--plan > .vk-heading,
    .plan-editor {
      display: none;
    }
    .plan-sheet {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .plan-sheet .vk-citation,
    .plan-sheet a {
      color: #000;
    }
    .plan-actions li {
      break-inside: avoid;
    }
    .storage,
    .nav,
    .progress,
    .export-buttons,
    .value-link,
    .notice {
      display: none;
    }
    .item,
    .advice,
    .chart-row,
    .table tr {
      break-inside: avoid;
    }
  }
`;

/**
 * Rules the CSS data of lit-analyzer does not know yet (container queries,
 * forced-color-adjust, print-color-adjust), kept as a constant string so
 * \`npm run lint\` stays at zero warnings. Our own constants only: no data
 * ever reaches unsafeCSS.
 */
const modern = unsafeCSS(`
  :host {
    container-type: inline-size;
  }
  @container (min-width: 40em) {
    .scale {
      grid-template-columns: repeat(5, 1fr) 1.3fr;
    }
    .option {
      flex-direction: column;
      justify-content: center;
      gap: var(--_vk-space-xs);
      text-align: center;
    }
  }
  @container (min-width: 36em) {
    .chart-row,
    .chart-axis {
      grid-template-columns: minmax(8em, 16em) 1fr 3em;
      grid-template-areas: 'label bar score';
    }
    .chart-axis-spacer {
      display: block;
    }
    .chart-axis-word {
      display: inline;
    }
  }
  @container (min-width: 36em) {
    .reflection {
      grid-template-columns: max-content 1fr;
    }
  }
  @media (forced-colors: active) {
    .chart-bar,
    .chart-swatch {
      forced-color-adjust: none;
    }
    .chart-previous {
      stroke: CanvasText;
    }
  }
  @media print {
    .chart-bar,
    .chart-swatch {
      print-color-adjust: exact;
    }
  }
`);

export const styles = [base, modern];

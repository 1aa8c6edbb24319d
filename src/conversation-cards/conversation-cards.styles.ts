import { css, unsafeCSS } from 'lit';

const styles = css`
  :host {
    --_vk-cards-card-background-color: var(--vk-conversation-cards-card-background-color, var(--_vk-background-color));
    --_vk-cards-card-border-color: var(--vk-conversation-cards-card-border-color, var(--_vk-border-subtle-color));
    --_vk-cards-stage-font-size: var(--vk-conversation-cards-stage-font-size, clamp(1.25rem, 0.75rem + 1.25cqi, 2.25rem));
    --_vk-cards-timer-font-size: var(--vk-conversation-cards-timer-font-size, clamp(2rem, 1.5rem + 2cqi, 3.5rem));
    --_vk-cards-accent-color: var(--vk-conversation-cards-accent-color, var(--_vk-accent-background-color));
    max-inline-size: 100%;
  }

  .base > * + * {
    margin-block-start: var(--_vk-space-md);
  }

  .title {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: 1.75em;
    line-height: 1.2;
  }

  .intro {
    margin: var(--_vk-space-xs) 0 0;
    max-inline-size: 46rem;
  }

  /* ---- view buttons: a segmented row that wraps */
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs);
  }

  .view-button {
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-md);
    border: 2px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
    color: var(--_vk-color);
    cursor: pointer;
  }

  .view-button[aria-pressed='true'] {
    border-color: var(--_vk-cards-accent-color);
    background: var(--_vk-selected-background-color);
    font-weight: 700;
    box-shadow: inset 0 -4px 0 var(--_vk-cards-accent-color);
  }

  /* ---- filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm) var(--_vk-space-md);
    align-items: end;
  }

  .filters label {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
    min-inline-size: min(100%, 16rem);
  }

  .filter-label {
    font-weight: 600;
  }

  select,
  input[type='number'],
  textarea {
    max-inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 2px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
  }

  .topic-filter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
    margin: var(--_vk-space-sm) 0 0;
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    background: var(--_vk-info-background-color);
  }

  .count {
    margin: 0;
    font-weight: 600;
  }

  .none,
  .note,
  .hint,
  .keys {
    color: var(--_vk-color-subtle);
  }

  .note,
  .keys {
    font-size: 0.875em;
  }

  .keys {
    margin: 0;
  }

  kbd {
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: var(--_vk-border-radius);
    font-family: var(--_vk-code-font-family);
    font-size: 0.8em;
  }

  /* ---- cards */
  .deck,
  .sheet-cards {
    display: grid;
    gap: var(--_vk-space-md);
    margin: var(--_vk-space-sm) 0 0;
    padding: 0;
    list-style: none;
  }

  /* Columns in em: with larger text (WCAG 1.4.4) the deck takes fewer columns. */
  .deck {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }

  .deck > li,
  .sheet-cards > li {
    display: flex;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-sm);
    inline-size: 100%;
    padding: var(--_vk-space-md);
    border: 1px solid var(--_vk-cards-card-border-color);
    border-inline-start: 0.375em solid var(--_vk-cards-accent-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-cards-card-background-color);
    color: var(--_vk-color);
  }

  .card[data-kind='dilemma'] {
    border-inline-start-style: double;
    border-inline-start-width: 0.5em;
  }

  .card[data-kind='waardenspanning'] {
    border-inline-start-style: dashed;
  }

  .card-heading {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: 1em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .poles {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
    margin: 0;
    font-weight: 600;
  }

  .pole {
    min-inline-size: 0;
    padding: 0 var(--_vk-space-xs);
    overflow-wrap: anywhere;
    border-block-end: 2px solid var(--_vk-cards-accent-color);
  }

  .card-text {
    flex: 1 0 auto;
    margin: 0;
    font-size: 1.0625em;
  }

  .card-text p {
    margin: 0;
  }

  .card-for {
    margin: 0;
    font-size: 0.9375em;
  }

  .card-label,
  .label {
    font-weight: 600;
  }

  .card .vk-citation {
    margin: 0;
  }

  /* ---- facilitator */
  .view-facilitator .intro {
    display: none;
  }

  .draw-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
    margin-block: var(--_vk-space-sm);
  }

  .draw .count {
    font-size: 1.125em;
  }

  .order {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-md);
    margin: 0 0 var(--_vk-space-sm);
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
  }

  .order legend {
    padding-inline: var(--_vk-space-xs);
    font-weight: 600;
  }

  .radio {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-xs);
    min-block-size: 2.75em;
  }

  .radio input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }

  /* WebKit does not match :focus-visible on a radio reached with an arrow key. */
  .radio input:focus {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }

  .facilitator > * + * {
    margin-block-start: var(--_vk-space-sm);
  }

  .table {
    display: grid;
    gap: var(--_vk-space-md);
    grid-template-columns: minmax(0, 1fr);
  }

  .stage {
    display: flex;
    align-items: stretch;
    min-block-size: 14rem;
    border-radius: var(--_vk-border-radius);
    font-size: var(--_vk-cards-stage-font-size);
    line-height: 1.3;
  }

  .stage:has(.stage-empty) {
    border: 2px dashed var(--_vk-border-subtle-color);
  }

  .stage-card {
    display: flex;
    inline-size: 100%;
    animation: vk-card-in 0.35s ease-out;
    transform-origin: center;
  }

  @keyframes vk-card-in {
    from {
      opacity: 0;
      transform: perspective(60rem) rotateY(-70deg);
    }
    to {
      opacity: 1;
      transform: none;
    }
  }

  .stage .card-heading {
    font-size: 0.8em;
  }

  .stage .card-text {
    font-size: 1.15em;
  }

  .stage .card-for,
  .stage .vk-citation {
    font-size: max(0.5em, 1rem);
  }

  .stage-empty {
    align-self: center;
    margin: 0 auto;
    max-inline-size: 30ch;
    color: var(--_vk-color-subtle);
    text-align: center;
  }

  .side {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
  }

  .side-part {
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
  }

  .side-heading {
    margin: 0 0 var(--_vk-space-xs);
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: 1.125em;
  }

  .timer {
    margin: 0;
    font-size: var(--_vk-cards-timer-font-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }

  .timer--ended {
    color: var(--_vk-error-color);
  }

  .round .side-heading {
    font-size: 1em;
  }

  .timer-controls,
  .phase-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
    margin-block: var(--_vk-space-sm);
  }

  .minutes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-sm);
  }

  .minutes input {
    inline-size: 5em;
  }

  .main {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-md);
    min-inline-size: 0;
  }

  /* The steps of the round as a row of boxes under the card (they wrap on narrow screens). */
  .phases {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
    gap: var(--_vk-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: phase;
  }

  .phase {
    display: flex;
    flex-direction: column;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-subtle-color);
    border-block-start: 4px solid var(--_vk-border-subtle-color);
    counter-increment: phase;
  }

  .phase-name {
    font-weight: 700;
  }

  .phase-name::before {
    content: counter(phase) '. ';
  }

  .phase-hint {
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }

  .phase--current {
    border-color: var(--_vk-cards-accent-color);
    border-block-start-width: 6px;
    background: var(--_vk-selected-background-color);
  }

  .phase-now {
    font-weight: 700;
  }

  .notes textarea {
    display: block;
    inline-size: 100%;
    margin-block: var(--_vk-space-xs) var(--_vk-space-sm);
    resize: vertical;
  }

  .notes .hint {
    margin: 0;
    font-size: 0.875em;
  }

  /* ---- print sheet, as it will print */
  .sheet-intro {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm) var(--_vk-space-md);
    align-items: center;
  }

  .sheet-heading,
  .view-heading {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: 1.25em;
    line-height: 1.25;
  }

  .view-heading:focus {
    outline: none;
  }

  .view-heading:focus-visible {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }

  .page {
    max-inline-size: 190mm;
    margin-block-start: var(--_vk-space-md);
  }

  .page-number {
    margin: 0;
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }

  .sheet-cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: 0;
  }

  .sheet .card {
    border: 1px dashed var(--_vk-color);
    border-radius: 0;
    font-size: 0.875em;
  }

  /* ---- the secretaries' craft */
  .craft > * + * {
    margin-block-start: var(--_vk-space-md);
  }

  .craft :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    line-height: 1.25;
  }

  .craft-part {
    margin-block-start: var(--_vk-space-lg);
  }

  .craft-part > * + * {
    margin-block-start: var(--_vk-space-sm);
  }

  .topics {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--_vk-space-md);
  }

  .topic {
    padding: var(--_vk-space-md);
    border: 1px solid var(--_vk-cards-card-border-color);
    border-block-start: 0.375em solid var(--_vk-cards-accent-color);
    border-radius: var(--_vk-border-radius);
  }

  .topic > * + * {
    margin-block-start: var(--_vk-space-sm);
  }

  .topic p,
  .topic ul,
  .topic ol {
    margin-block-end: 0;
  }

  .findings,
  .challenges,
  .topic-questions ul {
    padding-inline-start: 1.25em;
  }

  .topic-questions {
    padding: var(--_vk-space-sm);
    background: var(--_vk-surface-background-color);
  }

  .questions-label {
    margin: 0;
    font-weight: 600;
  }

  .topic-questions li + li {
    margin-block-start: var(--_vk-space-xs);
  }

  .link-kind {
    color: var(--_vk-color-subtle);
    font-size: 0.875em;
  }

  .other-attention {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_vk-space-xs) var(--_vk-space-md);
  }

  .other-attention dt {
    font-weight: 600;
  }

  .other-attention dd {
    margin: 0;
  }

  .agenda {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-md) var(--_vk-space-lg);
    align-items: start;
  }

  .agenda-table {
    border-collapse: collapse;
    max-inline-size: 100%;
  }

  /* WebKit keeps a long header or caption word on one line and widens the table past 320 px. */
  .agenda-table :is(caption, th, td) {
    overflow-wrap: anywhere;
  }

  .agenda-table caption {
    padding-block-end: var(--_vk-space-xs);
    font-weight: 600;
    text-align: start;
  }

  .agenda-table :is(th, td) {
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-subtle-color);
    text-align: start;
  }

  .agenda-table thead th {
    background: var(--_vk-surface-background-color);
  }

  .agenda-table td {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .agenda-table tfoot :is(th, td) {
    font-weight: 700;
    border-block-start: 2px solid var(--_vk-color);
  }

  .inferred {
    font-style: italic;
  }

  .chart {
    flex: 1 1 16rem;
    min-inline-size: 0;
    margin: 0;
  }

  .chart-row {
    display: grid;
    grid-template-columns: 5em minmax(0, 1fr) 3.5em;
    gap: var(--_vk-space-sm);
    align-items: center;
    min-block-size: 1.75em;
  }

  .chart-bar {
    display: block;
    inline-size: 100%;
    block-size: 1.25em;
  }

  .chart-fill {
    fill: var(--_vk-cards-accent-color);
  }

  .chart-average {
    stroke: var(--_vk-color);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }

  .chart-average-key {
    block-size: 0;
    border-block-start: 2px dashed var(--_vk-color);
  }

  .chart-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .chart-row--average {
    font-weight: 700;
  }

  /* ---- motion, colours, print */
  @media (prefers-reduced-motion: reduce) {
    .stage-card {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .card,
    .topic,
    .side-part,
    .stage {
      border-color: CanvasText;
    }
    .view-button {
      border-color: ButtonText;
    }
    .view-button[aria-pressed='true'] {
      border: 4px solid Highlight;
    }
    .phase--current {
      outline: 2px solid Highlight;
    }
    .chart-fill {
      fill: CanvasText;
    }
    .chart-average {
      stroke: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .intro,
    .views,
    .filters,
    .topic-filter,
    .sheet-intro,
    .page-number,
    .count,
    .keys,
    .side,
    .show-cards,
    [part~='show-cards'],
    .vk-citation-quote {
      display: none;
    }
    .base > * + * {
      margin-block-start: 0;
    }
    .view-print .header,
    .view-heading,
    .sheet-heading {
      display: none;
    }
    .title {
      font-size: 14pt;
    }
    .card,
    .sheet .card {
      border: 1px dashed #000;
      border-radius: 0;
      background: #fff;
      color: #000;
      break-inside: avoid;
    }
    .card[data-kind] {
      border-inline-start: 1px dashed #000;
    }
    .pole {
      border-block-end: 1px solid #000;
    }
    .vk-citation {
      color: #000;
    }
    .deck,
    .sheet-cards {
      grid-template-columns: repeat(2, 94mm);
      grid-auto-rows: 88mm;
      gap: 0;
      margin: 0;
    }
    .deck > li,
    .sheet-cards > li {
      break-inside: avoid;
      overflow: hidden;
    }
    .sheet .card,
    .deck .card {
      block-size: 88mm;
      padding: 3.5mm 4.5mm;
      font-size: 9pt;
      line-height: 1.25;
      gap: 1.5mm;
      overflow: hidden;
    }
    .card-heading {
      font-size: 10pt;
    }
    .card-text {
      font-size: 11pt;
    }
    /* The longest texts (a dilemma with its two sides) still fit their card, also with Firefox's font metrics. */
    .sheet .card[data-kind='dilemma'],
    .deck .card[data-kind='dilemma'] {
      line-height: 1.15;
      gap: 1mm;
    }
    .card[data-kind='dilemma'] :is(.card-text, .poles) {
      font-size: 8.5pt;
    }
    .card[data-kind='dilemma'] :is(.card-for, .vk-citation) {
      font-size: 7.5pt;
    }
    .card-for,
    .card .vk-citation {
      font-size: 8pt;
    }
    .page {
      max-inline-size: none;
      margin: 0;
      break-after: page;
    }
    .page:last-child {
      break-after: auto;
    }
    .stage {
      border: 0;
      font-size: 14pt;
      min-block-size: 0;
    }
    .stage-card {
      animation: none;
    }
    .topic,
    .agenda-table,
    .chart {
      break-inside: avoid;
    }
    .chart-fill {
      fill: #555;
    }
    .topic {
      border-color: #000;
    }
  }
`;

/**
 * The layout follows the widget's own width (a sidebar, a projector), not the
 * window's: the card and the column beside it sit side by side from 56rem of
 * widget width. (Through unsafeCSS only because the linters' CSS parser
 * predates container queries; the text is our own constant CSS.)
 */
const container = unsafeCSS(`
  .base {
    container-type: inline-size;
  }
  @container (min-width: 56rem) {
    .table {
      grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
      align-items: start;
    }
    .stage {
      min-block-size: 22rem;
    }
  }
`);

export const conversationCardsStyles = [styles, container];

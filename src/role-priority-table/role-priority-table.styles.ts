import { css, unsafeCSS } from 'lit';
import { clusterStyles } from '../shared/clusters.styles.js';
import { controlStyles } from '../shared/controls.styles.js';

/**
 * Wide: real tables (the matrix with sideways column headers). Narrow (the
 * widget's own width, through a container query, so a sidebar counts as
 * narrow): every row becomes a block; header rows stay in the accessibility
 * tree, visually hidden, and cells show their own labels (aria-hidden, since
 * the header association already names them). Cells without content for the
 * block are visually hidden, never removed, so every cell keeps its column.
 */
/*
 * Container queries, written through unsafeCSS because lit-analyzer's CSS
 * grammar predates them (these are our own constants, never data).
 */
const frame = unsafeCSS('.frame { container: vk-rpt / inline-size; }');
/** Too narrow for the matrix with sideways headers (17 value columns and the office names). */
const narrowMatrix = unsafeCSS('@container vk-rpt (max-width: 47.99em)');
/** Too narrow for a table of values and their actions. */
const narrowList = unsafeCSS('@container vk-rpt (max-width: 35.99em)');

const table = css`
  :host {
    --_rpt-header-bg: var(--vk-role-priority-table-header-background-color, var(--_vk-surface-background-color));
    --_rpt-border: var(--vk-role-priority-table-cell-border-color, var(--_vk-border-subtle-color));
    --_rpt-shared-bg: var(--vk-role-priority-table-shared-background-color, var(--_vk-selected-background-color));
    --_rpt-block-bg: var(--vk-role-priority-table-block-background-color, var(--_vk-background-color));
  }

  ${frame}

  .loading,
  .subtle {
    color: var(--_vk-color-subtle);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_vk-space-sm) var(--_vk-space-md);
    margin-block-end: var(--_vk-space-md);
  }

  .control {
    display: grid;
    gap: var(--_vk-space-xs);
    flex: 0 0 auto;
    max-inline-size: 100%;
    font-weight: 600;
  }

  select {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
    font-weight: normal;
  }

  .copy {
    margin-inline-start: auto;
  }

  .copy-fallback {
    display: grid;
    gap: var(--_vk-space-xs);
    justify-items: start;
    margin-block-end: var(--_vk-space-md);
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-border-color);
    background: var(--_vk-info-background-color);
  }

  .copy-fallback label {
    font-weight: 600;
  }

  .copy-fallback p {
    margin: 0;
  }

  .copy-fallback textarea {
    inline-size: 100%;
    padding: var(--_vk-space-xs);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
    font-family: inherit;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  caption {
    margin-block-end: var(--_vk-space-sm);
    font-family: var(--_vk-heading-font-family);
    font-size: var(--vk-role-priority-table-caption-font-size, 1.125em);
    font-weight: var(--_vk-heading-font-weight);
    text-align: start;
  }

  th,
  td {
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border-block-end: 1px solid var(--_rpt-border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_rpt-header-bg);
    vertical-align: bottom;
  }

  .heading {
    margin: var(--_vk-space-lg) 0 var(--_vk-space-xs);
    font-family: var(--_vk-heading-font-family);
    font-size: 1.125em;
    font-weight: var(--_vk-heading-font-weight);
  }

  .not-given-note .heading {
    margin-block-start: 0;
  }

  .not-given-note,
  .association {
    margin-block-start: var(--_vk-space-md);
  }

  .not-given-note {
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-border-color);
    background: var(--_vk-info-background-color);
  }

  .not-given-note p,
  .association p {
    margin: 0 0 var(--_vk-space-xs);
  }

  blockquote {
    margin: 0 0 var(--_vk-space-xs);
    padding-inline-start: var(--_vk-space-sm);
    border-inline-start: 3px solid var(--_rpt-border);
  }

  .note {
    margin: var(--_vk-space-sm) 0 0;
  }

  .caption-note {
    display: block;
    margin-block-start: var(--_vk-space-xs);
    font-family: var(--_vk-font-family);
    font-size: 0.889em;
    font-weight: normal;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_vk-space-sm);
    min-block-size: 2.75em;
    font-weight: 600;
    cursor: pointer;
  }

  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }

  .mark-text {
    white-space: nowrap;
  }

  .scope {
    color: var(--_vk-color-subtle);
  }

  .actions {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .actions li + li {
    margin-block-start: var(--_vk-space-xs);
  }

  .value-link {
    font-weight: 600;
  }

  .cluster {
    white-space: nowrap;
  }

  .cluster--none {
    --_vk-cluster-color: var(--_vk-color-subtle);
  }

  .stack-only,
  .stack-label {
    display: none;
  }

  /* ---- lists of values (one office, a comparison, the national government) */

  .list-table th[scope='row'] {
    min-inline-size: 9em;
  }

  .list-table th[scope='row'] .vk-badge {
    margin-block-start: var(--_vk-space-xs);
  }

  .compare-table th[scope='row'] > * {
    margin-inline-end: var(--_vk-space-xs);
  }

  .compare-table {
    table-layout: fixed;
  }

  .compare-table th:first-child {
    inline-size: 12em;
  }

  .shared-row th[scope='row'] {
    border-inline-start: 4px solid var(--_vk-accent-background-color);
    background: var(--_rpt-shared-bg);
  }

  .shared {
    background: var(--_vk-accent-background-color);
    color: var(--_vk-accent-color);
  }

  .compare-table td.empty,
  .compare-table td.unknown-cell {
    text-align: center;
    vertical-align: middle;
  }

  /* ---- the matrix ------------------------------------------------------- */

  .scroll {
    overflow-x: auto;
  }

  .matrix {
    inline-size: auto;
  }

  .matrix th,
  .matrix td {
    border: 1px solid var(--_rpt-border);
  }

  .sideways {
    display: inline-block;
    writing-mode: sideways-lr;
    white-space: nowrap;
  }

  @supports not (writing-mode: sideways-lr) {
    .sideways {
      writing-mode: vertical-rl;
      transform: rotate(180deg);
    }
  }

  .matrix .corner {
    vertical-align: bottom;
  }

  .cluster-head {
    padding: var(--_vk-space-sm) var(--_vk-space-xs);
    /* As .vk-badge: each cluster colour is chosen to carry white text (AA). */
    background: var(--_vk-cluster-color);
    color: var(--_vk-cluster-inverse-color);
    font-size: 0.875em;
    text-align: center;
  }

  .value-head {
    padding: var(--_vk-space-sm) var(--_vk-space-xs);
    text-align: center;
    border-block-start: 4px solid var(--_vk-cluster-color, var(--_vk-color-subtle));
  }

  .value-head .value-link {
    font-weight: 600;
    text-align: start;
  }

  .office-head {
    min-inline-size: 8em;
    font-weight: 600;
  }

  .matrix td {
    min-inline-size: 2.25em;
    text-align: center;
    vertical-align: middle;
  }

  .matrix td.not-given {
    color: var(--_vk-color-subtle);
    font-style: italic;
    text-align: start;
  }

  .mark {
    color: var(--vk-role-priority-table-mark-color, var(--_vk-cluster-color, var(--_vk-color-subtle)));
    font-size: 1.25em;
    line-height: 1;
  }

  .count-row th,
  .count-row td {
    background: var(--_rpt-header-bg);
    font-weight: 600;
  }

  /* ---- narrow: rows as blocks ------------------------------------------- */

  ${narrowMatrix} {
    .scroll {
      overflow: visible;
    }

    .matrix,
    .matrix > tbody,
    .matrix > tfoot,
    .matrix tr,
    .matrix th,
    .matrix td {
      display: block;
    }

    .matrix caption {
      display: block;
    }

    .matrix .wide-only {
      display: none;
    }

    .matrix .stack-only {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_vk-space-xs) var(--_vk-space-sm);
    }

    .matrix > thead,
    .matrix td.empty {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .matrix tr {
      position: relative;
      margin-block-end: var(--_vk-space-sm);
      padding: var(--_vk-space-sm) var(--_vk-space-md);
      border: 1px solid var(--_rpt-border);
      border-radius: var(--_vk-border-radius);
      background: var(--_rpt-block-bg);
    }

    .matrix th,
    .matrix td,
    .matrix td.not-given {
      min-inline-size: 0;
      padding: var(--_vk-space-xs) 0;
      border: 0;
      background: none;
      text-align: start;
    }

    .matrix tbody th {
      padding-block-start: 0;
      font-family: var(--_vk-heading-font-family);
      font-weight: var(--_vk-heading-font-weight);
    }

    .matrix .count-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_vk-space-xs);
      background: var(--_rpt-header-bg);
    }

    .matrix .count-row th {
      flex-basis: 100%;
    }

    .matrix .count-row td {
      display: inline-flex;
      gap: var(--_vk-space-xs);
      padding: 0 var(--_vk-space-sm);
      border: 1px solid var(--_vk-border-color);
      border-radius: var(--_vk-border-radius-round);
      background: var(--_vk-background-color);
      font-weight: normal;
    }

    .matrix .count-n {
      font-weight: 600;
    }
  }

  ${narrowList} {
    .list-table,
    .list-table > tbody,
    .list-table tr,
    .list-table th,
    .list-table td,
    .list-table caption {
      display: block;
    }

    .list-table > thead,
    .compare-table td.empty,
    .compare-table td.unknown-cell {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .list-table tbody tr {
      position: relative;
      margin-block-end: var(--_vk-space-sm);
      padding: var(--_vk-space-sm) var(--_vk-space-md);
      border: 1px solid var(--_rpt-border);
      border-radius: var(--_vk-border-radius);
      background: var(--_rpt-block-bg);
    }

    .list-table th,
    .list-table td {
      min-inline-size: 0;
      padding: var(--_vk-space-xs) 0;
      border: 0;
      text-align: start;
    }

    .list-table .shared-row {
      border-inline-start: 4px solid var(--_vk-accent-background-color);
    }

    .list-table .shared-row th[scope='row'] {
      border: 0;
      background: none;
    }

    .stack-label {
      display: block;
      margin-block-end: var(--_vk-space-xs);
      color: var(--_vk-color-subtle);
      font-size: 0.875em;
      font-weight: 600;
    }

    .cluster-cell .stack-label {
      display: inline;
      margin-inline-end: var(--_vk-space-sm);
    }

    .toolbar .control,
    .toolbar select {
      flex: 1 1 100%;
      inline-size: 100%;
    }

    .copy {
      margin-inline-start: 0;
    }
  }

  @media print {
    .toolbar,
    .copy-fallback {
      display: none;
    }

    .scroll {
      overflow: visible;
    }

    tr,
    .not-given-note,
    .association li {
      break-inside: avoid;
    }

    .value-link {
      color: inherit;
      text-decoration: none;
    }

    .cluster-head,
    .mark,
    .vk-badge {
      -webkit-print-color-adjust: exact;
    }
  }

  @media (forced-colors: active) {
    .cluster-head,
    .value-head,
    .shared-row th[scope='row'] {
      border: 1px solid CanvasText;
    }

    .mark {
      color: CanvasText;
    }

    select,
    .copy-fallback,
    .not-given-note {
      border: 1px solid CanvasText;
    }
  }
`;

export const styles = [clusterStyles, controlStyles, table];

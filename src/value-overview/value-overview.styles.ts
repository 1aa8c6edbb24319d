import { css } from 'lit';

export const valueOverviewStyles = css`
  :host {
    --_vk-value-overview-cluster-background-color: var(
      --vk-value-overview-cluster-background-color,
      var(--_vk-surface-background-color)
    );
    --_vk-value-overview-cluster-min-inline-size: var(--vk-value-overview-cluster-min-inline-size, 13em);
    --_vk-value-overview-priority-background-color: var(
      --vk-value-overview-priority-background-color,
      var(--_vk-selected-background-color)
    );
    --_vk-value-overview-dialog-max-inline-size: var(--vk-value-overview-dialog-max-inline-size, 48em);
    max-inline-size: 100%;
  }

  .status {
    margin: 0;
    color: var(--_vk-color-subtle);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_vk-space-sm) var(--_vk-space-md);
    margin-block-end: var(--_vk-space-md);
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .filter label {
    font-weight: 600;
  }

  select {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
  }

  .count {
    margin: 0;
    color: var(--_vk-color-subtle);
  }

  .legend {
    margin: 0 0 var(--_vk-space-md);
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-accent-background-color);
    background: var(--_vk-info-background-color);
  }

  .group {
    margin-block-end: var(--_vk-space-lg);
  }

  .group-heading {
    margin: 0 0 var(--_vk-space-sm);
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .clusters {
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--_vk-value-overview-cluster-min-inline-size)), 1fr)
    );
    gap: var(--_vk-space-sm);
  }

  .cluster {
    min-inline-size: 0;
    padding: var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-subtle-color);
    border-block-start: 0.375em solid var(--_vk-cluster-color, var(--_vk-border-color));
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-value-overview-cluster-background-color);
  }

  .unplaced-cluster {
    border-block-start-style: dashed;
  }

  .cluster-heading {
    margin: 0 0 var(--_vk-space-xs);
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    font-size: 1.0625em;
    line-height: 1.3;
    color: var(--_vk-cluster-color, var(--_vk-color));
  }

  .unplaced-text {
    margin: 0 0 var(--_vk-space-sm);
  }

  .values {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .value {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    min-block-size: 2.75em;
    justify-content: center;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
    color: var(--_vk-link-color);
    text-align: start;
    cursor: pointer;
  }

  .value:hover {
    border-color: var(--_vk-link-hover-color);
    color: var(--_vk-link-hover-color);
  }

  .value-name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .value.priority {
    border: 2px solid var(--_vk-color);
    background: var(--_vk-value-overview-priority-background-color);
    font-weight: 700;
  }

  .value-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_vk-space-sm);
    color: var(--_vk-color);
    font-size: 0.8125em;
    font-weight: normal;
  }

  .flag {
    font-weight: 700;
  }

  .offices {
    color: var(--_vk-color-subtle);
  }

  dialog {
    inline-size: min(var(--_vk-value-overview-dialog-max-inline-size), calc(100vw - 1em));
    max-inline-size: calc(100vw - 1em);
    max-block-size: calc(100dvh - 1em);
    padding: 0;
    border: 1px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
    color: var(--_vk-color);
    overflow: auto;
    overscroll-behavior: contain;
  }

  dialog::backdrop {
    background: var(--vk-value-overview-backdrop-background-color, rgb(0 0 0 / 0.5));
  }

  .dialog-body {
    padding: 0 var(--_vk-space-sm) var(--_vk-space-sm);
  }

  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding-block: var(--_vk-space-sm);
    background: var(--_vk-background-color);
  }

  .map + .vk-citation {
    margin-block-end: var(--_vk-space-md);
  }

  @media (forced-colors: active) {
    .cluster,
    .value {
      border-color: CanvasText;
    }
    .value {
      border-color: ButtonText;
    }
    .value.priority {
      border: 3px solid Highlight;
    }
    .legend {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .toolbar,
    dialog {
      display: none;
    }
    .cluster {
      break-inside: avoid;
      background: none;
    }
    .value {
      min-block-size: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
    }
    .value.priority {
      border: 0;
    }
    .value-name {
      text-decoration: none;
    }
  }
`;

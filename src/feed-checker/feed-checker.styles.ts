import { css } from 'lit';

export const feedCheckerStyles = css`
  :host {
    display: block;
    max-inline-size: 60rem;
    margin-inline: auto;
    padding: var(--_vk-space-md);
  }
  h1,
  h2,
  h3 {
    font-family: var(--_vk-heading-font-family);
    font-weight: var(--_vk-heading-font-weight);
    color: var(--_vk-heading-color);
    line-height: 1.25;
    margin: var(--_vk-space-lg) 0 var(--_vk-space-sm);
  }
  h1 {
    font-size: 1.6em;
    margin-block-start: 0;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 var(--_vk-space-sm);
  }
  fieldset {
    margin: 0 0 var(--_vk-space-md);
    padding: var(--_vk-space-md);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
  }
  legend {
    font-weight: 700;
    padding: 0 var(--_vk-space-xs);
  }
  .drop {
    border: 2px dashed var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    padding: var(--_vk-space-md);
  }
  .drop.over {
    border-style: solid;
    background: var(--_vk-selected-background-color);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--_vk-space-xs);
  }
  .hint {
    color: var(--_vk-color-subtle);
  }
  input[type='url'],
  input[type='file'] {
    font: inherit;
    color: var(--_vk-color);
    max-inline-size: 100%;
  }
  input[type='url'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_vk-space-xs) var(--_vk-space-sm);
    border: 2px solid var(--_vk-border-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-background-color);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-sm);
    align-items: end;
  }
  .row > div {
    flex: 1 1 16rem;
  }
  input:focus-visible,
  button:focus-visible {
    outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
    outline-offset: var(--_vk-focus-outline-offset);
  }
  .field-error {
    color: var(--_vk-error-color);
    font-weight: 600;
  }
  .verdict {
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border-inline-start: 4px solid var(--_vk-accent-background-color);
    background: var(--_vk-info-background-color);
    font-weight: 600;
  }
  .verdict.bad {
    border-color: var(--_vk-error-color);
    background: var(--_vk-error-background-color);
    color: var(--_vk-error-color);
  }
  ol.records {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.records > li {
    margin: 0 0 var(--_vk-space-sm);
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border: 1px solid var(--_vk-border-subtle-color);
    border-radius: var(--_vk-border-radius);
    overflow-wrap: anywhere;
  }
  ol.records > li.rejected {
    border-inline-start: 4px solid var(--_vk-error-color);
  }
  .record-head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space-xs) var(--_vk-space-sm);
    align-items: baseline;
    margin: 0;
    font-size: 1em;
  }
  .where {
    color: var(--_vk-color-subtle);
    font-weight: 400;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_vk-space-sm);
    border: 1px solid currentColor;
    border-radius: var(--_vk-border-radius-round);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.rejected {
    color: var(--_vk-error-color);
  }
  ul {
    margin: var(--_vk-space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .problem {
    color: var(--_vk-error-color);
  }
  details {
    margin-block: var(--_vk-space-sm);
  }
  summary {
    cursor: pointer;
    color: var(--_vk-link-color);
  }
  .vk-problems {
    padding: var(--_vk-space-sm) var(--_vk-space-md);
    border: 2px solid var(--_vk-error-color);
    border-radius: var(--_vk-border-radius);
    background: var(--_vk-error-background-color);
    color: var(--_vk-error-color);
  }
  @media (forced-colors: active) {
    .badge,
    .drop,
    ol.records > li {
      border-color: CanvasText;
    }
  }
  @media print {
    form,
    .download {
      display: none;
    }
  }
`;

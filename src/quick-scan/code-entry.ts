/**
 * "Heb je een resultaatcode?": a small form to paste a code, on the first
 * screen (open the result) and on the result (open another, or compare).
 * A disclosure, so it takes one line until someone needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { View } from './view.js';

export interface CodeEntry {
  /** The field's id (unique in the scan). */
  readonly id: string;
  readonly value: string;
  /** What is wrong with the code entered, once the person tried. */
  readonly error: string | null;
  /** Opens the disclosure (after an error, or when a link brought a code). */
  readonly open: boolean;
  readonly summary: string;
  readonly hint: string;
  readonly onInput: (value: string) => void;
  /** The buttons: label and what it does with the code. */
  readonly actions: readonly { readonly label: string; readonly secondary?: boolean; readonly run: () => void }[];
}

export function renderCodeEntry(view: Pick<View, 'm'>, entry: CodeEntry): TemplateResult {
  const { m } = view;
  const hintId = `${entry.id}-hint`;
  const errorId = `${entry.id}-error`;
  return html`<details class="code-entry" ?open=${entry.open}>
    <summary>${entry.summary}</summary>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        entry.actions[0]?.run();
      }}
    >
      <label class="field-label" for=${entry.id}>${m.codeEntryLabel}</label>
      <p class="hint" id=${hintId}>${entry.hint}</p>
      ${entry.error ? html`<p class="field-error" id=${errorId}>${entry.error}</p>` : nothing}
      <input
        id=${entry.id}
        part="input"
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${entry.value}
        aria-invalid=${entry.error ? 'true' : 'false'}
        aria-describedby=${entry.error ? `${errorId} ${hintId}` : hintId}
        @input=${(e: Event) => {
          entry.onInput((e.target as HTMLInputElement).value);
        }}
      />
      <div class="export-buttons">
        ${entry.actions.map(
          (a, i) =>
            html`<button
              type=${i === 0 ? 'submit' : 'button'}
              class=${a.secondary ? 'vk-button vk-button--secondary' : 'vk-button'}
              part=${a.secondary ? 'button button-secondary' : 'button'}
              @click=${i === 0 ? nothing : a.run}
            >
              ${a.label}
            </button>`,
        )}
      </div>
    </form>
  </details>`;
}

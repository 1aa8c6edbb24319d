/**
 * Group mode: the codes a facilitator pastes or drops, the codes that were
 * skipped and why, and the anonymous spread (from three codes up).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { levelName } from '../shared/domain.messages.js';
import { localized, type LocalizedText } from '../shared/localize.js';
import { renderSpreadChart, type SpreadRow } from './chart.js';
import type { CodeError } from './code.js';
import type { GroupCheck, GroupLine, GroupSpread } from './group.js';
import { messages, type QuickScanMessages } from './quick-scan.messages.js';
import type { ScanData } from './scan-data.js';
import { formatScore } from './scoring.js';
import { ANSWERS, SCALE_POINTS } from './types.js';
import { answerLabel, cite, valueName, type View } from './view.js';

export interface GroupView extends View {
  /** The text in the codes field. */
  readonly input: string;
  /** The last check of the codes, with the spread when there are enough. */
  readonly checked: GroupCheck | undefined;
  /** The polite live region. */
  readonly announcer: TemplateResult;
  readonly onInput: (value: string) => void;
  readonly onSubmit: (e: Event) => void;
  /** Files dropped on the codes field or chosen with the button: their text is added. */
  readonly onFiles: (files: FileList) => void;
}

/** Why a code cannot be read, in both languages. */
export function reasonText(error: CodeError, data: ScanData): LocalizedText {
  const pick = (r: QuickScanMessages['reasons']): string => {
    switch (error.reason) {
      case 'version':
        return r.version(error.version, data.bank.version);
      case 'answers':
        return r.answers(error.expected, error.found);
      default:
        return r[error.reason];
    }
  };
  return localized(messages, (m) => pick(m.reasons));
}

export function renderGroup(view: GroupView): TemplateResult {
  const m = view.m;
  const g = view.checked;
  const skipped = g?.checked.filter((c) => c.error) ?? [];
  const same = g?.checked.filter((c) => c.sameAs !== undefined) ?? [];
  return html`<section class="scan group" part="scan" aria-labelledby="qs-title">
    ${view.heading(0, m.groupTitle, { id: 'qs-title' })}
    <p>${m.groupIntro}</p>
    <blockquote class="intro-quote" lang="nl">${view.data.bank.groupIntro.text}</blockquote>
    ${cite(view, view.data.bank.groupIntro.source)}
    <form class="step" part="step" novalidate @submit=${view.onSubmit}>
      <label class="field-label" for="qs-codes">${m.codesLabel}</label>
      <p class="hint" id="qs-codes-hint">${m.codesHint}</p>
      <textarea
        id="qs-codes"
        part="input"
        rows="6"
        spellcheck="false"
        aria-describedby="qs-codes-hint"
        .value=${live(view.input)}
        @input=${(e: Event) => {
          view.onInput((e.target as HTMLTextAreaElement).value);
        }}
        @dragover=${(e: DragEvent) => {
          if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
        }}
        @drop=${(e: DragEvent) => {
          const files = e.dataTransfer?.files;
          if (!files?.length) return;
          e.preventDefault();
          view.onFiles(files);
        }}
      ></textarea>
      <div class="nav" part="nav">
        <label class="vk-button vk-button--secondary file-button" part="button button-secondary">
          ${m.chooseFiles}
          <input
            type="file"
            multiple
            accept=".txt,.json,.csv,text/plain,application/json,text/csv"
            class="vk-visually-hidden"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              if (input.files) view.onFiles(input.files);
            }}
          />
        </label>
        <button type="submit" class="vk-button" part="button">${m.showSpread}</button>
      </div>
    </form>
    ${
      g
        ? html`<div class="group-result" part="result">
            <p class="panel" part="panel" role="status">${m.readSummary(g.checked.length, g.valid, skipped.length)}</p>
            ${
              skipped.length
                ? html`<div class="skipped">
                    ${view.heading(1, m.skippedHeading)}
                    <ul>
                      ${skipped.map(
                        (c) =>
                          html`<li>
                            ${m.entry(c.line, c.text.length > 24 ? `${c.text.slice(0, 24)}…` : c.text)}:
                            ${c.error ? reasonText(c.error, view.data)[view.locale] : nothing}
                          </li>`,
                      )}
                    </ul>
                  </div>`
                : nothing
            }
            ${
              same.length
                ? html`<ul class="same-codes">
                    ${same.map((c) => html`<li>${m.sameAs(c.line, c.sameAs ?? 0)}</li>`)}
                  </ul>`
                : nothing
            }
            ${g.spread ? renderSpread(view, g.spread) : html`<p class="panel" part="panel">${m.tooFew(g.valid)}</p>`}
          </div>`
        : nothing
    }
    ${view.announcer}
  </section>`;
}

export function renderSpread(view: GroupView, spread: GroupSpread): TemplateResult {
  const m = view.m;
  const valueRows: SpreadRow[] = spread.values.map((l) => ({
    key: l.id,
    label: valueName(view, l.id),
    counts: l.counts,
    shown: l.shown,
    note: m.hiddenLine,
  }));
  const levelRows: SpreadRow[] = spread.levels.map((l) => ({
    key: l.id,
    label: levelName(l.id, view.locale),
    counts: l.counts,
    shown: l.shown,
    note: m.hiddenLine,
  }));
  const cells = (line: GroupLine) =>
    line.shown
      ? html`<td>${line.members}</td>
          ${ANSWERS.map((a) => html`<td>${line.counts[`${a}`]}</td>`)}
          <td>${line.mean === null ? m.noScore : formatScore(line.mean, view.locale)}</td>`
      : html`<td colspan=${ANSWERS.length + 2}>${m.hiddenLine}</td>`;
  const head = html`<thead>
    <tr>
      <th scope="col">${m.colPart}</th>
      <th scope="col">${m.colMembers}</th>
      ${SCALE_POINTS.map((p) => html`<th scope="col">${p} ${answerLabel(view.m, p)}</th>`)}
      <th scope="col">${m.notApplicable}</th>
      <th scope="col">${m.colMean}</th>
    </tr>
  </thead>`;
  return html`${view.heading(1, m.groupMembers(spread.members), { focus: false })}
    ${renderSpreadChart(
      [
        { title: m.valuesGroup, rows: valueRows },
        { title: m.levelsGroup, rows: levelRows },
      ],
      { label: m.spreadChartLabel, answerLabel: (a) => answerLabel(view.m, a) },
    )}
    <div class="table-wrap" role="region" aria-labelledby="qs-spread-caption" tabindex="0">
      <table class="table" part="table">
        <caption id="qs-spread-caption">
          ${m.spreadCaption}
        </caption>
        ${head}
        <tbody>
          <tr class="table-group">
            <th scope="colgroup" colspan=${ANSWERS.length + 3}>${m.valuesGroup}</th>
          </tr>
          ${spread.values.map(
            (l) =>
              html`<tr>
                <th scope="row">${valueName(view, l.id)}</th>
                ${cells(l)}
              </tr>`,
          )}
        </tbody>
        <tbody>
          <tr class="table-group">
            <th scope="colgroup" colspan=${ANSWERS.length + 3}>${m.levelsGroup}</th>
          </tr>
          ${spread.levels.map(
            (l) =>
              html`<tr>
                <th scope="row">${levelName(l.id, view.locale)}</th>
                ${cells(l)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <details class="per-item">
      <summary>${m.perItem}</summary>
      <div class="table-wrap" role="region" aria-label=${m.perItem} tabindex="0">
        <table class="table">
          ${head}
          <tbody>
            ${spread.items.map(
              (l) =>
                html`<tr>
                  <th scope="row"><span lang="nl">${l.item.statement}</span></th>
                  ${cells(l)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
    <section>
      ${view.heading(1, m.topFourHeading)}
      ${
        spread.topFour.length
          ? html`<ul class="top-four">
              ${spread.topFour.map((t) => html`<li>${valueName(view, t.id)}: ${m.topFourCount(t.count)}</li>`)}
            </ul>`
          : html`<p>${m.topFourTooFew}</p>`
      }
    </section>`;
}

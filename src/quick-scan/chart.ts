/**
 * The scan's charts, drawn with Lit `svg` templates (no chart library): one
 * row per value or level, an HTML label beside an SVG bar, so the labels
 * wrap and the chart reflows down to 320 px. Colours come from the cluster
 * colours and theme tokens; in forced-colors mode the bars use system
 * colours. Each chart is one image for assistive technology
 * (`role="img"` with a label); the table next to it carries the figures.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ANSWERS, type Answer } from './types.js';
import type { AnswerCounts } from './group.js';

export interface ChartSection<Row> {
  readonly title: string;
  readonly rows: readonly Row[];
}

export interface BarRow {
  readonly key: string;
  readonly label: TemplateResult | string;
  /** Cluster id for the bar colour (values); none for levels. */
  readonly cluster?: string | null;
  readonly score: number | null;
  readonly scoreText: string;
  /** An earlier score, drawn as a line across the bar (comparison). */
  readonly previous?: number | null;
  /** The change in words next to the score (`+0,7`). */
  readonly changeText?: string;
}

/** A score's place on the 1–5 axis, 0–100. */
const position = (score: number) => ((score - 1) / 4) * 100;

const GRID = [0, 25, 50, 75, 100];

function grid() {
  return GRID.map(
    (x) => svg`<line class="chart-grid" x1=${x} x2=${x} y1="0" y2="12" vector-effect="non-scaling-stroke"></line>`,
  );
}

/** Horizontal bars of scores on the 1–5 scale. `axis` names the five scale points. */
export function renderBarChart(
  sections: readonly ChartSection<BarRow>[],
  { label, axis }: { label: string; axis: readonly string[] },
): TemplateResult {
  return html`<figure class="chart" part="chart" role="img" aria-label=${label}>
    ${sections.map(
      (section) =>
        html`<div class="chart-section">
          <p class="chart-section-title">${section.title}</p>
          ${section.rows.map(
            (row) =>
              html`<div class="chart-row" data-cluster=${row.cluster ?? nothing}>
                <span class="chart-label">${row.label}</span>
                <svg class="chart-bar" viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
                  <rect
                    class="chart-track"
                    x="0"
                    y="1"
                    width="100"
                    height="10"
                    vector-effect="non-scaling-stroke"
                  ></rect>
                  ${
                    row.score === null
                      ? nothing
                      : svg`<rect class=${row.cluster ? 'chart-fill chart-fill--value' : 'chart-fill chart-fill--level'} x="0" y="1" width=${Math.max(1, position(row.score))} height="10"></rect>`
                  }
                  ${grid()}
                  ${
                    row.previous == null
                      ? nothing
                      : svg`<line class="chart-previous" x1=${position(row.previous)} x2=${position(row.previous)} y1="0" y2="12" vector-effect="non-scaling-stroke"></line>`
                  }
                </svg>
                <span class="chart-score"
                  >${row.scoreText}${row.changeText ? html`<span class="chart-change"> (${row.changeText})</span>` : nothing}</span
                >
              </div>`,
          )}
        </div>`,
    )}
    <div class="chart-axis">
      <span class="chart-axis-spacer"></span>
      <span class="chart-axis-labels"
        >${axis.map((a, i) => html`<span>${i + 1}<span class="chart-axis-word"> ${a}</span></span>`)}</span
      >
    </div>
  </figure>`;
}

export interface SpreadRow {
  readonly key: string;
  readonly label: TemplateResult | string;
  readonly counts: AnswerCounts;
  /** False when too few people answered: the row says so instead of a bar. */
  readonly shown: boolean;
  readonly note: string;
}

/** Stacked bars: how often each answer was given. `answerLabel` names the answers for the legend. */
export function renderSpreadChart(
  sections: readonly ChartSection<SpreadRow>[],
  { label, answerLabel }: { label: string; answerLabel: (a: Answer) => string },
): TemplateResult {
  const bar = (counts: AnswerCounts) => {
    const total = ANSWERS.reduce((n, a) => n + counts[`${a}`], 0);
    let x = 0;
    return ANSWERS.map((a) => {
      const width = total ? (counts[`${a}`] / total) * 100 : 0;
      const rect = svg`<rect class=${`chart-seg chart-seg--${String(a)}`} x=${x} y="1" width=${width} height="10" vector-effect="non-scaling-stroke"></rect>`;
      x += width;
      return width ? rect : nothing;
    });
  };
  return html`<figure class="chart chart--spread" part="chart" role="img" aria-label=${label}>
    ${sections.map(
      (section) =>
        html`<div class="chart-section">
          <p class="chart-section-title">${section.title}</p>
          ${section.rows.map(
            (row) =>
              html`<div class="chart-row">
                <span class="chart-label">${row.label}</span>
                ${
                  row.shown
                    ? html`<svg class="chart-bar" viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
                        ${bar(row.counts)}
                      </svg>`
                    : html`<span class="chart-hidden">${row.note}</span>`
                }
                <span class="chart-score"></span>
              </div>`,
          )}
        </div>`,
    )}
    <ul class="chart-legend">
      ${ANSWERS.map(
        (a) =>
          html`<li>
            <svg class="chart-swatch" viewBox="0 0 10 10" focusable="false">
              <rect class=${`chart-seg chart-seg--${String(a)}`} x="0" y="0" width="10" height="10"></rect>
            </svg>
            ${answerLabel(a)}
          </li>`,
      )}
    </ul>
  </figure>`;
}

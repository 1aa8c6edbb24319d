/**
 * The result screen: scores (chart and table), how they come about, what to
 * work on with the publication's actions and matching offers, the learning
 * level to grow on, the reflection on the own top four, and the export.
 * Every advice line cites its source.
 */
import { html, nothing, type TemplateResult } from "lit";
import {
  matchesFacets,
  type Action,
  type Offering,
  type QuickScanItem,
  type Role,
  type ValueId,
} from "../data/index.js";
import { formatName, levelName, roleName } from "../shared/domain.messages.js";
import { formatList, type Locale } from "../shared/localize.js";
import { safeUrl } from "../shared/safe-url.js";
import { renderBarChart, type BarRow } from "./chart.js";
import { formatScore, strongestAndGrowth } from "./scoring.js";
import { formatDelta, type Change, type Comparison } from "./compare.js";
import type { Answer, VkScanCompleteDetail } from "./types.js";
import { answerLabel, cite, valueName, type View } from "./view.js";

/** A day (`yyyy-mm-dd`) in words: `12 maart 2026`. */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(date);
}

/** Offers shown per value before "more". */
const OFFERS_SHOWN = 3;

export interface ResultView extends View {
  readonly role: Role;
  readonly detail: VkScanCompleteDetail;
  readonly items: readonly QuickScanItem[];
  readonly answers: ReadonlyMap<string, Answer>;
  readonly ownValues: readonly ValueId[];
  /** The value whose description is open (the default action of vk-value-select). */
  readonly openValue: ValueId | null;
  /** "Bekijk passend aanbod", when the host gave a finder URL. */
  readonly finderHref: string | undefined;
  readonly valueHref: (id: ValueId) => string | undefined;
  readonly onValueSelect: (e: Event, id: ValueId) => void;
  /** Closes the value opened in place and puts focus back on its button. */
  readonly onValueClose: (id: ValueId) => void;
  readonly onBackToItems: () => void;
  readonly onChooseOwn: () => void;
  readonly onRestart: () => void;
  readonly onCopy: (code: string) => void;
  readonly onCopyLink: (code: string) => void;
  /** The link with the code, once the person asked to copy it. */
  readonly shareLink: string | null;
  /** The code the result was opened from (read-only), or `null` for the person's own answers. */
  readonly opened: string | null;
  /** The day of the result, `yyyy-mm-dd`. */
  readonly resultDate: string | null;
  /** "Heb je een resultaatcode?" */
  readonly codeEntry: TemplateResult;
  /** The comparison with an earlier code, when the person asked for one. */
  readonly comparison: Comparison | null;
  readonly onCompareStop: () => void;
  /** Opens the personal development plan. */
  readonly onPlan: () => void;
  readonly onDownload: (kind: "json" | "csv") => void;
}

/** The whole result screen. */
export function renderResult(view: ResultView): TemplateResult {
  const m = view.m;
  const { role, detail, items } = view;
  const nvt = items.filter((i) => view.answers.get(i.id) === "nvt").length;
  const lineOf = (id: ValueId) => detail.values.find((v) => v.id === id);
  const scoreText = (score: number | null) =>
    score === null ? m.noScore : formatScore(score, view.locale);
  const named = (id: ValueId) =>
    html`${valueName(view, id)} (${scoreText(lineOf(id)?.score ?? null)})`;
  const finderHref = view.finderHref;
  return html`<div class="result" part="result">
    ${view.heading(1, m.resultHeading, { focus: true })}
    <p class="hint">
      ${m.resultMeta(roleName(role, view.locale), items.length, nvt)}
    </p>
    ${
      view.opened
        ? html`<p class="panel opened" part="panel">
            ${m.openedNotice(view.resultDate ? formatDay(view.resultDate, view.locale) : "")}
          </p>`
        : nothing
    }
    ${renderSummary(view, named)} ${renderScores(view)}
    ${view.comparison ? renderComparison(view, view.comparison) : nothing}
    <details class="how">
      <summary>${m.howHeading}</summary>
      ${m.how.map((p) => html`<p>${p}</p>`)}
    </details>
    ${detail.growth.map((id) => renderAdvice(view, id, m.workOn))}
    ${detail.top.map((id) => renderAdvice(view, id, m.strongPoint, false))}
    ${renderAssociation(view)}
    ${
      finderHref
        ? html`<p class="finder-link">
            <a class="vk-button" part="button" href=${finderHref}
              >${m.finderLink}</a
            >
          </p>`
        : nothing
    }
    <div class="plan-link panel" part="panel">
      <p>${m.planIntro}</p>
      <button
        type="button"
        class="vk-button"
        part="button"
        @click=${view.onPlan}
      >
        ${m.planOpen}
      </button>
    </div>
    ${renderLevels(view)} ${renderReflection(view)}
    <details class="answers">
      <summary>${m.yourAnswers}</summary>
      <ol>
        ${items.map(
          (i) =>
            html`<li>
              <span lang="nl">${i.statement}</span> —
              <strong
                >${answerLabel(view.m, view.answers.get(i.id) ?? "nvt")}</strong
              >
            </li>`,
        )}
      </ol>
    </details>
    ${renderExport(view)}
    <div class="nav" part="nav">
      ${
        view.opened
          ? nothing
          : html`<button
              type="button"
              class="vk-button vk-button--secondary"
              part="button button-secondary"
              @click=${view.onBackToItems}
            >
              ${m.backToItems}
            </button>`
      }
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        @click=${view.onRestart}
      >
        ${m.restart}
      </button>
    </div>
  </div>`;
}

/** `a`, `a en b`, `a, b en c`. */
function joined(items: readonly TemplateResult[], and: string): TemplateResult {
  return html`${items.map((item, i) => html`${i === 0 ? "" : i === items.length - 1 ? ` ${and} ` : ", "}${item}`)}`;
}

/** The summary: the strongest value(s) and those to grow on, naming ties and the rule behind them. */
export function renderSummary(
  view: ResultView,
  named: (id: ValueId) => TemplateResult,
): TemplateResult {
  const { m, detail } = view;
  const scored = detail.values.filter((v) => v.score !== null);
  if (!scored.length) {
    return html`<div class="panel summary" part="panel">
      <p>${m.noScores}</p>
    </div>`;
  }
  const n = Math.min(...scored.map((v) => v.answered));
  const growthTies = detail.growth.length > 2 ? detail.growth.slice(1) : [];
  const tied = detail.even || detail.top.length > 1 || growthTies.length > 0;
  const names = (ids: readonly ValueId[]) =>
    joined(
      ids.map((id) => valueName(view, id)),
      m.and,
    );
  const fmt = new Intl.NumberFormat(view.locale === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 2,
  });
  const margin = fmt.format(1 / n);
  // Values can have different numbers of statements (bank 2): the margin of a pair is set by the one with fewer.
  const counts = [...new Set(scored.map((v) => v.answered))].sort(
    (a, b) => a - b,
  );
  const rule =
    counts.length > 1
      ? m.tieRuleMixed(counts.map((c) => [c, fmt.format(1 / c)] as const))
      : m.tieRule(n, margin);
  return html`<div class="panel summary" part="panel">
    ${
      detail.even
        ? html`<p>
              <strong
                >${m.noDifference} ${names(scored.map((v) => v.id))}.</strong
              >
            </p>
            <p>
              ${detail.growth.length ? m.even(detail.growth.length) : m.evenAllFive}
            </p>`
        : html`<p>
              <strong
                >${detail.top.length > 1 ? m.strongestTied : m.strongest}:</strong
              >
              ${joined(detail.top.map(named), m.and)}${detail.top.length > 1 ? html` — ${m.noDifference.toLowerCase()} ${names(detail.top)}` : nothing}
            </p>
            ${
              detail.growth.length
                ? html`<p>
                    <strong>${m.growth}:</strong>
                    ${joined(detail.growth.map(named), m.and)}${
                      growthTies.length
                        ? html` — ${m.noDifference.toLowerCase()}
                          ${names(growthTies)}`
                        : nothing
                    }
                  </p>`
                : html`<p>${m.noGrowth}</p>`
            }`
    }
    ${tied ? html`<p class="tie-rule">${rule}</p>` : nothing}
  </div>`;
}

export function renderScores(view: ResultView): TemplateResult {
  const { detail } = view;
  const m = view.m;
  const scoreText = (score: number | null) =>
    score === null ? m.noScore : formatScore(score, view.locale);
  const c = view.comparison;
  const change = (list: readonly Change<string>[] | undefined, id: string) => {
    const ch = list?.find((x) => x.id === id);
    return ch
      ? {
          previous: ch.before,
          ...(ch.delta === null
            ? {}
            : { changeText: formatDelta(ch.delta, view.locale) }),
        }
      : {};
  };
  const valueRows: BarRow[] = detail.values.map((v) => ({
    key: v.id,
    label: valueName(view, v.id),
    cluster: view.data.values.get(v.id)?.cluster ?? null,
    score: v.score,
    scoreText: scoreText(v.score),
    ...change(c?.values, v.id),
  }));
  const levelRows: BarRow[] = detail.levels.map((l) => ({
    key: l.id,
    label: levelName(l.id, view.locale),
    score: l.score,
    scoreText: scoreText(l.score),
    ...change(c?.levels, l.id),
  }));
  const row = (
    label: unknown,
    line:
      | VkScanCompleteDetail["values"][number]
      | VkScanCompleteDetail["levels"][number],
  ) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${scoreText(line.score)}</td>
      <td>${m.counted(line.answered, line.items)}</td>
    </tr>`;
  return html`${renderBarChart(
      [
        { title: m.valuesGroup, rows: valueRows },
        { title: m.levelsGroup, rows: levelRows },
      ],
      { label: m.chartLabel, axis: m.scale },
    )}
    <div
      class="table-wrap"
      role="region"
      aria-labelledby="qs-score-caption"
      tabindex="0"
    >
      <table class="table" part="table">
        <caption id="qs-score-caption">
          ${m.tableCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.colPart}</th>
            <th scope="col">${m.colScore}</th>
            <th scope="col">${m.colCounted}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="table-group">
            <th scope="colgroup" colspan="3">${m.valuesGroup}</th>
          </tr>
          ${detail.values.map((v) => row(valueName(view, v.id), v))}
        </tbody>
        <tbody>
          <tr class="table-group">
            <th scope="colgroup" colspan="3">${m.levelsGroup}</th>
          </tr>
          ${detail.levels.map((l) => row(levelName(l.id, view.locale), l))}
        </tbody>
      </table>
    </div>`;
}

/** The change per value and level since the earlier code, in words (the chart shows the same as lines). */
export function renderComparison(
  view: ResultView,
  c: Comparison,
): TemplateResult {
  const { m, locale } = view;
  const date = c.date ? formatDay(c.date, locale) : "";
  const line = (label: unknown, ch: Change<string>) => {
    const text =
      ch.delta === null
        ? m.compareNone
        : `${m.compareSince(formatDelta(ch.delta, locale), date)}${ch.clear ? "" : ` (${m.compareSmall})`}`;
    return html`<li class=${ch.clear || ch.delta === null ? "" : "small"}>
      ${label}:
      ${text}${ch.before === null ? "" : html` · ${m.compareWas(formatScore(ch.before, locale))}`}
    </li>`;
  };
  return html`<section
    class="comparison"
    id="qs-comparison"
    tabindex="-1"
    aria-labelledby="qs-comparison-heading"
  >
    ${view.heading(2, m.compareHeading(date), { id: "qs-comparison-heading" })}
    <p class="hint">${m.compareNote}</p>
    <ul class="comparison-list">
      ${c.values.map((ch) => line(valueName(view, ch.id), ch))}
      ${c.levels.map((ch) => line(levelName(ch.id, locale), ch))}
    </ul>
    <p>
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        @click=${view.onCompareStop}
      >
        ${m.compareStop}
      </button>
    </p>
  </section>`;
}

/** Actions as lists, one citation per run of actions from the same section. */
export function renderActions(
  view: ResultView,
  actions: readonly Action[],
): TemplateResult {
  const runs: Action[][] = [];
  for (const a of actions) {
    const run = runs.at(-1);
    const prev = run?.[0];
    if (
      run &&
      prev &&
      prev.source.doc === a.source.doc &&
      prev.source.section === a.source.section
    )
      run.push(a);
    else runs.push([a]);
  }
  return html`${runs.map(
    (run) =>
      html`<ul class="actions" lang="nl">
          ${run.map((a) => html`<li>${a.text}</li>`)}
        </ul>
        ${cite(view, run[0]?.source)}`,
  )}`;
}

export function renderValueLink(view: ResultView, id: ValueId): TemplateResult {
  const m = view.m;
  const value = view.data.values.get(id);
  const name = value?.name ?? id;
  const href = view.valueHref(id);
  const label = html`${m.aboutValue} <span lang="nl">${name}</span>`;
  return html`<p class="value-link">
      ${
        href
          ? html`<a
              href=${href}
              @click=${(e: Event) => {
                view.onValueSelect(e, id);
              }}
              >${label}</a
            >`
          : html`<button
              type="button"
              class="vk-link-button"
              aria-controls=${`qs-value-${id}`}
              aria-expanded=${view.openValue === id ? "true" : "false"}
              @click=${(e: Event) => {
                view.onValueSelect(e, id);
              }}
            >
              ${label}
            </button>`
      }
    </p>
    ${
      view.openValue === id && value
        ? html`<div class="value-description" id=${`qs-value-${id}`}>
            ${value.description ? html`<p lang="nl">${value.description}</p>` : html`<p>${m.noDescription}</p>`}
            ${cite(view, value.descriptionSource ?? value.source)}
            <button
              type="button"
              class="vk-button vk-button--secondary"
              part="button button-secondary"
              @click=${() => {
                view.onValueClose(id);
              }}
            >
              ${m.closeValue}
            </button>
          </div>`
        : nothing
    }`;
}

/** The courses of action for value `id`: the office's own, or (Statenleden) those the statements come from. */
export function ownActions(
  view: Pick<ResultView, "data" | "role" | "items">,
  id: ValueId,
): Action[] {
  const { role, items } = view;
  return role.priorities
    ? view.data.actions.filter(
        (a) =>
          a.actor === "ambtsdrager" && a.role === role.id && a.value === id,
      )
    : [
        ...new Set(
          items.flatMap((i) =>
            i.kind === "value" && i.value === id ? [i.actionId] : [],
          ),
        ),
      ].flatMap((actionId) =>
        view.data.actions.filter((a) => a.id === actionId),
      );
}

/** The offers for the office and value `id`. */
export function valueOffers(
  view: Pick<ResultView, "data" | "role">,
  id: ValueId,
): Offering[] {
  return view.data.offerings.filter((o) =>
    matchesFacets(o, { roles: [view.role.id], values: [id] }),
  );
}

export function renderAdvice(
  view: ResultView,
  id: ValueId,
  title: string,
  withOffers = true,
): TemplateResult {
  const { m, role } = view;
  const value = view.data.values.get(id);
  const name = value?.name ?? id;
  const own = ownActions(view, id);
  const offers = withOffers ? valueOffers(view, id) : [];
  return html`<section
    class="advice"
    part="advice"
    data-cluster=${value?.cluster ?? nothing}
  >
    ${view.heading(2, html`${title} <span lang="nl">${name}</span>`)}
    ${renderValueLink(view, id)}
    <p class="advice-label">
      ${role.priorities ? m.yourActions(roleName(role, view.locale, true)) : m.statenActions}
    </p>
    ${renderActions(view, own)}
    ${
      withOffers
        ? html`<p class="advice-label">${m.offersHeading}</p>
            ${
              offers.length
                ? html`<ul class="offers">
                      ${offers.slice(0, OFFERS_SHOWN).map((o) => renderOffer(view, o))}
                    </ul>
                    ${
                      offers.length > OFFERS_SHOWN
                        ? html`<details class="more-offers">
                            <summary>
                              ${m.moreOffers(offers.length - OFFERS_SHOWN)}
                            </summary>
                            <ul class="offers">
                              ${offers.slice(OFFERS_SHOWN).map((o) => renderOffer(view, o))}
                            </ul>
                          </details>`
                        : nothing
                    }`
                : html`<p>${m.noOffers}</p>`
            }`
        : nothing
    }
  </section>`;
}

export function renderOffer(view: ResultView, o: Offering): TemplateResult {
  const m = view.m;
  const href = safeUrl(o.url);
  const provider = o.provider ? view.data.providers.get(o.provider) : undefined;
  return html`<li class="offer">
    <span lang="nl"
      >${href ? html`<a href=${href}>${o.title}</a>` : o.title}</span
    >
    <span class="offer-meta">
      ${provider ? html`${m.offerBy} <span lang="nl">${provider.shortName ?? provider.name}</span> · ` : nothing}${o.formats
        .map((f) => formatName(f, view.locale))
        .join(", ")}
    </span>
    ${cite(view, o.source)}
  </li>`;
}

export function renderAssociation(view: ResultView): TemplateResult {
  const { m, role } = view;
  const actions = view.data.actions.filter(
    (a) => a.actor === "vereniging" && a.role === role.id,
  );
  const names = role.associations.map(
    (id) => view.data.providers.get(id)?.name ?? id,
  );
  return html`<section class="advice" part="advice">
    ${view.heading(2, html`${m.associationActions}: <span lang="nl">${formatList(names, view.locale)}</span>`)}
    ${
      actions.length
        ? html`<p class="hint">${m.associationNote}</p>
            ${renderActions(view, actions)}`
        : html`<p>${m.noAssociationActions}</p>
            ${cite(view, role.source)}`
    }
  </section>`;
}

export function renderLevels(view: ResultView): TemplateResult {
  const { m, detail } = view;
  const weakest = strongestAndGrowth(detail.levels).growth[0];
  const level = weakest
    ? view.data.levels.find((l) => l.id === weakest)
    : undefined;
  if (!level) return html``;
  const runs = level.needs;
  return html`<section class="advice" part="advice">
    ${view.heading(2, m.levelNeeds(levelName(level.id, view.locale)))}
    <ul class="actions" lang="nl">
      ${runs.map((n) => html`<li>${n.text}</li>`)}
    </ul>
    ${cite(view, runs[0]?.source ?? level.source)}
  </section>`;
}

export function renderReflection(view: ResultView): TemplateResult {
  const { m, role } = view;
  const list = (ids: readonly ValueId[]) =>
    ids.length
      ? html`${ids.map((id, i) => html`${i ? ", " : ""}${valueName(view, id)}`)}`
      : m.none;
  let body: TemplateResult;
  if (!role.priorities) {
    body = html`<p>${m.statenReflection}</p>
      ${cite(view, role.source)}`;
  } else if (!view.ownValues.length && view.opened) {
    body = html`<p>${m.noOwn}</p>`;
  } else if (!view.ownValues.length) {
    body = html`<p>${m.noOwn}</p>
      <p>
        <button
          type="button"
          class="vk-link-button"
          data-chrome
          @click=${() => {
            view.onChooseOwn();
          }}
        >
          ${m.chooseOwn}
        </button>
      </p>`;
  } else {
    const pub = role.priorities;
    body = html`<dl class="reflection">
        <dt>${m.both}</dt>
        <dd>${list(view.ownValues.filter((v) => pub.includes(v)))}</dd>
        <dt>${m.onlyYours}</dt>
        <dd>${list(view.ownValues.filter((v) => !pub.includes(v)))}</dd>
        <dt>${m.onlyPublication}</dt>
        <dd>${list(pub.filter((v) => !view.ownValues.includes(v)))}</dd>
      </dl>
      ${cite(view, role.source)}`;
  }
  return html`<section class="reflection-section">
    ${view.heading(2, m.reflectionHeading)} ${body}
  </section>`;
}

export function renderExport(view: ResultView): TemplateResult {
  const { m, detail } = view;
  return html`<section class="export">
    ${view.heading(2, m.exportHeading)}
    <div class="code" part="code">
      <label for="qs-code">${m.codeLabel}</label>
      <!-- A text area: a long code wraps instead of being cut off (200 % text, a phone). -->
      <textarea
        id="qs-code"
        part="input"
        rows="2"
        readonly
        .value=${detail.code}
        aria-describedby="qs-code-hint"
        spellcheck="false"
      ></textarea>
      <p class="hint" id="qs-code-hint">${m.codeHint}</p>
    </div>
    <p class="hint" id="qs-link-hint">${m.linkHint}</p>
    ${
      view.shareLink
        ? html`<div class="code" part="code">
            <label for="qs-link">${m.linkLabel}</label>
            <textarea
              id="qs-link"
              part="input"
              rows="3"
              readonly
              .value=${view.shareLink}
              spellcheck="false"
            ></textarea>
          </div>`
        : nothing
    }
    <div class="export-buttons">
      <button
        type="button"
        class="vk-button"
        part="button"
        @click=${() => {
          view.onCopy(detail.code);
        }}
      >
        ${m.copyCode}
      </button>
      <button
        type="button"
        class="vk-button"
        part="button"
        aria-describedby="qs-link-hint"
        @click=${() => {
          view.onCopyLink(detail.code);
        }}
      >
        ${m.copyLink}
      </button>
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        @click=${() => {
          view.onDownload("json");
        }}
      >
        ${m.downloadJson}
      </button>
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        @click=${() => {
          view.onDownload("csv");
        }}
      >
        ${m.downloadCsv}
      </button>
      <button
        type="button"
        class="vk-button vk-button--secondary"
        part="button button-secondary"
        @click=${() => {
          window.print();
        }}
      >
        ${m.print}
      </button>
    </div>
    ${view.codeEntry}
  </section>`;
}

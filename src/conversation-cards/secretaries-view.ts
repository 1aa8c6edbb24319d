/**
 * The municipal secretaries' craft (Verbinders zonder script, 2016) as a
 * readable page: boven / beneden / buiten with what the essay says, the
 * agenda-load table with a simple chart beside it, the craft generations and
 * the boundary-spanner roles, each with the reflection questions that belong
 * to it and a way to put those on the table as cards.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { AgendaLoadRow, ReflectionQuestion, SecretaryCraft, Source, SourceDocument } from '../data/index.js';
import { renderCitation } from '../shared/citation.js';
import { distinctSources } from '../shared/citation-list.js';
import { renderHeading } from '../shared/heading.js';
import type { Locale } from '../shared/localize.js';
import { messages } from './conversation-cards.messages.js';

export interface CraftViewContext {
  readonly locale: Locale;
  readonly level: number;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  /** Puts the questions of a part on the table (the deck, narrowed to them). */
  readonly showAsCards: (topicId: string, topicName: string) => void;
}

function citations(sources: readonly (Source | null | undefined)[], ctx: CraftViewContext): unknown {
  return distinctSources(sources).map((s) => renderCitation(s, ctx.documents, ctx.locale));
}

/** The questions that belong to a part, each with how its link is known, and the button to show them as cards. */
function renderQuestions(topicId: string, topicName: string, questions: readonly ReflectionQuestion[], ctx: CraftViewContext) {
  const m = messages[ctx.locale];
  if (!questions.length) return html`<p class="topic-questions-none">${m.noQuestions}</p>`;
  const label = `${topicId}-questions`;
  return html`<div class="topic-questions" part="questions">
    <p class="questions-label" id=${label}>${m.questions(questions.length)}</p>
    <ul aria-labelledby=${label}>
      ${questions.map((q) => {
        const kind = q.topics.find((t) => t.id === topicId)?.kind ?? 'editorial';
        return html`<li>
          <span lang="nl">${q.text}</span>
          <span class="link-kind" data-kind=${kind}>(${m.linkKinds[kind]})</span>
        </li>`;
      })}
    </ul>
    <button type="button" class="vk-link-button" part="show-cards" @click=${() => {
        ctx.showAsCards(topicId, topicName);
      }}>
      ${m.asCards(questions.length)}
    </button>
  </div>`;
}

function topicArticle(id: string, title: unknown, body: unknown, ctx: CraftViewContext): TemplateResult {
  return html`<article class="topic" part="topic" aria-labelledby="${id}-heading">
    ${renderHeading(ctx.level + 3, title, { id: `${id}-heading`, className: 'topic-heading', part: 'topic-heading' })} ${body}
  </article>`;
}

function renderAttention(craft: SecretaryCraft, ctx: CraftViewContext): TemplateResult {
  const m = messages[ctx.locale];
  return html`<section class="craft-part" aria-labelledby="attention-heading">
    ${renderHeading(ctx.level + 2, m.attentionHeading, { id: 'attention-heading', part: 'section-heading' })}
    <div class="topics">
      ${craft.attention.map(({ topic: a, questions }) => {
        const names: Readonly<Partial<Record<string, string>>> = m.attentionNames;
        const name = names[a.id] ?? a.name;
        return topicArticle(
          a.id,
          name,
          html`<p><span class="label">${m.definition}:</span> <span lang="nl">${a.description}</span></p>
            ${a.heading ? html`<p><span class="label">${m.section}:</span> <span lang="nl">${a.heading}</span></p>` : nothing}
            ${a.findings.length
              ? html`<p class="label" id="${a.id}-findings">${m.essaySays}:</p>
                  <ul class="findings" aria-labelledby="${a.id}-findings" lang="nl">
                    ${a.findings.map((f) => html`<li>${f.text}</li>`)}
                  </ul>`
              : nothing}
            ${citations([a.source, ...a.findings.map((f) => f.source)], ctx)} ${renderQuestions(a.id, name, questions, ctx)}`,
          ctx,
        );
      })}
    </div>
    <p>${m.otherAttention}</p>
    <dl class="other-attention">
      ${craft.otherAttention.map((a) => html`<dt lang="nl">${a.name}</dt><dd lang="nl">${a.description}</dd>`)}
    </dl>
    <p class="note">${m.shareUnknown}</p>
  </section>`;
}

/** One bar per row (and the average as a line), scaled to the largest value. */
function renderChart(rows: readonly AgendaLoadRow[], average: AgendaLoadRow, label: string): TemplateResult {
  const max = Math.max(...rows.map((r) => r.value ?? 0), average.value ?? 0) || 1;
  const pct = (v: number) => (v / max) * 100;
  return html`<figure class="chart" part="chart" role="img" aria-label=${label}>
    ${rows.map(
      (r) => html`<div class="chart-row">
        <span class="chart-label" lang="nl">${r.label}</span>
        <svg class="chart-bar" viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false" aria-hidden="true">
          ${r.value === null ? nothing : svg`<rect class="chart-fill" x="0" y="1" width=${pct(r.value)} height="10"></rect>`}
          ${average.value === null
            ? nothing
            : svg`<line
                class="chart-average"
                x1=${pct(average.value)}
                x2=${pct(average.value)}
                y1="0"
                y2="12"
                vector-effect="non-scaling-stroke"
              ></line>`}
        </svg>
        <span class="chart-value" lang="nl">${r.text ?? '—'}</span>
      </div>`,
    )}
    <div class="chart-row chart-row--average">
      <span class="chart-label" lang="nl">${average.label}</span>
      <span class="chart-average-key" aria-hidden="true"></span>
      <span class="chart-value" lang="nl">${average.text ?? '—'}</span>
    </div>
  </figure>`;
}

function renderAgenda(craft: SecretaryCraft, ctx: CraftViewContext): TemplateResult {
  const m = messages[ctx.locale];
  const t = craft.agendaLoad;
  const unit = t.unit ?? '';
  const inferred = t.unitProvenance.kind !== 'stated';
  const [first, second] = t.columns;
  return html`<section class="craft-part" aria-labelledby="agenda-heading">
    ${renderHeading(ctx.level + 2, m.agendaHeading, { id: 'agenda-heading', part: 'section-heading' })}
    <div class="agenda">
      <table class="agenda-table" part="table">
        <caption lang="nl">${t.title} (${t.year})</caption>
        <thead>
          <tr>
            <th scope="col">${first?.header ?? m.caseHeader}</th>
            <th scope="col">
              ${second?.header ?? m.loadHeader}${unit
                ? html` (<span lang="nl">${unit}</span>${inferred ? html`, <span class="inferred">${m.unitInferred}</span>` : nothing})`
                : nothing}
            </th>
          </tr>
        </thead>
        <tbody>
          ${t.rows.map((r) => html`<tr><th scope="row" lang="nl">${r.label}</th><td lang="nl">${r.text ?? '—'}</td></tr>`)}
        </tbody>
        <tfoot>
          <tr><th scope="row" lang="nl">${t.average.label}</th><td lang="nl">${t.average.text ?? '—'}</td></tr>
        </tfoot>
      </table>
      ${renderChart(t.rows, t.average, m.chartLabel(unit))}
    </div>
    ${inferred && t.unitProvenance.reason
      ? html`<p class="note">${m.unitNote(unit)} <span lang="nl">${t.unitProvenance.reason}</span></p>`
      : nothing}
    ${renderCitation(t.source, ctx.documents, ctx.locale)}
  </section>`;
}

function renderGenerations(craft: SecretaryCraft, ctx: CraftViewContext): TemplateResult {
  const m = messages[ctx.locale];
  return html`<section class="craft-part" aria-labelledby="generations-heading">
    ${renderHeading(ctx.level + 2, m.generationsHeading, { id: 'generations-heading', part: 'section-heading' })}
    <div class="topics">
      ${craft.generations.map(({ topic: g, questions }) =>
        topicArticle(
          g.id,
          html`<span lang="nl">${g.name}</span>`,
          html`<p lang="nl">${g.description}</p>
            <ol class="challenges" start=${g.challenges[0]?.number ?? 1} lang="nl">
              ${g.challenges.map((c) => html`<li>${c.text}</li>`)}
            </ol>
            ${renderCitation(g.source, ctx.documents, ctx.locale)} ${renderQuestions(g.id, g.name, questions, ctx)}`,
          ctx,
        ),
      )}
    </div>
  </section>`;
}

function renderRoles(craft: SecretaryCraft, ctx: CraftViewContext): TemplateResult {
  const m = messages[ctx.locale];
  return html`<section class="craft-part" aria-labelledby="roles-heading">
    ${renderHeading(ctx.level + 2, m.rolesHeading, { id: 'roles-heading', part: 'section-heading' })}
    <div class="topics">
      ${craft.boundarySpannerRoles.map(({ topic: r, questions }) =>
        topicArticle(
          r.id,
          html`<span lang="nl">${r.name}</span>`,
          html`<p lang="nl">${r.description}</p>
            ${renderCitation(r.source, ctx.documents, ctx.locale)} ${renderQuestions(r.id, r.name, questions, ctx)}`,
          ctx,
        ),
      )}
    </div>
  </section>`;
}

/** The whole view. */
export function renderSecretaryCraft(craft: SecretaryCraft, ctx: CraftViewContext): TemplateResult {
  const m = messages[ctx.locale];
  return html`<section class="craft" part="craft" aria-labelledby="craft-heading">
    ${renderHeading(ctx.level + 1, m.craftHeading, { id: 'craft-heading', part: 'section-heading' })}
    <p class="intro">${m.craftIntro}</p>
    ${renderAttention(craft, ctx)} ${renderAgenda(craft, ctx)} ${renderGenerations(craft, ctx)} ${renderRoles(craft, ctx)}
  </section>`;
}

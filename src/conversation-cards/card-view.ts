/**
 * One conversation card as a template: the same markup in the deck, on the
 * facilitator's table and on the print sheet (the styles differ per place).
 * Corpus text is Dutch and marked `lang="nl"`; every card cites its source.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CardAudienceId, DeckCard, Role, SourceDocument } from '../data/index.js';
import { renderCitation } from '../shared/citation.js';
import { roleName } from '../shared/domain.messages.js';
import { renderHeading } from '../shared/heading.js';
import { formatList, type Locale } from '../shared/localize.js';
import { messages } from './conversation-cards.messages.js';

export interface CardContext {
  readonly locale: Locale;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly roles: ReadonlyMap<string, Role>;
}

/** The card's heading text: its kind, and the dilemma's name or the two values. */
function heading(card: DeckCard, m: (typeof messages)['nl']): TemplateResult {
  switch (card.kind) {
    case 'reflectievraag':
      return html`${m.reflection(card.question.number)}`;
    case 'dilemma':
      return card.dilemma.title
        ? html`${m.kinds.dilemma}: <span lang="nl">${card.dilemma.title}</span>`
        : html`${m.kinds.dilemma}`;
    case 'waardenspanning':
      return html`${m.kinds.waardenspanning}: <span lang="nl">${card.values[0].name}</span> –
        <span lang="nl">${card.values[1].name}</span>`;
  }
}

/** "gemeentesecretarissen en de lokale driehoek", or "alle ambtsdragers en de lokale driehoek". */
export function audienceText(audiences: readonly CardAudienceId[], ctx: CardContext): string {
  const m = messages[ctx.locale];
  const offices = audiences.filter((a) => ctx.roles.has(a));
  const all = ctx.roles.size > 0 && offices.length === ctx.roles.size;
  const names = all
    ? [m.allOffices]
    : offices.flatMap((a) => {
        const role = ctx.roles.get(a);
        return role ? [roleName(role, ctx.locale, true)] : [];
      });
  if (audiences.includes('driehoek')) names.push(m.groupNames.driehoek);
  if (audiences.includes('ambtenaar')) names.push(m.groupNames.ambtenaar);
  return formatList(names, ctx.locale);
}

function forWhom(card: DeckCard, ctx: CardContext): TemplateResult {
  const m = messages[ctx.locale];
  if (card.kind === 'dilemma') {
    return html`<p class="card-for" part="card-for">
      <span class="card-label">${m.forLabel}:</span> ${m.forCategory} — <span lang="nl">${card.category.name}</span>
    </p>`;
  }
  return html`<p class="card-for" part="card-for">
    <span class="card-label">${m.forLabel}:</span> ${audienceText(card.audiences, ctx)}
  </p>`;
}

/** The card (an `article`); `id` must be unique in the shadow root. */
export function renderCard(card: DeckCard, level: number, id: string, ctx: CardContext): TemplateResult {
  const m = messages[ctx.locale];
  const poles = card.kind === 'dilemma' ? card.dilemma.poles : undefined;
  return html`<article class="card" part="card" data-kind=${card.kind} aria-labelledby=${id}>
    ${renderHeading(level, heading(card, m), { id, part: 'card-heading', className: 'card-heading' })}
    ${poles
      ? html`<p class="poles" part="poles">
          <span class="pole" lang="nl">${poles[0]}</span>
          <span class="versus"><span aria-hidden="true">⟷</span><span class="vk-visually-hidden">${m.versus}</span></span>
          <span class="pole" lang="nl">${poles[1]}</span>
        </p>`
      : nothing}
    <blockquote class="card-text" part="card-text" lang="nl"><p>${card.text}</p></blockquote>
    ${forWhom(card, ctx)} ${renderCitation(card.source, ctx.documents, ctx.locale)}
  </article>`;
}

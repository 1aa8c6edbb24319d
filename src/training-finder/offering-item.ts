/**
 * One offering in the result list: a heading with a disclosure button (the
 * WAI-ARIA accordion pattern), the facts a reader compares at a glance, and,
 * once opened, the description, facts with numbers, values and the source.
 * Everything from the data or a feed is bound as text; the only link goes
 * through safeUrl().
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  formatMoment,
  formatPlace,
  formatSessionDate,
  formatSessionWhen,
  registrationLink,
  registrationOpen,
  sessionSummary,
  type ConversionNote,
  type OfferOrigin,
  type Offering,
  type OfferingSession,
  type Role,
  type SourceDocument,
  type TimedSession,
  type Value,
  type ValueId,
} from '../data/index.js';
import { renderCitation } from '../shared/citation.js';
import { describeNote } from '../shared/feed-report.js';
import { renderHeading } from '../shared/heading.js';
import { costName, formatName, modeName, roleName } from '../shared/domain.messages.js';
import { formatList, type Locale } from '../shared/localize.js';
import { safeUrl } from '../shared/safe-url.js';
import type { FinderMessages } from './training-finder.messages.js';

/** What an item needs from the finder; built once per render. */
export interface ItemContext {
  readonly m: FinderMessages;
  readonly locale: Locale;
  /** Level of the result's title (its subheadings use the next). */
  readonly headingLevel: number;
  readonly total: number;
  readonly roles: ReadonlyMap<string, Role>;
  readonly values: ReadonlyMap<string, Value>;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  /** The clock the dates are read against. */
  readonly now: Date;
  providerName(id: string | null): string;
  /** The feed an offering came from, `undefined` for the research's. */
  originOf(o: Offering): Extract<OfferOrigin, { kind: 'feed' }> | undefined;
  /** What a converted feed could not map for this offer. */
  notesOf(o: Offering): readonly ConversionNote[];
  /** A feed's name (its own, else its URL). */
  feedLabel(origin: Extract<OfferOrigin, { kind: 'feed' }>): string;
  /** "Zet in agenda" for one session. */
  onCalendar(o: Offering, session: OfferingSession): void;
  isExpanded(o: Offering): boolean;
  /** A stable id prefix for the offering's elements inside the shadow root. */
  key(o: Offering): string;
  onToggle(o: Offering): void;
  onValue(id: ValueId): void;
  /**
   * Everything a card shows besides its offering and whether it is open (the
   * language, the clock, the offer it belongs to): while none of it changes,
   * a card already on screen is not rendered again.
   */
  readonly dependsOn: readonly unknown[];
}

function meta(label: string, value: TemplateResult | string, lang?: string): TemplateResult {
  return html`<div class="meta-item">
    <dt>${label}:</dt>
    <dd lang=${ifDefined(lang)}>${value}</dd>
  </div>`;
}

/** `2025-01-15` → `15 januari 2025` / `15 January 2025`; anything else as given. */
function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `Intervisie` → `intervisie`, for the second and later names in a list. */
function lowerFirst(name: string): string {
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

function hostOf(url: string): string {
  return new URL(url).host;
}

function citation(o: Offering, ctx: ItemContext): TemplateResult | typeof nothing {
  const origin = ctx.originOf(o);
  if (!origin) return renderCitation(o.source, ctx.documents, ctx.locale);
  const info = origin.info;
  return html`<p class="vk-citation" part="citation">
    ${info ? ctx.m.feedSource(info.name, info.publisher, formatDate(info.updated, ctx.locale)) : ctx.m.feedSourceUnnamed}
  </p>`;
}

/** Who publishes an offer from a feed: the feed's publisher, else the offer's provider, else the feed's name. */
function publisher(o: Offering, origin: Extract<OfferOrigin, { kind: 'feed' }>, ctx: ItemContext): string {
  return origin.info?.publisher ?? (o.provider ? ctx.providerName(o.provider) : ctx.feedLabel(origin));
}

/** The register link of a session, when it has one and registration is open. */
function register(o: Offering, session: OfferingSession, ctx: ItemContext): TemplateResult | typeof nothing {
  const { m } = ctx;
  const link = registrationLink(o, session, ctx.locale);
  if (!link) return nothing;
  if (!registrationOpen(session, ctx.now)) return html` · <span class="session-closed">${m.registrationClosed}</span>`;
  const deadline = session.registration?.deadline ? formatSessionDate(session.registration.deadline, ctx.locale) : undefined;
  return html` ·
    <a href=${link.href} part="register-link" rel="noopener noreferrer"
      >${link.kind === 'email' ? m.registerByMail(link.text) : m.register}<span class="vk-visually-hidden">: </span
      ><span class="vk-visually-hidden" lang="nl">${o.title}</span></a
    >${link.kind === 'url' ? html` <span class="host">(${link.text})</span>` : nothing}${deadline
      ? html` <span class="deadline">(${m.registerUntil(deadline)})</span>`
      : nothing}`;
}

function calendarButton(o: Offering, session: OfferingSession, when: string, ctx: ItemContext): TemplateResult {
  return html`<button
    type="button"
    class="vk-link-button calendar"
    part="calendar-button"
    @click=${() => {
      ctx.onCalendar(o, session);
    }}
  >
    ${ctx.m.addToCalendar}<span class="vk-visually-hidden">: <span lang="nl">${o.title}</span>, ${when}</span>
  </button>`;
}

/** One session in a line: when · where · status · register · Zet in agenda. */
function sessionLine(o: Offering, t: TimedSession, ctx: ItemContext, withWhen: (when: string) => TemplateResult | string): TemplateResult {
  const { m } = ctx;
  const session = t.session;
  const when = formatSessionWhen(session, ctx.locale) ?? formatMoment(t.start, ctx.locale);
  const where = [session.online ? m.online.toLowerCase() : '', formatPlace(session.place) ?? ''].filter(Boolean);
  const status = session.status ? m.sessionStatus[session.status] : '';
  const past = t.ends.getTime() <= ctx.now.getTime();
  return html`${withWhen(when)}${where.length ? html` · <span lang="nl">${where.join(', ')}</span>` : nothing}${status
    ? html` · <strong class="session-status">${status}</strong>`
    : nothing}${past || session.status === 'geannuleerd' ? nothing : register(o, session, ctx)}${session.note
    ? html` <span class="session-note" lang="nl">(${session.note})</span>`
    : nothing}${past || session.status === 'geannuleerd' ? nothing : html` ${calendarButton(o, session, when, ctx)}`}`;
}

/** On the card: the next date with its register link and "nog 2 data", or that the dates are past. */
function nextSessionBlock(o: Offering, ctx: ItemContext): TemplateResult | typeof nothing {
  const s = sessionSummary(o, ctx.now);
  if (!s.dated) return nothing;
  const { m } = ctx;
  if (!s.next) {
    const last = s.past.at(-1);
    return last ? html`<p class="session session-past">${m.allPast(formatMoment(last.start, ctx.locale))}</p>` : nothing;
  }
  return html`<p class="session" part="session">
    ${sessionLine(o, s.next, ctx, (when) => html`<span class="vk-visually-hidden">${m.nextDate}: </span><strong class="session-when">${when}</strong>`)}${s.later
      ? html` · <span class="later">${m.moreDates(s.later)}</span>`
      : nothing}
  </p>`;
}

/** In the opened card: every date still to come (and the past ones), each with its own "Zet in agenda". */
function sessionList(o: Offering, ctx: ItemContext, sub: number): TemplateResult | typeof nothing {
  const s = sessionSummary(o, ctx.now);
  if (!s.dated || s.upcoming.length + s.past.length < 2) return nothing;
  const { m } = ctx;
  return html`${s.upcoming.length
    ? html`${renderHeading(sub, m.datesHeading, { className: 'subheading' })}
        <ul class="sessions">
          ${s.upcoming.map((t) => html`<li>${sessionLine(o, t, ctx, (when) => when)}</li>`)}
        </ul>`
    : nothing}${s.past.length
    ? html`${renderHeading(sub, m.pastDatesHeading, { className: 'subheading' })}
        <ul class="sessions sessions-past">
          ${s.past.map((t) => html`<li>${sessionLine(o, t, ctx, (when) => when)}</li>`)}
        </ul>`
    : nothing}`;
}

/** What a converted feed could not map, as a small disclosure. */
function notes(o: Offering, ctx: ItemContext): TemplateResult | typeof nothing {
  const list = ctx.notesOf(o);
  const origin = ctx.originOf(o);
  if (!list.length || !origin) return nothing;
  const format = origin.format ?? 'json';
  return html`<details class="notes">
    <summary>${ctx.m.notesSummary}</summary>
    <ul>
      ${[...new Set(list.map((n) => describeNote(n, ctx.locale, format)))].map((text) => html`<li>${text}</li>`)}
    </ul>
  </details>`;
}

function details(o: Offering, ctx: ItemContext, id: string): TemplateResult {
  const { m } = ctx;
  const facts = o.facts ?? [];
  const values = (o.values ?? []).filter((v) => ctx.values.has(v));
  const partners = o.partners ?? [];
  const sub = ctx.headingLevel + 1;
  return html`<div class="details" id=${id} part="result-details">
    ${o.description ? html`<p class="description" lang="nl">${o.description}</p>` : nothing} ${sessionList(o, ctx, sub)}
    <dl class="meta">
      ${meta(m.meta.mode, o.mode ? modeName(o.mode, ctx.locale) : m.unknown)}
      ${o.cost.text ? meta(m.meta.cost, o.cost.text, 'nl') : nothing}
      ${partners.length ? meta(m.meta.partners, formatList(partners.map((p) => ctx.providerName(p)), ctx.locale), 'nl') : nothing}
    </dl>
    ${facts.length
      ? html`${renderHeading(sub, m.meta.facts, { className: 'subheading' })}
          <dl class="facts" lang="nl">
            ${facts.map((f) => html`<div class="fact"><dt>${f.label}</dt><dd>${f.text}</dd></div>`)}
          </dl>`
      : nothing}
    ${values.length
      ? html`${renderHeading(sub, m.meta.values, { className: 'subheading' })}
          <ul class="values">
            ${values.map(
              (v) => html`<li>
                <button
                  type="button"
                  class="vk-link-button"
                  lang="nl"
                  aria-describedby="${id}-values-hint"
                  @click=${() => {
                    ctx.onValue(v);
                  }}
                >
                  ${ctx.values.get(v)?.name ?? v}
                </button>
              </li>`,
            )}
          </ul>
          <p class="hint" id="${id}-values-hint">
            ${m.valueHint}${o.valuesProvenance?.kind === 'editorial' ? html` ${m.valuesEditorial}` : nothing}
          </p>`
      : nothing}
    ${notes(o, ctx)} ${citation(o, ctx)}
  </div>`;
}

/**
 * The template for `o` at position `index` (0-based) of the results. Only the
 * position changes from one keystroke to the next for a card that stays in
 * the list, so its content is guarded: it is rendered again only when the
 * offering, its open state or {@link ItemContext.dependsOn} change.
 */
export function renderOffering(o: Offering, index: number, ctx: ItemContext): TemplateResult {
  const expanded = ctx.isExpanded(o);
  return html`<li class="result" part="result" aria-setsize=${ctx.total} aria-posinset=${index + 1}>
    ${guard([o, expanded, ...ctx.dependsOn], () => card(o, expanded, ctx))}
  </li>`;
}

/** A card's content: title with its disclosure button, publisher, next date, facts at a glance, link, and the details when open. */
function card(o: Offering, expanded: boolean, ctx: ItemContext): TemplateResult {
  const { m, locale } = ctx;
  const key = ctx.key(o);
  const url = safeUrl(o.url);
  const roles = o.roles?.map((r) => {
    const role = ctx.roles.get(r);
    return role ? roleName(role, locale, true) : r;
  });
  const status = o.status && o.status !== 'bestaand' ? m.status[o.status] : undefined;
  const origin = ctx.originOf(o);
  return html`${renderHeading(
      ctx.headingLevel,
      html`<button
        type="button"
        class="toggle"
        part="result-toggle"
        id="${key}-title"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="${key}-details"
        @click=${() => {
          ctx.onToggle(o);
        }}
      >
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 2l6 6-6 6z" /></svg>
        <span lang="nl">${o.title}</span>
      </button>`,
      { className: 'result-heading' },
    )}
    <p class="origin">
      ${origin
        ? html`${m.fromPublisher} <span lang="nl">${publisher(o, origin, ctx)}</span>`
        : html`${m.fromResearch(o.year)}${status ? html` · <span class="status">${status}</span>` : nothing}`}
    </p>
    ${nextSessionBlock(o, ctx)}
    <dl class="meta">
      ${meta(m.meta.provider, o.provider ? ctx.providerName(o.provider) : m.noProvider, o.provider ? 'nl' : undefined)}
      ${meta(m.meta.formats, formatList(o.formats.map((f, i) => (i ? lowerFirst(formatName(f, locale)) : formatName(f, locale))), locale))}
      ${meta(m.meta.roles, roles ? formatList(roles, locale) : m.unknown)}
      ${meta(m.meta.levels, o.levels?.length ? formatList(o.levels.map((l) => m.levelShort[l]), locale) : m.notDetermined)}
      ${meta(m.meta.cost, o.cost.kind === 'onbekend' ? m.unknown : costName(o.cost.kind, locale))}
    </dl>
    ${url
      ? html`<p class="link">
          <a href=${url} part="result-link" rel="noopener noreferrer"
            >${m.link}<span class="vk-visually-hidden">: </span><span class="vk-visually-hidden" lang="nl">${o.title}</span></a
          >
          <span class="host">(${hostOf(url)})</span>
        </p>`
      : nothing}
    ${expanded ? details(o, ctx, `${key}-details`) : nothing}`;
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus } from '@lit/task';
import type { Action, Role, Source, Value } from '../data/index.js';
import { renderCitation } from '../shared/citation.js';
import { commonSource, distinctSources } from '../shared/citation-list.js';
import { controlStyles } from '../shared/controls.styles.js';
import { clusterStyles } from '../shared/clusters.styles.js';
import { OfficeController } from '../shared/office.js';
import { clusterName, groupName, roleName } from '../shared/domain.messages.js';
import type { VkRoleSelectDetail, VkValueSelectDetail } from '../shared/events.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { localized, type Locale } from '../shared/localize.js';
import { dataLoadFailed } from '../shared/problems.js';
import { VkElement } from '../shared/vk-element.js';
import { loadCard, type CardData, type CardState } from './value-card.data.js';
import { messages } from './value-card.messages.js';
import { valueCardStyles } from './value-card.styles.js';

/** The two ways a card can look. */
export type ValueCardVariant = 'full' | 'compact';
const VARIANTS: readonly string[] = ['full', 'compact'] satisfies ValueCardVariant[];

/** "a, b or c" in the interface language (for suggestions). */
function formatAlternatives(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { type: 'disjunction' }).format(items);
}

/**
 * One of the 39 values of the 2024 publication as a card: its cluster, what
 * it means, why it gains weight, the offices that prioritise it, what those
 * office holders and their association can do, and the values it can clash
 * with, every part with its source. Missing data leaves a part out.
 *
 * Related values and offices are buttons: activating one fires a cancelable
 * `vk-value-select` / `vk-role-select`; unless a listener cancels it, the
 * card switches itself and moves focus to its heading.
 *
 * The other widgets on the page need no code to use a card: a value chosen
 * in the priority table, the scan or the finder (a `vk-value-select` nobody
 * cancelled) opens in the first visible full card of the document, which
 * takes focus (see `wiring.ts`). Cancel the event to handle it yourself.
 *
 * The office is set with the `office` attribute (or property, or
 * a `<vk-provider>`): an HTML `role` attribute is reserved for ARIA, and
 * `role="griffier"` would fail accessibility checks of the host page.
 *
 * A page can drive the card through `value`, `office` and `variant`;
 * `await card.updateComplete` resolves once the new value is on screen.
 *
 * @tagname vk-value-card
 * @summary A value of bestuurlijk en ambtelijk vakmanschap as a card, with sources.
 *
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A related value was activated (a clash, a sibling in the cluster, another priority of the office, a suggestion). Bubbles, composed, cancelable; `detail: { id }`. Not cancelled: the card shows that value.
 * @fires {CustomEvent<VkRoleSelectDetail>} vk-role-select - An office was activated in the priority list. Bubbles, composed, cancelable; `detail: { id }`. Not cancelled: the card shows the value for that office.
 *
 * @csspart base - The widget's outer box: the messages and the card (or the prompt).
 * @csspart card - The card (an `article`).
 * @csspart header - Name and cluster.
 * @csspart heading - The value's name; receives focus after the card switched itself.
 * @csspart cluster - The cluster badge (coloured per cluster).
 * @csspart section - Each part of the card (meaning, weight, priority, actions, …).
 * @csspart section-heading - The heading of each part.
 * @csspart actions - A list of courses of action.
 * @csspart role - A button with an office's name.
 * @csspart value-link - A button with a related value's name.
 * @csspart citation - A citation ("Bron: …").
 * @csspart prompt - The short prompt shown when no value is set.
 * @csspart suggestions - The "Did you mean" buttons for an unknown value.
 * @csspart error - Messages about bad input (unknown value, office or variant).
 *
 * @cssprop [--vk-value-card-background-color=var(--vk-background-color)] - Background of the card.
 * @cssprop [--vk-value-card-border-color=var(--vk-border-subtle-color)] - Border of the card.
 * @cssprop [--vk-value-card-accent-border-width=0.375em] - Width of the cluster-coloured stripe at the top of the card.
 * @cssprop [--vk-value-card-padding=var(--vk-space-md)] - Inner space of the card.
 * @cssprop [--vk-value-card-heading-font-size=1.75em] - Size of the value's name (compact: `1.25em`).
 * @cssprop [--vk-value-card-section-heading-font-size=1.0625em] - Size of the part headings.
 * @cssprop [--vk-value-card-role-current-background-color=var(--vk-selected-background-color)] - Background of the selected office.
 * @cssprop --vk-cluster-<id>-color - Colour of one cluster (e.g. `--vk-cluster-vrijheid-color`); keep AA contrast with `--vk-cluster-inverse-color` (white).
 */
export class VkValueCard extends VkElement {
  static override styles = [VkElement.styles, controlStyles, clusterStyles, valueCardStyles];

  /** The value to show: its id or name, case-, diacritics- and spacing-insensitive (`lef`, `Menselijke maat`, `hierarchie`). */
  @property({ reflect: true }) value = '';

  /**
   * The office to show the value for (`griffier`, `Raadsleden`, `dijkgraaf`, …): highlights it
   * among the prioritising offices and shows its three courses of action and its association's.
   * Attribute `office`; a `<vk-provider>`'s office applies when it is empty.
   */
  @property({ reflect: true }) office = '';

  /** `full` (default) or `compact`: name, cluster, one-line meaning and prioritising offices, for a sidebar. */
  @property({ reflect: true }) variant: ValueCardVariant = 'full';

  /** Level of the card's heading (1–6, default 2); its parts use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Set while the card switched itself and should focus its heading once the new value is shown. */
  private focusAfterSwitch = false;

  private readonly officeController = new OfficeController(this, { own: () => this.office });

  private readonly data = this.tracked(
    new Task(this, {
      task: async ([value, , full]) => loadCard(value, (await this.officeController.taskComplete).role, full),
      args: () => [this.value, this.officeController.key, this.variant !== 'compact'] as const,
      onComplete: (state) => {
        this.reportValue(state);
      },
      onError: (error) => {
        this.reportProblem(dataLoadFailed(error, localized(messages, (m) => m.loadFailed)));
      },
    }),
  );

  private get isCompact(): boolean {
    return this.variant === 'compact';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) {
      if (VARIANTS.includes(this.variant)) this.clearProblems('unknown-variant');
      else
        this.reportProblem({
          code: 'unknown-variant',
          message: localized(messages, (m) => m.unknownVariant(this.variant)),
          detail: { variant: this.variant },
        });
    }
  }

  protected override updated(): void {
    if (this.settled) {
      this.markReady();
      if (this.focusAfterSwitch) {
        this.focusAfterSwitch = false;
        this.focusHeading();
      }
    }
  }

  /** Shows or clears the unknown-value message after a load. */
  private reportValue(state: CardState): void {
    this.clearProblems('data-load-failed');
    if (state.kind === 'unknown') {
      const names = state.suggestions.map((v) => v.name);
      const text = (locale: Locale): string => {
        const m = messages[locale];
        return m.unknownValue(state.input) + (names.length ? m.didYouMean(formatAlternatives(names, locale)) : '');
      };
      this.reportProblem({
        code: 'unknown-value',
        message: { nl: text('nl'), en: text('en') },
        detail: { value: state.input, suggestions: state.suggestions.map((v) => v.id) },
      });
    } else {
      this.clearProblems('unknown-value');
    }
  }

  /** Moves focus to the value's name. */
  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  /**
   * Shows the value `id` and moves focus to its name once it is rendered (the
   * page's other widgets call this through the value-select wiring; a host's
   * "show this value" button may too).
   */
  show(id: string): void {
    const state = this.data.value;
    if (state?.kind === 'card' && state.value.id === id) {
      this.focusHeading();
      return;
    }
    this.focusAfterSwitch = true;
    this.value = id;
  }

  /** A related value was activated: tell the page, and unless it objects, show it here. */
  private selectValue(id: Value['id']): void {
    const detail: VkValueSelectDetail = { id };
    if (!this.emit('vk-value-select', detail, { cancelable: true })) return;
    this.show(id);
  }

  /** An office was activated: tell the page, and unless it objects, show the value for it. */
  private selectRole(id: Role['id']): void {
    const detail: VkRoleSelectDetail = { id };
    if (!this.emit('vk-role-select', detail, { cancelable: true })) return;
    const state = this.data.value;
    if (state?.kind === 'card' && state.role?.id === id) return;
    this.focusAfterSwitch = true;
    this.office = id;
  }

  protected override render(): TemplateResult {
    const state = this.data.value;
    const busy = this.data.status === TaskStatus.PENDING;
    return html`<div part="base">
      ${this.renderProblems()}
      <div class="live" aria-busy=${busy ? 'true' : 'false'}>
        ${state ? this.renderState(state) : busy ? this.renderLoading() : nothing}
      </div>
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="status" part="prompt">${this.t(messages).loading}</p>`;
  }

  private renderState(state: CardState): TemplateResult {
    const m = this.t(messages);
    switch (state.kind) {
      case 'empty':
        return html`<p class="status" part="prompt">${m.prompt}</p>`;
      case 'unknown':
        return state.suggestions.length
          ? html`<div class="suggestions" part="suggestions">
              <span id="suggestions-label">${m.suggestions}</span>
              <ul class="inline-list" aria-labelledby="suggestions-label">
                ${state.suggestions.map((v) => html`<li>${this.valueButton(v)}</li>`)}
              </ul>
            </div>`
          : html``;
      case 'card':
        return this.isCompact ? this.renderCompact(state) : this.renderFull(state);
    }
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  private renderHeader(d: CardData): TemplateResult {
    const m = this.t(messages);
    const cluster = d.cluster;
    return html`<header part="header" class="header">
      ${renderHeading(this.level, d.value.name, { id: 'heading', part: 'heading', focusable: true, lang: 'nl' })}
      <p class="cluster-line">
        <span class="vk-visually-hidden">${m.clusterLabel}:</span>
        ${cluster
          ? html`<span class="vk-badge" part="cluster" data-cluster=${cluster.id}>${clusterName(cluster, this.locale)}</span>
              <span class="group">${groupName(cluster.group, this.locale)}</span>`
          : html`<span class="vk-badge cluster-unknown" part="cluster">${m.clusterUnknown}</span>`}
      </p>
    </header>`;
  }

  private renderCompact(d: CardData): TemplateResult {
    const m = this.t(messages);
    const view = d.value.views[0];
    const meaning = d.value.description
      ? html`<p class="summary" lang="nl">${d.value.description}</p>`
      : view
        ? html`<p class="summary"><span class="label">${m.viewLabel}:</span> <span lang="nl">${view.text}</span></p>`
        : nothing;
    const source = d.value.description ? d.value.descriptionSource : (view?.source ?? d.value.source);
    return html`<article part="card" class="card compact" data-cluster=${ifDefined(d.cluster?.id)} aria-labelledby="heading">
      ${this.renderHeader(d)} ${meaning}
      ${d.prioritising.length
        ? html`<div class="compact-roles">
            <span id="priority-label" class="label">${m.priority}:</span>
            <ul class="inline-list" aria-labelledby="priority-label">
              ${d.prioritising.map((r) => html`<li>${this.roleButton(r, d.role)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${renderCitation(source, d.documents, this.locale)}
    </article>`;
  }

  private renderFull(d: CardData): TemplateResult {
    return html`<article part="card" class="card full" data-cluster=${ifDefined(d.cluster?.id)} aria-labelledby="heading">
      ${this.renderHeader(d)} ${this.renderMeaning(d)} ${this.renderViews(d)} ${this.renderGainsWeight(d)} ${this.renderPriority(d)}
      ${this.renderRoleActions(d)} ${this.renderPerRole(d)} ${this.renderAssociation(d)} ${this.renderClashes(d)}
      ${this.renderCluster(d)}
    </article>`;
  }

  /** One part of the full card: a section with its heading. */
  private section(id: string, title: string, body: unknown): TemplateResult {
    return html`<section part="section" class="section section-${id}" aria-labelledby="${id}-heading">
      ${renderHeading(this.level + 1, title, { id: `${id}-heading`, part: 'section-heading', className: 'section-heading' })}
      ${body}
    </section>`;
  }

  private citations(sources: readonly (Source | null | undefined)[]): unknown {
    return distinctSources(sources).map((s) => renderCitation(s, this.dataDocuments, this.locale));
  }

  private get dataDocuments(): CardData['documents'] {
    const state = this.data.value;
    return state?.kind === 'card' ? state.documents : new Map();
  }

  private renderMeaning(d: CardData): unknown {
    if (!d.value.description) return nothing;
    return this.section(
      'meaning',
      this.t(messages).meaning,
      html`<p class="description" lang="nl">${d.value.description}</p>
        ${this.citations([d.value.descriptionSource])}`,
    );
  }

  private renderViews(d: CardData): unknown {
    if (!d.value.views.length) return nothing;
    return this.section(
      'views',
      this.t(messages).views,
      html`<ul class="text-list" lang="nl">
          ${d.value.views.map((v) => html`<li>${v.text}</li>`)}
        </ul>
        ${this.citations(d.value.views.map((v) => v.source))}`,
    );
  }

  private renderGainsWeight(d: CardData): unknown {
    if (!d.value.gainsWeight.length) return nothing;
    const m = this.t(messages);
    return this.section(
      'weight',
      m.gainsWeight,
      html`<ul class="text-list">
          ${d.value.gainsWeight.map((g) => {
            const trends = g.trends.flatMap((id) => d.trends.get(id) ?? []);
            return html`<li>
              <span lang="nl">${g.text}</span>
              ${trends.length
                ? html`<p class="trends">
                    <span class="label">${m.trends}:</span>
                    ${trends.map((t, i) => html`${i ? '; ' : ''}<span lang="nl">${t.heading}</span>`)}
                    ${g.trendsProvenance.kind === 'editorial' ? html`<span class="editorial">(${m.editorial})</span>` : nothing}
                  </p>`
                : nothing}
            </li>`;
          })}
        </ul>
        ${this.citations(d.value.gainsWeight.map((g) => g.source))}`,
    );
  }

  private renderPriority(d: CardData): unknown {
    const m = this.t(messages);
    const role = d.role;
    const notPrioritised = role && role.priorities !== null && !role.priorities.includes(d.value.id);
    return this.section(
      'priority',
      m.priority,
      html`${d.prioritising.length
          ? html`<ul class="inline-list roles" aria-labelledby="priority-heading">
              ${d.prioritising.map((r) => html`<li>${this.roleButton(r, role)}</li>`)}
            </ul>`
          : html`<p>${m.priorityNone(d.officesWithPriorities)}</p>`}
        ${notPrioritised ? html`<p class="note">${m.notAPriority(roleName(role, this.locale, true))}</p>` : nothing}
        ${!role && d.prioritising.length ? html`<p class="hint">${m.chooseRole}</p>` : nothing}
        ${this.citations([commonSource(d.prioritising.map((r) => r.source))])}
        ${role && (role.priorities === null || !role.actionsIncluded)
          ? html`<div class="note unknown-priorities">
              ${role.priorities === null ? html`<p>${m.noPriorities(roleName(role, this.locale, true))}</p>` : nothing}
              ${role.actionsIncluded ? nothing : html`<p>${m.noActions(roleName(role, this.locale, true))}</p>`}
              ${this.citations([role.source])}
            </div>`
          : nothing}`,
    );
  }

  private actionList(actions: readonly Action[]): TemplateResult {
    return html`<ol class="actions" part="actions" lang="nl">
      ${actions.map((a) => html`<li>${a.text}</li>`)}
    </ol>`;
  }

  private renderRoleActions(d: CardData): unknown {
    if (!d.role || !d.roleActions.length) return nothing;
    return this.section(
      'actions',
      this.t(messages).actionsFor(roleName(d.role, this.locale, true)),
      html`${this.actionList(d.roleActions)} ${this.citations(d.roleActions.map((a) => a.source))}`,
    );
  }

  private renderPerRole(d: CardData): unknown {
    if (!d.perRole.length) return nothing;
    return this.section(
      'per-role',
      this.t(messages).actionsPerRole,
      d.perRole.map(
        (g) => html`<div class="per-role">
          ${renderHeading(this.level + 2, roleName(g.role, this.locale), { className: 'role-heading' })}
          ${this.actionList(g.actions)} ${this.citations(g.actions.map((a) => a.source))}
        </div>`,
      ),
    );
  }

  private renderAssociation(d: CardData): unknown {
    if (!d.role || !d.associationActions.length) return nothing;
    const m = this.t(messages);
    return this.section(
      'association',
      m.association(d.associations.length),
      html`${d.associations.length
          ? html`<ul class="associations" lang="nl">
              ${d.associations.map((a) => html`<li>${a.name}${a.shortName ? ` (${a.shortName})` : ''}</li>`)}
            </ul>`
          : nothing}
        <p class="scope" id="scope-text">${m.associationScope(roleName(d.role, this.locale, true))}</p>
        <ul class="inline-list" aria-labelledby="scope-text">
          ${d.rolePriorities.map(
            (v) => html`<li>${v.id === d.value.id ? html`<span class="current-value" lang="nl">${v.name}</span>` : this.valueButton(v)}</li>`,
          )}
        </ul>
        ${this.actionList(d.associationActions)} ${this.citations(d.associationActions.map((a) => a.source))}`,
    );
  }

  private renderClashes(d: CardData): unknown {
    if (!d.clashes.length) return nothing;
    return this.section(
      'clashes',
      this.t(messages).clashes,
      html`<ul class="clashes">
          ${d.clashes.map((c) => html`<li>${this.valueButton(c.value)} <q lang="nl">${c.source.quote}</q></li>`)}
        </ul>
        ${this.citations(d.clashes.map((c) => c.source))}`,
    );
  }

  private renderCluster(d: CardData): unknown {
    const m = this.t(messages);
    if (!d.cluster) {
      return this.section(
        'cluster',
        m.clusterLabel,
        html`<p>${m.clusterUnknownText}</p>
          ${this.citations([d.value.source])}`,
      );
    }
    return this.section(
      'cluster',
      m.siblings(clusterName(d.cluster, this.locale)),
      html`<p lang="nl">${d.cluster.explanation}</p>
        ${d.siblings.length
          ? html`<ul class="inline-list" aria-labelledby="cluster-heading">
              ${d.siblings.map((v) => html`<li>${this.valueButton(v)}</li>`)}
            </ul>`
          : nothing}
        ${this.citations([d.cluster.source])}`,
    );
  }

  private valueButton(v: Value): TemplateResult {
    return html`<button
      type="button"
      class="vk-link-button value-link"
      part="value-link"
      lang="nl"
      @click=${() => {
        this.selectValue(v.id);
      }}
    >
      ${v.name}
    </button>`;
  }

  private roleButton(r: Role, current: Role | undefined): TemplateResult {
    const selected = current?.id === r.id;
    return html`<button
      type="button"
      class=${classMap({ 'role-button': true, current: selected })}
      part=${selected ? 'role role-current' : 'role'}
      aria-current=${ifDefined(selected ? 'true' : undefined)}
      @click=${() => {
        this.selectRole(r.id);
      }}
    >
      ${roleName(r, this.locale)}${selected ? html`<span class="vk-visually-hidden"> (${this.t(messages).currentRole})</span>` : nothing}
    </button>`;
  }
}

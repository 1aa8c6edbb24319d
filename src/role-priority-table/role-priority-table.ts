/* The tables carry explicit ARIA table roles (role="table", "row", "cell", …)
   on purpose: on narrow screens their rows are restyled as blocks, and a CSS
   display change drops native table semantics in some engines. */
/* eslint-disable lit-a11y/no-redundant-role */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { Cluster, Role, ValueId } from '../data/index.js';
import { Announcer } from '../shared/announcer.js';
import { OfficeController } from '../shared/office.js';
import { VkElement } from '../shared/vk-element.js';
import { localized, formatList } from '../shared/localize.js';
import { renderCitation } from '../shared/citation.js';
import { clusterName, roleName } from '../shared/domain.messages.js';
import type { VkValueSelectDetail } from '../shared/events.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { dataLoadFailed } from '../shared/problems.js';
import { styles } from './role-priority-table.styles.js';
import { messages, type OfficeOrder, type ValueOrder } from './role-priority-table.messages.js';
import {
  OFFICE_WORDS,
  actionKey,
  clusterRuns,
  loadModel,
  orderColumns,
  orderOffices,
  requestFor,
  splitOffices,
  type CompareModel,
  type GovernmentModel,
  type MatrixModel,
  type OfficeModel,
  type TableModel,
  type ValueEntry,
} from './role-priority-table.model.js';
import {
  associationName,
  compareText,
  governmentText,
  inlineOffice,
  matrixText,
  officeList,
  officeText,
  sharedNote,
  type TextContext,
} from './role-priority-table.text.js';

const TRIANGLE = ['burgemeester', 'gemeentesecretaris', 'griffier'];
const OFFICE_ORDERS: readonly OfficeOrder[] = ['publication', 'name-asc', 'name-desc'];
const VALUE_ORDERS: readonly ValueOrder[] = ['cluster', 'count-desc', 'count-asc'];
const SORT = { 'name-asc': 'ascending', 'name-desc': 'descending', 'count-asc': 'ascending', 'count-desc': 'descending' } as const;

/**
 * The four values that ask extra attention from an office holder in the next
 * ten years (*Toekomstbestendig decentraal bestuur*, 2024), what the office
 * holder and the association can do about them, and how the offices compare.
 *
 * The mode follows the attributes:
 * - `office="wethouder"`: that office's four values in the publication's
 *   order, each with its cluster and the office holder's three actions; then,
 *   once, the association's list (the publication gives one list for all four
 *   values), with the association's name.
 * - `offices="burgemeester,gemeentesecretaris,griffier"`: those offices side
 *   by side (the *lokale driehoek*), shared priorities marked.
 * - no office: the overview matrix, offices as rows and every prioritised
 *   value as columns grouped by cluster, with per value the number of offices;
 *   rows and columns can be ordered and the columns filtered by cluster.
 * - `office="rijksoverheid"`: the national government's actions under their
 *   three headings.
 *
 * For Statenleden the publication does not name the priorities in its text:
 * the table says so and shows what is known (the association; actions left
 * out by choice), never a guessed list. Inside a `<vk-provider office="…">`
 * the provider's office is used when the element has neither `office` nor
 * `offices`; `office="alle"` asks for the matrix there.
 *
 * Each value name is a button that sends `vk-value-select`. The table has no
 * card of its own to open: the host page, or a `<vk-value-card>` on the page,
 * handles the event (and may cancel it).
 *
 * @tagname vk-role-priority-table
 * @summary The priority values per office, what office holders and associations can do, and how offices compare.
 *
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A value name was activated. `detail: { id }`
 *   (a `ValueId`). Bubbles, composed, cancelable. The table itself does nothing more: the host or a
 *   `<vk-value-card>` shows the value.
 *
 * @csspart base - The widget's outer box: messages, controls, tables and notes.
 * @csspart toolbar - The row with the sort and filter controls and the copy button.
 * @csspart table - Every table.
 * @csspart caption - The caption of a table.
 * @csspart value-link - A value name (a button that sends `vk-value-select`).
 * @csspart cluster - A cluster badge, or a cluster header of the matrix.
 * @csspart mark - The mark in a matrix cell where an office prioritises a value.
 * @csspart count - A cell with the number of offices that prioritise a value.
 * @csspart shared - The "shared" badge in a comparison.
 * @csspart actions - A list of courses of action.
 * @csspart association - The association's courses of action (one office).
 * @csspart note - A note: priorities not in the text, how counts are made, shared priorities.
 * @csspart select - The sort and filter selects.
 * @csspart button - Every button (primary and secondary); the one to restyle for the host's own buttons.
 * @csspart button-secondary - The secondary buttons (also `button`).
 * @csspart copy-button - The "copy as text" button (also `button`).
 * @csspart copy-fallback - The box with the text to copy by hand when the clipboard is unavailable.
 * @csspart input - The text area in that box.
 * @csspart citation - The source under a table.
 * @csspart error - The message for an unknown office or data that could not be loaded.
 *
 * @cssprop [--vk-role-priority-table-header-background-color=var(--vk-surface-background-color)] - Background of header cells.
 * @cssprop [--vk-role-priority-table-cell-border-color=var(--vk-border-subtle-color)] - Lines between cells.
 * @cssprop [--vk-role-priority-table-shared-background-color=var(--vk-selected-background-color)] - Background of a shared priority in a comparison.
 * @cssprop [--vk-role-priority-table-mark-color=the value's cluster colour] - Colour of the mark where an office prioritises a value.
 * @cssprop [--vk-role-priority-table-caption-font-size=1.125em] - Size of table captions.
 * @cssprop [--vk-role-priority-table-block-background-color=var(--vk-background-color)] - Background of a row shown as a block on narrow screens.
 */
export class VkRolePriorityTable extends VkElement {
  static override styles = [VkElement.styles, ...styles];

  /**
   * The office to show (`burgemeester`, `gemeentesecretaris`, `griffier`,
   * `raadslid`, `rekenkamerlid`, `statenlid`, `waterschapsbestuurder`,
   * `wethouder`; names, plurals and aliases such as `dijkgraaf` work too),
   * `rijksoverheid` for the national government, or `alle` for the overview
   * matrix. Not `role`: that is HTML's ARIA attribute.
   */
  @property() office?: string;

  /**
   * Offices to compare side by side, separated by commas
   * (`burgemeester,gemeentesecretaris,griffier`). Wins over `office`.
   */
  @property() offices?: string;

  /** Level (1–6, default 3) of the headings the widget renders (one office's notes) inside the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private officeOrder: OfficeOrder = 'publication';
  @state() private valueOrder: ValueOrder = 'cluster';
  /** `''` all clusters, a cluster id, or `none` for "cluster not stated". */
  @state() private clusterFilter = '';
  @state() private copyFallback = false;
  @state() private showActions = true;
  /** An unknown entry of `offices` is on screen (the office controller shows an unknown `office`). */
  private listProblem = false;

  private readonly announcer = new Announcer(this);

  /** `office` (or a `role` naming one, or the provider's); none while `offices` compares. */
  private readonly officeController: OfficeController = new OfficeController(this, {
    own: () => (splitOffices(this.offices).length ? null : this.office),
    words: OFFICE_WORDS,
    unknownConsequence: localized(messages, (m) => m.unknownOfficeMore),
  });

  private readonly data = this.tracked(
    new Task<readonly [string | undefined, string], TableModel>(this, {
      task: async ([offices]) => loadModel(requestFor(offices, await this.officeController.taskComplete)),
      args: () => [this.offices, this.officeController.key] as const,
      onComplete: (model) => {
        this.syncProblems(model);
      },
      onError: (error) => {
        this.reportProblem(dataLoadFailed(error, localized(messages, (m) => m.loadFailed)));
      },
    }),
  );

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.settled) this.markReady();
  }

  /** Shows (or clears) the unknown entries of `offices`; an unknown `office` is the office controller's. */
  private syncProblems(model: TableModel): void {
    this.clearProblems('data-load-failed');
    if (model.kind === 'compare' && model.unknown.length) {
      const inputs = model.unknown.map((u) => `"${u}"`).join(', ');
      const list = formatList(model.validIds, 'nl');
      this.reportProblem({
        code: 'unknown-office',
        message: { nl: messages.nl.unknownInList(inputs, list), en: messages.en.unknownInList(inputs, formatList(model.validIds, 'en')) },
        detail: { office: model.unknown.join(','), valid: model.validIds },
      });
      this.listProblem = true;
    } else if (this.listProblem) {
      this.listProblem = false;
      // Unless an unknown `office` took its place meanwhile.
      if (!this.officeController.value?.valid) this.clearProblems('unknown-office');
    }
  }

  protected override render() {
    const { status, value } = this.data;
    // While other attributes load, keep the previous table (no flash, no lost focus), marked busy.
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    return html`<div part="base">
      ${this.renderProblems()}
      <div class="frame" aria-busy=${busy ? 'true' : 'false'}>
        ${value && status !== TaskStatus.ERROR
          ? this.renderModel(value)
          : busy
            ? html`<p class="loading">${this.t(messages).loading}</p>`
            : nothing}
      </div>
      ${this.announcer.render()}
    </div>`;
  }

  private renderModel(model: TableModel): TemplateResult | typeof nothing {
    switch (model.kind) {
      case 'matrix':
        return this.renderMatrix(model);
      case 'office':
        return this.renderOffice(model);
      case 'compare':
        return this.renderCompare(model);
      case 'government':
        return this.renderGovernment(model);
      case 'unknown':
        return nothing;
    }
  }

  // ---- shared pieces -------------------------------------------------------

  private get textContext(): TextContext {
    return {
      m: this.t(messages),
      locale: this.locale,
      office: (role: Role, plural = false) => roleName(role, this.locale, plural),
      cluster: (cluster: Cluster | null) => (cluster ? clusterName(cluster, this.locale) : this.t(messages).noCluster),
    };
  }

  private valueButton(v: ValueEntry): TemplateResult {
    return html`<button type="button" class="vk-link-button value-link" part="value-link" lang="nl" data-value=${v.id} @click=${this.onValueClick}>
      ${v.name}
    </button>`;
  }

  private readonly onValueClick = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['value'] as ValueId;
    const detail: VkValueSelectDetail = { id };
    this.emit('vk-value-select', detail, { cancelable: true });
  };

  private clusterBadge(cluster: Cluster | null, hidden = false): TemplateResult {
    return html`<span
      class="vk-badge cluster ${cluster ? '' : 'cluster--none'}"
      part="cluster"
      data-cluster=${ifDefined(cluster?.id)}
      aria-hidden=${ifDefined(hidden ? 'true' : undefined)}
      >${this.textContext.cluster(cluster)}</span
    >`;
  }

  private heading(text: string, id?: string): TemplateResult {
    return renderHeading(headingLevel(this.headingLevel, 3), text, { className: 'heading', ...(id ? { id } : {}) });
  }

  private copyTools(text: () => string, controls: TemplateResult | typeof nothing = nothing): TemplateResult {
    const m = this.t(messages);
    return html`<div class="toolbar" part="toolbar">
        ${controls}
        <button type="button" class="vk-button vk-button--secondary copy" part="button button-secondary copy-button" @click=${() => void this.copy(text)}>
          ${m.copy}
        </button>
      </div>
      ${this.copyFallback
        ? html`<div class="copy-fallback" part="copy-fallback">
            <label for="copy-text">${m.copyFallbackLabel}</label>
            <p id="copy-help">${m.copyFailed}</p>
            <textarea id="copy-text" part="input" readonly rows="8" aria-describedby="copy-help" .value=${text()} @keydown=${this.onFallbackKey}></textarea>
            <button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${this.closeFallback}>${m.close}</button>
          </div>`
        : nothing}`;
  }

  private async copy(text: () => string): Promise<void> {
    try {
      // Throws when the page has no clipboard API (http, old browsers) or refuses it (permissions, iframe).
      await navigator.clipboard.writeText(text());
      this.copyFallback = false;
      this.announcer.say(this.t(messages).copied);
    } catch {
      this.copyFallback = true;
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text');
      area?.focus();
      area?.select();
    }
  }

  private readonly onFallbackKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.closeFallback();
  };

  private readonly closeFallback = (): void => {
    this.copyFallback = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.copy')?.focus());
  };

  private citation(model: { source: MatrixModel['source']; documents: MatrixModel['documents'] }): unknown {
    return renderCitation(model.source, model.documents, this.locale);
  }

  // ---- matrix ---------------------------------------------------------------

  private renderMatrix(model: MatrixModel): TemplateResult {
    const m = this.t(messages);
    const ctx = this.textContext;
    const offices = orderOffices(model.offices, this.officeOrder, (r) => roleName(r, this.locale), this.locale);
    const columns = orderColumns(model.columns, this.valueOrder, this.clusterFilter);
    const runs = clusterRuns(columns);
    const groupOf = new Map(runs.flatMap((run, i) => run.columns.map((c) => [c.value.id, `g-${String(i)}`] as const)));
    const known = model.offices.filter((o) => o.values);
    const unknown = model.offices.filter((o) => !o.values);
    const officeSort = this.officeOrder === 'publication' ? undefined : SORT[this.officeOrder];
    const valueSort = this.valueOrder === 'cluster' ? undefined : SORT[this.valueOrder];
    const controls = html`
      <label class="control">
        <span>${m.officeOrder}</span>
        <select part="select" @change=${this.onOfficeOrder}>
          ${OFFICE_ORDERS.map((o) => html`<option value=${o} ?selected=${o === this.officeOrder}>${m.officeOrders[o]}</option>`)}
        </select>
      </label>
      <label class="control">
        <span>${m.valueOrder}</span>
        <select part="select" @change=${this.onValueOrder}>
          ${VALUE_ORDERS.map((o) => html`<option value=${o} ?selected=${o === this.valueOrder}>${m.valueOrders[o]}</option>`)}
        </select>
      </label>
      <label class="control">
        <span>${m.clusterFilter}</span>
        <select part="select" @change=${this.onClusterFilter}>
          <option value="" ?selected=${!this.clusterFilter}>${m.clusterOption(m.allClusters, model.columns.length)}</option>
          ${model.clusters.map((c) => {
            const id = c?.id ?? 'none';
            const n = model.columns.filter((col) => (col.value.cluster?.id ?? 'none') === id).length;
            return html`<option value=${id} ?selected=${id === this.clusterFilter}>${m.clusterOption(ctx.cluster(c), n)}</option>`;
          })}
        </select>
      </label>
    `;
    return html`${this.copyTools(() => matrixText(model, offices, columns, this.textContext), controls)}
      <div class="scroll">
        <table role="table" class="matrix" part="table" aria-describedby="count-note">
          <caption part="caption">${m.matrixCaption}</caption>
          <colgroup><col class="office-col" /></colgroup>
          ${runs.map((run) => html`<colgroup span=${run.columns.length}></colgroup>`)}
          <thead role="rowgroup">
            <tr role="row" class="cluster-row">
              <th role="rowheader" scope="row" id="h-cluster" class="corner">${m.cluster}</th>
              ${runs.map(
                (run, i) => html`<th
                  role="columnheader"
                  scope="colgroup"
                  colspan=${run.columns.length}
                  id="g-${String(i)}"
                  class="cluster-head ${run.cluster ? '' : 'cluster--none'}"
                  part="cluster"
                  data-cluster=${ifDefined(run.cluster?.id)}
                >
                  <span class="sideways">${ctx.cluster(run.cluster)}</span>
                </th>`,
              )}
            </tr>
            <tr role="row" class="value-row">
              <th role="columnheader" scope="col" id="h-office" class="corner" aria-sort=${ifDefined(officeSort)}>${m.office}</th>
              ${repeat(
                columns,
                (c) => c.value.id,
                (c) => html`<th
                  role="columnheader"
                  scope="col"
                  id="v-${c.value.id}"
                  headers=${groupOf.get(c.value.id) ?? ''}
                  class="value-head"
                  data-cluster=${ifDefined(c.value.cluster?.id)}
                >
                  <span class="wide-only sideways">${this.valueButton(c.value)}</span>
                  <span class="stack-only" lang="nl">${c.value.name}</span>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${repeat(
              offices,
              (o) => o.role.id,
              (o) => html`<tr role="row" class=${o.values ? 'office-row' : 'office-row office-row--unknown'}>
                <th role="rowheader" scope="row" id="o-${o.role.id}" headers="h-office" class="office-head">
                  ${roleName(o.role, this.locale)}
                </th>
                ${o.values === null
                  ? html`<td role="cell" colspan=${columns.length} headers="o-${o.role.id}" class="not-given">
                      ${m.prioritiesNotGiven(roleName(o.role, this.locale, true))}
                    </td>`
                  : repeat(
                      columns,
                      (c) => c.value.id,
                      (c) => {
                        const headers = `o-${o.role.id} ${groupOf.get(c.value.id) ?? ''} v-${c.value.id}`;
                        return c.offices.includes(o.role.id)
                          ? html`<td role="cell" headers=${headers} class="marked" data-cluster=${ifDefined(c.value.cluster?.id)}>
                              <span class="mark wide-only" part="mark" aria-hidden="true">●</span>
                              <span class="vk-visually-hidden">${m.priority}</span>
                              <span class="stack-only">${this.valueButton(c.value)} ${this.clusterBadge(c.value.cluster, true)}</span>
                            </td>`
                          : html`<td role="cell" headers=${headers} class="empty"><span class="vk-visually-hidden">${m.noPriority}</span></td>`;
                      },
                    )}
              </tr>`,
            )}
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row" class="count-row">
              <th role="rowheader" scope="row" id="h-count" aria-sort=${ifDefined(valueSort)}>${m.count}</th>
              ${repeat(
                columns,
                (c) => c.value.id,
                (c) => html`<td role="cell" headers="h-count ${groupOf.get(c.value.id) ?? ''} v-${c.value.id}" class="count" part="count">
                  <span class="stack-only" aria-hidden="true" lang="nl">${c.value.name}</span>
                  <span class="count-n">${c.offices.length}</span>
                </td>`,
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="note" part="note" id="count-note">
        ${m.countNote(known.length, formatList(unknown.map((o) => roleName(o.role, this.locale, true)), this.locale))}
      </p>
      ${this.citation(model)}`;
  }

  private readonly onOfficeOrder = (event: Event): void => {
    this.officeOrder = (event.target as HTMLSelectElement).value as OfficeOrder;
    this.announcer.say(this.t(messages).announceOffices[this.officeOrder]);
  };

  private readonly onValueOrder = (event: Event): void => {
    this.valueOrder = (event.target as HTMLSelectElement).value as ValueOrder;
    this.announcer.say(this.t(messages).announceValues[this.valueOrder]);
  };

  private readonly onClusterFilter = (event: Event): void => {
    this.clusterFilter = (event.target as HTMLSelectElement).value;
    const model = this.data.value;
    if (model?.kind !== 'matrix') return;
    const shown = orderColumns(model.columns, this.valueOrder, this.clusterFilter);
    const m = this.t(messages);
    const cluster = shown[0]?.value.cluster;
    const label = !this.clusterFilter ? null : cluster ? m.clusterNamed(clusterName(cluster, this.locale)) : m.noCluster;
    this.announcer.say(m.announceFilter(label, shown.length));
  };

  // ---- one office ---------------------------------------------------------

  private renderOffice(model: OfficeModel): TemplateResult {
    const m = this.t(messages);
    const plural = roleName(model.role, this.locale, true);
    const many = model.associations.length > 1;
    const names = html`<span lang="nl">${formatList(model.associations.map(associationName), 'nl')}</span>`;
    const text = () => officeText(model, this.textContext);
    if (!model.priorities) {
      return html`${this.copyTools(text)}
        <div class="not-given-note" part="note">
          ${this.heading(m.notGivenTitle(plural))}
          <p>${m.notGiven(plural)}</p>
          <p><strong>${m.association(many)}:</strong> ${names}</p>
          ${model.role.actionsIncluded
            ? nothing
            : html`<p>${m.noActions}</p>
                <blockquote lang="nl">${model.role.source.quote}</blockquote>`}
          ${renderCitation(model.role.source, model.documents, this.locale)}
        </div>`;
    }
    return html`${this.copyTools(text)}
      <table role="table" class="list-table office-table" part="table">
        <caption part="caption">${m.officeCaption(plural)}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${m.value}</th>
            <th role="columnheader" scope="col">${m.cluster}</th>
            <th role="columnheader" scope="col">${m.actionsOf(plural)}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${model.priorities.map(
            ({ value, actions }) => html`<tr role="row">
              <th role="rowheader" scope="row">${this.valueButton(value)}</th>
              <td role="cell" class="cluster-cell">
                <span class="stack-label" aria-hidden="true">${m.cluster}</span>${this.clusterBadge(value.cluster)}
              </td>
              <td role="cell">
                <span class="stack-label" aria-hidden="true">${m.actionsOf(plural)}</span>
                <ul class="actions" part="actions" lang="nl">
                  ${actions.map((a) => html`<li>${a.text}</li>`)}
                </ul>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.citation(model)}
      ${model.associationActions.length
        ? html`<section class="association" part="association" aria-labelledby="association-title">
            ${this.heading(m.associationHeading(many), 'association-title')}
            <p><strong>${m.association(many)}:</strong> ${names}</p>
            <p class="scope">${m.associationScope}</p>
            <ul class="actions" part="actions" lang="nl">
              ${model.associationActions.map((a) => html`<li>${a.text}</li>`)}
            </ul>
            ${renderCitation(model.associationActions[0]?.source, model.documents, this.locale)}
          </section>`
        : nothing}`;
  }

  // ---- comparison ------------------------------------------------------------

  private compareCaption(model: CompareModel): string {
    const m = this.t(messages);
    const ids = model.offices.map((o) => o.role.id);
    const names = formatList(
      model.offices.map((o) => inlineOffice(o.role, this.textContext)),
      this.locale,
    );
    const triangle = ids.length === TRIANGLE.length && TRIANGLE.every((id) => ids.includes(id as Role['id']));
    return triangle ? m.triangleCaption(names) : m.compareCaption(names);
  }

  private renderCompare(model: CompareModel): TemplateResult | typeof nothing {
    if (!model.offices.length) return nothing;
    const m = this.t(messages);
    const ctx = this.textContext;
    const caption = this.compareCaption(model);
    const shared = sharedNote(model, m);
    const notGiven = model.offices.filter((o) => !o.values);
    const toggle = html`<label class="check">
      <input type="checkbox" .checked=${this.showActions} @change=${this.onShowActions} />
      ${m.showActions}
    </label>`;
    return html`${this.copyTools(() => compareText(model, this.textContext, caption, this.showActions), toggle)}
      <table role="table" class="list-table compare-table" part="table">
        <caption part="caption">
          ${caption}
          ${shared
            ? html`<span class="caption-note">
                ${shared.none ??
                html`${m.sharedSummary}
                  ${shared.rows.map(
                    (r, i) => html`${i ? '; ' : ''}<span lang="nl">${r.value.name}</span> (${officeList(model, r.offices, ctx)})`,
                  )}`}
              </span>`
            : nothing}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${m.value}</th>
            ${model.offices.map((o) => html`<th role="columnheader" scope="col">${roleName(o.role, this.locale)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${model.rows.map((row) => {
            const isShared = row.offices.length > 1;
            return html`<tr role="row" class=${isShared ? 'shared-row' : ''}>
              <th role="rowheader" scope="row">
                ${this.valueButton(row.value)} ${this.clusterBadge(row.value.cluster)}
                ${isShared
                  ? html`<span class="vk-badge shared" part="shared">${m.shared}</span>
                      <span class="vk-visually-hidden">${m.sharedBy(officeList(model, row.offices, ctx))}</span>`
                  : nothing}
              </th>
              ${model.offices.map((o) => {
                const label = html`<span class="stack-label" aria-hidden="true">${roleName(o.role, this.locale)}</span>`;
                if (!o.values)
                  return html`<td role="cell" class="unknown-cell">
                    <span class="subtle">${m.notInText}</span>
                  </td>`;
                if (!row.offices.includes(o.role.id))
                  return html`<td role="cell" class="empty">
                    <span aria-hidden="true" class="subtle">—</span><span class="vk-visually-hidden">${m.noPriority}</span>
                  </td>`;
                return html`<td role="cell" class="marked" data-cluster=${ifDefined(row.value.cluster?.id)}>
                  ${label}
                  ${this.showActions
                    ? html`<ul class="actions" part="actions" lang="nl">
                        ${(model.actions.get(actionKey(o.role.id, row.value.id)) ?? []).map((a) => html`<li>${a.text}</li>`)}
                      </ul>`
                    : html`<span class="mark-text"><span class="mark" part="mark" aria-hidden="true">●</span> ${m.priorityMark}</span>`}
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
      ${notGiven.length
        ? html`<p class="note" part="note">
            ${m.notGivenFor(formatList(notGiven.map((o) => roleName(o.role, this.locale, true)), this.locale))}
          </p>`
        : nothing}
      ${this.citation(model)}`;
  }

  private readonly onShowActions = (event: Event): void => {
    this.showActions = (event.target as HTMLInputElement).checked;
  };

  // ---- national government -------------------------------------------------

  private renderGovernment(model: GovernmentModel): TemplateResult {
    const m = this.t(messages);
    return html`${this.copyTools(() => governmentText(model, this.textContext))}
      <table role="table" class="list-table government-table" part="table">
        <caption part="caption">${m.governmentCaption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${m.governmentTheme}</th>
            <th role="columnheader" scope="col">${m.governmentActions}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${model.groups.map(
            (g) => html`<tr role="row">
              <th role="rowheader" scope="row" lang="nl">${g.heading}</th>
              <td role="cell">
                <span class="stack-label" aria-hidden="true">${m.governmentActions}</span>
                <ul class="actions" part="actions" lang="nl">
                  ${g.actions.map((a) => html`<li>${a.text}</li>`)}
                </ul>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.citation(model)}`;
  }
}

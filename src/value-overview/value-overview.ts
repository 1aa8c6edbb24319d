import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { Task, TaskStatus } from '@lit/task';
import {
  allSources,
  normalizeKey,
  valuesByCluster,
  type Cluster,
  type ClusterValues,
  type Role,
  type SourceDocument,
  type Value,
} from '../data/index.js';
import { documentMap, renderCitation } from '../shared/citation.js';
import { commonSource } from '../shared/citation-list.js';
import { clusterStyles } from '../shared/clusters.styles.js';
import { OfficeController } from '../shared/office.js';
import { controlStyles } from '../shared/controls.styles.js';
import { clusterName, groupName, roleName } from '../shared/domain.messages.js';
import type { VkValueSelectDetail } from '../shared/events.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { localized } from '../shared/localize.js';
import { dataLoadFailed } from '../shared/problems.js';
import { VkElement } from '../shared/vk-element.js';
// The template renders <vk-value-card>: this module takes its type only and
// registers nothing (define.ts registers the card; lit-analyzer's
// no-missing-import, which wants a registering import here, is off for that).
import type {} from '../value-card/define.js';
import { messages } from './value-overview.messages.js';
import { valueOverviewStyles } from './value-overview.styles.js';

const GROUPS: readonly Cluster['group'][] = ['ideeel', 'sociaal', 'praktisch'];
/** Filter token for the values whose cluster the text does not state. */
const UNPLACED = 'onbekend';

interface OverviewData {
  readonly groups: readonly ClusterValues[];
  readonly total: number;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  /** The office whose priorities are marked, if any. */
  readonly role: Role | undefined;
}

async function loadOverview(): Promise<Omit<OverviewData, 'role'>> {
  const [groups, sources] = await Promise.all([valuesByCluster(), allSources()]);
  return { groups, total: groups.reduce((n, g) => n + g.values.length, 0), documents: documentMap(sources) };
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The overview map of the 39 values, rebuilt from the text: the nine
 * clusters in their three groups (ideal, social, practical), each with its
 * values, and the value whose cluster the text does not state in a group of
 * its own. Each value opens its card: the element fires a cancelable
 * `vk-value-select`; unless a listener cancels it, the card opens in a modal
 * dialog, and closing it (Escape, the close button) returns focus to the value.
 *
 * With an office (`office` attribute or property, or a `<vk-provider>`),
 * its four priorities are marked and every value shows for how many offices
 * it is a priority.
 *
 * The dialog shows a `<vk-value-card>`: `vakmanschap-widgets/value-overview`
 * registers both; a host that registers this class itself registers the card
 * too (`vakmanschap-widgets/value-card`).
 *
 * @tagname vk-value-overview
 * @summary The 39 values in their nine clusters; each opens its value card.
 *
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A value was activated. Bubbles, composed, cancelable; `detail: { id }`. Not cancelled: its card opens in a dialog. The card inside fires its own `vk-value-select` / `vk-role-select` too.
 *
 * @csspart base - The widget's outer box: messages, toolbar, map and dialog.
 * @csspart toolbar - The filter and the count above the map.
 * @csspart filter - The filter `select` (also `select`).
 * @csspart select - The filter `select`, under the name every widget uses for its selects.
 * @csspart count - The number of values shown (a polite live region).
 * @csspart legend - The explanation of the marks when an office is set.
 * @csspart group - A group of clusters (ideal, social, practical; and the unplaced value).
 * @csspart group-heading - The heading of a group.
 * @csspart cluster - One cluster with its values (coloured per cluster).
 * @csspart cluster-heading - The heading of a cluster.
 * @csspart value - The button of one value.
 * @csspart value-priority - The button of a value that is a priority of the office.
 * @csspart citation - The citation under the map.
 * @csspart dialog - The dialog with a value's card.
 * @csspart button - Every button (here: the dialog's close button); the one to restyle for the host's own buttons.
 * @csspart button-secondary - The secondary buttons (also `button`).
 * @csspart close - The close button of the dialog (also `button`).
 * @csspart card - The `vk-value-card` in the dialog.
 * @csspart error - Messages about bad input (unknown office or filter).
 *
 * @cssprop [--vk-value-overview-cluster-background-color=var(--vk-surface-background-color)] - Background of a cluster.
 * @cssprop [--vk-value-overview-cluster-min-inline-size=13em] - Narrowest a cluster column gets before the columns wrap.
 * @cssprop [--vk-value-overview-priority-background-color=var(--vk-selected-background-color)] - Background of a priority value of the office.
 * @cssprop [--vk-value-overview-dialog-max-inline-size=48em] - Widest the card dialog gets.
 * @cssprop [--vk-value-overview-backdrop-background-color=rgb(0 0 0 / 0.5)] - The page behind the open dialog.
 * @cssprop --vk-cluster-<id>-color - Colour of one cluster (e.g. `--vk-cluster-nut-color`); keep AA contrast with `--vk-cluster-inverse-color` (white).
 */
export class VkValueOverview extends VkElement {
  static override styles = [VkElement.styles, controlStyles, clusterStyles, valueOverviewStyles];

  /**
   * The office whose four priorities are marked (`griffier`, `Raadsleden`, …); also shows per value
   * for how many offices it is a priority. Attribute `office` (an HTML `role` attribute is reserved
   * for ARIA); a `<vk-provider>`'s office applies when it is empty.
   */
  @property({ reflect: true }) office = '';

  /**
   * Shows one group (`ideeel`, `sociaal`, `praktisch`), one cluster (its id or name, e.g. `empathie`),
   * or `onbekend` (the value whose cluster the text does not state). Empty: all values.
   */
  @property({ reflect: true }) filter = '';

  /** Level of the group headings (1–6, default 2); clusters use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The value whose card is open in the dialog. */
  @state() private openValue: Value | undefined;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  /** The value button to give focus back to when the dialog closes. */
  private returnTo: string | undefined;

  private readonly officeController = new OfficeController(this, { own: () => this.office });

  private readonly data = this.tracked(
    new Task(this, {
      task: () => loadOverview(),
      args: () => [],
      onComplete: () => {
        this.clearProblems('data-load-failed');
      },
      onError: (error) => {
        this.reportProblem(dataLoadFailed(error, localized(messages, (m) => m.loadFailed)));
      },
    }),
  );

  /** What the map shows: the values and, once resolved, the office. */
  private get overview(): OverviewData | undefined {
    const d = this.data.value;
    return d && { ...d, role: this.officeController.role };
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 2);
  }

  /** The filter as a group, cluster or `onbekend` token; `''` for all; `undefined` when unknown. */
  private filterKey(groups: readonly ClusterValues[]): string | undefined {
    const key = normalizeKey(this.filter);
    if (!key) return '';
    if (key === UNPLACED || (GROUPS as readonly string[]).includes(key)) return key;
    const cluster = groups.find((g) => g.cluster && (g.cluster.id === key || normalizeKey(g.cluster.name) === key));
    return cluster?.cluster?.id;
  }

  protected override willUpdate(): void {
    const d = this.data.value;
    if (d) {
      if (this.filterKey(d.groups) === undefined) {
        if (!this.problems.some((p) => p.code === 'unknown-filter' && p.detail.filter === this.filter))
          this.reportProblem({
            code: 'unknown-filter',
            message: localized(messages, (m) => m.unknownFilter(this.filter)),
            detail: { filter: this.filter },
          });
      } else {
        this.clearProblems('unknown-filter');
      }
    }
  }

  protected override updated(): void {
    if (this.settled) this.markReady();
  }

  private onFilterChange(event: Event): void {
    this.filter = (event.target as HTMLSelectElement).value;
  }

  /** A value was activated: tell the page, and unless it objects, open its card. */
  private async openCard(value: Value): Promise<void> {
    const detail: VkValueSelectDetail = { id: value.id };
    if (!this.emit('vk-value-select', detail, { cancelable: true })) return;
    this.returnTo = value.id;
    this.openValue = value;
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  private closeCard(): void {
    this.dialog?.close();
  }

  /** The dialog closed (Escape, close button, backdrop): focus the value the user came from. */
  private onDialogClose(): void {
    const id = this.returnTo;
    this.openValue = undefined;
    this.returnTo = undefined;
    if (id) this.renderRoot.querySelector<HTMLElement>(`button[data-value="${CSS.escape(id)}"]`)?.focus();
  }

  /** The card in the dialog switched to another value: follow it in the dialog's name. */
  private onCardValueSelect(event: CustomEvent<VkValueSelectDetail>): void {
    const d = this.data.value;
    // Listeners further up (the host page) may still cancel it; look once dispatch is over.
    queueMicrotask(() => {
      if (event.defaultPrevented || !d) return;
      const next = d.groups.flatMap((g) => g.values).find((v) => v.id === event.detail.id);
      if (next) this.openValue = next;
    });
  }

  protected override render(): TemplateResult {
    const d = this.overview;
    if (!d) {
      return html`<div part="base">
        ${this.renderProblems()}
        ${this.data.status === TaskStatus.PENDING || this.data.status === TaskStatus.INITIAL
          ? html`<p class="status">${this.t(messages).loading}</p>`
          : nothing}
      </div>`;
    }
    return html`<div part="base">
      ${this.renderProblems()} ${this.renderToolbar(d)} ${this.renderLegend(d)} ${this.renderMap(d)}
      ${renderCitation(
        commonSource(d.groups.flatMap((g) => (g.cluster ? [g.cluster.source] : []))),
        d.documents,
        this.locale,
      )}
      ${this.renderDialog(d)}
    </div>`;
  }

  private visibleGroups(d: OverviewData): ClusterValues[] {
    const key = this.filterKey(d.groups) ?? '';
    return d.groups.filter((g) => {
      if (!key) return true;
      if (key === UNPLACED) return g.cluster === null;
      if (!g.cluster) return false;
      return g.cluster.group === key || g.cluster.id === key;
    });
  }

  private renderToolbar(d: OverviewData): TemplateResult {
    const m = this.t(messages);
    const key = this.filterKey(d.groups) ?? '';
    const shown = this.visibleGroups(d).reduce((n, g) => n + g.values.length, 0);
    const clusters = d.groups.flatMap((g) => (g.cluster ? [g.cluster] : []));
    return html`<div class="toolbar" part="toolbar">
      <div class="filter">
        <label for="filter">${m.filterLabel}</label>
        <select id="filter" part="filter select" @change=${(e: Event) => {
          this.onFilterChange(e);
        }}>
          <option value="" ?selected=${key === ''}>${m.filterAll(d.total)}</option>
          <optgroup label=${m.filterGroups}>
            ${GROUPS.map(
              (g) => html`<option value=${g} ?selected=${key === g}>${capitalize(groupName(g, this.locale))}</option>`,
            )}
          </optgroup>
          <optgroup label=${m.filterClusters}>
            ${clusters.map(
              (c) => html`<option value=${c.id} ?selected=${key === c.id}>${clusterName(c, this.locale)}</option>`,
            )}
          </optgroup>
          ${d.groups.some((g) => g.cluster === null)
            ? html`<option value=${UNPLACED} ?selected=${key === UNPLACED}>${m.filterUnplaced}</option>`
            : nothing}
        </select>
      </div>
      <p class="count" part="count" role="status">${m.shown(shown, d.total)}</p>
    </div>`;
  }

  private renderLegend(d: OverviewData): unknown {
    const role = d.role;
    if (!role) return nothing;
    const m = this.t(messages);
    const plural = roleName(role, this.locale, true);
    return html`<p class="legend" part="legend">
      ${role.priorities === null ? m.legendNoPriorities(plural) : m.legend(plural)}
    </p>`;
  }

  private renderMap(d: OverviewData): TemplateResult {
    const visible = this.visibleGroups(d);
    return html`<div class="map">
      ${GROUPS.map((group) => {
        const clusters = visible.filter((g) => g.cluster?.group === group);
        if (!clusters.length) return nothing;
        return html`<section class="group" part="group" aria-labelledby="group-${group}">
          ${renderHeading(this.level, capitalize(groupName(group, this.locale)), {
            id: `group-${group}`,
            part: 'group-heading',
            className: 'group-heading',
          })}
          <div class="clusters">${clusters.map((g) => this.renderCluster(g, d))}</div>
        </section>`;
      })}
      ${visible
        .filter((g) => g.cluster === null)
        .map((g) => this.renderUnplaced(g, d))}
    </div>`;
  }

  private renderCluster(g: ClusterValues, d: OverviewData): TemplateResult {
    const cluster = g.cluster as Cluster;
    return html`<section class="cluster" part="cluster" data-cluster=${cluster.id} aria-labelledby="cluster-${cluster.id}">
      ${renderHeading(this.level + 1, clusterName(cluster, this.locale), {
        id: `cluster-${cluster.id}`,
        part: 'cluster-heading',
        className: 'cluster-heading',
      })}
      ${this.renderValues(g.values, d)}
    </section>`;
  }

  private renderUnplaced(g: ClusterValues, d: OverviewData): TemplateResult {
    const m = this.t(messages);
    return html`<section class="group unplaced" part="group" aria-labelledby="group-${UNPLACED}">
      ${renderHeading(this.level, m.unplaced, { id: `group-${UNPLACED}`, part: 'group-heading', className: 'group-heading' })}
      <div class="cluster unplaced-cluster" part="cluster">
        <p class="unplaced-text">${m.unplacedText}</p>
        ${this.renderValues(g.values, d)}
        ${g.values.map((v) => renderCitation(v.source, d.documents, this.locale))}
      </div>
    </section>`;
  }

  private renderValues(values: readonly Value[], d: OverviewData): TemplateResult {
    const m = this.t(messages);
    const role = d.role;
    const plural = role ? roleName(role, this.locale, true) : '';
    return html`<ul class="values">
      ${values.map((v) => {
        const isPriority = role?.priorities?.includes(v.id) ?? false;
        const count = v.priorityFor.length;
        return html`<li>
          <button
            type="button"
            class=${classMap({ value: true, priority: isPriority })}
            part=${isPriority ? 'value value-priority' : 'value'}
            data-value=${v.id}
            aria-haspopup="dialog"
            aria-describedby="opens-card"
            @click=${() => void this.openCard(v)}
          >
            <span class="value-name" lang="nl">${v.name}</span>
            ${role && (isPriority || count > 0)
              ? html`<span class="value-meta">
                  ${isPriority
                    ? html`<span class="flag"><span aria-hidden="true">★ </span>${m.priorityOf(plural)}</span>`
                    : nothing}
                  ${count > 0
                    ? html`<span class="offices" aria-hidden="true">${m.offices(count)}</span
                        ><span class="vk-visually-hidden">${m.officesLong(count)}</span>`
                    : nothing}
                </span>`
              : nothing}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private renderDialog(d: OverviewData): TemplateResult {
    const m = this.t(messages);
    const value = this.openValue;
    return html`<p id="opens-card" hidden>${m.opensCard}</p>
      <dialog
        part="dialog"
        aria-label=${value ? m.dialogLabel(value.name) : m.close}
        @close=${() => {
          this.onDialogClose();
        }}
      >
        <div class="dialog-body">
          <div class="dialog-bar">
            <button type="button" class="vk-button vk-button--secondary" part="button button-secondary close" @click=${() => {
              this.closeCard();
            }}>
              ${m.close}
            </button>
          </div>
          ${value
            ? html`<vk-value-card
                part="card"
                value=${value.id}
                office=${d.role?.id ?? ''}
                heading-level="2"
                @vk-value-select=${(e: CustomEvent<VkValueSelectDetail>) => {
                  this.onCardValueSelect(e);
                }}
              ></vk-value-card>`
            : nothing}
        </div>
      </dialog>`;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { scannableValues, type Role, type RoleId, type ValueId } from '../data/index.js';
import { Announcer } from '../shared/announcer.js';
import { clusterStyles } from '../shared/clusters.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import type { FinderParams } from '../shared/events.js';
import { headingLevel } from '../shared/heading.js';
import { localized, type LocalizedText } from '../shared/localize.js';
import { OfficeController } from '../shared/office.js';
import { dataLoadFailed } from '../shared/problems.js';
import { finderLink, linkWithParams } from '../shared/finder-link.js';
import { VkElement } from '../shared/vk-element.js';
import { styles } from './quick-scan.styles.js';
import { messages } from './quick-scan.messages.js';
import type { Answer } from './types.js';
import { loadScanData, type ScanData } from './scan-data.js';
import { fieldErrors, resumeAt, scanScreens, type ScanProgress, type Screen } from './screens.js';
import { codeContext, readCode, scanResult, today } from './result.js';
import { KeptAnswers, type ScanAnswers } from './kept-answers.js';
import { checkGroup, readFiles, type GroupCheck } from './group.js';
import { downloadResult } from './export.js';
import { scanView, type View } from './view.js';
import { renderStep, renderStorage } from './step-view.js';
import { renderResult, type ResultView } from './result-view.js';
import { renderGroup } from './group-view.js';
import { PlanController, downloadPlan, planChoices, renderPlan } from './plan.js';
import { clearSession, readSession, tabStorage, writeSession, type SessionScan } from './session.js';
import { dropCodeFromAddress } from './share.js';
import { ResultCodes } from './result-codes.js';

const MODES = ['self', 'group'] as const;

/**
 * A five-minute self-assessment for local office holders: statements derived
 * from the publication's courses of action for the office's four priority
 * values, plus the three learning levels of the 2013 paper, on a frequency
 * scale. The result names the strongest value and the two with most room to
 * grow, with what to do, what the association can do and matching offers.
 * Answers stay in the browser: for the tab's session (Back, reload), and on
 * the device only after opt-in. A result reopens from its code or a link
 * with the code in the fragment, compares with an earlier code and becomes a
 * printable personal development plan; ties are named, not broken. In
 * `mode="group"` a facilitator pastes result codes and sees the anonymous
 * spread, from three codes up.
 *
 * @tagname vk-quick-scan
 * @summary Self-scan of the craft values of one's office, ending in what to work on and where to learn it.
 *
 * @attr {string} role - Read as `office` when it names an office (and `office` is not set), with a `role-attribute` notice: `role` is ARIA's attribute, and accessibility checkers (axe `aria-roles`, lit-a11y) flag `role="wethouder"` as an invalid ARIA role. Use `office`.
 *
 * @fires {CustomEvent<VkScanCompleteDetail>} vk-scan-complete - The result screen is shown for a complete set of answers. Bubbles, composed. `detail`: the office, scores per value and level, strongest value, values to work on, own top four, the training-finder parameters (`finder.rol`, `finder.waarde`) and the result code. The widget itself never stores or sends it.
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A value name in the result was chosen. Cancelable: call `preventDefault()` to show the value yourself (e.g. in a `vk-value-card`); otherwise the link (`value-url`) is followed, or the value's description opens in place.
 *
 * @csspart base - The widget's outer box: messages and the scan (or group view).
 * @csspart scan - The whole scan (or group view).
 * @csspart heading - Each heading: the scan's title, the step headings, the result's sections.
 * @csspart step - One screen of the scan.
 * @csspart progress - The step count and progress bar.
 * @csspart error-summary - The list of missing answers at the top of a screen.
 * @csspart item - One statement with its answer options.
 * @csspart option - One answer option of a statement (a label around a radio button).
 * @csspart choice - One office or value to choose (a label around a radio button or checkbox).
 * @csspart panel - A highlighted box: the result's summary, a notice, a note, the group's count.
 * @csspart nav - The back and next buttons.
 * @csspart button - Every button (primary and secondary); the one to restyle for the host's own buttons.
 * @csspart button-secondary - The secondary buttons (also `button`).
 * @csspart input - The result code field and the group's text area for codes.
 * @csspart storage - The "keep my answers" controls.
 * @csspart result - The result screen.
 * @csspart chart - A chart (scores, or the group's spread).
 * @csspart table - The table with the chart's figures.
 * @csspart advice - One "working on" block: actions, association actions, offers.
 * @csspart plan - The personal development plan: the choice of actions, the note and the sheet.
 * @csspart plan-sheet - The plan's sheet: what prints (A4, black on white) and what the Markdown download holds.
 * @csspart code - The result code field.
 * @csspart citation - A source line.
 * @csspart error - Problems (unknown office, data that could not be loaded, storage unavailable, bad code).
 *
 * @cssprop [--vk-quick-scan-level-bar-color=var(--vk-accent-background-color)] - Bars of the learning levels (values use the cluster colours).
 * @cssprop [--vk-quick-scan-track-color=var(--vk-surface-background-color)] - The empty part of a bar.
 * @cssprop [--vk-quick-scan-progress-color=var(--vk-accent-background-color)] - The filled part of the progress bar.
 * @cssprop [--vk-quick-scan-option-selected-background-color=var(--vk-selected-background-color)] - A chosen answer.
 * @cssprop [--vk-quick-scan-panel-background-color=var(--vk-info-background-color)] - Highlighted boxes (part `panel`): the result's summary, notices and notes.
 */
export class VkQuickScan extends VkElement {
  static override styles = [VkElement.styles, clusterStyles, controlStyles, styles];

  /**
   * The office: an id (`raadslid`, `wethouder`, …), name, plural or alias
   * (`Gemeenteraadslid`, `dijkgraaf`). When set (here, as `role`, or by a
   * `<vk-provider>`), the scan skips the question "Welk ambt heb je?".
   */
  @property({ reflect: true }) office?: string;

  /** `self` (default): the scan for one person. `group`: the anonymous spread of several result codes. */
  @property({ reflect: true }) mode: string = 'self';

  /**
   * URL of a page with a `vk-training-finder` (`leren.html#/vinden`,
   * `/opleidingen`). The result then links "Bekijk passend aanbod" to it
   * with `rol` and `waarde` (comma-separated) added, in the query or, when
   * the URL has a hash, after `?` in the hash.
   */
  @property({ attribute: 'finder-url' }) finderUrl?: string;

  /**
   * URL of a page with a value card. `{id}` is replaced by the value id
   * (`waarden.html#/waarde/{id}`); without `{id}` the parameter `waarde` is
   * added. Without this attribute, a value name opens its description in place.
   */
  @property({ attribute: 'value-url' }) valueUrl?: string;

  /** A result code to open: the scan shows its result (answers stay in memory). */
  @property() code?: string;

  /** Group mode: result codes to start with, separated by white space; the facilitator can add more. */
  @property() codes?: string;

  /** Heading level of the scan's title (1–6, default 2); its sections use the levels below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Where opted-in answers are kept: `localStorage` by default. Set a
   * `Storage` of your own (`sessionStorage`), or `null` to turn keeping off
   * on this site (e.g. on a shared computer). Property only.
   */
  @property({ attribute: false }) storage?: Storage | null;

  /**
   * Where the scan lives while the browser tab is open (answers, the screen,
   * a result opened from a code), so that Back, a reload and following the
   * result's links keep it: `sessionStorage` by default, gone when the tab
   * closes. `null` keeps it in memory only. Property only.
   */
  @property({ attribute: false }) session?: Storage | null;

  /** The office the page set (attribute, `role`, provider), once resolved with the data. */
  @state() private presetRole: RoleId | null = null;
  @state() private chosenRole: RoleId | null = null;
  @state() private ownValues: readonly ValueId[] = [];
  @state() private answers: ReadonlyMap<string, Answer> = new Map();
  @state() private screenIndex = 0;
  @state() private showErrors = false;
  @state() private notice: LocalizedText | null = null;
  @state() private openValue: ValueId | null = null;
  @state() private groupInput = '';
  @state() private groupChecked?: GroupCheck;
  /** The result code whose result is shown read-only (until the person starts again). */
  @state() private opened: string | null = null;
  /** The day of the result shown (`yyyy-mm-dd`): today, or the opened code's. */
  @state() private resultDate: string | null = null;

  private initialized = false;
  private emittedCode?: string;
  private pendingFocus: 'heading' | 'summary' | 'entry' | 'compare' | null = null;

  private readonly officeController = new OfficeController(this, {
    own: () => this.office,
    unknownConsequence: localized(messages, (m) => m.unknownOfficeMore),
  });

  private readonly announcer = new Announcer(this);

  /** Result codes: from the page, typed in, compared with, copied. */
  private readonly resultCodes = new ResultCodes(this, {
    locale: () => this.locale,
    m: () => this.t(messages),
    say: (text) => {
      this.announcer.say(text);
    },
    code: () => this.code,
    isGroup: () => this.isGroup,
    loaded: () => this.loaded,
    presetRole: () => this.presetRole,
    open: (code, data) => this.openCode(code, data),
    focus: (target) => {
      this.pendingFocus = target;
    },
    changed: () => {
      const data = this.loaded;
      if (data && this.initialized && !this.isGroup) this.saveTab(data);
    },
  });

  private readonly plan = new PlanController(this, () => {
    const data = this.loaded;
    if (data && this.initialized) this.saveTab(data);
  });

  private readonly kept = new KeptAnswers(this, {
    storage: () => this.storage,
    data: () => this.loaded,
    current: () => ({ role: this.chosenRole, values: this.ownValues, answers: this.answers }),
    apply: (next: Partial<ScanAnswers>) => {
      if (next.role !== undefined) this.chosenRole = next.role;
      if (next.values) this.ownValues = next.values;
      if (next.answers) this.answers = next.answers;
    },
    notice: (text) => {
      this.notice = text;
    },
  });

  /** Everything the scan shows, loaded at once (no request while a person answers), with the office. */
  private readonly data = this.tracked(
    new Task(this, {
      task: async () => {
        const [data, office] = await Promise.all([loadScanData(), this.officeController.taskComplete]);
        return { data, role: office.role };
      },
      args: () => [this.officeController.key],
      onComplete: ({ data, role }) => {
        this.onData(data, role);
      },
      onError: (error) => {
        this.reportProblem(dataLoadFailed(error, localized(messages, (m) => m.loadFailed)));
      },
    }),
  );

  private get loaded(): ScanData | undefined {
    return this.data.value?.data;
  }

  private get isGroup(): boolean {
    return this.mode === 'group';
  }

  // ---------------------------------------------------------------- data in

  private onData(data: ScanData, role: Role | undefined): void {
    this.clearProblems('data-load-failed');
    this.presetRole = role?.id ?? null;
    if (!this.initialized) {
      this.initialized = true;
      const kept = this.kept.restore(data);
      const tab = this.isGroup ? undefined : readSession(tabStorage(this.session), data.bank.version);
      if (tab) this.restoreTab(tab, data);
      else if (kept) this.screenIndex = resumeAt(this.screens(data), this.answers);
      if (this.codes && !this.groupInput) {
        this.groupInput = this.codes.split(/\s+/).filter(Boolean).join('\n');
        this.groupChecked = checkGroup(this.groupInput, codeContext(data));
      }
    }
    this.resultCodes.applyFromPage(data);
    this.screenIndex = Math.min(this.screenIndex, this.screens(data).length - 1);
  }

  /** The scan as this tab left it (Back, reload, another view of the learning tab). */
  private restoreTab(tab: SessionScan, data: ScanData): void {
    if (tab.role && data.roles.some((r) => r.id === tab.role)) this.chosenRole = tab.role;
    this.ownValues = tab.values.filter((v) => data.values.has(v)).slice(0, 4);
    this.answers = new Map(Object.entries(tab.answers));
    this.screenIndex = tab.screen;
    this.opened = tab.opened ?? null;
    this.resultDate = tab.date ?? null;
    this.resultCodes.restore(tab);
    this.plan.restore(tab.plan);
    // The same session: no "your answers of <date> are back" notice.
    this.notice = null;
  }

  /** Shows the result of `code`, read-only; or why it cannot be opened. Returns whether it opened. */
  private openCode(code: string, data: ScanData): boolean {
    const read = readCode(code, data, this.presetRole);
    if ('problem' in read) {
      this.reportProblem({ code: 'invalid-code', message: read.problem, detail: { code } });
      return false;
    }
    this.clearProblems('invalid-code');
    this.chosenRole = read.scan.role;
    this.ownValues = read.scan.values;
    this.answers = new Map(read.scan.answers);
    this.opened = code;
    this.resultDate = read.scan.date ?? null;
    this.openValue = null;
    this.go(this.screens(data).length - 1);
    return true;
  }

  private saveTab(data: ScanData): void {
    writeSession(tabStorage(this.session), {
      format: 1,
      bank: data.bank.version,
      role: this.chosenRole,
      values: this.ownValues,
      answers: Object.fromEntries(this.answers),
      screen: this.screenIndex,
      ...(this.opened ? { opened: this.opened } : {}),
      ...(this.resultDate ? { date: this.resultDate } : {}),
      ...this.resultCodes.state,
      ...(this.plan.open || this.plan.picks.length || this.plan.note ? { plan: this.plan.state } : {}),
    });
  }

  // ---------------------------------------------------------------- steps

  private progress(data: ScanData): ScanProgress {
    const id = this.presetRole ?? this.chosenRole;
    return {
      presetRole: this.presetRole,
      role: id ? data.roles.find((r) => r.id === id) : undefined,
      ownValues: this.ownValues,
      answers: this.answers,
    };
  }

  private screens(data: ScanData): Screen[] {
    return scanScreens(data, this.progress(data));
  }

  private go(index: number): void {
    this.screenIndex = index;
    this.showErrors = false;
    this.pendingFocus = 'heading';
  }

  private readonly onNext = (e: Event): void => {
    e.preventDefault();
    this.advance();
  };

  /** "Volgende": on when this screen is complete, else the summary of what is missing. */
  private advance(): void {
    const data = this.loaded;
    if (!data) return;
    const screen = this.screens(data)[this.screenIndex];
    if (!screen) return;
    if (fieldErrors(screen, this.progress(data), this.t(messages)).length) {
      this.showErrors = true;
      this.pendingFocus = 'summary';
      this.requestUpdate();
      return;
    }
    // Screens after this one may change with this one's answers (office, a Statenlid's values).
    const after = this.screens(data);
    const allAnswered = after.every((s) => s.kind !== 'page' || s.items.every((i) => this.answers.has(i.id)));
    // Back from the result to change the own top four: with every statement answered, go straight back.
    this.go(
      screen.kind === 'values' && after.at(-1)?.kind === 'result' && allAnswered
        ? after.length - 1
        : Math.min(this.screenIndex + 1, after.length - 1),
    );
  }

  private readonly onRestart = (): void => {
    this.opened = null;
    this.resultDate = null;
    this.resultCodes.reset();
    this.plan.clear();
    dropCodeFromAddress();
    this.answers = new Map();
    this.ownValues = [];
    if (!this.presetRole) this.chosenRole = null;
    this.emittedCode = undefined;
    this.go(0);
  };

  private onRole(id: RoleId): void {
    this.chosenRole = id;
    const data = this.loaded;
    // A Statenlid chooses values to scan from a shorter list; drop choices that do not fit.
    const role = data?.roles.find((r) => r.id === id);
    if (data && role && !role.priorities) {
      const allowed = scannableValues(data.bank, role.id);
      this.ownValues = this.ownValues.filter((v) => allowed.includes(v));
    }
  }

  private onValueToggle(id: ValueId, checked: boolean): void {
    const chosen = new Set(this.ownValues);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    // Kept in the publication's order, so the scan asks a Statenlid's values in that order too.
    this.ownValues = (this.loaded?.valueIds ?? [...chosen]).filter((v) => chosen.has(v));
    this.announcer.say(this.t(messages).chosenCount(this.ownValues.length));
  }

  private readonly onSaveToggle = (e: Event): void => {
    const said = this.kept.toggle((e.target as HTMLInputElement).checked);
    if (said) this.announcer.say(this.t(messages)[said]);
  };

  private readonly onErase = (): void => {
    this.kept.erase();
    clearSession(tabStorage(this.session));
    this.opened = null;
    this.resultDate = null;
    this.resultCodes.reset();
    this.plan.clear();
    dropCodeFromAddress();
    this.answers = new Map();
    this.ownValues = [];
    this.chosenRole = null;
    this.screenIndex = 0;
    this.showErrors = false;
    this.emittedCode = undefined;
    this.notice = localized(messages, (m) => m.erased);
    this.pendingFocus = 'heading';
  };

  // ---------------------------------------------------------------- result

  /** `finder-url` with the office and the values to work on. */
  private finderHref(finder: FinderParams): string | undefined {
    return this.finderUrl ? finderLink(this.finderUrl, finder) : undefined;
  }

  /** `value-url` for one value: `{id}` replaced, else with `waarde` added. */
  private valueHref(id: ValueId): string | undefined {
    const url = this.valueUrl;
    if (!url) return undefined;
    return url.includes('{id}') ? linkWithParams(url.replaceAll('{id}', encodeURIComponent(id)), {}) : linkWithParams(url, { waarde: id });
  }

  private onValueSelect(e: Event, id: ValueId): void {
    if (!this.emit('vk-value-select', { id }, { cancelable: true })) {
      e.preventDefault();
      return;
    }
    if (!this.valueUrl) this.openValue = this.openValue === id ? null : id;
  }

  // ---------------------------------------------------------------- group

  private readonly onGroupSubmit = (e: Event): void => {
    e.preventDefault();
    const data = this.loaded;
    if (!data) return;
    const g = (this.groupChecked = checkGroup(this.groupInput, codeContext(data)));
    this.announcer.say(this.t(messages).readSummary(g.checked.length, g.valid, g.checked.length - g.valid));
  };

  private async addFiles(files: Iterable<File>): Promise<void> {
    const added = await readFiles(files);
    if (added) this.groupInput = [this.groupInput.trim(), added.trim()].filter(Boolean).join('\n');
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('mode')) {
      if ((MODES as readonly string[]).includes(this.mode)) this.clearProblems('unknown-mode');
      else if (!this.problems.some((p) => p.code === 'unknown-mode')) {
        const mode = this.mode;
        this.reportProblem({ code: 'unknown-mode', message: localized(messages, (m) => m.unknownMode(mode)), detail: { mode } });
      }
    }
    const data = this.loaded;
    if (data && changed.has('code')) this.resultCodes.applyFromPage(data);
    // The result is dated the day it is first shown (a code opened keeps its own day).
    if (data && !this.isGroup && !this.opened && !this.resultDate && this.screens(data)[this.screenIndex]?.kind === 'result') {
      this.resultDate = today();
    }
    if (data && changed.has('codes') && changed.get('codes') !== undefined && this.codes !== undefined) {
      this.groupInput = this.codes.split(/\s+/).filter(Boolean).join('\n');
      this.groupChecked = checkGroup(this.groupInput, codeContext(data));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const answersChanged = changed.has('answers') || changed.has('ownValues') || changed.has('chosenRole');
    // Someone else's result (opened from a code) is never kept as the person's own answers.
    if (answersChanged && !this.opened) this.kept.changed();
    const data = this.loaded;
    const tabChanged = ['screenIndex', 'opened'].some((k) => changed.has(k));
    if (data && this.initialized && !this.isGroup && (answersChanged || tabChanged)) {
      this.saveTab(data);
    }
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        {
          summary: '.error-summary',
          entry: '.code-entry input[aria-invalid="true"]',
          compare: '#qs-comparison',
          heading: '[data-focus-heading]',
        }[this.pendingFocus],
      );
      this.pendingFocus = null;
      target?.focus();
    }
    if (data && !this.isGroup) this.emitComplete(data);
    if ((this.settled && this.initialized) || this.data.status === TaskStatus.ERROR) this.markReady();
  }

  /** The result of the answers now, dated the day it was first shown (or the opened code's day). */
  private result(data: ScanData, role: Role) {
    // A code opened without a date (QS1) keeps its own form.
    const date = this.opened ? (this.resultDate ?? undefined) : (this.resultDate ?? today());
    return scanResult(data, role, this.ownValues, this.answers, date);
  }

  /** On the result screen: `vk-scan-complete`, once per result. */
  private emitComplete(data: ScanData): void {
    const role = this.progress(data).role;
    if (this.screens(data)[this.screenIndex]?.kind !== 'result' || !role) return;
    const result = this.result(data, role);
    if (result && result.detail.code !== this.emittedCode) {
      this.emittedCode = result.detail.code;
      this.emit('vk-scan-complete', result.detail);
    }
  }

  // ---------------------------------------------------------------- render

  /** What the render functions share. */
  private view(data: ScanData): View {
    return scanView(data, this.locale, this.t(messages), headingLevel(this.headingLevel, 2));
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    const busy = this.data.status === TaskStatus.PENDING || this.data.status === TaskStatus.INITIAL;
    return html`<div part="base">
      ${this.renderProblems()}
      ${data ? (this.isGroup ? this.renderGroup(data) : this.renderScan(data)) : busy ? html`<p class="loading" role="status">${this.t(messages).loading}</p>` : nothing}
    </div>`;
  }

  private renderScan(data: ScanData): TemplateResult {
    const view = this.view(data);
    const screens = this.screens(data);
    const index = Math.min(this.screenIndex, screens.length - 1);
    const screen = screens[index] ?? { kind: 'role' };
    const progress = this.progress(data);
    const planShown = this.plan.open && screen.kind === 'result';
    return html`<section class=${planShown ? 'scan scan--plan' : 'scan'} part="scan" aria-labelledby="qs-title">
      ${view.heading(0, view.m.title, { id: 'qs-title' })}
      ${this.notice ? html`<p class="notice" part="panel" role="status">${this.notice[this.locale]}</p>` : nothing}
      ${screen.kind === 'result'
        ? this.renderResult(view, progress.role, screens)
        : renderStep({
            ...view,
            screen,
            index,
            screens,
            progress,
            chosenRole: this.chosenRole,
            errors: this.showErrors ? fieldErrors(screen, progress, view.m) : [],
            onNext: this.onNext,
            onSkipValues: () => {
              this.ownValues = [];
              this.advance();
            },
            onBack: () => {
              this.go(Math.max(0, this.screenIndex - 1));
            },
            onRole: (id) => {
              this.onRole(id);
            },
            onValueToggle: (id, checked) => {
              this.onValueToggle(id, checked);
            },
            onAnswer: (itemId, answer) => {
              this.answers = new Map(this.answers).set(itemId, answer);
            },
            focusField: (target) => {
              const field = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
              (field?.matches('input') ? field : field?.querySelector<HTMLElement>('input'))?.focus();
            },
          })}
      ${index === 0 && screen.kind !== 'result' ? this.resultCodes.render(view, 'qs-entry') : nothing}
      ${this.opened ? nothing : renderStorage(view, this.kept, this.answers.size > 0 || this.ownValues.length > 0, this.onSaveToggle, this.onErase)}
      ${this.announcer.render()}
    </section>`;
  }

  private renderResult(view: View, role: Role | undefined, screens: readonly Screen[]): TemplateResult {
    const result = role && this.result(view.data, role);
    if (!role || !result) return html``;
    const resultView = this.resultView(view, role, result, screens);
    if (!this.plan.open) return renderResult(resultView);
    const plan = this.plan;
    const planView = {
      ...resultView,
      picks: plan.picks,
      note: plan.note,
      planError: plan.error ? view.m[plan.error] : null,
      onPick: (key: string, checked: boolean) => {
        plan.pick(key, checked);
      },
      onNote: (note: string) => {
        plan.write(note);
      },
      onPrint: () => {
        if (plan.ready()) window.print();
      },
      onDownloadPlan: () => {
        const choices = planChoices(resultView);
        if (plan.ready()) downloadPlan(planView, plan.picks.flatMap((k) => choices.filter((c) => c.key === k)));
      },
      onPlanClose: () => {
        plan.show(false);
        this.pendingFocus = 'heading';
      },
    };
    return renderPlan(planView);
  }

  private resultView(
    view: View,
    role: Role,
    result: NonNullable<ReturnType<VkQuickScan['result']>>,
    screens: readonly Screen[],
  ): ResultView {
    return {
      ...view,
      role,
      ...result,
      answers: this.answers,
      ownValues: this.ownValues,
      openValue: this.openValue,
      finderHref: this.finderHref(result.detail.finder),
      valueHref: (id) => this.valueHref(id),
      onValueSelect: (e, id) => {
        this.onValueSelect(e, id);
      },
      onValueClose: (id) => {
        this.openValue = null;
        void this.updateComplete.then(() => {
          this.renderRoot.querySelector<HTMLElement>(`[aria-controls="qs-value-${id}"]`)?.focus();
        });
      },
      onBackToItems: () => {
        this.go(screens.length - 2);
      },
      onChooseOwn: () => {
        this.go(screens.findIndex((s) => s.kind === 'values'));
      },
      onRestart: this.onRestart,
      onCopy: (code) => void this.resultCodes.copy(code),
      onCopyLink: (code) => void this.resultCodes.copyLink(code),
      shareLink: this.resultCodes.shareLink,
      opened: this.opened,
      resultDate: this.resultDate,
      codeEntry: this.resultCodes.render(view, 'qs-entry-result', result.detail),
      comparison: this.resultCodes.comparison(view.data, result.detail),
      onCompareStop: () => {
        this.resultCodes.stopComparing();
        this.pendingFocus = 'heading';
      },
      onDownload: (kind) => {
        downloadResult(kind, view, result.detail, result.items, this.answers);
      },
      onPlan: () => {
        this.plan.show(true);
      },
    };
  }

  private renderGroup(data: ScanData): TemplateResult {
    return renderGroup({
      ...this.view(data),
      input: this.groupInput,
      checked: this.groupChecked,
      announcer: this.announcer.render(),
      onInput: (value) => {
        this.groupInput = value;
      },
      onSubmit: this.onGroupSubmit,
      onFiles: (files) => void this.addFiles(files),
    });
  }
}

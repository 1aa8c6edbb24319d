import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import {
  getRole,
  scannableValues,
  selectScanItems,
  type ProfessionalisationLevel,
  type QuickScanItem,
  type Role,
  type RoleId,
  type ValueId,
} from '../data/index.js';
import { settingsContext, type VkSettings } from '../shared/context.js';
import { clusterName, levelName, roleName } from '../shared/domain.messages.js';
import { localized, type Locale, type LocalizedText } from '../shared/localize.js';
import { safeUrl } from '../shared/safe-url.js';
import { VkElement } from '../shared/vk-element.js';
import { officeInput, roleAttributeProblem, type OfficeInput } from '../shared/office.js';
import { clusterStyles } from '../shared/clusters.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { decodeResult, encodeResult, scanValuesFor, type CodeContext } from './code.js';
import { download, resultCsv, resultJson, type ExportLabels } from './export.js';
import { renderGroup, reasonText } from './group-view.js';
import {
  aggregateGroup,
  checkEntries,
  GROUP_MINIMUM,
  splitEntries,
  type CheckedEntry,
  type GroupSpread,
} from './group.js';
import { messages } from './quick-scan.messages.js';
import { styles } from './quick-scan.styles.js';
import { renderResult } from './result-view.js';
import { loadScanData, type ScanData } from './scan-data.js';
import { scoreScan, strongestAndGrowth } from './scoring.js';
import {
  STORAGE_KEY,
  canStore,
  readStored,
  removeStored,
  resolveStorage,
  writeStored,
  type StoredScan,
} from './storage.js';
import { ANSWERS, type Answer, type FinderParams, type VkScanCompleteDetail } from './types.js';
import { answerLabel, cite, type View } from './view.js';

type Screen =
  | { readonly kind: 'role' }
  | { readonly kind: 'values' }
  | {
      readonly kind: 'page';
      readonly value?: ValueId;
      readonly level?: ProfessionalisationLevel;
      readonly items: readonly QuickScanItem[];
      readonly first: number;
    }
  | { readonly kind: 'result' };

interface FieldError {
  /** Id of the element to focus from the summary. */
  readonly target: string;
  readonly message: string;
  /** Label of the link in the summary. */
  readonly label: string;
}

type StorageMode = 'available' | 'off' | 'unavailable' | 'full';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const MODES = ['self', 'group'] as const;

/**
 * A five-minute self-assessment for local office holders: statements derived
 * from the publication's courses of action for the office's four priority
 * values, plus the three learning levels of the 2013 paper, on a frequency
 * scale. The result names the strongest value and the two with most room to
 * grow, with what to do, what the association can do and matching offers.
 * Answers stay in the browser; kept on the device only after opt-in. In
 * `mode="group"` a facilitator pastes result codes and sees the anonymous
 * spread, from three codes up.
 *
 * @tagname vk-quick-scan
 * @summary Self-scan of the craft values of one's office, ending in what to work on and where to learn it.
 *
 * @attr {string} role - Same as `office`. `role` is also an ARIA attribute, so accessibility checkers (axe `aria-roles`, lit-a11y) flag `role="wethouder"` on the element as an invalid ARIA role; prefer `office`.
 *
 * @fires {CustomEvent<VkScanCompleteDetail>} vk-scan-complete - The result screen is shown for a complete set of answers. Bubbles, composed. `detail`: the office, scores per value and level, strongest value, values to work on, own top four, the training-finder parameters (`finder.rol`, `finder.waarde`) and the result code. The widget itself never stores or sends it.
 * @fires {CustomEvent<VkValueSelectDetail>} vk-value-select - A value name in the result was chosen. Cancelable: call `preventDefault()` to show the value yourself (e.g. in a `vk-value-card`); otherwise the link (`value-url`) is followed, or the value's description opens in place.
 *
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
 * @csspart code - The result code field.
 * @csspart citation - A source line.
 * @csspart error - Problems (unknown office, storage unavailable, bad code).
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

  /** Heading level of the scan's title (2–6, default 2); its sections use the levels below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Where opted-in answers are kept: `localStorage` by default. Set a
   * `Storage` of your own (`sessionStorage`), or `null` to turn keeping off
   * on this site (e.g. on a shared computer). Property only.
   */
  @property({ attribute: false }) storage?: Storage | null;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  private settings?: VkSettings;

  @state() private presetRole: RoleId | null = null;
  @state() private chosenRole: RoleId | null = null;
  @state() private ownValues: readonly ValueId[] = [];
  @state() private answers: ReadonlyMap<string, Answer> = new Map();
  @state() private screenIndex = 0;
  @state() private showErrors = false;
  @state() private saving = false;
  @state() private storageMode: StorageMode = 'available';
  @state() private notice: LocalizedText | null = null;
  @state() private announcement = '';
  @state() private openValue: ValueId | null = null;
  @state() private groupInput = '';
  @state() private groupChecked?: { checked: CheckedEntry[]; spread?: GroupSpread; valid: number };

  private initialized = false;
  /** Answers just taken over from another window: they are kept already, so the next update saves nothing. */
  private takenOver = false;
  private appliedCode?: string;
  private emittedCode?: string;
  private pendingFocus: 'heading' | 'summary' | null = null;

  private readonly data = new Task(this, {
    task: async ([{ input, viaRole }]: readonly [OfficeInput]) => {
      const data = await loadScanData();
      const role = input ? ((await getRole(input)) ?? null) : undefined;
      return { data, input, viaRole, role };
    },
    args: () => [officeInput(this, this.office, this.settings)] as const,
    argsEqual: ([a], [b]) => a.input === b.input && a.viaRole === b.viaRole,
    onComplete: (value) => {
      this.onData(value);
    },
  });


  private get loaded(): ScanData | undefined {
    return this.data.value?.data;
  }

  private get isGroup(): boolean {
    return this.mode === 'group';
  }

  // ---------------------------------------------------------------- data in

  private onData({ data, input, viaRole, role }: { data: ScanData; input: string; viaRole: boolean; role: Role | null | undefined }): void {
    if (viaRole && role) this.reportProblem(roleAttributeProblem(input));
    else this.clearProblems('role-attribute');
    // A `role` that names no office is an ARIA role of the host page's: not ours to judge.
    if (viaRole && !role) {
      this.clearProblems('unknown-role');
      role = undefined;
    } else if (input && !role) {
      this.reportProblem({
        code: 'unknown-role',
        message: localized(messages, (m) => m.unknownRole(input)),
        detail: { role: input },
      });
    } else {
      this.clearProblems('unknown-role');
    }
    this.presetRole = role?.id ?? null;
    if (!this.initialized) {
      this.initialized = true;
      this.restore(data);
      if (this.codes && !this.groupInput) {
        this.groupInput = this.codes.split(/\s+/).filter(Boolean).join('\n');
        this.checkGroup(data);
      }
    }
    this.applyCode(data);
    this.clampScreen(data);
  }

  private codeContext(data: ScanData): CodeContext {
    return { bank: data.bank, roles: data.roles, valueIds: data.valueIds };
  }

  /** Opens the result of the `code` attribute once per code. */
  private applyCode(data: ScanData): void {
    const code = this.code?.trim();
    if (!code || code === this.appliedCode) return;
    this.appliedCode = code;
    const result = decodeResult(code, this.codeContext(data));
    const fail = (why: LocalizedText) => {
      this.reportProblem({
        code: 'invalid-code',
        message: { nl: messages.nl.invalidCode(why.nl), en: messages.en.invalidCode(why.en) },
        detail: { code },
      });
    };
    if (!result.ok) {
      fail(reasonText(result.error, data));
      return;
    }
    if (this.presetRole && this.presetRole !== result.scan.role) {
      fail(localized(messages, (m) => m.codeRoleMismatch));
      return;
    }
    this.clearProblems('invalid-code');
    this.chosenRole = result.scan.role;
    this.ownValues = result.scan.values;
    this.answers = new Map(result.scan.answers);
    this.screenIndex = this.screens(data).length - 1;
  }

  // ---------------------------------------------------------------- storage

  private restore(data: ScanData): void {
    const storage = resolveStorage(this.storage);
    if (this.storage === null) {
      this.storageMode = 'off';
      return;
    }
    const read = readStored(storage, data.bank);
    // Storage that cannot be written (blocked, throwing, full) may still be readable: restore, but keep nothing.
    if (read.kind === 'unavailable' || !canStore(storage)) this.storageUnavailable();
    if (read.kind === 'unavailable') return;
    if (read.kind === 'discarded') {
      this.notice = localized(messages, (m) => m.discarded);
      return;
    }
    if (read.kind === 'none') return;
    const { record } = read;
    const known = new Set(data.roles.map((r) => r.id));
    if (record.role && known.has(record.role)) this.chosenRole = record.role;
    this.ownValues = record.values.filter((v) => data.values.has(v)).slice(0, 4);
    this.answers = new Map(Object.entries(record.answers));
    this.saving = this.storageMode === 'available';
    if (read.kind === 'migrated') {
      this.notice = localized(messages, (m) => m.migrated(read.from, read.kept, read.dropped));
      this.persist();
    } else {
      const date = (locale: Locale) => this.formatDate(record.savedAt, locale);
      this.notice = { nl: messages.nl.restored(date('nl')), en: messages.en.restored(date('en')) };
    }
    const screens = this.screens(data);
    const open = screens.findIndex((s) => s.kind === 'page' && s.items.some((i) => !this.answers.has(i.id)));
    this.screenIndex = open >= 0 ? open : screens.length - 1;
  }

  private formatDate(iso: string, locale: Locale): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(date);
  }

  private storageUnavailable(): void {
    this.storageMode = 'unavailable';
    this.saving = false;
    this.reportProblem({
      code: 'storage-unavailable',
      message: localized(messages, (m) => m.saveUnavailable),
    });
  }

  private record(): StoredScan | undefined {
    const data = this.loaded;
    if (!data) return undefined;
    return {
      format: 1,
      bank: data.bank.version,
      role: this.chosenRole,
      values: this.ownValues,
      answers: Object.fromEntries(this.answers),
      savedAt: new Date().toISOString(),
    };
  }

  /**
   * Writes the answers when the person opted in; a refusal turns keeping off
   * and says why. Returns whether the answers are now kept.
   */
  private persist(): boolean {
    if (!this.saving) return false;
    const record = this.record();
    if (!record) return false;
    const result = writeStored(resolveStorage(this.storage), record);
    if (result === 'ok') return true;
    this.saving = false;
    if (result === 'full') {
      this.storageMode = 'full';
      this.reportProblem({ code: 'storage-full', message: localized(messages, (m) => m.saveFull) });
    } else {
      this.storageUnavailable();
    }
    return false;
  }

  /**
   * Takes over the answers (and own top four) of a kept record written by
   * another window: theirs are newer where both differ. Returns whether they
   * changed anything here, and whether this window has answers the record
   * lacks (then this window must save, or those would be lost).
   */
  private takeOver(record: StoredScan): { changed: boolean; extra: boolean } {
    const theirs = Object.entries(record.answers);
    const known = new Set(theirs.map(([id]) => id));
    const extra = [...this.answers.keys()].some((id) => !known.has(id));
    const values = record.values.filter((v) => this.loaded?.values.has(v)).slice(0, 4);
    let changed = false;
    if (theirs.some(([id, a]) => this.answers.get(id) !== a)) {
      this.answers = new Map([...this.answers, ...theirs]);
      changed = true;
    }
    if (values.length && values.join() !== this.ownValues.join()) {
      this.ownValues = values;
      changed = true;
    }
    return { changed, extra };
  }

  /**
   * Another window (tab, frame) of this site saved or removed the kept
   * answers. While this window keeps answers too, it takes theirs over, so
   * that neither window's next save drops the other's; answers erased (or
   * no longer kept) there are no longer kept here either, so they do not
   * come back.
   */
  private readonly onOtherWindow = (e: StorageEvent): void => {
    const storage = resolveStorage(this.storage);
    const data = this.loaded;
    if (!this.saving || !data || !storage || e.storageArea !== storage) return;
    if (e.key !== null && e.key !== STORAGE_KEY) return;
    const read = readStored(storage, data.bank);
    if (read.kind === 'none') {
      this.saving = false;
      this.notice = localized(messages, (m) => m.otherWindowStopped);
    } else if (read.kind === 'discarded') {
      this.persist();
    } else if (read.kind === 'ok' || read.kind === 'migrated') {
      const { changed, extra } = this.takeOver(read.record);
      if (changed) this.notice = localized(messages, (m) => m.otherWindowTaken);
      if (extra) this.persist();
      else if (changed) this.takenOver = true;
    }
  };

  private readonly onSaveToggle = (e: Event): void => {
    const checked = (e.target as HTMLInputElement).checked;
    const m = this.t(messages);
    if (checked) {
      this.saving = true;
      // Another window may have started keeping answers since this one opened: keep those too.
      const data = this.loaded;
      const read = data ? readStored(resolveStorage(this.storage), data.bank) : undefined;
      if (read?.kind === 'ok' || read?.kind === 'migrated') this.takeOver(read.record);
      if (this.persist()) this.say(m.saved);
    } else {
      this.saving = false;
      removeStored(resolveStorage(this.storage));
      this.say(m.unsaved);
    }
  };

  private readonly onErase = (): void => {
    removeStored(resolveStorage(this.storage));
    this.saving = false;
    this.answers = new Map();
    this.ownValues = [];
    this.chosenRole = null;
    this.screenIndex = 0;
    this.showErrors = false;
    this.emittedCode = undefined;
    this.notice = localized(messages, (m) => m.erased);
    this.pendingFocus = 'heading';
  };

  // ---------------------------------------------------------------- screens

  private currentRole(data: ScanData): Role | undefined {
    const id = this.presetRole ?? this.chosenRole;
    return id ? data.roles.find((r) => r.id === id) : undefined;
  }

  /** The values asked about: the office's priorities, or a Statenlid's own four. */
  private scanValues(role: Role): ValueId[] {
    const data = this.loaded;
    if (role.priorities || !data) return scanValuesFor(role, this.ownValues);
    // A Statenlid scans only values the bank has statements on (a restored or switched choice may hold others).
    const allowed = scannableValues(data.bank, role.id);
    return this.ownValues.filter((v) => allowed.includes(v));
  }

  private screens(data: ScanData): Screen[] {
    const list: Screen[] = [];
    if (!this.presetRole) list.push({ kind: 'role' });
    const role = this.currentRole(data);
    if (!role) return list;
    list.push({ kind: 'values' });
    const values = this.scanValues(role);
    if (!role.priorities && values.length !== 4) return list;
    const items = selectScanItems(data.bank, { role: role.id, values });
    let first = 0;
    const page = (screen: Omit<Extract<Screen, { kind: 'page' }>, 'first' | 'kind'>): Screen => {
      const s: Screen = { kind: 'page', ...screen, first };
      first += screen.items.length;
      return s;
    };
    for (const value of values) {
      list.push(page({ value, items: items.filter((i) => i.kind === 'value' && i.value === value) }));
    }
    for (const level of data.levels.map((l) => l.id)) {
      list.push(page({ level, items: items.filter((i) => i.kind === 'level' && i.level === level) }));
    }
    list.push({ kind: 'result' });
    return list;
  }

  private clampScreen(data: ScanData): void {
    const last = this.screens(data).length - 1;
    if (this.screenIndex > last) this.screenIndex = last;
  }

  private errorsFor(screen: Screen, data: ScanData): FieldError[] {
    const m = this.t(messages);
    if (screen.kind === 'role') {
      return this.currentRole(data) ? [] : [{ target: 'qs-role-0', message: m.roleMissing, label: m.roleMissing }];
    }
    if (screen.kind === 'values') {
      const role = this.currentRole(data);
      const n = this.ownValues.length;
      if (role && !role.priorities && n !== 4)
        return [{ target: 'qs-values', message: m.needFour(n), label: m.needFour(n) }];
      if (n > 4) return [{ target: 'qs-values', message: m.tooMany(n), label: m.tooMany(n) }];
      return [];
    }
    if (screen.kind === 'page') {
      return screen.items.flatMap((item, i) =>
        this.answers.has(item.id)
          ? []
          : [{ target: `qs-item-${item.id}`, message: m.itemMissing, label: m.itemLabel(screen.first + i + 1) }],
      );
    }
    return [];
  }

  private go(index: number): void {
    this.screenIndex = index;
    this.showErrors = false;
    this.pendingFocus = 'heading';
  }

  private readonly onNext = (e: Event): void => {
    e.preventDefault();
    const data = this.loaded;
    if (!data) return;
    const screens = this.screens(data);
    const screen = screens[this.screenIndex];
    if (!screen) return;
    if (this.errorsFor(screen, data).length) {
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
  };

  private readonly onBack = (): void => {
    this.go(Math.max(0, this.screenIndex - 1));
  };

  private readonly onRestart = (): void => {
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
    this.say(this.t(messages).chosenCount(this.ownValues.length));
  }

  private onAnswer(itemId: string, answer: Answer): void {
    const next = new Map(this.answers);
    next.set(itemId, answer);
    this.answers = next;
  }

  private say(text: string): void {
    // Re-announce the same text too: clear first, set after the next frame.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = text;
    });
  }

  // ---------------------------------------------------------------- result

  private result(data: ScanData, role: Role): { detail: VkScanCompleteDetail; items: QuickScanItem[] } | undefined {
    const values = this.scanValues(role);
    const items = selectScanItems(data.bank, { role: role.id, values });
    if (!items.length || items.some((i) => !this.answers.has(i.id))) return undefined;
    const scores = scoreScan(items, this.answers, values);
    const { strongest, growth } = strongestAndGrowth(scores.values);
    const finder: FinderParams = { rol: role.id, waarde: growth };
    const code = encodeResult(
      { role: role.id, bankVersion: data.bank.version, values: this.ownValues, answers: this.answers },
      this.codeContext(data),
    );
    return {
      items,
      detail: {
        role: role.id,
        bankVersion: data.bank.version,
        values: scores.values,
        levels: scores.levels,
        strongest,
        growth,
        ownTopFour: [...this.ownValues],
        priorities: role.priorities ? [...role.priorities] : null,
        finder,
        code,
      },
    };
  }

  /** `base` (relative to the page) with `params` added to its query, or to the part after `?` in its hash. */
  private withParams(base: string, params: Readonly<Record<string, string>>): string | undefined {
    let url: URL;
    try {
      url = new URL(base, document.baseURI);
    } catch {
      return undefined;
    }
    const entries = Object.entries(params);
    if (!safeUrl(url.href) || !entries.length) return safeUrl(url.href);
    if (url.hash) {
      const [path = '', query = ''] = url.hash.slice(1).split(/\?(.*)/s);
      const search = new URLSearchParams(query);
      for (const [k] of entries) search.delete(k);
      const kept = search.toString();
      const added = entries.map(([k, v]) => `${k}=${v.split(',').map(encodeURIComponent).join(',')}`).join('&');
      url.hash = `${path}?${kept ? `${kept}&` : ''}${added}`;
    } else {
      for (const [k, v] of entries) url.searchParams.set(k, v);
    }
    return safeUrl(url.href);
  }

  private finderHref(finder: FinderParams): string | undefined {
    if (!this.finderUrl) return undefined;
    return this.withParams(this.finderUrl, {
      rol: finder.rol,
      ...(finder.waarde.length ? { waarde: finder.waarde.join(',') } : {}),
    });
  }

  private valueHref(id: ValueId): string | undefined {
    if (!this.valueUrl) return undefined;
    if (this.valueUrl.includes('{id}'))
      return this.withParams(this.valueUrl.replaceAll('{id}', encodeURIComponent(id)), {});
    return this.withParams(this.valueUrl, { waarde: id });
  }

  private onValueSelect(e: Event, id: ValueId): void {
    const proceed = this.emit('vk-value-select', { id }, { cancelable: true });
    if (!proceed) {
      e.preventDefault();
      return;
    }
    if (!this.valueUrl) this.openValue = this.openValue === id ? null : id;
  }

  private async onCopy(code: string): Promise<void> {
    const m = this.t(messages);
    try {
      await navigator.clipboard.writeText(code);
      this.say(m.copied);
    } catch {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#qs-code');
      input?.focus();
      input?.select();
      this.say(m.copyFailed);
    }
  }

  private exportLabels(data: ScanData): ExportLabels {
    const m = this.t(messages);
    return {
      valueName: (id) => data.values.get(id as ValueId)?.name ?? id,
      levelName: (id) => levelName(id as ProfessionalisationLevel, this.locale),
      answerLabel: (a) => answerLabel(this.t(messages), a),
      columns: m.csvColumns,
      kindValue: m.csvValue,
      kindLevel: m.csvLevel,
    };
  }

  private onDownload(
    kind: 'json' | 'csv',
    data: ScanData,
    detail: VkScanCompleteDetail,
    items: readonly QuickScanItem[],
  ): void {
    const m = this.t(messages);
    const labels = this.exportLabels(data);
    const name = `${m.fileName}-${detail.role}.${kind}`;
    if (kind === 'json') download(name, 'application/json', resultJson(detail, items, this.answers, labels));
    else download(name, 'text/csv;charset=utf-8', resultCsv(detail, items, this.answers, labels, this.locale));
  }

  // ---------------------------------------------------------------- group

  private checkGroup(data: ScanData): void {
    const { checked, scans } = checkEntries(splitEntries(this.groupInput), this.codeContext(data));
    this.groupChecked = {
      checked,
      valid: scans.length,
      ...(scans.length >= GROUP_MINIMUM ? { spread: aggregateGroup(scans) } : {}),
    };
  }

  private readonly onGroupSubmit = (e: Event): void => {
    e.preventDefault();
    const data = this.loaded;
    if (!data) return;
    this.checkGroup(data);
    const m = this.t(messages);
    const g = this.groupChecked;
    if (g) this.say(m.readSummary(g.checked.length, g.valid, g.checked.length - g.valid));
  };

  private async addFiles(files: Iterable<File>): Promise<void> {
    const texts = await Promise.all([...files].map((f) => f.text().catch(() => '')));
    const added = texts.filter(Boolean).join('\n');
    if (!added) return;
    this.groupInput = [this.groupInput.trim(), added.trim()].filter(Boolean).join('\n');
  }

  private readonly onDrop = (e: DragEvent): void => {
    const files = e.dataTransfer?.files;
    if (!files?.length) return;
    e.preventDefault();
    void this.addFiles(files);
  };

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onOtherWindow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onOtherWindow);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('mode')) {
      if ((MODES as readonly string[]).includes(this.mode)) this.clearProblems('unknown-mode');
      else if (!this.problems.some((p) => p.code === 'unknown-mode')) {
        const mode = this.mode;
        this.reportProblem({
          code: 'unknown-mode',
          message: localized(messages, (m) => m.unknownMode(mode)),
          detail: { mode },
        });
      }
    }
    const data = this.loaded;
    if (data && changed.has('code')) this.applyCode(data);
    if (data && changed.has('codes') && changed.get('codes') !== undefined && this.codes !== undefined) {
      this.groupInput = this.codes.split(/\s+/).filter(Boolean).join('\n');
      this.checkGroup(data);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('answers') || changed.has('ownValues') || changed.has('chosenRole')) {
      if (this.takenOver) this.takenOver = false;
      else this.persist();
    }
    if (this.pendingFocus) {
      const target =
        this.pendingFocus === 'summary'
          ? this.renderRoot.querySelector<HTMLElement>('.error-summary')
          : this.renderRoot.querySelector<HTMLElement>('[data-focus-heading]');
      this.pendingFocus = null;
      target?.focus();
    }
    const data = this.loaded;
    if (data && !this.isGroup) {
      const screen = this.screens(data)[this.screenIndex];
      const role = this.currentRole(data);
      if (screen?.kind === 'result' && role) {
        const result = this.result(data, role);
        if (result && result.detail.code !== this.emittedCode) {
          this.emittedCode = result.detail.code;
          this.emit('vk-scan-complete', result.detail);
        }
      }
    }
    if ((this.data.status === TaskStatus.COMPLETE && this.initialized) || this.data.status === TaskStatus.ERROR) {
      this.markReady();
    }
  }

  // ---------------------------------------------------------------- render

  private heading(offset: number, content: unknown, { focus = false, id }: { focus?: boolean; id?: string } = {}) {
    const level = Math.min(6, Math.max(1, (Number.isFinite(this.headingLevel) ? this.headingLevel : 2) + offset));
    const tag = HEADINGS[level - 1] ?? literal`h2`;
    return staticHtml`<${tag} class=${`vk-heading vk-heading--${String(offset)}`} part="heading" id=${id ?? nothing} tabindex=${focus ? '-1' : nothing} ?data-focus-heading=${focus}>${content}</${tag}>`;
  }

  /** What the render functions share. */
  private view(data: ScanData): View {
    return {
      data,
      locale: this.locale,
      m: this.t(messages),
      heading: (offset, content, options) => this.heading(offset, content, options),
    };
  }

  protected override render() {
    const m = this.t(messages);
    return html`${this.renderProblems()}
    ${this.data.render({
      pending: () =>
        this.loaded ? this.renderLoaded(this.loaded) : html`<p class="loading" role="status">${m.loading}</p>`,
      complete: ({ data }) => this.renderLoaded(data),
      error: () => html`<p class="vk-problems" role="alert">${m.loadFailed}</p>`,
    })}`;
  }

  private renderLoaded(data: ScanData): TemplateResult {
    return this.isGroup ? this.renderGroup(data) : this.renderScan(data);
  }

  private renderResult(data: ScanData): TemplateResult {
    const role = this.currentRole(data);
    const result = role && this.result(data, role);
    if (!role || !result) return html``;
    const screens = this.screens(data);
    return renderResult({
      ...this.view(data),
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
      onBackToItems: () => {
        this.go(screens.length - 2);
      },
      onChooseOwn: () => {
        this.go(screens.findIndex((s) => s.kind === 'values'));
      },
      onRestart: this.onRestart,
      onCopy: (code) => void this.onCopy(code),
      onDownload: (kind) => {
        this.onDownload(kind, data, result.detail, result.items);
      },
    });
  }

  private renderGroup(data: ScanData): TemplateResult {
    return renderGroup({
      ...this.view(data),
      input: this.groupInput,
      checked: this.groupChecked,
      announcement: this.announcement,
      onInput: (value) => {
        this.groupInput = value;
      },
      onSubmit: this.onGroupSubmit,
      onDrop: this.onDrop,
      onFiles: (files) => void this.addFiles(files),
    });
  }

  private renderScan(data: ScanData): TemplateResult {
    const m = this.t(messages);
    const screens = this.screens(data);
    const index = Math.min(this.screenIndex, screens.length - 1);
    const screen = screens[index] ?? { kind: 'role' };
    return html`<section class="scan" part="scan" aria-labelledby="qs-title">
      ${this.heading(0, m.title, { id: 'qs-title' })}
      ${this.notice ? html`<p class="notice" part="panel" role="status">${this.notice[this.locale]}</p>` : nothing}
      ${screen.kind === 'result' ? this.renderResult(data) : this.renderStep(data, screen, index, screens)}
      ${this.renderStorage()}
      <div class="vk-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  private renderStep(
    data: ScanData,
    screen: Exclude<Screen, { kind: 'result' }>,
    index: number,
    screens: readonly Screen[],
  ): TemplateResult {
    const m = this.t(messages);
    // Until the office (and a Statenlid's values) are known, count the pages every scan has.
    const steps =
      screens.at(-1)?.kind === 'result' ? screens.length - 1 : (this.presetRole ? 0 : 1) + 1 + 4 + data.levels.length;
    const errors = this.showErrors ? this.errorsFor(screen, data) : [];
    const isLastStep = screens[index + 1]?.kind === 'result';
    const total = screens.reduce((n, s) => n + (s.kind === 'page' ? s.items.length : 0), 0);
    return html`<form class="step" part="step" novalidate @submit=${this.onNext}>
      <div class="progress" part="progress">
        <p class="progress-text" id="qs-progress">
          ${m.stepOf(index + 1, steps)}${
            screen.kind === 'page' && total
              ? html` · ${m.itemRange(screen.first + 1, screen.first + screen.items.length, total)}`
              : nothing
          }
        </p>
        <progress max=${steps} .value=${index + 1} aria-labelledby="qs-progress"></progress>
      </div>
      ${errors.length ? this.renderErrorSummary(errors, screen) : nothing}
      ${
        screen.kind === 'role'
          ? this.renderRoleStep(data, errors)
          : screen.kind === 'values'
            ? this.renderValuesStep(data, errors)
            : this.renderPage(data, screen, errors)
      }
      <div class="nav" part="nav">
        ${
          index > 0
            ? html`<button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${this.onBack}>
                ${m.back}
              </button>`
            : nothing
        }
        <button type="submit" class="vk-button" part="button">${isLastStep ? m.toResult : m.next}</button>
      </div>
    </form>`;
  }

  private renderErrorSummary(errors: readonly FieldError[], screen: Screen): TemplateResult {
    const m = this.t(messages);
    const title =
      screen.kind === 'page'
        ? m.errorSummary(errors.length)
        : screen.kind === 'values'
          ? m.errorSummaryValues
          : m.errorSummaryRole;
    return html`<div
      class="error-summary"
      part="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="qs-error-title"
    >
      <p class="error-summary-title" id="qs-error-title">${title}</p>
      <ul>
        ${errors.map(
          (e) =>
            html`<li>
              <a
                href=${`#${e.target}`}
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(e.target)}`);
                  const input = target?.matches('input') ? target : target?.querySelector<HTMLElement>('input');
                  input?.focus();
                }}
                >${e.label}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderIntro(data: ScanData): TemplateResult {
    const m = this.t(messages);
    return html`<div class="intro">
      <p>${m.intro}</p>
      <p class="intro-quote">${m.introQuoteLead} <q lang="nl">${data.bank.intro.text}</q>.</p>
      ${cite(this.view(data), data.bank.intro.source)}
    </div>`;
  }

  private renderRoleStep(data: ScanData, errors: readonly FieldError[]): TemplateResult {
    const m = this.t(messages);
    const current = this.chosenRole;
    return html`${this.renderIntro(data)}
      <fieldset class="choices" aria-describedby=${errors.length ? 'qs-role-error' : 'qs-role-hint'}>
        <legend>${this.heading(1, m.roleHeading, { focus: true })}</legend>
        <p class="hint" id="qs-role-hint">${m.roleHint}</p>
        ${errors.length ? html`<p class="field-error" id="qs-role-error">${m.roleMissing}</p>` : nothing}
        <div class="choice-list">
          ${data.roles.map(
            (r, i) =>
              html`<label class="choice" part="choice">
                <input
                  type="radio"
                  name="qs-role"
                  id=${`qs-role-${String(i)}`}
                  .checked=${live(current === r.id)}
                  @change=${() => {
                    this.onRole(r.id);
                  }}
                />
                <span>${roleName(r, this.locale)}</span>
              </label>`,
          )}
        </div>
      </fieldset>`;
  }

  private renderValuesStep(data: ScanData, errors: readonly FieldError[]): TemplateResult {
    const m = this.t(messages);
    const role = this.currentRole(data);
    if (!role) return html``;
    const staten = !role.priorities;
    const allowed = staten ? new Set(scannableValues(data.bank, role.id)) : undefined;
    const groups = data.valueGroups
      .map((g) => ({ ...g, values: g.values.filter((v) => !allowed || allowed.has(v.id)) }))
      .filter((g) => g.values.length);
    const chosen = new Set(this.ownValues);
    const error = errors[0];
    return html`${this.presetRole ? this.renderIntro(data) : nothing}
      <fieldset
        class="values"
        id="qs-values"
        aria-describedby=${error ? 'qs-values-count qs-values-error' : 'qs-values-count'}
      >
        <legend>${this.heading(1, staten ? m.statenHeading : m.valuesHeading, { focus: true })}</legend>
        ${
          staten
            ? html`<div class="panel" part="panel">
                <p>${m.statenNote}</p>
                ${cite(this.view(data), role.source)}
              </div>`
            : html`<p class="hint">${m.valuesOptional}</p>`
        }
        <p class="hint">${staten ? m.statenLegend(allowed?.size ?? 0) : m.valuesLegend}</p>
        <p class=${classMap({ count: true, 'count--over': this.ownValues.length > 4 })} id="qs-values-count">
          ${m.chosenCount(this.ownValues.length)}
        </p>
        ${error ? html`<p class="field-error" id="qs-values-error">${error.message}</p>` : nothing}
        <div class="cluster-list">
          ${groups.map(
            (g) =>
              html`<fieldset class="cluster" data-cluster=${g.cluster?.id ?? nothing}>
                <legend>${g.cluster ? clusterName(g.cluster, this.locale) : m.unplaced}</legend>
                ${g.values.map(
                  (v) =>
                    html`<label class="choice choice--value" part="choice">
                      <input
                        type="checkbox"
                        .checked=${live(chosen.has(v.id))}
                        @change=${(e: Event) => {
                          this.onValueToggle(v.id, (e.target as HTMLInputElement).checked);
                        }}
                      />
                      <span lang="nl">${v.name}</span>
                    </label>`,
                )}
              </fieldset>`,
          )}
        </div>
      </fieldset>`;
  }

  private renderPage(
    data: ScanData,
    screen: Extract<Screen, { kind: 'page' }>,
    errors: readonly FieldError[],
  ): TemplateResult {
    const m = this.t(messages);
    const role = this.currentRole(data);
    const missing = new Set(errors.map((e) => e.target));
    const level = screen.level ? data.levels.find((l) => l.id === screen.level) : undefined;
    const value = screen.value ? data.values.get(screen.value) : undefined;
    const title = value ? html`<span lang="nl">${value.name}</span>` : level ? levelName(level.id, this.locale) : '';
    return html`<div class="page" data-cluster=${value?.cluster ?? nothing}>
      ${this.heading(1, title, { focus: true })}
      <p class="hint">
        ${
          value && role
            ? role.priorities
              ? m.priorityOf(roleName(role, this.locale, true))
              : m.ownChoice
            : level
              ? m.levelIntro(level.focus)
              : nothing
        }
        ${m.instructions}
      </p>
      ${repeat(
        screen.items,
        (item) => item.id,
        (item, i) => this.renderItem(item, screen.first + i + 1, missing.has(`qs-item-${item.id}`)),
      )}
    </div>`;
  }

  private renderItem(item: QuickScanItem, number: number, missing: boolean): TemplateResult {
    const m = this.t(messages);
    const answer = this.answers.get(item.id);
    const errorId = `qs-error-${item.id}`;
    return html`<fieldset
      class=${classMap({ item: true, 'item--missing': missing })}
      part="item"
      id=${`qs-item-${item.id}`}
      aria-describedby=${missing ? errorId : nothing}
    >
      <legend><span class="item-number">${number}.</span> <span lang="nl">${item.statement}</span></legend>
      ${missing ? html`<p class="field-error" id=${errorId}>${m.itemMissing}</p>` : nothing}
      <div class="scale">
        ${ANSWERS.map(
          (a) =>
            html`<label class=${classMap({ option: true, 'option--na': a === 'nvt' })} part="option">
              <input
                type="radio"
                name=${`qs-a-${item.id}`}
                value=${String(a)}
                .checked=${live(answer === a)}
                @change=${() => {
                  this.onAnswer(item.id, a);
                }}
              />
              <span>${answerLabel(this.t(messages), a)}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderStorage(): TemplateResult {
    const m = this.t(messages);
    const mode = this.storageMode;
    const hasAnswers = this.answers.size > 0 || this.ownValues.length > 0 || this.saving;
    return html`<div class="storage" part="storage">
      <p class="storage-title">${m.storageLegend}</p>
      <p class="hint">${m.privacy}</p>
      ${
        mode === 'available'
          ? html`<label class="choice choice--save">
                <input
                  type="checkbox"
                  .checked=${live(this.saving)}
                  @change=${this.onSaveToggle}
                  aria-describedby="qs-save-hint"
                />
                <span>${m.saveLabel}</span>
              </label>
              <p class="hint" id="qs-save-hint">${m.saveHint}</p>`
          : html`<p class="hint">${mode === 'off' ? m.saveOff : mode === 'full' ? m.saveFull : m.saveUnavailable}</p>`
      }
      ${
        hasAnswers
          ? html`<button type="button" class="vk-button vk-button--secondary" part="button button-secondary" @click=${this.onErase}>
              ${m.erase}
            </button>`
          : nothing
      }
    </div>`;
  }
}

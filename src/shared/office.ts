/**
 * Which office a widget is about, read the same way by every widget:
 *
 * 1. its own `office` attribute or property;
 * 2. else a `role` attribute, **if it names an office** (`role="griffier"`,
 *    as early documentation had it). `role` is HTML's ARIA attribute, so
 *    `role="griffier"` is an invalid ARIA role that accessibility checkers
 *    report; the widget still honours it, says so (problem `role-attribute`)
 *    and asks for `office`. A genuine ARIA role (`role="region"`) is left
 *    alone and the next step applies;
 * 3. else the office of an enclosing `<vk-provider>`.
 *
 * An office name that names no office shows the `unknown-office` problem
 * (`detail: { office, valid }`). Names are matched the way `getRole()` does:
 * ids, names, plurals and aliases, case- and diacritics-insensitive.
 */
import { ContextConsumer } from '@lit/context';
import { Task, type TaskStatus } from '@lit/task';
import { allRoles, getRole, normalizeKey, type Role } from '../data/index.js';
import { settingsContext, type VkSettings } from './context.js';
import type { LocalizedText } from './localize.js';
import { widgetHooks, type Awaitable, type VkElement, type WidgetHooks } from './vk-element.js';

/** Where the office came from. */
export type OfficeSource = 'office' | 'role' | 'provider';

/** The office a widget is about, once resolved. */
export interface Office {
  /** The text that named it, trimmed; `''` when none is given. */
  readonly input: string;
  /** Where `input` came from; `undefined` when none is given. */
  readonly source: OfficeSource | undefined;
  /** The office `input` names; `undefined` without one, for an unknown name, or for one of the widget's `words`. */
  readonly role: Role | undefined;
  /** `input` is one of the widget's own words (normalised, e.g. the table's `alle`). */
  readonly word: string | undefined;
  /** When `input` names no office: the office ids that would work (`unknown-office` is shown). */
  readonly valid?: readonly string[];
}

export interface OfficeOptions {
  /**
   * The widget's own office (its `office` attribute or property). `null`:
   * the widget is about no single office right now (the table comparing
   * offices), so nothing is read or reported.
   */
  readonly own: () => string | null | undefined;
  /** Words the widget accepts besides office names (e.g. `alle`, `rijksoverheid`). */
  readonly words?: readonly string[];
  /** What the widget does when the office is unknown, in a sentence, added to the message. */
  readonly unknownConsequence?: LocalizedText;
}

/** [own office (`null`: none wanted), `role` attribute, provider office]: what the resolution depends on. */
type OfficeArgs = readonly [string | null, string, string];

const NONE: Office = { input: '', source: undefined, role: undefined, word: undefined };

/**
 * Reads, resolves and reports a widget's office; also gives the settings of
 * an enclosing `<vk-provider>` (`settings`). Create it before the tasks that
 * use it: `private readonly officeController = new OfficeController(this, { own: () => this.office })`.
 * `updateComplete` waits for it. A data task that needs the office keys on
 * {@link key} and awaits {@link taskComplete}, so it loads once per office.
 */
export class OfficeController implements Awaitable {
  private readonly hooks: WidgetHooks;
  private readonly consumer: ContextConsumer<typeof settingsContext, VkElement>;
  private readonly task: Task<OfficeArgs, Office>;
  private readonly words: ReadonlySet<string>;
  /** The office problems' messages, loaded with the first office that has a problem. */
  private problems: typeof import('./office-problems.js') | undefined;
  /** What this controller has on screen, so it clears only its own problems. */
  private shownUnknown: string | undefined;
  private shownRole: string | undefined;

  constructor(
    private readonly host: VkElement,
    private readonly options: OfficeOptions,
  ) {
    this.hooks = widgetHooks(host);
    this.words = new Set(options.words ?? []);
    this.consumer = new ContextConsumer(host, { context: settingsContext, subscribe: true });
    this.task = new Task<OfficeArgs, Office>(host, {
      task: async (args) => {
        const office = await this.resolve(args);
        if (office.source === 'role' || office.valid) this.problems ??= await import('./office-problems.js');
        return office;
      },
      args: () => this.args(),
      onComplete: (office) => {
        this.report(office);
      },
    });
    this.hooks.tracked(this);
  }

  /** The settings of an enclosing `<vk-provider>` (office, feed), if any. */
  get settings(): VkSettings | undefined {
    return this.consumer.value;
  }

  /** The resolved office; `undefined` before the first resolution and when the data failed to load. */
  get value(): Office | undefined {
    return this.task.value;
  }

  /** Shorthand for `value?.role`. */
  get role(): Role | undefined {
    return this.task.value?.role;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The office of the current input, once resolved (rejects when the office data cannot be loaded). */
  get taskComplete(): Promise<Office> {
    return this.task.taskComplete;
  }

  /** Changes whenever the input changes: for the `args` of a task that needs the office. */
  get key(): string {
    return JSON.stringify(this.args());
  }

  private args(): OfficeArgs {
    const own = this.options.own();
    if (own === null) return [null, '', ''];
    const mine = own?.trim() ?? '';
    if (mine) return [mine, '', ''];
    return ['', this.host.getAttribute('role')?.trim() ?? '', this.settings?.office?.trim() ?? ''];
  }

  private async resolve([own, role, provided]: OfficeArgs): Promise<Office> {
    if (own === null) return NONE;
    if (own) return this.lookUp(own, 'office');
    if (role) {
      const resolved = await this.lookUp(role, 'role');
      // role="region" and the like: a real ARIA role on the element, not ours to judge.
      if (!resolved.valid) return resolved;
    }
    return provided ? this.lookUp(provided, 'provider') : NONE;
  }

  private async lookUp(input: string, source: OfficeSource): Promise<Office> {
    const key = normalizeKey(input);
    if (this.words.has(key)) return { input, source, role: undefined, word: key };
    const [role, roles] = await Promise.all([getRole(input), allRoles()]);
    return { input, source, role, word: undefined, ...(role ? {} : { valid: roles.map((r) => r.id) }) };
  }

  /** Shows (or clears) `role-attribute` and `unknown-office` for a resolved office. */
  private report(office: Office): void {
    const p = this.problems; // loaded by the task whenever one of these is due
    const viaRole = office.source === 'role' ? office.input : undefined;
    if (viaRole !== this.shownRole) {
      this.shownRole = viaRole;
      if (viaRole && p) this.hooks.reportProblem(p.roleAttribute(viaRole));
      else this.hooks.clearProblems('role-attribute');
    }
    const { valid } = office;
    const unknown = valid ? office.input : undefined;
    if (unknown === this.shownUnknown) return;
    this.shownUnknown = unknown;
    if (valid && p) this.hooks.reportProblem(p.unknownOffice(office.input, valid, this.options.unknownConsequence));
    else this.hooks.clearProblems('unknown-office');
  }
}

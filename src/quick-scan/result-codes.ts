/**
 * Everything the quick scan does with result codes, beside the element: a
 * code from the page (the `code` attribute, or `#resultaat=…` in the
 * address, also when the fragment changes) opens once per code and tab; the
 * field "Heb je een resultaatcode?" opens a code or compares with it; the
 * result's code and its link are copied. The element keeps what a code
 * opens (answers, office, read-only state); this controller keeps the field,
 * the comparison and which codes it has opened.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { localized, type Locale, type LocalizedText } from '../shared/localize.js';
import { renderCodeEntry } from './code-entry.js';
import { compareWith } from './compare.js';
import { messages, type QuickScanMessages } from './quick-scan.messages.js';
import { readCode } from './result.js';
import type { ScanData } from './scan-data.js';
import { codeFromHash, linkWithCode } from './share.js';
import type { VkScanCompleteDetail } from './types.js';
import type { View } from './view.js';
import type { RoleId } from '../data/index.js';

/** What the controller needs from the element. */
export interface ResultCodesHooks {
  locale(): Locale;
  /** The scan's messages in the element's language. */
  m(): QuickScanMessages;
  /** Says something in the element's live region. */
  say(text: string): void;
  /** The `code` attribute. */
  code(): string | undefined;
  /** In group mode the page's address is not read. */
  isGroup(): boolean;
  /** The scan's data, once loaded. */
  loaded(): ScanData | undefined;
  /** The office set on the element or its provider, which a code must match. */
  presetRole(): RoleId | null;
  /** Shows the result of `code` read-only; returns whether it could (else it reported why). */
  open(code: string, data: ScanData): boolean;
  /** Moves focus after the next render. */
  focus(target: 'entry' | 'compare'): void;
  /** The comparison changed: keep it for the tab's session. */
  changed(): void;
}

/** What the tab's session keeps of it. */
export interface ResultCodesState {
  readonly pageCode?: string;
  readonly compare?: string;
}

export class ResultCodes implements ReactiveController {
  /** What is typed in the field, and why it cannot be opened. */
  private entry = '';
  private entryError: LocalizedText | null = null;
  /** The link to the result, shown once the person asked to copy it. */
  shareLink: string | null = null;
  /** An earlier result code the result is compared with. */
  compareCode: string | null = null;
  private appliedCode?: string;
  /** The last code from the page (attribute or link) already opened in this tab. */
  private pageCode?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly hooks: ResultCodesHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    const data = this.hooks.loaded();
    if (data && !this.hooks.isGroup()) this.applyFromPage(data);
  };

  /** What the tab's session keeps. */
  get state(): ResultCodesState {
    return { ...(this.pageCode ? { pageCode: this.pageCode } : {}), ...(this.compareCode ? { compare: this.compareCode } : {}) };
  }

  restore(state: ResultCodesState): void {
    this.pageCode = state.pageCode;
    this.compareCode = state.compare ?? null;
    this.host.requestUpdate();
  }

  /** Starting again (or erasing): no comparison, no link. The page's code stays opened, so it does not open again. */
  reset(): void {
    this.shareLink = null;
    this.compareCode = null;
    this.host.requestUpdate();
  }

  /** Opens the result of the `code` attribute, or of a code in the page's address, once per code and tab. */
  applyFromPage(data: ScanData): void {
    const code = this.hooks.code()?.trim() || (this.hooks.isGroup() ? undefined : codeFromHash(location.hash));
    if (!code || code === this.appliedCode || code === this.pageCode) return;
    this.appliedCode = code;
    this.pageCode = code;
    this.hooks.open(code, data);
  }

  /** The comparison with the code given (none when it no longer compares, e.g. another office). */
  comparison(data: ScanData, detail: VkScanCompleteDetail) {
    if (!this.compareCode) return null;
    const read = compareWith(this.compareCode, data, detail);
    return 'comparison' in read ? read.comparison : null;
  }

  stopComparing(): void {
    this.compareCode = null;
    this.hooks.changed();
    this.host.requestUpdate();
  }

  /** Shows why the typed code cannot be used, with focus on the field. */
  private refuse(problem: LocalizedText): void {
    this.entryError = problem;
    this.hooks.focus('entry');
    this.host.requestUpdate();
  }

  /** The typed code, accepted: the field empties. */
  private accept(): string {
    const code = this.entry.trim();
    this.entryError = null;
    this.entry = '';
    this.host.requestUpdate();
    return code;
  }

  /** "Open dit resultaat" in the field. */
  private openEntry(): void {
    const data = this.hooks.loaded();
    const code = this.entry.trim();
    if (!data) return;
    const read = code ? readCode(code, data, this.hooks.presetRole()) : { problem: localized(messages, (m) => m.codeEmpty) };
    if ('problem' in read) {
      this.refuse(read.problem);
      return;
    }
    this.hooks.open(this.accept(), data);
  }

  /** "Vergelijk met dit resultaat" in the result's field. */
  private compareEntry(detail: VkScanCompleteDetail): void {
    const data = this.hooks.loaded();
    const code = this.entry.trim();
    if (!data) return;
    const read = code ? compareWith(code, data, detail) : { problem: localized(messages, (m) => m.codeEmpty) };
    if ('problem' in read) {
      this.refuse(read.problem);
      return;
    }
    this.compareCode = this.accept();
    this.hooks.focus('compare');
    this.hooks.changed();
    this.hooks.say(this.hooks.m().compared);
  }

  /** "Kopieer link naar dit resultaat": this page's address with the code in its fragment. */
  async copyLink(code: string): Promise<void> {
    const m = this.hooks.m();
    const link = (this.shareLink = linkWithCode(location.href, code));
    this.host.requestUpdate();
    try {
      await navigator.clipboard.writeText(link);
      this.hooks.say(m.linkCopied);
    } catch {
      await this.host.updateComplete;
      this.select('#qs-link');
      this.hooks.say(m.linkCopyFailed);
    }
  }

  /** "Kopieer code"; where the clipboard is refused, the code is selected to copy by hand. */
  async copy(code: string): Promise<void> {
    const m = this.hooks.m();
    try {
      await navigator.clipboard.writeText(code);
      this.hooks.say(m.copied);
    } catch {
      this.select('#qs-code');
      this.hooks.say(m.copyFailed);
    }
  }

  private select(selector: string): void {
    const input = this.host.renderRoot.querySelector<HTMLTextAreaElement>(selector);
    input?.focus();
    input?.select();
  }

  /** "Heb je een resultaatcode?": on the first screen to open a result; on the result also to compare with it. */
  render(view: View, id: string, detail?: VkScanCompleteDetail): TemplateResult {
    const open = {
      label: view.m.openCode,
      secondary: !!detail,
      run: () => {
        this.openEntry();
      },
    };
    return renderCodeEntry(view, {
      id,
      value: this.entry,
      error: this.entryError?.[this.hooks.locale()] ?? null,
      open: this.entryError !== null,
      summary: view.m.codeEntrySummary,
      hint: detail ? view.m.compareHint : view.m.codeEntryHint,
      onInput: (value) => {
        this.entry = value;
        this.host.requestUpdate();
      },
      actions: detail
        ? [
            {
              label: view.m.compareCode,
              run: () => {
                this.compareEntry(detail);
              },
            },
            open,
          ]
        : [open],
    });
  }
}

/**
 * Keeping the scan's answers on this device, only after the person opts in
 * ("Bewaar mijn antwoorden"): restored when the scan opens, written after
 * every change, taken over from another window of the same site, erased on
 * request. Storage that is blocked, throws or fills up turns keeping off
 * and says why (`storage-unavailable`, `storage-full`); nothing is thrown.
 * The record itself is read and written by `storage.ts`.
 */
import type { ReactiveController } from 'lit';
import type { RoleId, ValueId } from '../data/index.js';
import { localized, type Locale, type LocalizedText } from '../shared/localize.js';
import { widgetHooks, type VkElement, type WidgetHooks } from '../shared/vk-element.js';
import { messages } from './quick-scan.messages.js';
import type { ScanData } from './scan-data.js';
import { STORAGE_KEY, canStore, readStored, removeStored, resolveStorage, writeStored, type StoredScan } from './storage.js';
import type { Answer } from './types.js';

/** `available`: the person may opt in; `off`: the host turned keeping off; `unavailable` / `full`: the browser refuses. */
export type StorageMode = 'available' | 'off' | 'unavailable' | 'full';

/** The part of the scan that is kept. */
export interface ScanAnswers {
  readonly role: RoleId | null;
  readonly values: readonly ValueId[];
  readonly answers: ReadonlyMap<string, Answer>;
}

export interface KeepOptions {
  /** The element's `storage` property (`undefined`: localStorage; `null`: off). */
  readonly storage: () => Storage | null | undefined;
  readonly data: () => ScanData | undefined;
  /** The answers now. */
  readonly current: () => ScanAnswers;
  /** Takes over answers restored or kept by another window (only the fields given). */
  readonly apply: (next: Partial<ScanAnswers>) => void;
  /** Shows a notice (restored, migrated, taken over, stopped elsewhere). */
  readonly notice: (text: LocalizedText) => void;
}

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export class KeptAnswers implements ReactiveController {
  /** The person opted in and the answers are being kept. */
  saving = false;
  mode: StorageMode = 'available';
  private readonly hooks: WidgetHooks;
  /** Answers just taken over from another window: they are kept already, so the next change saves nothing. */
  private takenOver = false;

  constructor(
    private readonly host: VkElement,
    private readonly options: KeepOptions,
  ) {
    this.hooks = widgetHooks(host);
    host.addController(this);
  }

  private get storage(): Storage | null {
    return resolveStorage(this.options.storage());
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onOtherWindow);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onOtherWindow);
  }

  /** Restores kept answers when the scan opens; returns whether there were any. */
  restore(data: ScanData): boolean {
    if (this.options.storage() === null) {
      this.set({ mode: 'off' });
      return false;
    }
    const storage = this.storage;
    const read = readStored(storage, data.bank);
    // Storage that cannot be written (blocked, throwing, full) may still be readable: restore, but keep nothing.
    if (read.kind === 'unavailable' || !canStore(storage)) this.unavailable();
    if (read.kind === 'unavailable' || read.kind === 'none') return false;
    if (read.kind === 'discarded') {
      this.options.notice(localized(messages, (m) => m.discarded));
      return false;
    }
    const { record } = read;
    const known = new Set(data.roles.map((r) => r.id));
    this.options.apply({
      ...(record.role && known.has(record.role) ? { role: record.role } : {}),
      values: record.values.filter((v) => data.values.has(v)).slice(0, 4),
      answers: new Map(Object.entries(record.answers)),
    });
    this.set({ saving: this.mode === 'available' });
    if (read.kind === 'migrated') {
      this.options.notice(localized(messages, (m) => m.migrated(read.from, read.kept, read.dropped)));
      this.persist();
    } else {
      const date = (locale: Locale) => formatDate(record.savedAt, locale);
      this.options.notice({ nl: messages.nl.restored(date('nl')), en: messages.en.restored(date('en')) });
    }
    return true;
  }

  /** The answers changed: keep them (unless they just came from another window, which keeps them already). */
  changed(): void {
    if (this.takenOver) this.takenOver = false;
    else this.persist();
  }

  /** The person ticked or unticked "keep my answers". Returns what to announce. */
  toggle(on: boolean): 'saved' | 'unsaved' | undefined {
    if (!on) {
      this.set({ saving: false });
      removeStored(this.storage);
      return 'unsaved';
    }
    this.set({ saving: true });
    // Another window may have started keeping answers since this one opened: keep those too.
    const data = this.options.data();
    const read = data ? readStored(this.storage, data.bank) : undefined;
    if (read?.kind === 'ok' || read?.kind === 'migrated') this.takeOver(read.record);
    return this.persist() ? 'saved' : undefined;
  }

  /** Removes the kept answers and stops keeping. */
  erase(): void {
    removeStored(this.storage);
    this.set({ saving: false });
  }

  private set(next: { saving?: boolean; mode?: StorageMode }): void {
    Object.assign(this, next);
    this.host.requestUpdate();
  }

  private unavailable(): void {
    this.set({ mode: 'unavailable', saving: false });
    this.hooks.reportProblem({ code: 'storage-unavailable', message: localized(messages, (m) => m.saveUnavailable), detail: {} });
  }

  private record(): StoredScan | undefined {
    const data = this.options.data();
    if (!data) return undefined;
    const now = this.options.current();
    return {
      format: 1,
      bank: data.bank.version,
      role: now.role,
      values: now.values,
      answers: Object.fromEntries(now.answers),
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
    const result = writeStored(this.storage, record);
    if (result === 'ok') return true;
    if (result === 'full') {
      this.set({ mode: 'full', saving: false });
      this.hooks.reportProblem({ code: 'storage-full', message: localized(messages, (m) => m.saveFull), detail: {} });
    } else {
      this.unavailable();
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
    const now = this.options.current();
    const theirs = Object.entries(record.answers);
    const known = new Set(theirs.map(([id]) => id));
    const extra = [...now.answers.keys()].some((id) => !known.has(id));
    const values = record.values.filter((v) => this.options.data()?.values.has(v)).slice(0, 4);
    const next: { answers?: Map<string, Answer>; values?: ValueId[] } = {};
    if (theirs.some(([id, a]) => now.answers.get(id) !== a)) next.answers = new Map([...now.answers, ...theirs]);
    if (values.length && values.join() !== now.values.join()) next.values = values;
    const changed = next.answers !== undefined || next.values !== undefined;
    if (changed) this.options.apply(next);
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
    const storage = this.storage;
    const data = this.options.data();
    if (!this.saving || !data || !storage || e.storageArea !== storage) return;
    if (e.key !== null && e.key !== STORAGE_KEY) return;
    const read = readStored(storage, data.bank);
    if (read.kind === 'none') {
      this.set({ saving: false });
      this.options.notice(localized(messages, (m) => m.otherWindowStopped));
    } else if (read.kind === 'discarded') {
      this.persist();
    } else if (read.kind === 'ok' || read.kind === 'migrated') {
      const { changed, extra } = this.takeOver(read.record);
      if (changed) this.options.notice(localized(messages, (m) => m.otherWindowTaken));
      if (extra) this.persist();
      else if (changed) this.takenOver = true;
    }
  };
}

/**
 * The facilitator's notes, kept in this browser (localStorage, or the
 * `storage` the host gives) under one versioned key, and clearable. Storage
 * that is blocked or full never breaks the notes: they stay in memory until
 * the page closes, and the element says why they are not kept.
 */
import { canStore, readText, removeKey, resolveStorage, writeText } from '../shared/storage.js';

export const NOTES_KEY = 'vakmanschap-widgets:conversation-cards:notes:v1';

/**
 * `kept`: saved on every change. `off`: the host set `storage = null`.
 * `unavailable`: the browser refuses storage. `full`: its quota is exceeded.
 */
export type NotesMode = 'kept' | 'off' | 'unavailable' | 'full';

export class Notes {
  text = '';
  mode: NotesMode = 'kept';
  private storage: Storage | null = null;

  /** Reads the kept notes from `given` (see `resolveStorage`); returns the mode. */
  load(given: Storage | null | undefined): NotesMode {
    if (given === null) {
      this.storage = null;
      this.mode = 'off';
      return this.mode;
    }
    this.storage = resolveStorage(given);
    const stored = readText(this.storage, NOTES_KEY);
    if (typeof stored === 'string') this.text = stored;
    this.mode = stored === undefined || !canStore(this.storage, NOTES_KEY) ? 'unavailable' : 'kept';
    return this.mode;
  }

  /** Takes the new text and keeps it when it can; returns the mode (it may have changed). */
  update(text: string): NotesMode {
    this.text = text;
    if (this.mode !== 'kept') return this.mode;
    if (!text) {
      removeKey(this.storage, NOTES_KEY);
      return this.mode;
    }
    const result = writeText(this.storage, NOTES_KEY, text);
    if (result === 'full') this.mode = 'full';
    else if (result === 'unavailable') this.mode = 'unavailable';
    return this.mode;
  }

  /** Empties the notes here and in storage. */
  clear(): void {
    this.text = '';
    removeKey(this.storage, NOTES_KEY);
  }
}

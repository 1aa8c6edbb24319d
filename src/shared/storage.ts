/**
 * Browser storage that may not be there. Storage can be missing (disabled
 * cookies, a sandboxed iframe), throw on access (SecurityError) or be full
 * (QuotaExceededError); nothing here ever throws into a widget. A widget
 * that keeps something takes a `storage` property: `undefined` means
 * localStorage, `null` means "keep nothing on this site" (a host's choice).
 */

/** `storage` as given (a host's choice, or `null` for off), else localStorage if the browser lets us use it. */
export function resolveStorage(given: Storage | null | undefined): Storage | null {
  if (given !== undefined) return given;
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/** Whether `storage` accepts a write right now (probed under `key` + `:probe`, removed again). */
export function canStore(storage: Storage | null, key: string): boolean {
  if (!storage) return false;
  try {
    const probe = `${key}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** The text under `key`: `null` when there is none, `undefined` when storage refuses. */
export function readText(storage: Storage | null, key: string): string | null | undefined {
  if (!storage) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

export type WriteResult = 'ok' | 'full' | 'unavailable';

/** Saves `text` under `key`; `full` when the quota is exceeded, `unavailable` for any other refusal. */
export function writeText(storage: Storage | null, key: string, text: string): WriteResult {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, text);
    return 'ok';
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}

/** Removes `key` (silently when storage refuses). */
export function removeKey(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do; the widget goes on.
  }
}

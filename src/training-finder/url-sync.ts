/**
 * The finder's choice (search text, filters, order) and its place in the page
 * URL: read from the URL, written back as the user chooses (a discrete choice
 * adds a history entry, so Back undoes it; typing replaces the current entry
 * once it pauses, as browsers limit history changes), and followed when the
 * user goes back or forward.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_STATE, URL_STATE_MODES, currentSearch, parseState, sameState, writeState, type FinderState, type UrlStateMode } from './url-state.js';

/** While typing, the URL follows at most this often (browsers limit history changes). */
const TYPING_URL_AFTER_MS = 300;

export class UrlSync implements ReactiveController {
  /** What the user chose. */
  choice: FinderState = EMPTY_STATE;
  /** The user changed the choice (by hand or through history) since the finder opened. */
  userChanged = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingReplace: FinderState | undefined;

  /** `urlState`: the element's `url-state` attribute. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly urlState: () => string,
  ) {
    host.addController(this);
  }

  /** Where the choice is kept: `query`, `hash`, or `off` (also for a value that is none of these). */
  get mode(): UrlStateMode {
    const value = this.urlState();
    return (URL_STATE_MODES as readonly string[]).includes(value) ? (value as UrlStateMode) : 'off';
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onHistory);
    window.addEventListener('hashchange', this.onHistory);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onHistory);
    window.removeEventListener('hashchange', this.onHistory);
    clearTimeout(this.timer);
    this.pendingReplace = undefined;
  }

  /** Takes the choice from the URL (when the mode keeps it there). */
  read(): void {
    if (this.mode === 'off') return;
    this.choice = parseState(currentSearch(this.mode));
    this.host.requestUpdate();
  }

  /**
   * Applies a user's choice: `push` for a discrete change (Back undoes it),
   * `replace` while typing (the URL follows once typing pauses).
   */
  choose(next: FinderState, how: 'push' | 'replace'): void {
    this.choice = next;
    this.userChanged = true;
    this.host.requestUpdate();
    const mode = this.mode;
    if (mode === 'off') return;
    clearTimeout(this.timer);
    if (how === 'replace') {
      this.pendingReplace = next;
      this.timer = setTimeout(() => {
        this.flush();
      }, TYPING_URL_AFTER_MS);
      return;
    }
    this.flush();
    writeState(mode, next, true);
  }

  private flush(): void {
    if (this.pendingReplace) writeState(this.mode, this.pendingReplace, false);
    this.pendingReplace = undefined;
  }

  private readonly onHistory = (): void => {
    if (this.mode === 'off') return;
    const next = parseState(currentSearch(this.mode));
    if (!sameState(next, this.choice)) {
      this.choice = next;
      this.userChanged = true;
      this.host.requestUpdate();
    }
  };
}

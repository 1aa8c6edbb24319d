/**
 * Helpers for the robustness suite (test/robustness/): every widget by tag,
 * what reaches the host page's window.onerror, whether a widget shows content
 * or its error state, what its live regions say, and what in its shadow tree
 * could have come from hostile input.
 */
import { waitUntil } from '@open-wc/testing';
import type { SendKeysPayload } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { deepActive, squash } from './dom.js';
import { shadowTree } from './stories.js';

export { deepActive, squash };

/** Every element the library registers, with the attributes it can take. */
export const WIDGET_TAGS = [
  'vk-value-card',
  'vk-value-overview',
  'vk-role-priority-table',
  'vk-training-finder',
  'vk-quick-scan',
  'vk-conversation-cards',
  'vk-provider',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** What the robustness tests use of a widget (every vk- element is a LitElement with `ready`). */
export interface Widget extends HTMLElement {
  readonly ready: Promise<void>;
  readonly updateComplete: Promise<boolean>;
  readonly isUpdatePending: boolean;
}

/** The attributes a widget reads (its observed attributes: its own, `lang` and `role`). */
export function attributesOf(tag: WidgetTag): string[] {
  const cls = customElements.get(tag) as unknown as { observedAttributes: string[] } | undefined;
  if (!cls) throw new Error(`${tag} is not registered`);
  return [...new Set(cls.observedAttributes)];
}

/** The public properties of a widget (reactive properties that are not internal state). */
export function propertiesOf(tag: WidgetTag): string[] {
  const cls = customElements.get(tag) as unknown as typeof LitElement;
  return [...cls.elementProperties].filter(([, o]) => !o.state).map(([name]) => String(name));
}

/**
 * Records everything that reaches the host page: `window.onerror`, error
 * events on window and unhandled promise rejections. `stop()` puts the
 * previous handler back and returns what was seen.
 */
export function watchHostErrors(): { readonly seen: string[]; stop: () => string[] } {
  const seen: string[] = [];
  const previous = window.onerror;
  window.onerror = (message) => {
    seen.push(`onerror: ${typeof message === 'string' ? message : message.type}`);
  };
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => {
      window.onerror = previous;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/** Lets the queued tasks run (timers at 0, promise rejections reported to the page). */
export const macrotask = (): Promise<void> =>
  new Promise<void>((r) => {
    setTimeout(r);
  });

/** The widgets inside `el` (itself when it is one; the children of a provider). */
function widgetsIn(el: Element): Widget[] {
  return [el, ...el.querySelectorAll('*')].filter((c): c is Widget => c.localName.startsWith('vk-'));
}

/**
 * Waits until a widget has rendered its current input: its data loaded, a
 * finder's feed and search finished. Not a time limit on the widget: the wait
 * ends as soon as it is done.
 */
export async function settleWidget(el: Element): Promise<void> {
  for (const w of widgetsIn(el)) {
    // The first data (or the error state) is on screen; then whatever the last change started.
    await w.ready;
    for (let i = 0; i < 20; i++) {
      await w.updateComplete;
      await macrotask();
      if (!w.isUpdatePending) break;
    }
    if (w.localName === 'vk-training-finder') {
      await waitUntil(() => !w.shadowRoot?.querySelector('p.status, [aria-busy="true"]'), `${w.localName} did not finish loading`, {
        timeout: 15000,
        interval: 5,
      });
      await w.updateComplete;
    }
  }
}


/**
 * What the widget shows: `'error'` when it shows its error state (a
 * `role="alert"` or the `error` part), `'content'` when it shows text, and
 * `'blank'` when neither (a failure). A provider shows its children.
 */
export function shows(el: Element): 'error' | 'content' | 'blank' {
  if (el.localName === 'vk-provider') {
    const inner = [...el.children].filter((c) => c.localName.startsWith('vk-'));
    if (!inner.length) return el.textContent.trim() || el.shadowRoot?.querySelector('slot') ? 'content' : 'blank';
    const states = inner.map(shows);
    return states.includes('blank') ? 'blank' : states.includes('error') ? 'error' : 'content';
  }
  const root = el.shadowRoot;
  if (!root) return 'blank';
  if (root.querySelector('[role="alert"], [part~="error"]')) return 'error';
  return squash(root.textContent) ? 'content' : 'blank';
}

/** Elements a hostile string might have turned into; none of them is ever rendered by a widget. */
const FOREIGN =
  'script, iframe, object, embed, frame, frameset, meta, link, base, img, video, audio, source, marquee, math, template, noscript, body, style, x, mtext, mglyph, animate';
/** Attributes that load or run something. */
const ACTIVE_ATTRIBUTES = /^(on|srcdoc$|formaction$|xlink:href$)/i;
/** Attributes holding a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href'];

/**
 * Everything in the widget's shadow trees (nested ones too) that looks like
 * it came from hostile input: foreign elements, event-handler attributes,
 * URLs with another scheme than http(s), and any attribute holding a
 * payload's call to the trap. Empty when the widget is safe.
 */
export function foreignMarkup(el: Element): string[] {
  const found: string[] = [];
  for (const w of widgetsIn(el)) {
    for (const node of shadowTree(w)) {
      const where = `${w.localName} <${node.localName}>`;
      if (node.matches(FOREIGN)) found.push(`${where}: element`);
      for (const name of node.getAttributeNames()) {
        const value = node.getAttribute(name) ?? '';
        if (ACTIVE_ATTRIBUTES.test(name)) found.push(`${where}: attribute ${name}`);
        if (!URL_ATTRIBUTES.includes(name.toLowerCase())) {
          // A payload's text in an attribute (an http(s) URL may carry it as inert, encoded text).
          if (value.includes('__xss')) found.push(`${where}: ${name}="${value.slice(0, 60)}"`);
        } else {
          let protocol = '';
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {
            protocol = 'malformed';
          }
          if (protocol !== 'http:' && protocol !== 'https:') found.push(`${where}: ${name} with ${protocol} "${value.slice(0, 60)}"`);
        }
      }
    }
  }
  return found;
}

/** The live regions of a widget's shadow tree (status, alert, aria-live), nested roots included. */
function liveRegions(el: Element): Element[] {
  return shadowTree(el).filter((n) => n.matches('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])'));
}

/**
 * Records what the widget's live regions say: one entry each time a region's
 * text changes to a new, non-empty text (what a screen reader would speak).
 * Regions that appear later are watched from the next `take()` on.
 */
export function listenToLiveRegions(el: Element): { take: () => string[]; stop: () => void } {
  const said: string[] = [];
  const last = new Map<Element, string>();
  const observers: MutationObserver[] = [];
  const watch = (region: Element) => {
    if (last.has(region)) return;
    last.set(region, squash(region.textContent));
    const observer = new MutationObserver(() => {
      const now = squash(region.textContent);
      if (now && now !== last.get(region)) said.push(now);
      last.set(region, now);
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    observers.push(observer);
  };
  // Regions inserted with their text already in them are spoken too.
  const added = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const region of [n, ...n.querySelectorAll('*')].filter((x) => liveRegions(el).includes(x))) {
          if (!last.has(region) && squash(region.textContent)) said.push(squash(region.textContent));
          watch(region);
        }
      }
  });
  if (el.shadowRoot) added.observe(el.shadowRoot, { childList: true, subtree: true });
  liveRegions(el).forEach(watch);
  return {
    take: () => {
      liveRegions(el).forEach(watch);
      return said.splice(0);
    },
    stop: () => {
      added.disconnect();
      observers.forEach((o) => {
        o.disconnect();
      });
    },
  };
}

/** An element as a person would name it in a failure message. */
export function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}> "${squash(el.textContent).slice(0, 40)}"`;
}

/**
 * Whether `el` shows a focus ring now: it has focus and its outline is drawn
 * (2.4.7). What is drawn counts, not :focus-visible: WebKit does not match it
 * on a radio reached with an arrow key, which the shared styles make up for.
 */
export function focusRingVisible(el: Element): boolean {
  const s = getComputedStyle(el);
  return el.matches(':focus') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
}

/** Whether `node` is `widget` or inside its shadow tree (nested shadow roots too). */
function inside(node: Node, widget: Element): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === widget) return true;
  }
  return false;
}

/**
 * A keyboard-only walk through a widget: every key goes through the
 * browser (sendKeys), the widget settles, and the focus is checked: never
 * lost to `<body>` (or to nothing) after a re-render, and always with a
 * visible focus ring. `problems` lists every step where that failed.
 */
export class KeyboardWalk {
  readonly problems: string[] = [];
  private steps = 0;

  constructor(
    private readonly widget: Element,
    private readonly send: (keys: SendKeysPayload) => Promise<unknown>,
  ) {}

  /** Presses `key` (`Tab`, `Shift+Tab`, `Enter`, `Space`, `ArrowDown`, `Escape`, …) and checks the focus. */
  async press(key: string): Promise<Element | null> {
    // A chord goes in one press: every engine's launcher understands it (scripts/test-launchers.mjs);
    // WebDriver classic (WebKit) has no separate key down and up in the stock command.
    await this.send({ press: key });
    return this.check(key);
  }

  /** Types `text` key by key and checks the focus. */
  async type(text: string): Promise<Element | null> {
    await this.send({ type: text });
    return this.check(`type "${text}"`);
  }

  /** Presses Tab (or Shift+Tab) until `found(focused)`; fails after `max` presses. */
  async tabTo(found: (el: Element) => boolean, { back = false, max = 80 } = {}): Promise<HTMLElement> {
    for (let i = 0; i <= max; i++) {
      const now = deepActive();
      if (now && found(now)) return now as HTMLElement;
      if (i < max) await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${describeElement(deepActive())}`);
  }

  private async check(step: string): Promise<Element | null> {
    this.steps++;
    await settleWidget(this.widget);
    const now = deepActive();
    if (!now || now === document.body || now === document.documentElement)
      this.problems.push(`step ${String(this.steps)} (${step}): focus lost to ${now ? `<${now.localName}>` : 'nothing'}`);
    // The host page's own controls draw the browser's focus ring; the widget's must be at least 2 px.
    else if (inside(now, this.widget) && !focusRingVisible(now))
      this.problems.push(`step ${String(this.steps)} (${step}): no visible focus on ${describeElement(now)}`);
    return now;
  }
}

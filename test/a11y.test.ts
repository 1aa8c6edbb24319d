/**
 * WCAG checks that apply to every widget in every state, run over all
 * stories: reflow at 320 CSS px (1.4.10), text spacing overrides (1.4.12),
 * 200 % text (1.4.4), reduced motion, and visible focus, also in forced
 * colours (2.4.7).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from './helpers/media.js';
import { settle, shadowTree, storyCases, vkElements, type StoryCase } from './helpers/stories.js';

const cases = await storyCases();

async function mount(c: StoryCase, width: number, style = ''): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.cssText = `width: ${String(width)}px; ${style}`;
  await c.mount(container);
  await settle(container);
  // Nested widgets (a card inside the overview) settle too.
  await Promise.all(vkElements(container).map((w) => (w as HTMLElement & { ready?: Promise<void> }).ready ?? Promise.resolve()));
  return container;
}

/**
 * Whether `el` is inside visually hidden content (the 1 px clip pattern that
 * keeps text for screen readers), which is meant to be clipped.
 */
function visuallyHidden(el: Element): boolean {
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? null : n.parentNode) {
    if (!(n instanceof Element)) continue;
    const s = getComputedStyle(n);
    const tiny = parseFloat(s.width) <= 1 && parseFloat(s.height) <= 1;
    if (s.clipPath === 'inset(50%)' || (tiny && (s.overflow === 'hidden' || s.overflow === 'clip'))) return true;
  }
  return false;
}

/** Whether some ancestor between `el` and `host` scrolls or clips horizontally (allowed for data tables). */
function insideScroller(el: Element, host: Element): boolean {
  for (let n: Node | null = el.parentNode; n && n !== host; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element) {
      const o = getComputedStyle(n).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
  }
  return false;
}

/** Elements that stick out of their widget sideways (visually hidden helpers excepted). */
function overflowing(container: HTMLElement): string[] {
  const out: string[] = [];
  for (const host of [...container.children] as HTMLElement[]) {
    const right = host.getBoundingClientRect().right;
    for (const el of shadowTree(host)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || visuallyHidden(el)) continue;
      if (r.right > right + 1 && !insideScroller(el, host)) {
        out.push(`${host.localName} ${el.localName}.${el.getAttribute('class') ?? ''} right ${r.right.toFixed(0)} > ${right.toFixed(0)}`);
      }
    }
  }
  return out;
}

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

function applyTextSpacing(container: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  for (const w of vkElements(container)) {
    if (w.shadowRoot) w.shadowRoot.adoptedStyleSheets = [...w.shadowRoot.adoptedStyleSheets, sheet];
  }
}

/** Text that a clipping box cuts off (scrollable boxes are fine: the text can be reached). */
function clipped(container: HTMLElement): string[] {
  const out: string[] = [];
  for (const w of vkElements(container)) {
    for (const el of shadowTree(w)) {
      if (!(el instanceof HTMLElement) || visuallyHidden(el)) continue;
      const s = getComputedStyle(el);
      const clips = (o: string) => o === 'hidden' || o === 'clip';
      if ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        out.push(`${w.localName} ${el.localName}.${el.className}`);
      }
    }
  }
  return out;
}

function focusables(container: HTMLElement): HTMLElement[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  return vkElements(container).flatMap((w) =>
    [...(w.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])].filter((el) => el.getClientRects().length > 0),
  );
}

function outlineVisible(el: HTMLElement): boolean {
  const s = getComputedStyle(el);
  return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
}

describe('WCAG checks on every story', () => {
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  for (const c of cases) {
    describe(`${c.title} › ${c.name}`, () => {
      it('reflows at 320 CSS px without scrolling sideways (1.4.10)', async () => {
        const container = await mount(c, 320);
        expect(overflowing(container)).to.deep.equal([]);
      });

      it('loses nothing with the text spacing overrides of 1.4.12', async () => {
        const container = await mount(c, 600);
        applyTextSpacing(container);
        await new Promise((r) => {
          requestAnimationFrame(r);
        });
        expect(clipped(container)).to.deep.equal([]);
        expect(overflowing(container)).to.deep.equal([]);
      });

      it('stays usable with text at 200 % (1.4.4)', async () => {
        const container = await mount(c, 800, '--vk-font-size: 32px');
        expect(clipped(container)).to.deep.equal([]);
        expect(overflowing(container)).to.deep.equal([]);
      });

      for (const mode of ['none', 'active'] as const) {
        it(`shows a visible focus ring on every control${mode === 'active' ? ' in forced colours' : ''} (2.4.7)`, async function () {
          // WebKit has no forced-colours mode (neither has Safari): Chromium and Firefox test the ring in it.
          if (!(await emulateMedia({ forcedColors: mode }))) this.skip();
          expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(mode === 'active');
          const container = await mount(c, 800);
          const missing = focusables(container)
            .filter((el) => {
              el.focus();
              // Content in a closed <details> keeps a box but cannot take focus: nothing to show then.
              const focused = (el.getRootNode() as ShadowRoot).activeElement === el;
              return focused && !outlineVisible(el);
            })
            .map((el) => `${mode}: ${el.localName}.${el.className} "${el.textContent.trim().slice(0, 30)}"`);
          await emulateMedia({ forcedColors: 'none' });
          expect(missing).to.deep.equal([]);
        });
      }

      it('turns animation and transition off when reduced motion is asked for', async () => {
        expect(await emulateMedia({ reducedMotion: 'reduce' }), 'reduced motion emulated').to.equal(true);
        const container = await mount(c, 800);
        const moving = vkElements(container).flatMap((w) =>
          shadowTree(w)
            .filter((el) => {
              const s = getComputedStyle(el);
              const long = (d: string) => d.split(',').some((x) => parseFloat(x) > 0.01);
              return long(s.transitionDuration) || (s.animationName !== 'none' && long(s.animationDuration));
            })
            .map((el) => `${w.localName} ${el.localName}.${el.className}`),
        );
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(moving).to.deep.equal([]);
      });
    });
  }
});

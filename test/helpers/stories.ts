/**
 * The stories of every widget, as renderable cases for the generic tests
 * (axe, reflow, text spacing, zoom, motion, forced colours). The story files
 * come from the test server (/__stories.js): a new story joins every generic
 * test by itself.
 */
import { render, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
}
type Loader = (context: { args: Args }) => Promise<Record<string, unknown> | undefined>;
interface StoryMeta {
  title?: string;
  args?: Args;
  loaders?: Loader[];
  render?: (args: Args, context: Context) => TemplateResult;
  play?: (context: Context) => Promise<void>;
}
interface Story {
  args?: Args;
  loaders?: Loader[];
  render?: (args: Args, context: Context) => TemplateResult;
  play?: (context: Context) => Promise<void>;
}

export interface StoryCase {
  readonly file: string;
  readonly title: string;
  readonly name: string;
  /**
   * Renders the story into `container` the way Storybook does: loaders
   * first, then render, then (once the widgets are ready) its play function.
   */
  readonly mount: (container: HTMLElement) => Promise<void>;
}

export async function storyCases(): Promise<StoryCase[]> {
  // @ts-expect-error: a virtual module of the test server
  const { storyFiles } = (await import('/__stories.js')) as { storyFiles: Record<string, Record<string, unknown>> };
  const cases: StoryCase[] = [];
  for (const [file, mod] of Object.entries(storyFiles)) {
    const meta = (mod['default'] ?? {}) as StoryMeta;
    const names = ((mod['__namedExportsOrder'] as string[] | undefined) ?? Object.keys(mod)).filter(
      (k) => k !== 'default' && k !== '__namedExportsOrder',
    );
    for (const name of names) {
      const story = mod[name] as Story;
      const fn = story.render ?? meta.render;
      if (!fn) throw new Error(`${file} › ${name} has no render function`);
      cases.push({
        file,
        title: meta.title ?? file,
        name,
        mount: async (container) => {
          const args = { ...meta.args, ...story.args };
          const loaded: Record<string, unknown> = {};
          for (const load of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) Object.assign(loaded, await load({ args }));
          const context: Context = { args, loaded, canvasElement: container };
          render(fn(args, context), container);
          const play = story.play ?? meta.play;
          if (play) {
            await settle(container);
            await play(context);
          }
        },
      });
    }
  }
  return cases;
}

/** Every vk- element in `root`, including those inside vk- shadow roots. */
export function vkElements(root: Element | ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('vk-')) {
      out.push(el);
      if (el.shadowRoot) out.push(...vkElements(el.shadowRoot));
    }
  }
  return out;
}

/**
 * Waits until every vk- element in `root` is defined, ready and painted, and
 * brings entrance animations to their end state (what a reader sees a moment
 * later): measured halfway, a card fading in has the contrast of its first
 * frame, and a card turning in sticks out of its box.
 */
export async function settle(root: Element): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('vk-'));
  await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
  await Promise.all(widgets.map((w) => (w as HTMLElement & { ready?: Promise<void> }).ready ?? Promise.resolve()));
  await new Promise((r) => {
    requestAnimationFrame(r);
  });
  for (const w of vkElements(root)) {
    for (const animation of w.shadowRoot?.getAnimations() ?? []) {
      if (animation.effect?.getComputedTiming().iterations !== Infinity) animation.finish();
    }
  }
}

/** All elements of a widget's shadow tree, crossing nested shadow roots. */
export function shadowTree(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot | null) => {
    if (!root) return;
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot);
  return out;
}

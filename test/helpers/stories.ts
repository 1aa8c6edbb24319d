/**
 * The stories of every widget, as renderable cases for the generic tests
 * (axe, reflow, text spacing, zoom, motion, forced colours). The story files
 * come from the test server (/__stories.js): a new story joins every generic
 * test by itself.
 */
import { render, type TemplateResult } from 'lit';

interface StoryMeta {
  title?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}

export interface StoryCase {
  readonly file: string;
  readonly title: string;
  readonly name: string;
  /** Renders the story into `container`. */
  readonly mount: (container: HTMLElement) => void;
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
        mount: (container) => {
          render(fn({ ...meta.args, ...story.args }), container);
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

/** Waits until every vk- element in `root` is defined, ready and painted. */
export async function settle(root: Element): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('vk-'));
  await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
  await Promise.all(widgets.map((w) => (w as HTMLElement & { ready?: Promise<void> }).ready ?? Promise.resolve()));
  await new Promise((r) => {
    requestAnimationFrame(r);
  });
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

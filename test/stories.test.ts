/**
 * Every story of every widget, rendered in the browser and checked with axe.
 * The story files are found by the test server (/__stories.js), and each
 * file's exports are iterated, so a new story is covered without listing it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

interface StoryMeta {
  title?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  parameters?: { a11y?: { disable?: boolean } };
}
interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  name?: string;
}

// @ts-expect-error: a virtual module of the test server
const { storyFiles } = (await import('/__stories.js')) as { storyFiles: Record<string, Record<string, unknown>> };

/** Waits for every vk- element in `root` (and in their shadow roots) to be ready. */
async function settle(root: Element): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('vk-'));
  await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
  await Promise.all(widgets.map((w) => (w as HTMLElement & { ready?: Promise<void> }).ready ?? Promise.resolve()));
  await new Promise((r) => {
    requestAnimationFrame(r);
  });
}

describe('every story', () => {
  it('finds story files', () => {
    expect(Object.keys(storyFiles).length).to.be.greaterThan(0);
  });

  for (const [file, mod] of Object.entries(storyFiles)) {
    const meta = (mod['default'] ?? {}) as StoryMeta;
    const names = ((mod['__namedExportsOrder'] as string[] | undefined) ?? Object.keys(mod)).filter(
      (k) => k !== 'default' && k !== '__namedExportsOrder',
    );
    describe(`${file} (${meta.title ?? ''})`, () => {
      for (const name of names) {
        const story = mod[name] as Story;
        it(`${name}: renders and is accessible (axe)`, async () => {
          const renderStory = story.render ?? meta.render;
          expect(renderStory, 'story has a render function').to.be.a('function');
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          render(renderStory!({ ...meta.args, ...story.args }), container);
          await settle(container);
          const widgets = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('vk-'));
          expect(widgets.length, 'a vk- element').to.be.greaterThan(0);
          for (const w of widgets) {
            if (w.shadowRoot) expect(w.shadowRoot.textContent.trim(), `${w.localName} rendered text`).to.not.equal('');
          }
          await expect(container).to.be.accessible();
        });
      }
    });
  }
});

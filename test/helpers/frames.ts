import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders one iframe and resolves with it once its page has loaded. The load
 * listener is bound in the template, so it is in place before the frame is
 * connected and starts loading: a listener added after fixture() resolves
 * misses the load of a page that came from the cache that fast (WebKit).
 *
 *   const frame = await loadedFrame((onLoad) => html`<iframe title="…" src="…" @load=${onLoad}></iframe>`);
 */
export async function loadedFrame(render: (onLoad: () => void) => TemplateResult): Promise<HTMLIFrameElement> {
  let loaded!: () => void;
  const load = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  const frame = await fixture<HTMLIFrameElement>(
    render(() => {
      loaded();
    }),
  );
  await load;
  return frame;
}

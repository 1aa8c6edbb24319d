/**
 * The iframe helper: a framed learning tab reports its height; the host's
 * vk-embed.js applies it only for marked frames, from the frame's own
 * origin, in the expected shape.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/embed/vk-embed.js';
import { EMBED_PROTOCOL } from '../src/embed/protocol.js';
import { loadedFrame } from './helpers/frames.js';

function frame(src: string, marked = true): Promise<HTMLIFrameElement> {
  return loadedFrame((onLoad) =>
    marked
      ? html`<iframe data-vk-embed title="test" src=${src} style="height: 100px" @load=${onLoad}></iframe>`
      : html`<iframe title="test" src=${src} style="height: 100px" @load=${onLoad}></iframe>`,
  );
}

describe('vk-embed.js (iframe resizing)', () => {
  it('sizes a marked iframe to its content, and follows when the content grows', async () => {
    const el = await frame('/test/pages/embed-child.html');
    await waitUntil(() => el.style.height === '321px', 'resized to 321px');
    el.contentWindow!.postMessage('grow', '*');
    await waitUntil(() => el.style.height === '654px', 'resized to 654px');
  });

  it('leaves unmarked iframes alone (without the helper they scroll as usual)', async () => {
    const sent = new Promise<void>((resolve) => {
      window.addEventListener('message', function onMessage(e) {
        if ((e.data as { protocol?: string } | null)?.protocol === EMBED_PROTOCOL) {
          window.removeEventListener('message', onMessage);
          resolve();
        }
      });
    });
    const el = await frame('/test/pages/embed-child.html', false);
    await sent; // the frame did report its height …
    expect(el.style.height).to.equal('100px'); // … but nobody applied it
  });

  it('ignores messages that do not come from the frame itself', async () => {
    const el = await frame('/test/pages/embed-child.html');
    await waitUntil(() => el.style.height === '321px');
    window.postMessage({ protocol: EMBED_PROTOCOL, version: 1, type: 'resize', height: 9 }, '*');
    await new Promise((r) => setTimeout(r, 200));
    expect(el.style.height).to.equal('321px');
  });

  it('ignores a frame that navigated to another origin than its src', async () => {
    const received = new Promise<MessageEvent>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        if (e.origin !== location.origin) {
          window.removeEventListener('message', onMessage);
          resolve(e);
        }
      };
      window.addEventListener('message', onMessage);
    });
    const el = await fixture<HTMLIFrameElement>(
      html`<iframe data-vk-embed title="test" src="/test/pages/embed-redirect.html" style="height: 100px"></iframe>`,
    );
    const message = await received; // the frame, now on the other origin, did send its height …
    expect((message.data as { height: number }).height).to.equal(321);
    expect(el.style.height).to.equal('100px'); // … and the helper (listening first) ignored it
  });

  it('ignores malformed or absurd sizes', async () => {
    const { isResizeMessage } = await import('../src/embed/protocol.js');
    const ok = { protocol: EMBED_PROTOCOL, version: 1, type: 'resize', height: 400 };
    expect(isResizeMessage(ok)).to.equal(true);
    for (const bad of [
      { ...ok, height: '400' },
      { ...ok, height: Number.NaN },
      { ...ok, height: -1 },
      { ...ok, height: 1e9 },
      { ...ok, protocol: 'other' },
      { ...ok, version: 2 },
      'resize',
      null,
    ]) {
      expect(isResizeMessage(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});

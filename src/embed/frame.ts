import { EMBED_PROTOCOL, type ResizeMessage } from './protocol.js';

/**
 * Inside an iframe: tells the parent page the content height whenever it
 * changes (the parent's vk-embed.js applies it). Outside a frame: nothing.
 * Only the height is sent; `'*'` is safe for a number the page shows anyway.
 */
export function reportHeightToParent(root: Element = document.documentElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { protocol: EMBED_PROTOCOL, version: 1, type: 'resize', height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => {
    observer.disconnect();
  };
}

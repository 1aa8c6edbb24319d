/**
 * vk-embed.js — the optional helper for a host page that shows the learning
 * tab in an iframe. Mark the iframe with `data-vk-embed` and include this
 * script once; the iframe then takes the height of its content. Without it,
 * the page scrolls inside the frame as usual.
 *
 *   <iframe data-vk-embed src="https://griffie.example.nl/leeromgeving/vinden.html#/vinden?rol=raadslid"
 *           title="Leren en ontwikkelen" style="width:100%;height:80vh;border:0"></iframe>
 *   <script src="https://griffie.example.nl/leeromgeving/vk-embed.js" defer></script>
 *
 * A message is applied only when it comes from the window of a marked iframe,
 * from the origin of that iframe's `src`, and has the exact expected shape.
 */
import { isResizeMessage } from './protocol.js';

function frameFor(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-vk-embed]')) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

function originOf(frame: HTMLIFrameElement): string | undefined {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isResizeMessage(event.data)) return;
  const frame = frameFor(event.source);
  if (!frame || event.origin !== originOf(frame)) return;
  frame.style.height = `${String(Math.ceil(event.data.height))}px`;
});

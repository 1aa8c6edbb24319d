// The keystroke timing both search pages share (finder.js, bare-search.js):
// from a typed character's keydown to the frame painted after the page
// answers the field's text.

/** Yields to the event loop without setTimeout's 4 ms clamp. */
export const yieldTask = () =>
  new Promise((r) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => r();
    port2.postMessage(0);
  });

/** Resolves after the next frame has been produced: a rAF, then a task after it. */
export const nextPaint = () => new Promise((r) => requestAnimationFrame(() => yieldTask().then(r)));

/**
 * Times every typed character in `input` into `window.__keyTimes`, until
 * `settled()` says the page shows what the field asks for.
 */
export function timeKeystrokes(input, settled) {
  window.__keyTimes = [];
  input.addEventListener('keydown', (e) => {
    if (e.key.length !== 1 || e.ctrlKey) return; // typed characters only
    const t = e.timeStamp;
    void (async () => {
      do await yieldTask();
      while (!settled());
      await nextPaint();
      window.__keyTimes.push(performance.now() - t);
    })();
  });
  input.focus();
}

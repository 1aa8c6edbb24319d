/**
 * The message a framed learning tab sends to the host page so the host can
 * size the iframe to its content. Only the height crosses the frame border.
 */
export const EMBED_PROTOCOL = 'vakmanschap-widgets/embed';

export interface ResizeMessage {
  readonly protocol: typeof EMBED_PROTOCOL;
  readonly version: 1;
  readonly type: 'resize';
  /** Content height in CSS pixels. */
  readonly height: number;
}

/** The largest height a host accepts (anything above is ignored as hostile). */
export const MAX_HEIGHT = 50_000;

/** Whether `data` is a well-formed resize message. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m['protocol'] === EMBED_PROTOCOL &&
    m['version'] === 1 &&
    m['type'] === 'resize' &&
    typeof m['height'] === 'number' &&
    Number.isFinite(m['height']) &&
    m['height'] >= 0 &&
    m['height'] <= MAX_HEIGHT
  );
}

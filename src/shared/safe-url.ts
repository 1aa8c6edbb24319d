/**
 * A URL from data or a third-party feed, made safe to put in `href`: only
 * absolute http(s) URLs pass; `javascript:`, `data:`, `vbscript:`, relative
 * and malformed URLs give `undefined` (render the text without a link).
 */
export function safeUrl(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

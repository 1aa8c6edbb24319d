/**
 * A result as a link: the result code in the URL fragment (`#resultaat=…`,
 * or after `?` in a hash route: `#/scan?resultaat=…`). Browsers never send
 * the fragment to a server, so sharing the link shares the code with the
 * person who gets it, not with the site.
 */

/** The parameter in the fragment. */
export const CODE_PARAM = 'resultaat';

const PATTERN = new RegExp(`(^#|[#?&])${CODE_PARAM}=([^&]*)`);

/** The result code in `hash`, or `undefined`. */
export function codeFromHash(hash: string): string | undefined {
  const m = PATTERN.exec(hash);
  if (!m?.[2]) return undefined;
  try {
    return decodeURIComponent(m[2]).trim() || undefined;
  } catch {
    return m[2];
  }
}

/** The fragment without the result code (and without an empty `?` it leaves). */
function hashWithout(hash: string): string {
  const [path = '', query = ''] = hash.replace(/^#/, '').split(/\?(.*)/s);
  if (!path.startsWith('/')) {
    // `#resultaat=…` (no route): the whole fragment is parameters.
    const rest = new URLSearchParams(hash.replace(/^#/, ''));
    rest.delete(CODE_PARAM);
    return rest.toString();
  }
  const params = new URLSearchParams(query);
  params.delete(CODE_PARAM);
  const kept = params.toString();
  return kept ? `${path}?${kept}` : path;
}

/** `href` with `code` in its fragment: after `?` in a hash route (`#/scan`), else as the fragment. */
export function linkWithCode(href: string, code: string): string {
  const url = new URL(href);
  const rest = hashWithout(url.hash);
  const param = `${CODE_PARAM}=${encodeURIComponent(code)}`;
  url.hash = rest.startsWith('/') ? `${rest}${rest.includes('?') ? '&' : '?'}${param}` : rest ? `${rest}&${param}` : param;
  return url.href;
}

/** Takes the result code out of the page's address (without a new history entry), e.g. when the person starts again. */
export function dropCodeFromAddress(): void {
  if (codeFromHash(location.hash) === undefined) return;
  const rest = hashWithout(location.hash);
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  } catch {
    // A sandboxed frame may refuse; the code then stays in the address.
  }
}

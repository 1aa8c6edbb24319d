/**
 * Links to a page with a `vk-training-finder`, preset through its URL
 * parameters (`rol`, `waarde`; see the finder's `url-state.ts`), and to other
 * pages the widgets point to (a value page). The one place that builds such
 * links (the scan's "Bekijk passend aanbod"); kept apart from the finder's
 * own URL code so a page with only the scan does not load that.
 */
import { safeUrl } from './safe-url.js';

/**
 * A link to `base` (relative to the page) with `params` added: after `?` in
 * its hash when it has one (replacing those parameters there), else in its
 * query. Lists are written comma-separated (`waarde=lef,integriteit`).
 * `undefined` unless it is http(s).
 */
export function linkWithParams(base: string, params: Readonly<Record<string, string | readonly string[]>>): string | undefined {
  let url: URL;
  try {
    url = new URL(base, document.baseURI);
  } catch {
    return undefined;
  }
  const entries = Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? [v] : v] as const);
  if (!safeUrl(url.href) || !entries.length) return safeUrl(url.href);
  if (url.hash) {
    const [path = '', query = ''] = url.hash.slice(1).split(/\?(.*)/s);
    const search = new URLSearchParams(query);
    for (const [k] of entries) search.delete(k);
    const kept = search.toString();
    const added = entries.map(([k, v]) => `${k}=${v.map(encodeURIComponent).join(',')}`).join('&');
    url.hash = `${path}?${kept ? `${kept}&` : ''}${added}`;
  } else {
    for (const [k, v] of entries) url.searchParams.set(k, v.join(','));
  }
  return safeUrl(url.href);
}

/** A link to a page with a `vk-training-finder`, preset with offices (`rol`) and values (`waarde`). */
export function finderLink(base: string, params: { readonly rol: string; readonly waarde: readonly string[] }): string | undefined {
  return linkWithParams(base, { rol: params.rol, ...(params.waarde.length ? { waarde: params.waarde } : {}) });
}

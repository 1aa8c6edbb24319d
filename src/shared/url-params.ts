/**
 * The training finder's state in the page URL, as query-string pieces:
 * parameters are placed in the URL's query, or, when it has a hash (a hash
 * router's `#/vinden`), after a `?` inside the hash; parameters of the host
 * page that are not ours are kept byte for byte. (Links to a finder from
 * elsewhere are built by `finder-link.ts`.)
 */
/** Decodes one parameter the way forms encode them (`+` is a space). */
export function decodeParam(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Encodes a parameter value, keeping the commas that separate list items readable. */
export function encodeParam(s: string): string {
  return encodeURIComponent(s).replace(/%2C/gi, ',');
}

/** Splits a raw query string (without `?`) into pairs, keeping each pair's raw text. */
export function queryPairs(search: string): { key: string; value: string; raw: string }[] {
  return search
    .split('&')
    .filter(Boolean)
    .map((raw) => {
      const i = raw.indexOf('=');
      return i < 0 ? { key: decodeParam(raw), value: '', raw } : { key: decodeParam(raw.slice(0, i)), value: decodeParam(raw.slice(i + 1)), raw };
    });
}

/** Replaces the parameters named in `names` in a raw query string by `ours`, keeping the others as they were. */
export function mergeQuery(search: string, ours: string, names: ReadonlySet<string>): string {
  const others = queryPairs(search)
    .filter((p) => !names.has(p.key))
    .map((p) => p.raw);
  return [...others, ...(ours ? [ours] : [])].join('&');
}

/** Where parameters go: the query, or after `?` in the hash. */
export type ParamPlace = 'query' | 'hash';

/** `url`'s path, query and hash with `ours` (a raw query string replacing the parameters `names`) placed in `place`. */
export function placeParams(
  url: Pick<Location, 'pathname' | 'search' | 'hash'>,
  ours: string,
  names: ReadonlySet<string>,
  place: ParamPlace,
): string {
  if (place === 'query') {
    const search = mergeQuery(url.search.replace(/^\?/, ''), ours, names);
    return `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
  }
  const hash = url.hash.replace(/^#/, '');
  const i = hash.indexOf('?');
  const path = i < 0 ? hash : hash.slice(0, i);
  const search = mergeQuery(i < 0 ? '' : hash.slice(i + 1), ours, names);
  const fragment = `${path}${search ? `?${search}` : ''}`;
  return `${url.pathname}${url.search}${fragment ? `#${fragment}` : ''}`;
}

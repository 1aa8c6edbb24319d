/**
 * Configuration without code: a `config.json` next to the page, and two URL
 * parameters of the page (`?rol=raadslid&taal=en`) that win over it. Unknown
 * keys and bad values are ignored (and listed, so the page can say so).
 *
 * The feeds come from `config.json` only. A page URL is something anybody
 * can craft and send around on the council's own domain; if it could name a
 * feed, a link could make the council's learning tab show anybody's offers
 * and sign-up links as the council's. So `?feed=` (and every other setting
 * but the office and the language) in the URL is ignored and named.
 */
import { parseFeedSpecs, type FeedSpec } from '../data/index.js';
import { SLUG } from './routes.js';

export interface TabConfig {
  /** Default office (`raadslid`, `griffier`, …). */
  role?: string;
  /**
   * The feeds, griffie's own first: `"feeds": ["aanbod.csv.json", { "url": "…/agenda.ics", "roles": ["raadslid"] }]`
   * (per-feed defaults as `parseFeedSpecs` reads them). The older `"feed": "…"` is one feed.
   */
  feeds?: readonly FeedSpec[];
  /** Interface language: `nl` (default) or `en`. */
  locale?: 'nl' | 'en';
  /** Page heading, e.g. "Leren en ontwikkelen — gemeenteraad Voorbeeldstad". */
  title?: string;
  theme?: {
    /** A stylesheet with an NL Design System theme (same origin or allowed by the page's CSP). */
    stylesheet?: string;
    /** The theme's class, put on <html> (e.g. `utrecht-theme`). */
    className?: string;
    /** `--vk-*` custom properties, e.g. `{ "--vk-accent-background-color": "#00689e" }`. */
    tokens?: Record<string, string>;
  };
}

const CLASS = /^[A-Za-z_][\w-]{0,80}$/;
const TOKEN = /^--vk-[a-z0-9-]{1,80}$/;

function httpUrl(input: unknown, base: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  try {
    const url = new URL(input, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The settings a page URL may make: the office and the language, never a feed, title or theme. */
export const URL_SETTINGS: readonly string[] = ['role', 'locale'];

/**
 * Keeps only well-formed settings; returns what was dropped, for a notice.
 * `allowed` limits which settings this source may make (the page URL: {@link URL_SETTINGS}).
 */
export function sanitizeConfig(raw: unknown, base: string, allowed?: readonly string[]): { config: TabConfig; ignored: string[] } {
  const config: TabConfig = {};
  const ignored: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { config, ignored: raw === undefined ? [] : ['config'] };
  const r = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(r)) {
    if (allowed && !allowed.includes(key)) {
      ignored.push(key);
      continue;
    }
    switch (key) {
      case 'role':
        if (typeof value === 'string' && SLUG.test(value)) config.role = value;
        else ignored.push(key);
        break;
      case 'feed': {
        // The 0.1 form: one URL. Kept for existing config files; "feeds" wins when both are there.
        const url = httpUrl(value, base);
        if (url) config.feeds ??= [{ url }];
        else ignored.push(key);
        break;
      }
      case 'feeds': {
        const { specs, ignored: bad } = parseFeedSpecs(value, base);
        config.feeds = specs;
        ignored.push(...bad);
        break;
      }
      case 'locale':
        if (value === 'nl' || value === 'en') config.locale = value;
        else ignored.push(key);
        break;
      case 'title':
        if (typeof value === 'string' && value.length <= 200) config.title = value;
        else ignored.push(key);
        break;
      case 'theme': {
        if (typeof value !== 'object' || value === null) {
          ignored.push(key);
          break;
        }
        const t = value as Record<string, unknown>;
        const theme: NonNullable<TabConfig['theme']> = {};
        const stylesheet = httpUrl(t['stylesheet'], base);
        if (stylesheet) theme.stylesheet = stylesheet;
        else if (t['stylesheet'] !== undefined) ignored.push('theme.stylesheet');
        if (typeof t['className'] === 'string' && CLASS.test(t['className'])) theme.className = t['className'];
        else if (t['className'] !== undefined) ignored.push('theme.className');
        if (typeof t['tokens'] === 'object' && t['tokens'] !== null) {
          const tokens: Record<string, string> = {};
          for (const [name, v] of Object.entries(t['tokens'] as Record<string, unknown>)) {
            if (TOKEN.test(name) && typeof v === 'string' && v.length <= 200 && !/[;{}<>]/.test(v)) tokens[name] = v;
            else ignored.push(`theme.tokens.${name}`);
          }
          theme.tokens = tokens;
        }
        config.theme = theme;
        break;
      }
      default:
        ignored.push(key);
    }
  }
  return { config, ignored };
}

/**
 * Settings from the page's own query string (Dutch parameter names). A
 * `feed` parameter is passed on so that {@link sanitizeConfig} names it as
 * ignored (the page says so), never used.
 */
export function configFromQuery(search: string): Record<string, unknown> {
  const q = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  const rol = q.get('rol');
  const taal = q.get('taal');
  if (rol) out['role'] = rol;
  if (q.has('feed')) out['feed'] = q.get('feed');
  if (taal) out['locale'] = taal;
  return out;
}

/** Merges in order of precedence (later wins). */
export function mergeConfig(...configs: TabConfig[]): TabConfig {
  return configs.reduce<TabConfig>(
    (acc, c) => ({ ...acc, ...c, theme: { ...acc.theme, ...c.theme, tokens: { ...acc.theme?.tokens, ...c.theme?.tokens } } }),
    {},
  );
}

/**
 * Configuration without code: URL parameters of the page
 * (`?rol=raadslid&feed=https://…&taal=en`) win over a `config.json` next to
 * the page, which wins over the defaults. Unknown keys and bad values are
 * ignored (and listed, so the page can say so).
 */
import { SLUG } from './routes.js';

export interface TabConfig {
  /** Default office (`raadslid`, `griffier`, …). */
  role?: string;
  /** URL of an association's offerings feed. */
  feed?: string;
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

/** Keeps only well-formed settings; returns what was dropped, for a notice. */
export function sanitizeConfig(raw: unknown, base: string): { config: TabConfig; ignored: string[] } {
  const config: TabConfig = {};
  const ignored: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { config, ignored: raw === undefined ? [] : ['config'] };
  const r = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(r)) {
    switch (key) {
      case 'role':
        if (typeof value === 'string' && SLUG.test(value)) config.role = value;
        else ignored.push(key);
        break;
      case 'feed': {
        const url = httpUrl(value, base);
        if (url) config.feed = url;
        else ignored.push(key);
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

/** Settings from the page's own query string (Dutch parameter names). */
export function configFromQuery(search: string): Record<string, unknown> {
  const q = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  const rol = q.get('rol');
  const feed = q.get('feed');
  const taal = q.get('taal');
  if (rol) out['role'] = rol;
  if (feed) out['feed'] = feed;
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

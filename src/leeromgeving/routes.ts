/**
 * The learning tab's deep links. A link in an agenda item opens the right
 * view: `#/waarde/lef`, `#/ambt/griffier`, `#/driehoek`,
 * `#/vinden?rol=raadslid&waarde=lef`, `#/scan`, `#/gesprek`,
 * `#/gesprek/driehoek` (the conversation cards, for one audience).
 */
export type View =
  | { readonly name: 'waarden' }
  | { readonly name: 'waarde'; readonly value: string }
  | { readonly name: 'ambten' }
  | { readonly name: 'ambt'; readonly role: string }
  | { readonly name: 'driehoek' }
  | { readonly name: 'rijk' }
  | { readonly name: 'vinden' }
  | { readonly name: 'scan' }
  | { readonly name: 'gesprek'; readonly audience?: string };

export type Section = 'waarden' | 'ambten' | 'vinden' | 'scan' | 'gesprek';

/** Which navigation section a view belongs to. */
export function sectionOf(view: View): Section {
  switch (view.name) {
    case 'waarden':
    case 'waarde':
      return 'waarden';
    case 'ambten':
    case 'ambt':
    case 'driehoek':
    case 'rijk':
      return 'ambten';
    case 'vinden':
      return 'vinden';
    case 'scan':
      return 'scan';
    case 'gesprek':
      return 'gesprek';
  }
}

/** An id as in the data: kebab-case ASCII. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses `location.hash`; anything unknown opens the value map. */
export function parseHash(hash: string): View {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const [, first = '', second = ''] = path.split('/');
  const id = decodeURIComponent(second).toLowerCase();
  switch (first) {
    case 'waarde':
      return SLUG.test(id) ? { name: 'waarde', value: id } : { name: 'waarden' };
    case 'ambt':
      return SLUG.test(id) ? { name: 'ambt', role: id } : { name: 'ambten' };
    case 'gesprek':
      return SLUG.test(id) ? { name: 'gesprek', audience: id } : { name: 'gesprek' };
    case 'ambten':
    case 'driehoek':
    case 'rijk':
    case 'vinden':
    case 'scan':
      return { name: first };
    default:
      return { name: 'waarden' };
  }
}

/** The hash for a view (the finder's own state follows after `?`). */
export function hashFor(view: View): string {
  switch (view.name) {
    case 'waarde':
      return `#/waarde/${encodeURIComponent(view.value)}`;
    case 'ambt':
      return `#/ambt/${encodeURIComponent(view.role)}`;
    case 'gesprek':
      return view.audience ? `#/gesprek/${encodeURIComponent(view.audience)}` : '#/gesprek';
    default:
      return `#/${view.name}`;
  }
}

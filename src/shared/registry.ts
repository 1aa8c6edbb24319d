import { VERSION } from './version.js';

/** Marker left on every class this copy of the library registers. */
const OWNER = Symbol.for('vakmanschap-widgets.version');

type Tagged = CustomElementConstructor & { [OWNER]?: string };

let warned = false;

/**
 * Registers `ctor` as `tag` unless the tag is taken. A page that loads the
 * library twice (two script tags, two versions, a bundle plus a CDN copy)
 * keeps the first definition; the second copy is skipped with one console
 * warning per copy, never an exception.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  (ctor as Tagged)[OWNER] = VERSION;
  const existing: Tagged | undefined = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned) return;
  warned = true;
  const other = existing[OWNER] ?? 'een andere bibliotheek / another library';
  console.warn(
    `[vakmanschap-widgets ${VERSION}] <${tag}> is al geregistreerd (${other}); ` +
      `deze kopie wordt overgeslagen. / already defined; this copy is skipped.`,
  );
}

/**
 * Hostile input everywhere it can come in: every payload of
 * test/fixtures/xss-payloads.js through every attribute of every widget,
 * every field of a training-finder feed (the fields are read from
 * data/schema, so a new field is covered by itself) and every field of the
 * quick scan's stored answers. After each one: the trap never ran, nothing in
 * any shadow root came from the payload (no foreign element, no event
 * handler, no link or source with another scheme than http(s)), and the
 * widget still shows its content or its error state.
 *
 * (training-finder-feeds.test.ts has the hand-made hostile feed with its
 * exact rendering; this file is the systematic sweep.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { XSS_PAYLOADS, installXssTrap } from '../fixtures/xss-payloads.js';
import { validOffering, validProvider } from '../fixtures/training-feeds.js';
import { mountWithFeed } from '../helpers/training-finder.js';
import { quickScanBank, quickScanItems, prioritiesFor } from '../../src/data/index.js';
import { STORAGE_KEY, codeFor } from '../helpers/quick-scan.js';
import { WIDGET_TAGS, attributesOf, foreignMarkup, settleWidget, shows, watchHostErrors, type WidgetTag } from '../helpers/robustness.js';

/** Attributes that make a widget show the part where the attribute under test matters. */
async function baseline(tag: WidgetTag, attribute: string): Promise<Record<string, string>> {
  switch (tag) {
    case 'vk-value-card':
      return { value: 'lef', office: 'griffier' };
    case 'vk-value-overview':
      return { office: 'griffier' };
    case 'vk-training-finder':
      return { 'url-state': 'off', 'feed-timeout': '3000' };
    case 'vk-quick-scan':
      // The result screen: the finder and value links are rendered there.
      return attribute === 'codes'
        ? { mode: 'group' }
        : {
            code: await codeFor('raadslid', (n) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5),
            'finder-url': 'https://example.org/leren',
            'value-url': 'https://example.org/waarden#/waarde/{id}',
          };
    case 'vk-conversation-cards':
      // The facilitator's view shows the drawing order and the round length.
      return attribute === 'draw' || attribute === 'round-minutes' ? { view: 'facilitator' } : {};
    default:
      return {};
  }
}

/** Builds the widget (a provider with a card and a finder inside). */
function create(tag: WidgetTag, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (tag === 'vk-provider') {
    const card = document.createElement('vk-value-card');
    card.setAttribute('value', 'lef');
    const finder = document.createElement('vk-training-finder');
    finder.setAttribute('url-state', 'off');
    finder.setAttribute('feed-timeout', '3000');
    // Only the provider's feed and office matter here: the research's offer would only re-render 51 offers per payload.
    finder.setAttribute('include-corpus', 'false');
    el.append(card, finder);
  }
  return el;
}

/** What went wrong after one payload: the trap, markup, a blank widget, the host page. */
function inspect(el: Element, ran: number[], errors: string[], label: string): string[] {
  const found = [
    ...ran.splice(0).map((id) => `payload ${String(id)} ran`),
    ...foreignMarkup(el),
    ...(shows(el) === 'blank' ? ['the widget shows nothing'] : []),
    ...errors.splice(0),
  ];
  return found.map((f) => `${label}: ${f}`);
}

let tried = 0;

describe('hostile input', function () {
  // Each test re-renders a widget once per payload (56), the stored-answers test mounts the scan 283 times:
  // seconds of work in any engine, more than the runner's 10 s for one widget in a slow one (WebKit).
  this.timeout(60_000);
  let ran: number[];
  let host: ReturnType<typeof watchHostErrors>;

  beforeEach(() => {
    ran = installXssTrap();
    host = watchHostErrors();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    host.stop();
    delete window.__xss;
    localStorage.clear();
    sessionStorage.clear();
  });
  after(() => {
    console.log(`xss: ${String(tried)} payload × field combinations tried (${String(XSS_PAYLOADS.length)} payloads)`);
  });

  it(`has at least 50 distinct payloads, each calling the trap with its own id`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    XSS_PAYLOADS.forEach((p, i) => {
      if (p.includes('__xss(')) expect(p).to.contain(`__xss(${String(i)})`);
    });
  });

  it('catches a payload that does run (the trap works)', () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__xss(7)');
    img.setAttribute('onload', 'window.__xss(7)');
    img.dispatchEvent(new Event('error'));
    expect(ran).to.deep.equal([7]);
  });

  for (const tag of WIDGET_TAGS) {
    describe(`<${tag}>`, () => {
      for (const attribute of attributesOf(tag)) {
        it(`shows every payload in ${attribute}="…" as inert text, or not at all`, async () => {
          const attrs = await baseline(tag, attribute);
          const el = create(tag, { ...attrs, [attribute]: XSS_PAYLOADS[0]! });
          const problems: string[] = [];
          await fixture(html`<div>${el}</div>`);
          for (const [i, payload] of XSS_PAYLOADS.entries()) {
            el.setAttribute(attribute, payload);
            await settleWidget(el);
            tried++;
            problems.push(...inspect(el, ran, host.seen, `payload ${String(i)}`));
          }
          expect(problems).to.deep.equal([]);
        });
      }
    });
  }

  describe('<vk-training-finder> feed records', () => {
    type Path = (string | number)[];
    interface Schema {
      properties?: Record<string, Schema>;
      definitions?: Record<string, Schema>;
      type?: string | string[];
      items?: Schema;
      $ref?: string;
    }
    let schemas: Record<string, Schema>;

    before(async () => {
      const names = ['offerings', 'providers', 'common'];
      const loaded = await Promise.all(names.map(async (n) => (await fetch(`/data/schema/${n}.schema.json`)).json() as Promise<Schema>));
      schemas = Object.fromEntries(names.map((n, i) => [`${n}.schema.json`, loaded[i]!]));
    });

    /** The definition a `$ref` points to (`common.schema.json#/definitions/source`, `#/definitions/cost`). */
    function resolve(ref: string, file: string): [Schema, string] {
      const [target = '', pointer = ''] = ref.split('#');
      const where = target || file;
      let node: unknown = schemas[where];
      for (const seg of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[seg];
      return [node as Schema, where];
    }

    /** Every leaf field below `schema` as a path, one level into arrays and referenced objects. */
    function paths(schema: Schema, file: string, prefix: Path = []): Path[] {
      const out: Path[] = [];
      for (const [key, raw] of Object.entries(schema.properties ?? {})) {
        const [def, where] = raw.$ref ? resolve(raw.$ref, file) : [raw, file];
        const types = [def.type ?? []].flat();
        if (types.includes('array') && def.items) {
          const [item, itemFile] = def.items.$ref ? resolve(def.items.$ref, where) : [def.items, where];
          out.push(...(item.properties ? paths(item, itemFile, [...prefix, key, 0]) : [[...prefix, key, 0]]));
        } else if (def.properties) {
          out.push(...paths(def, where, [...prefix, key]));
        } else out.push([...prefix, key]);
      }
      return out;
    }

    function set(target: Record<string, unknown>, path: Path, value: unknown): void {
      let node: Record<string | number, unknown> = target;
      path.slice(0, -1).forEach((seg, i) => {
        const next = path[i + 1];
        const child = node[seg];
        node[seg] = Array.isArray(child)
          ? [...(child as unknown[])]
          : child && typeof child === 'object'
            ? { ...child }
            : typeof next === 'number'
              ? []
              : {};
        node = node[seg] as Record<string | number, unknown>;
      });
      node[path.at(-1)!] = value;
    }

    /** A fact and a source make the nested fields exist before a payload goes in. */
    const offering = (i: number) => ({
      ...validOffering,
      id: `vb-${String(i)}`,
      title: `Aanbod ${String(i)}`,
      facts: [{ label: 'duur', text: 'een dag' }],
    });

    /** The payload as it goes into a field: URL fields also get it behind a valid-looking https prefix. */
    function variants(path: Path, payload: string): string[] {
      return path.at(-1) === 'url' ? [payload, `https://example.org/${payload}`] : [payload];
    }

    async function showFeed(el: HTMLElement, feed: unknown): Promise<void> {
      el.querySelector('script')!.textContent = JSON.stringify(feed);
      await settleWidget(el);
      const root = el.shadowRoot!;
      for (const toggle of root.querySelectorAll<HTMLButtonElement>('[part~="result-toggle"][aria-expanded="false"]')) toggle.click();
      const rejected = root.querySelector<HTMLDetailsElement>('[part~="rejected"]');
      if (rejected) rejected.open = true;
      await settleWidget(el);
    }

    /** A finder that shows only its feed; each test swaps the feed in its child script. */
    const finder = () => mountWithFeed({ offerings: [] }, { 'url-state': 'off', 'include-corpus': 'false' });

    it('shows every payload in every offering field as inert text, or skips the record', async () => {
      const el = await finder();
      const fields = paths(resolve('#/definitions/offering', 'offerings.schema.json')[0], 'offerings.schema.json');
      expect(fields.map((p) => p.join('.'))).to.include.members([
        'title',
        'description',
        'url',
        'cost.text',
        'facts.0.label',
        'facts.0.text',
      ]);
      const problems: string[] = [];
      for (const path of fields) {
        const offerings: unknown[] = [];
        for (const v of XSS_PAYLOADS.flatMap((payload) => variants(path, payload))) {
          const o = offering(offerings.length);
          set(o, path, v);
          offerings.push(o);
          tried++;
        }
        await showFeed(el, { providers: [validProvider], offerings });
        problems.push(...inspect(el, ran, host.seen, path.join('.')));
      }
      // A payload as the name of a field the schema does not know.
      await showFeed(el, { providers: [validProvider], offerings: XSS_PAYLOADS.map((p, i) => ({ ...offering(i), [p]: p })) });
      tried += XSS_PAYLOADS.length;
      problems.push(...inspect(el, ran, host.seen, 'unknown field'));
      expect(problems).to.deep.equal([]);
    });

    it('shows every payload in every provider field as inert text, or skips the provider', async () => {
      const el = await finder();
      const fields = paths(resolve('#/definitions/provider', 'providers.schema.json')[0], 'providers.schema.json');
      expect(fields.map((p) => p.join('.'))).to.include.members(['name', 'shortName', 'url', 'aliases.0']);
      const problems: string[] = [];
      for (const path of fields) {
        const providers: Record<string, unknown>[] = [];
        const offerings: unknown[] = [];
        for (const v of XSS_PAYLOADS.flatMap((payload) => variants(path, payload))) {
          const p: Record<string, unknown> = {
            ...validProvider,
            id: `vb${String(providers.length)}`,
            source: { doc: 'x', section: 'y', quote: 'z' },
          };
          set(p, path, v);
          providers.push(p);
          offerings.push({ ...offering(offerings.length), provider: p['id'] });
          tried++;
        }
        await showFeed(el, { providers, offerings });
        problems.push(...inspect(el, ran, host.seen, `provider ${path.join('.')}`));
      }
      expect(problems).to.deep.equal([]);
    });

    it('shows every payload in the feed’s own name, publisher, date and page as inert text', async () => {
      const el = await finder();
      const fields = paths(resolve('#/definitions/feed', 'offerings.schema.json')[0], 'offerings.schema.json');
      expect(fields.map((p) => p.join('.'))).to.have.members(['name', 'publisher', 'updated', 'url']);
      const problems: string[] = [];
      for (const path of fields) {
        for (const [i, payload] of XSS_PAYLOADS.entries()) {
          const feed = {
            feed: { name: 'Feed', publisher: 'Uitgever', updated: '2025-01-01' },
            providers: [validProvider],
            offerings: [offering(0)],
          };
          set(feed.feed, path, payload);
          await showFeed(el, feed);
          tried++;
          problems.push(...inspect(el, ran, host.seen, `feed.${path.join('.')} ${String(i)}`));
        }
      }
      expect(problems).to.deep.equal([]);
    });
  });

  describe('<vk-quick-scan> stored answers', () => {
    let base: Record<string, unknown>;
    let firstItem: string;

    before(async () => {
      const items = await quickScanItems({ role: 'raadslid', values: (await prioritiesFor('raadslid'))!.map((v) => v.id) });
      firstItem = items[0]!.id;
      base = {
        format: 1,
        bank: (await quickScanBank()).version,
        role: 'raadslid',
        values: [],
        answers: { [firstItem]: 4 },
        savedAt: '2025-01-01T10:00:00.000Z',
      };
    });

    async function scanWith(stored: string, label: string): Promise<string[]> {
      localStorage.setItem(STORAGE_KEY, stored);
      const el = document.createElement('vk-quick-scan');
      await fixture(html`<div>${el}</div>`);
      await settleWidget(el);
      tried++;
      const found = inspect(el, ran, host.seen, label);
      el.remove();
      return found;
    }

    it('shows nothing of a payload in any stored field, and restores or discards the record', async () => {
      const problems: string[] = [];
      // Many payloads fit in one record: as chosen values, as answer ids and as answers.
      problems.push(...(await scanWith(JSON.stringify({ ...base, values: XSS_PAYLOADS }), 'values')));
      problems.push(
        ...(await scanWith(JSON.stringify({ ...base, answers: Object.fromEntries(XSS_PAYLOADS.map((p) => [p, 3])) }), 'answer ids')),
      );
      problems.push(
        ...(await scanWith(
          JSON.stringify({ ...base, answers: Object.fromEntries(XSS_PAYLOADS.map((p, i) => [`${firstItem}-${String(i)}`, p])) }),
          'answers',
        )),
      );
      tried += 3 * (XSS_PAYLOADS.length - 1);
      // One at a time: the single-valued fields and the whole stored text.
      for (const field of ['format', 'bank', 'role', 'savedAt']) {
        for (const [i, payload] of XSS_PAYLOADS.entries()) {
          problems.push(...(await scanWith(JSON.stringify({ ...base, [field]: payload }), `${field} ${String(i)}`)));
        }
      }
      for (const [i, payload] of XSS_PAYLOADS.entries()) problems.push(...(await scanWith(payload, `raw ${String(i)}`)));
      expect(problems).to.deep.equal([]);
    });
  });
});

/**
 * Property-based tests with fast-check: random attribute values, properties
 * of the wrong type (numbers, objects, null, arrays into string properties),
 * random feed records and random stored scan states. Whatever comes in,
 * nothing reaches the host page (window.onerror, error events, unhandled
 * rejections) and the widget shows its content or its error state.
 *
 * A fixed seed keeps every run the same; a failure prints the seed, the
 * path and the shrunk counterexample to replay it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { validOffering, validProvider } from '../fixtures/training-feeds.js';
import { resetUrl } from '../helpers/training-finder.js';
import { quickScanBank } from '../../src/data/index.js';
import { STORAGE_KEY } from '../helpers/quick-scan.js';
import { WIDGET_TAGS, attributesOf, macrotask, propertiesOf, settleWidget, shows, watchHostErrors } from '../helpers/robustness.js';

const SEED = 20250110;
const RUNS = 60;
const runs: Record<string, number> = {};

/** Values a host might plausibly write, valid or nearly so, for any attribute. */
const PLAUSIBLE = [
  '',
  ' ',
  'lef',
  'Menselijke maat',
  'HIERARCHIE',
  'raadslid',
  'Gemeenteraadsleden',
  'dijkgraaf',
  'statenlid',
  'alle',
  'rijksoverheid',
  'burgemeester,griffier',
  ',,,',
  'sociaal',
  'onbekend',
  'compact',
  'group',
  'self',
  'hash',
  'off',
  'query',
  'false',
  'true',
  'en',
  'nl',
  'en-GB',
  'fr',
  'region',
  '0',
  '-1',
  '7',
  '2.5',
  'NaN',
  '1e309',
  '/data/examples/example-feed.json',
  '/__test/status/500',
  '/__test/text',
  'https://example.org/{id}',
  'QS1-1-rl--',
];

/** An attribute's value; `null`: the attribute is set and removed again. */
const attributeValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...XSS_PAYLOADS) },
);

/** Anything a script might assign to a property. */
const propertyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, false, NaN, Infinity, -0),
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }),
);

function optionalMap<T>(keys: readonly string[], value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, T>>;
}

/**
 * Mounts `make()`, lets it settle, and returns what reached the host page and
 * what the widget shows; the element is removed again.
 */
async function trial(make: () => HTMLElement, container: HTMLElement): Promise<{ errors: string[]; state: string }> {
  const host = watchHostErrors();
  let el: HTMLElement | undefined;
  try {
    el = make();
    container.append(el);
    await settleWidget(el);
    return { errors: host.seen, state: shows(el) };
  } finally {
    el?.remove();
    // A rejection is reported after the microtask queue drains.
    await macrotask();
    host.stop();
    resetUrl();
  }
}

/** Checks one trial; returns true so fast-check counts it as passed. */
function check(result: { errors: string[]; state: string }, what: string): boolean {
  expect(result.errors, `${what}: reached the host page`).to.deep.equal([]);
  expect(result.state, `${what}: shows content or its error state`).not.to.equal('blank');
  return true;
}

describe('fuzzing', function () {
  // Each property runs dozens of widgets; the runner's default 10 s is for one.
  this.timeout(180_000);
  let container: HTMLElement;

  beforeEach(async () => {
    container = await fixture(html`<div style="width: 800px"></div>`);
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  after(() => {
    console.log(
      `fuzz runs: ${Object.entries(runs)
        .map(([k, n]) => `${k} ${String(n)}`)
        .join(', ')}`,
    );
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: random attributes and properties of any type (${String(RUNS)} runs, seed ${String(SEED)})`, async function () {
      const attributes = attributesOf(tag);
      const properties = propertiesOf(tag);
      expect(attributes.length, 'attributes').to.be.greaterThan(1);
      const arbitrary = fc.record({
        attrs: optionalMap(attributes, attributeValue),
        props: optionalMap(properties, propertyValue),
      });
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ attrs, props }) => {
          runs[tag] = (runs[tag] ?? 0) + 1;
          const result = await trial(() => {
            const el = document.createElement(tag);
            // A finder keeps its state in the page URL unless told otherwise: keep the test page's URL clean.
            if (tag === 'vk-training-finder' && !('url-state' in attrs)) el.setAttribute('url-state', 'off');
            for (const [k, v] of Object.entries(attrs)) {
              el.setAttribute(k, v ?? 'x');
              if (v === null) el.removeAttribute(k);
            }
            for (const [k, v] of Object.entries(props)) (el as unknown as Record<string, unknown>)[k] = v;
            if (tag === 'vk-provider') el.append(document.createElement('vk-value-card'));
            return el;
          }, container);
          return check(result, tag);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  // Found by the random-attribute case above: `includeCorpus = NaN` made the finder rebuild its offer on every
  // update (NaN !== NaN), which restarted its search task, which asked for another update: a microtask loop
  // that froze the page. Every public property set to a value that is not equal to itself, or to a fresh
  // object, must still let each widget settle.
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: every property NaN, then every property a fresh object, settles`, async () => {
      for (const [what, make] of [['NaN', () => NaN], ['{}', () => ({})], ['[]', () => []]] as const) {
        const result = await trial(() => {
          const el = document.createElement(tag);
          if (tag === 'vk-training-finder') el.setAttribute('url-state', 'off');
          for (const k of propertiesOf(tag)) (el as unknown as Record<string, unknown>)[k] = make();
          if (tag === 'vk-provider') el.append(document.createElement('vk-value-card'));
          return el;
        }, container);
        check(result, `${tag} with every property ${what}`);
      }
    });
  }

  describe('<vk-training-finder> feeds', () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...XSS_PAYLOADS));
    const junk = fc.anything({ maxDepth: 2 });
    /** A record close to valid: each field kept, given a plausible value, or given anything at all. */
    const offering = fc
      .record(
        {
          id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/), junk),
          title: fc.oneof(text, junk),
          provider: fc.oneof(fc.constantFrom('vb', 'vng', 'onbekend', null), junk),
          description: fc.oneof(text, fc.constant(null), junk),
          roles: fc.oneof(fc.constant(null), fc.subarray(['raadslid', 'griffier', 'wethouder', 'statenlid']), junk),
          formats: fc.oneof(fc.subarray(['training', 'intervisie', 'e-learning'], { minLength: 1 }), junk),
          levels: fc.oneof(fc.constant(null), fc.subarray(['macro', 'meso', 'micro']), junk),
          mode: fc.oneof(fc.constantFrom('individueel', 'collectief', 'beide', null), junk),
          cost: fc.oneof(
            fc.record({ kind: fc.constantFrom('gratis', 'betaald', 'onbekend'), text: fc.oneof(text, fc.constant(null)) }),
            junk,
          ),
          url: fc.oneof(fc.webUrl(), fc.constant(null), text, junk),
          year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), junk),
          values: fc.oneof(fc.subarray(['lef', 'gezag', 'bekwaamheid']), junk),
          facts: fc.oneof(fc.array(fc.record({ label: text, text }), { maxLength: 3 }), junk),
          status: fc.oneof(fc.constantFrom('bestaand', 'afgelopen', 'voorstel', null), junk),
        },
        { requiredKeys: [] },
      )
      .map((o) => ({ ...validOffering, ...o }));
    const feed = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            feed: fc.option(fc.record({ name: text, publisher: text, updated: fc.oneof(fc.constant('2025-01-15'), text) }), {
              nil: undefined,
            }),
            providers: fc.option(fc.array(fc.oneof(fc.constant(validProvider), junk), { maxLength: 2 }), { nil: undefined }),
            offerings: fc.array(fc.oneof({ weight: 4, arbitrary: offering }, { weight: 1, arbitrary: junk }), { maxLength: 6 }),
          },
          { requiredKeys: ['offerings'] },
        ),
      },
      { weight: 1, arbitrary: fc.array(offering, { maxLength: 4 }) },
      { weight: 1, arbitrary: junk },
    );

    it(`survives random feed records (${String(RUNS)} runs, seed ${String(SEED)})`, async function () {
      await fc.assert(
        fc.asyncProperty(feed, fc.boolean(), async (content, includeCorpus) => {
          runs['feed'] = (runs['feed'] ?? 0) + 1;
          const result = await trial(() => {
            const el = document.createElement('vk-training-finder');
            el.setAttribute('url-state', 'off');
            if (!includeCorpus) el.setAttribute('include-corpus', 'false');
            const script = document.createElement('script');
            script.type = 'application/json';
            // JSON.stringify(undefined) is undefined: the script then holds the text "undefined".
            script.textContent = `${JSON.stringify(content) as string | undefined}`;
            el.append(script);
            return el;
          }, container);
          return check(result, 'feed');
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  });

  describe('<vk-quick-scan> stored answers', () => {
    it(`survives random stored scan states (${String(RUNS)} runs, seed ${String(SEED)})`, async () => {
      const version = (await quickScanBank()).version;
      const answer = fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, 'nvt'), fc.anything({ maxDepth: 1 }));
      const record = fc
        .record(
          {
            format: fc.oneof(fc.constant(1), fc.anything({ maxDepth: 1 })),
            bank: fc.oneof(fc.constantFrom(version, version - 1, version + 1), fc.anything({ maxDepth: 1 })),
            role: fc.oneof(fc.constantFrom('raadslid', 'statenlid', 'minister', null), fc.anything({ maxDepth: 1 })),
            values: fc.oneof(fc.subarray(['lef', 'gezag', 'bekwaamheid', 'weerbaarheid', 'onzin']), fc.anything({ maxDepth: 1 })),
            answers: fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), answer, { maxKeys: 5 }), fc.anything({ maxDepth: 1 })),
            savedAt: fc.oneof(
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
              fc.string(),
            ),
          },
          { requiredKeys: [] },
        )
        .map((r) => JSON.stringify(r));
      const stored = fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: fc.json() }, { weight: 1, arbitrary: fc.string() });
      await fc.assert(
        fc.asyncProperty(stored, fc.constantFrom('', 'raadslid', 'statenlid'), async (value, office) => {
          runs['stored scan'] = (runs['stored scan'] ?? 0) + 1;
          localStorage.setItem(STORAGE_KEY, value);
          const result = await trial(() => {
            const el = document.createElement('vk-quick-scan');
            if (office) el.setAttribute('office', office);
            return el;
          }, container);
          localStorage.clear();
          sessionStorage.clear();
          return check(result, 'stored scan');
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  });
});

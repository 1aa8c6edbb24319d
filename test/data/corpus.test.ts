/**
 * The data set against its schemas, against the corpus text, and against
 * itself. Runs in the browser like every test; the corpus texts come from
 * data/corpus/ through the test server (/__corpus/). A missing text fails.
 */
import { expect } from '@open-wc/testing';
import actionsFile from '../../data/actions.json';
import cardsFile from '../../data/cards.json';
import clustersFile from '../../data/clusters.json';
import craftFile from '../../data/craft.json';
import offeringsFile from '../../data/offerings.json';
import providersFile from '../../data/providers.json';
import quickScanFile from '../../data/quick-scan.json';
import rolesFile from '../../data/roles.json';
import sourcesFile from '../../data/sources.json';
import trendsFile from '../../data/trends.json';
import valuesFile from '../../data/values.json';
import type {
  ActionsFile,
  CardsFile,
  ClustersFile,
  CraftFile,
  OfferingsFile,
  ProvidersFile,
  QuickScanFile,
  RolesFile,
  Source,
  SourcesFile,
  TrendsFile,
  ValuesFile,
} from '../../src/data/generated/types.js';
import type { ValidateFunction } from '../../src/data/generated/validate-function.js';
import { validateActions } from '../../src/data/generated/validate-actions.js';
import { validateCards } from '../../src/data/generated/validate-cards.js';
import { validateClusters } from '../../src/data/generated/validate-clusters.js';
import { validateCraft } from '../../src/data/generated/validate-craft.js';
import { validateOfferings } from '../../src/data/generated/validate-offerings.js';
import { validateProviders } from '../../src/data/generated/validate-providers.js';
import { validateQuickScan } from '../../src/data/generated/validate-quick-scan.js';
import { validateRoles } from '../../src/data/generated/validate-roles.js';
import { validateSources } from '../../src/data/generated/validate-sources.js';
import { validateTrends } from '../../src/data/generated/validate-trends.js';
import { validateValues } from '../../src/data/generated/validate-values.js';

const sources = sourcesFile as unknown as SourcesFile;
const clusters = clustersFile as unknown as ClustersFile;
const values = valuesFile as unknown as ValuesFile;
const roles = rolesFile as unknown as RolesFile;
const actions = actionsFile as unknown as ActionsFile;
const trends = trendsFile as unknown as TrendsFile;
const providers = providersFile as unknown as ProvidersFile;
const offerings = offeringsFile as unknown as OfferingsFile;
const craft = craftFile as unknown as CraftFile;
const quickScan = quickScanFile as unknown as QuickScanFile;
const cards = cardsFile as unknown as CardsFile;

const files: [string, unknown, ValidateFunction][] = [
  ['sources.json', sources, validateSources],
  ['clusters.json', clusters, validateClusters],
  ['values.json', values, validateValues],
  ['roles.json', roles, validateRoles],
  ['actions.json', actions, validateActions],
  ['trends.json', trends, validateTrends],
  ['providers.json', providers, validateProviders],
  ['offerings.json', offerings, validateOfferings],
  ['craft.json', craft, validateCraft],
  ['quick-scan.json', quickScan, validateQuickScan],
  ['cards.json', cards, validateCards],
];

/** Every `source` object anywhere in a file, with where it sits. */
function collectSources(node: unknown, path: string, out: { path: string; source: Source }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => collectSources(n, `${path}[${String(i)}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      const isSource = v && typeof v === 'object' && 'doc' in v && 'quote' in v && 'section' in v;
      if (isSource) out.push({ path: `${path}.${k}`, source: v as Source });
      else collectSources(v, `${path}.${k}`, out);
    }
  }
  return out;
}

const collapse = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

describe('data set', () => {
  describe('schemas', () => {
    for (const [name, data, validate] of files) {
      it(`${name} validates against its schema`, () => {
        const ok = validate(data);
        expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).to.deep.equal([]);
        expect(ok).to.equal(true);
      });
    }
  });

  describe('quotes', () => {
    const texts = new Map<string, string>();

    before(async () => {
      for (const s of sources.sources) {
        const response = await fetch(`/__corpus/${s.file}`);
        if (!response.ok) throw new Error(`data/corpus/${s.file} (${s.id}) could not be read: ${response.status} ${await response.text()}`);
        texts.set(s.id, collapse(await response.text()));
      }
    });

    it('cards.json quotes nothing itself: a card’s text and source are those of the record it points to', () => {
      expect(collectSources(cards, 'cards.json')).to.deep.equal([]);
    });

    for (const [name, data] of files.filter(([file]) => file !== 'cards.json')) {
      it(`every quote in ${name} occurs verbatim in its document`, () => {
        const all = collectSources(data, name);
        expect(all.length, 'records with a source').to.be.greaterThan(0);
        const missing = all.filter(({ source }) => !texts.get(source.doc)?.includes(collapse(source.quote)));
        expect(missing.map((m) => `${m.path}: ${m.source.quote.slice(0, 80)}`)).to.deep.equal([]);
      });
    }

    it('every text that stands next to its source is the document’s own words (segments split at “…”)', () => {
      const found: { path: string; doc: string; text: string }[] = [];
      const walk = (node: unknown, path: string) => {
        if (Array.isArray(node)) {
          node.forEach((n, i) => {
            walk(n, `${path}[${String(i)}]`);
          });
        } else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          const src = o['source'] as Source | undefined;
          if (typeof o['text'] === 'string' && src && typeof src === 'object' && 'doc' in src) {
            found.push({ path, doc: src.doc, text: o['text'] });
          }
          for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
        }
      };
      for (const [name, data] of files) walk(data, name);
      expect(found.length).to.be.greaterThan(100);
      const lowerDocs = new Map([...texts].map(([k, v]) => [k, v.toLowerCase()]));
      const missing = found.filter(({ doc, text }) =>
        text
          .split('…')
          .map((seg) => collapse(seg).replace(/^[\s.,;:]+|[\s.,;:]+$/g, '').toLowerCase())
          .filter((seg) => seg.length > 0)
          .some((seg) => !lowerDocs.get(doc)?.includes(seg)),
      );
      expect(missing.map((m) => `${m.path}: ${m.text.slice(0, 70)}`)).to.deep.equal([]);
    });

    it('action texts are the publication’s exact wording', () => {
      const text = texts.get('decentraal-bestuur-2024') ?? '';
      const missing = actions.actions.filter((a) => !text.includes(collapse(a.text)));
      expect(missing.map((a) => a.id)).to.deep.equal([]);
    });

    it('each dilemma’s two poles are words of its own quote, in the text’s order', () => {
      const dilemmas = craft.civilServantTypes.flatMap((t) => t.dilemmas);
      expect(dilemmas).to.have.length(6);
      for (const d of dilemmas) {
        const quote = collapse(d.source.quote);
        const [a = '', b = ''] = d.poles.map(collapse);
        expect(quote, `${d.id}: ${a}`).to.include(a);
        expect(quote, `${d.id}: ${b}`).to.include(b);
        expect(quote.indexOf(a), `${d.id}: order`).to.be.lessThan(quote.lastIndexOf(b));
        expect(texts.get(d.source.doc), d.id).to.include(quote);
      }
    });

    it('the scan’s level statements cite verbatim quotes of the 2013 paper', () => {
      const paper = texts.get('bestuurderskracht-2013') ?? '';
      const levelItems = quickScan.items.filter((i) => i.kind === 'level');
      expect(levelItems.length).to.be.greaterThan(0);
      for (const item of levelItems) {
        expect(item.source.doc, item.id).to.equal('bestuurderskracht-2013');
        expect(paper.includes(collapse(item.source.quote)), `${item.id}: ${item.source.quote.slice(0, 60)}`).to.equal(true);
      }
    });
  });

  describe('descriptions', () => {
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

    it('say nothing their quote does not say (only trimmed, never added to)', () => {
      const added = values.values.flatMap((v) => {
        if (!v.description) return [];
        if (!v.descriptionSource) return [`${v.id}: description without a source`];
        const quoted = new Set(words(v.descriptionSource.quote));
        const extra = words(v.description).filter((w) => !quoted.has(w));
        return extra.length ? [`${v.id}: ${extra.join(', ')}`] : [];
      });
      expect(added).to.deep.equal([]);
    });

    it('are left empty, not invented, where the text only lists the value', () => {
      const weerbaarheid = values.values.find((v) => v.id === 'weerbaarheid');
      expect(weerbaarheid?.description).to.equal('');
      expect(weerbaarheid?.descriptionSource).to.equal(null);
    });
  });

  describe('counts the publication states', () => {
    it('has 39 values in 9 clusters', () => {
      expect(values.values).to.have.length(39);
      expect(clusters.clusters).to.have.length(9);
      expect(new Set(values.values.map((v) => v.id)).size).to.equal(39);
    });

    it('has three ideal, three social and three practical clusters', () => {
      const groups = clusters.clusters.map((c) => c.group);
      for (const g of ['ideeel', 'sociaal', 'praktisch']) expect(groups.filter((x) => x === g)).to.have.length(3);
    });

    it('has the eight offices; all but Statenleden with four priorities', () => {
      expect(roles.roles.map((r) => r.id).sort()).to.deep.equal(
        ['burgemeester', 'gemeentesecretaris', 'griffier', 'raadslid', 'rekenkamerlid', 'statenlid', 'waterschapsbestuurder', 'wethouder'],
      );
      for (const r of roles.roles) {
        if (r.id === 'statenlid') {
          expect(r.priorities).to.equal(null);
          expect(r.prioritiesNote).to.be.a('string').and.not.empty;
        } else expect(r.priorities, r.id).to.have.length(4);
      }
    });

    it('names 38 values in the cluster paragraphs and records how the 39th is known', () => {
      const stated = values.values.filter((v) => v.clusterProvenance.kind === 'stated');
      expect(stated).to.have.length(38);
      const other = values.values.filter((v) => v.clusterProvenance.kind !== 'stated');
      expect(other.map((v) => v.id)).to.deep.equal(['weerbaarheid']);
      expect(other[0]?.clusterProvenance.reason).to.be.a('string').and.not.empty;
    });

    it('has five documents with their corpus file names', () => {
      expect(sources.sources).to.have.length(5);
      for (const s of sources.sources) expect(s.file).to.match(/^00\d_[0-9a-f]{16}\.txt$/);
    });
  });

  describe('references resolve', () => {
    const valueIds = new Set(values.values.map((v) => v.id));
    const clusterIds = new Set(clusters.clusters.map((c) => c.id));
    const roleIds = new Set(roles.roles.map((r) => r.id));
    const providerIds = new Set(providers.providers.map((p) => p.id));
    const trendIds = new Set(trends.trends.map((t) => t.id));
    const offeringIds = new Set(offerings.offerings.map((o) => o.id));

    it('values point to existing clusters, trends and values', () => {
      for (const v of values.values) {
        if (v.cluster !== null) expect(clusterIds.has(v.cluster), v.id).to.equal(true);
        for (const g of v.gainsWeight) for (const t of g.trends) expect(trendIds.has(t), `${v.id} → ${t}`).to.equal(true);
        for (const c of v.clashesWith) expect(valueIds.has(c.value), `${v.id} ↔ ${c.value}`).to.equal(true);
      }
    });

    it('clashes are recorded on both values', () => {
      for (const v of values.values)
        for (const c of v.clashesWith) {
          const other = values.values.find((x) => x.id === c.value);
          expect(other?.clashesWith.map((x) => x.value), `${c.value} ↔ ${v.id}`).to.include(v.id);
        }
    });

    it('priorityFor on values agrees with the priorities in roles.json', () => {
      for (const v of values.values) {
        const derived = roles.roles.filter((r) => r.priorities?.includes(v.id)).map((r) => r.id);
        expect([...v.priorityFor].sort(), v.id).to.deep.equal(derived.sort());
      }
    });

    it('every priority, association and role reference resolves', () => {
      for (const r of roles.roles) {
        for (const p of r.priorities ?? []) expect(valueIds.has(p), `${r.id} → ${p}`).to.equal(true);
        for (const a of r.associations) expect(providerIds.has(a), `${r.id} → ${a}`).to.equal(true);
      }
    });

    it('every office with priorities has exactly three actions per priority value, in its own words', () => {
      for (const r of roles.roles) {
        for (const p of r.priorities ?? []) {
          const own = actions.actions.filter((a) => a.actor === 'ambtsdrager' && a.role === r.id && a.value === p);
          expect(own, `${r.id} × ${p}`).to.have.length(3);
        }
      }
    });

    it('actions point to existing roles, values and associations', () => {
      for (const a of actions.actions) {
        if (a.role !== null) expect(roleIds.has(a.role), a.id).to.equal(true);
        if (a.value !== null) expect(valueIds.has(a.value), a.id).to.equal(true);
        for (const p of a.associations ?? []) expect(providerIds.has(p), a.id).to.equal(true);
        if (a.actor === 'ambtsdrager') {
          expect(a.role && roles.roles.find((r) => r.id === a.role)?.priorities, a.id).to.include(a.value);
        }
      }
    });

    it('association actions have no value (the publication lists them for all four together)', () => {
      for (const a of actions.actions.filter((x) => x.actor === 'vereniging')) expect(a.value, a.id).to.equal(null);
    });

    it('the national government’s actions stand under three headings', () => {
      const headings = new Set(actions.actions.filter((a) => a.actor === 'rijk').map((a) => a.heading));
      expect(headings.size).to.equal(3);
    });

    it('offerings point to existing providers, roles, values and offerings', () => {
      for (const o of offerings.offerings) {
        if (o.provider !== null) expect(providerIds.has(o.provider), `${o.id} → ${o.provider}`).to.equal(true);
        for (const p of o.partners ?? []) expect(providerIds.has(p), `${o.id} partner ${p}`).to.equal(true);
        for (const r of o.roles ?? []) expect(roleIds.has(r), o.id).to.equal(true);
        for (const v of o.values ?? []) expect(valueIds.has(v), o.id).to.equal(true);
        for (const rel of o.related ?? []) expect(offeringIds.has(rel), `${o.id} related ${rel}`).to.equal(true);
      }
      expect(offeringIds.size, 'offering ids are unique').to.equal(offerings.offerings.length);
    });

    it('corpus offerings carry what feeds may leave out: source, year and provenance of every link', () => {
      for (const o of offerings.offerings) {
        expect(o.source, o.id).to.exist;
        expect(o.year, o.id).to.be.oneOf([2013, 2014, 2016, 2018, 2024]);
        expect(o.valuesProvenance, o.id).to.exist;
        if (o.levels !== null) expect(o.levelsProvenance, o.id).to.exist;
        for (const f of o.facts ?? []) expect(f.source, `${o.id} fact ${f.label}`).to.exist;
        if (o.url !== null) expect(o.url, o.id).to.match(/^https?:\/\//);
      }
    });
  });

  describe('conversation cards', () => {
    const questions = craft.reflectionQuestions;
    const dilemmas = craft.civilServantTypes.flatMap((t) => t.dilemmas.map((d) => ({ ...d, category: t.id })));
    const byKind = (kind: string) => cards.cards.filter((c) => c.kind === kind);

    it('holds the eighteen reflection questions of the 2016 essay, each once', () => {
      expect(questions).to.have.length(18);
      expect(questions.filter((q) => q.origin === 'reflecties')).to.have.length(14);
      expect(questions.filter((q) => q.origin === 'leergang-lokaal-leiderschap')).to.have.length(4);
      const onCards = cards.cards.flatMap((c) => (c.kind === 'reflectievraag' ? [c.question] : []));
      expect([...onCards].sort()).to.deep.equal(questions.map((q) => q.id).sort());
    });

    it('numbers each closing question by the reflection it belongs to', () => {
      for (const q of questions) {
        if (q.origin === 'reflecties') expect(q.id, q.text).to.match(new RegExp(`^reflectie-${String(q.number)}[a-e]?$`));
        else expect(q.number, q.id).to.equal(null);
      }
    });

    it('holds every dilemma of the four categories of civil servants, each once, for civil servants', () => {
      expect(craft.civilServantTypes.map((t) => t.dilemmas.length)).to.deep.equal([2, 1, 2, 1]);
      const onCards = byKind('dilemma').map((c) => (c.kind === 'dilemma' ? c.dilemma : ''));
      expect([...onCards].sort()).to.deep.equal(dilemmas.map((d) => d.id).sort());
      for (const c of byKind('dilemma')) expect(c.audiences, c.id).to.deep.equal(['ambtenaar']);
    });

    it('holds exactly the value clashes recorded in values.json, in the order of their sentence', () => {
      const pairs = values.values.flatMap((v) => v.clashesWith.map((c) => [v.id, c.value].sort().join('+')));
      const onCards = byKind('waardenspanning').map((c) => (c.kind === 'waardenspanning' ? c.values : []));
      expect(onCards.map((p) => [...p].sort().join('+')).sort()).to.deep.equal([...new Set(pairs)].sort());
      for (const [a = '', b = ''] of onCards) {
        const clash = values.values.find((v) => v.id === a)?.clashesWith.find((c) => c.value === b);
        const sentence = clash?.source.quote.toLowerCase() ?? '';
        expect(sentence.indexOf(a), `${a} before ${b}`).to.be.within(0, sentence.indexOf(b));
      }
    });

    it('gives every card a unique id, an audience and a theme with a reason', () => {
      expect(new Set(cards.cards.map((c) => c.id)).size).to.equal(cards.cards.length);
      expect(cards.cards).to.have.length(18 + 6 + 3);
      for (const c of cards.cards) {
        expect(c.audiences.length, c.id).to.be.greaterThan(0);
        expect(c.themes.length, c.id).to.be.greaterThan(0);
        expect(c.audiencesProvenance.reason, c.id).to.be.a('string').and.not.empty;
        expect(c.themesProvenance.reason, c.id).to.be.a('string').and.not.empty;
      }
    });

    it('puts a reflection question before the lokale driehoek only when it is about ‘boven’', () => {
      for (const c of cards.cards) {
        if (c.kind !== 'reflectievraag') continue;
        const q = questions.find((x) => x.id === c.question)!;
        expect(c.audiences.includes('driehoek'), c.id).to.equal(q.topics.some((t) => t.id === 'boven'));
        expect(c.audiences, c.id).to.include('gemeentesecretaris');
      }
    });

    it('links boven, beneden, buiten, every craft generation and every boundary-spanner role to reflection questions', () => {
      const topics = new Set<string>(questions.flatMap((q) => q.topics.map((t) => t.id)));
      for (const id of ['boven', 'beneden', 'buiten']) expect(topics.has(id), id).to.equal(true);
      for (const g of craft.craftGenerations) expect(topics.has(g.id), g.id).to.equal(true);
      for (const r of craft.boundarySpannerRoles) expect(topics.has(r.id), r.id).to.equal(true);
      const rank = { stated: 0, inferred: 1, editorial: 2, unknown: 3 };
      for (const q of questions) {
        expect(q.topicsProvenance.reason, q.id).to.be.a('string').and.not.empty;
        // The question's provenance is the weakest of its links.
        const weakest = Math.max(...q.topics.map((t) => rank[t.kind]));
        if (q.topics.length) expect(rank[q.topicsProvenance.kind], q.id).to.equal(weakest);
      }
    });
  });

  describe('quick-scan item bank', () => {
    const actionById = new Map(actions.actions.map((a) => [a.id, a]));
    const valueItems = quickScan.items.filter((i) => i.kind === 'value');
    const levelItems = quickScan.items.filter((i) => i.kind === 'level');
    const words = (s: string) =>
      new Set((s.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => w.length >= 3).map((w) => w.replace(/t$/, '')));

    it('is versioned and every item id is unique', () => {
      expect(quickScan.version).to.be.a('number').and.to.be.at.least(1);
      expect(new Set(quickScan.items.map((i) => i.id)).size).to.equal(quickScan.items.length);
    });

    it('has a first-person statement for every course of action of every office with priorities (split ones: parts a, b, …)', () => {
      for (const r of roles.roles.filter((x) => x.priorities)) {
        const own = actions.actions.filter((a) => a.actor === 'ambtsdrager' && a.role === r.id).map((a) => a.id);
        const items = valueItems.filter((i) => i.role === r.id);
        expect([...new Set(items.map((i) => i.actionId))].sort(), r.id).to.deep.equal([...own].sort());
        for (const id of own) {
          const parts = items.filter((i) => i.actionId === id).map((i) => i.id);
          // One statement keeps the action's id; a statement split in bank 2 has parts with the id plus a, b, ….
          expect(parts, id).to.deep.equal(parts.length === 1 ? [id] : parts.map((_, n) => `${id}${'abcdefgh'.charAt(n)}`));
        }
        for (const i of items) expect(i.statement, i.id).to.match(/^Ik /);
      }
    });

    it('points every statement to an action of the right office and value', () => {
      for (const item of valueItems) {
        const action = actionById.get(item.actionId);
        expect(action, `${item.id} → ${item.actionId}`).to.exist;
        expect(action?.actor, item.id).to.equal('ambtsdrager');
        expect(action?.value, item.id).to.equal(item.value);
        const role = roles.roles.find((r) => r.id === item.role);
        if (role?.priorities) {
          expect(action?.role, item.id).to.equal(item.role);
          expect(role.priorities, item.id).to.include(item.value);
        } else {
          // Statenleden: the publication gives them no actions, so the statement adapts another office's.
          expect(action?.role, item.id).to.not.equal(item.role);
        }
      }
    });

    it('keeps an office’s statements close to the words of the action they rewrite (the parts of a split one together), adding none of their own', () => {
      const own = valueItems.filter((i) => i.role !== 'statenlid');
      const far = [...new Set(own.map((i) => i.actionId))].filter((id) => {
        const a = words(actionById.get(id)?.text ?? '');
        const s = new Set(own.filter((i) => i.actionId === id).flatMap((i) => [...words(i.statement)]));
        return [...a].filter((w) => s.has(w)).length / a.size < 0.7;
      });
      expect(far).to.deep.equal([]);
      // A part of a split statement says only what its action says (a few words of grammar aside).
      const invented = own
        .filter((i) => /\d[a-h]$/.test(i.id))
        .filter((i) => {
          const a = words(actionById.get(i.actionId)?.text ?? '');
          const s = [...words(i.statement)].filter((w) => !['ik', 'mijn', 'hoe', 'kan', 'van', 'over', 'die', 'zelf', 'het', 'de'].includes(w));
          return s.filter((w) => !a.has(w)).length > 1;
        });
      expect(invented.map((i) => i.id)).to.deep.equal([]);
    });

    it('marks every statement as our wording, with a reason', () => {
      for (const item of quickScan.items) {
        expect(item.provenance.kind, item.id).to.equal('editorial');
        expect(item.provenance.reason, item.id).to.be.a('string').and.not.empty;
      }
    });

    it('lets a Statenlid scan every value that has courses of action, with three or more statements each', () => {
      const statenlid = roles.roles.find((r) => r.id === 'statenlid');
      expect(statenlid?.priorities).to.equal(null);
      const withActions = new Set(actions.actions.filter((a) => a.actor === 'ambtsdrager').map((a) => a.value));
      const counts = new Map<string, number>();
      for (const i of valueItems.filter((x) => x.role === 'statenlid')) counts.set(i.value, (counts.get(i.value) ?? 0) + 1);
      expect([...counts.keys()].sort()).to.deep.equal([...withActions].sort());
      for (const [value, n] of counts) expect(n, value).to.be.within(3, 6);
    });

    it('asks each office the number of statements docs/quick-scan.md names, never more than 30 (about five minutes)', async () => {
      const response = await fetch('/docs/quick-scan.md');
      expect(response.ok, 'docs/quick-scan.md is served').to.equal(true);
      const docs = await response.text();
      const levels = levelItems.length;
      const on = (role: string, value: string) => valueItems.filter((i) => i.role === role && i.value === value).length;
      const sum = (ns: readonly number[]) => ns.reduce((a, n) => a + n, 0);
      for (const r of roles.roles) {
        if (r.priorities) {
          const n = sum(r.priorities.map((v) => on(r.id, v)));
          expect(docs, r.id).to.contain(`| ${r.id} | ${String(n + levels)} (${String(n)} + ${String(levels)}) |`);
          expect(n + levels, r.id).to.be.at.most(30);
        } else {
          const per = [...new Set(valueItems.filter((i) => i.role === r.id).map((i) => i.value))].map((v) => on(r.id, v)).sort((a, b) => a - b);
          const [min, max] = [sum(per.slice(0, 4)), sum(per.slice(-4))];
          expect(docs, r.id).to.contain(
            `| ${r.id} | ${String(min + levels)} to ${String(max + levels)} (${String(min)} to ${String(max)} + ${String(levels)}), by the four values chosen |`,
          );
          expect(max + levels, r.id).to.be.at.most(30);
        }
      }
    });

    it('asks about each learning level of the 2013 paper (macro, meso, micro)', () => {
      for (const level of ['macro', 'meso', 'micro'] as const) {
        const items = levelItems.filter((i) => i.level === level);
        expect(items.length, level).to.be.at.least(3);
        for (const i of items) expect(i.source.section, i.id).to.match(/^\d\. /);
      }
    });
  });
});

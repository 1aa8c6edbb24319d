/**
 * The typed data API that widgets read through. Expected values are taken
 * from the publication's text (the tables of Toekomstbestendig decentraal
 * bestuur, 2024) or from the data files, never from the API's own output.
 */
import { expect } from '@open-wc/testing';
import {
  actionsFor,
  findOfferings,
  getRole,
  getSource,
  getValue,
  governmentActions,
  mergeOfferings,
  prioritiesFor,
  rolesPrioritising,
  suggestValues,
  valuesByCluster,
  corpusOfferings,
  quickScanBank,
  quickScanItems,
  selectScanItems,
  scannableValues,
  conversationCards,
  cardMatches,
  cardAudience,
  cardTheme,
  secretaryCraft,
  craft,
} from '../../src/data/index.js';
import { stemNl } from '../../src/data/search.js';
import type { Offering } from '../../src/data/index.js';

describe('data API', () => {
  describe('getValue', () => {
    it('finds a value by id or name, whatever the case, diacritics or spacing', async () => {
      expect((await getValue('lef'))?.name).to.equal('Lef');
      expect((await getValue('LEF'))?.id).to.equal('lef');
      expect((await getValue('  Menselijke maat '))?.id).to.equal('menselijke-maat');
      expect((await getValue('menselijke-maat'))?.name).to.equal('Menselijke maat');
      expect((await getValue('Rentmeesterschap'))?.cluster).to.equal('continuiteit');
    });

    it('returns undefined for a value the publication does not have', async () => {
      expect(await getValue('moed')).to.equal(undefined);
      expect(await getValue('')).to.equal(undefined);
    });

    it('suggests the closest values for a typo', async () => {
      expect((await suggestValues('bekwaamhied')).map((v) => v.id)[0]).to.equal('bekwaamheid');
      expect((await suggestValues('vertrouwn')).map((v) => v.id)[0]).to.equal('vertrouwen');
      expect((await suggestValues('menselijk')).map((v) => v.id)).to.include('menselijke-maat');
      expect(await suggestValues('xyzxyzxyz')).to.deep.equal([]);
    });
  });

  describe('valuesByCluster', () => {
    it('gives the nine clusters in order with all 39 values, and the unplaced value apart', async () => {
      const groups = await valuesByCluster();
      expect(groups.slice(0, 9).map((g) => g.cluster?.name)).to.deep.equal([
        'Vrijheid', 'Rechtvaardigheid', 'Puurheid', 'Loyaliteit', 'Hiërarchie', 'Empathie', 'Continuïteit', 'Kwaliteit', 'Nut',
      ]);
      expect(groups.reduce((n, g) => n + g.values.length, 0)).to.equal(39);
      const last = groups[9];
      expect(last?.cluster).to.equal(null);
      expect(last?.values.map((v) => v.id)).to.deep.equal(['weerbaarheid']);
      expect(groups[0]?.values.map((v) => v.id)).to.have.members(['autonomie', 'lef', 'verscheidenheid']);
    });
  });

  describe('priorities and actions', () => {
    it('gives the four priorities per office in the order of the publication’s table', async () => {
      expect((await prioritiesFor('wethouder'))?.map((v) => v.id)).to.deep.equal(['lef', 'gemeenschappelijkheid', 'betrokkenheid', 'bekwaamheid']);
      expect((await prioritiesFor('burgemeester'))?.map((v) => v.id)).to.deep.equal(['lef', 'authenticiteit', 'verbondenheid', 'gezag']);
      expect((await prioritiesFor('Gemeentesecretarissen'))?.map((v) => v.id)).to.deep.equal(['vertrouwen', 'wendbaarheid', 'betrouwbaarheid', 'doeltreffendheid']);
      expect((await prioritiesFor('raadslid'))?.map((v) => v.id)).to.deep.equal(['authenticiteit', 'verantwoordelijkheid', 'weerbaarheid', 'bekwaamheid']);
    });

    it('says null, not a list, for Statenleden, and undefined for an unknown office', async () => {
      expect(await prioritiesFor('statenlid')).to.equal(null);
      expect(await prioritiesFor('minister')).to.equal(undefined);
    });

    it('knows offices by their other names', async () => {
      expect((await getRole('Gemeenteraadslid'))?.id).to.equal('raadslid');
      expect((await getRole('dijkgraaf'))?.id).to.equal('waterschapsbestuurder');
    });

    it('knows bekwaamheid is a priority for four offices', async () => {
      expect((await rolesPrioritising('bekwaamheid')).map((r) => r.id)).to.have.members(['griffier', 'raadslid', 'waterschapsbestuurder', 'wethouder']);
    });

    it('gives the griffier’s three actions for lef in the publication’s words', async () => {
      const texts = (await actionsFor({ role: 'griffier', value: 'lef', actor: 'ambtsdrager' })).map((a) => a.text);
      expect(texts).to.deep.equal([
        'Communiceer open en eerlijk over eigen fouten en geef anderen feedback.',
        'Durf af te wijken van regels en afspraken als dit noodzakelijk is voor het bereiken van een doel.',
        'Leg goed uit aan de raad of Staten wat je wel en niet kunt doen en durf individuele raads- of Statenleden \'nee\' te verkopen.',
      ]);
    });

    it('gives the association’s list once per office, without a value', async () => {
      const list = await actionsFor({ role: 'wethouder', actor: 'vereniging' });
      expect(list).to.have.length(7);
      expect(list.every((a) => a.value === null && a.associations?.includes('wethoudersvereniging'))).to.equal(true);
      expect(list[4]?.text).to.contain('Lochemconferenties');
    });

    it('gives the national government’s actions under their three headings', async () => {
      const groups = await governmentActions();
      expect(groups.map((g) => g.heading)).to.deep.equal([
        'Investeer meer in ondersteuning van ambtsdragers',
        'Formuleer kwaliteitsnormen voor ambtsdragers en verbeter hun (rechts)positie en carrièrekansen',
        'Schoon het decentraal bestuur op door congruente regio\'s, betere taaktoedeling en minder verantwoording',
      ]);
      expect(groups.map((g) => g.actions.length)).to.deep.equal([4, 7, 3]);
    });

    it('returns nothing for an unknown office rather than everything', async () => {
      expect(await actionsFor({ role: 'minister' })).to.deep.equal([]);
    });
  });

  describe('sources', () => {
    it('resolves a document id to its title and year', async () => {
      const doc = await getSource('decentraal-bestuur-2024');
      expect(doc?.title).to.equal('Toekomstbestendig decentraal bestuur');
      expect(doc?.year).to.equal(2024);
    });
  });

  describe('findOfferings', () => {
    it('filters by office: every result is for that office', async () => {
      const results = await findOfferings({ roles: ['burgemeester'] });
      expect(results.length).to.be.greaterThan(0);
      expect(results.every((o) => o.roles?.includes('burgemeester'))).to.equal(true);
      const all = await corpusOfferings();
      expect(results.length).to.equal(all.filter((o) => o.roles?.includes('burgemeester')).length);
    });

    it('combines facets with AND and options within a facet with OR', async () => {
      const all = await corpusOfferings();
      const results = await findOfferings({ formats: ['intervisie', 'coaching'], costs: ['gratis'] });
      const expected = all.filter((o) => (o.formats.includes('intervisie') || o.formats.includes('coaching')) && o.cost.kind === 'gratis');
      expect(results.map((o) => o.id)).to.deep.equal(expected.map((o) => o.id));
    });

    it('searches Dutch-aware: case, diacritics and plural forms do not matter, titles rank first', async () => {
      const plural = await findOfferings({ query: 'Intervisiegroepen' });
      expect(plural.map((o) => o.id)).to.include('wethoudersvereniging-intervisiegroepen');
      const conferences = await findOfferings({ query: 'conferenties' });
      expect(conferences[0]?.title.toLowerCase()).to.contain('conferentie');
      const accent = await findOfferings({ query: 'commerciele' });
      expect(accent.length).to.be.greaterThan(0);
    });

    it('folds simple Dutch word forms', () => {
      expect(stemNl('trainingen')).to.equal(stemNl('training'));
      expect(stemNl('raadsleden')).to.equal(stemNl('raadslid'));
      expect(stemNl('workshops')).to.equal(stemNl('workshop'));
      expect(stemNl('conferenties')).to.equal(stemNl('conferentie'));
    });

    it('merges a feed into the corpus offer, the feed winning on the same id', () => {
      const base = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] as unknown as Offering[];
      const feed = [{ id: 'b', title: 'B (feed)' }, { id: 'c', title: 'C' }] as unknown as Offering[];
      expect(mergeOfferings(base, feed).map((o) => o.title)).to.deep.equal(['A', 'B (feed)', 'C']);
    });
  });

  describe('quick-scan items', () => {
    it('asks a wethouder about the four priorities in table order, the statements of each action in turn, then the three levels', async () => {
      const bank = await quickScanBank();
      const priorities = ((await prioritiesFor('wethouder')) ?? []).map((v) => v.id);
      const items = await quickScanItems({ role: 'wethouder', values: priorities });
      const valueItems = items.filter((i) => i.kind === 'value');
      expect([...new Set(valueItems.map((i) => i.value))]).to.deep.equal(priorities);
      expect(valueItems.map((i) => i.value)).to.deep.equal([...valueItems.map((i) => i.value)].sort((a, b) => priorities.indexOf(a) - priorities.indexOf(b)));
      // A statement split in bank 2 (parts a, b) asks its action twice, one after the other.
      expect([...new Set(valueItems.map((i) => i.actionId))]).to.deep.equal(
        (await actionsFor({ role: 'wethouder', actor: 'ambtsdrager' }))
          .sort((a, b) => priorities.indexOf(a.value!) - priorities.indexOf(b.value!) || a.order - b.order)
          .map((a) => a.id),
      );
      const levels = items.filter((i) => i.kind === 'level').map((i) => i.level);
      expect(levels).to.deep.equal(bank.items.filter((i) => i.kind === 'level').map((i) => i.level));
      expect(levels.indexOf('meso')).to.be.greaterThan(levels.lastIndexOf('macro'));
      expect(levels.indexOf('micro')).to.be.greaterThan(levels.lastIndexOf('meso'));
    });

    it('asks a Statenlid about the values they chose, in their order', async () => {
      const bank = await quickScanBank();
      const items = selectScanItems(bank, { role: 'statenlid', values: ['weerbaarheid', 'lef'] });
      const asked = items.filter((i) => i.kind === 'value').map((i) => i.value);
      const count = (v: string) => bank.items.filter((i) => i.kind === 'value' && i.role === 'statenlid' && i.value === v).length;
      expect(asked).to.deep.equal([...Array<string>(count('weerbaarheid')).fill('weerbaarheid'), ...Array<string>(count('lef')).fill('lef')]);
      expect(count('weerbaarheid')).to.be.at.least(3);
      expect(scannableValues(bank, 'statenlid')).to.include.members(['weerbaarheid', 'lef', 'rentmeesterschap']);
      expect(scannableValues(bank, 'statenlid')).to.not.include('eerbied');
    });
  });
  describe('conversation cards', () => {
    it('resolves every card to its text and source in the record it points to', async () => {
      const deck = await conversationCards();
      const data = await craft();
      expect(deck).to.have.length(27);
      const q = deck.find((c) => c.id === 'reflectie-3b');
      expect(q?.kind).to.equal('reflectievraag');
      expect(q?.text).to.equal(data.reflectionQuestions.find((x) => x.id === 'reflectie-3b')?.text);
      const d = deck.find((c) => c.id === 'vangrail-of-vangnet');
      expect(d?.kind === 'dilemma' && d.category.id).to.equal('organisatie-extern');
      expect(d?.kind === 'dilemma' && d.dilemma.poles).to.deep.equal(['vangrail', 'vangnet']);
      const t = deck.find((c) => c.id === 'spanning-dienstbaarheid-doelmatigheid');
      // The publication's sentence (Wat verstaan we onder waarden?).
      expect(t?.text).to.equal('Dienstbaarheid kan schuren met doelmatigheid.');
      expect(t?.kind === 'waardenspanning' && t.values.map((v) => v.name)).to.deep.equal(['Dienstbaarheid', 'Doelmatigheid']);
    });

    it('narrows the deck by theme and audience; a driehoek card is also for its three offices', async () => {
      const deck = await conversationCards();
      const forGriffier = deck.filter((c) => cardMatches(c, { audience: 'griffier' }));
      expect(forGriffier.length).to.be.greaterThan(0);
      expect(forGriffier.every((c) => c.audiences.includes('griffier') || c.audiences.includes('driehoek'))).to.equal(true);
      const ambtenaren = deck.filter((c) => cardMatches(c, { audience: 'ambtenaar' }));
      expect(ambtenaren.map((c) => c.kind)).to.deep.equal(Array(6).fill('dilemma'));
      const values = deck.filter((c) => cardMatches(c, { theme: 'waarden-die-botsen', audience: 'raadslid' }));
      expect(values.map((c) => c.id)).to.deep.equal([
        'spanning-stabiliteit-wendbaarheid',
        'spanning-dienstbaarheid-doelmatigheid',
        'spanning-eerbied-authenticiteit',
      ]);
      expect(deck.filter((c) => cardMatches(c, {}))).to.have.length(27);
    });

    it('reads audiences and themes the way people write them', async () => {
      expect(await cardAudience('Lokale driehoek')).to.equal('driehoek');
      expect(await cardAudience('ambtenaren')).to.equal('ambtenaar');
      expect(await cardAudience('Gemeentesecretarissen')).to.equal('gemeentesecretaris');
      expect(await cardAudience('dijkgraaf')).to.equal('waterschapsbestuurder');
      expect(await cardAudience('schepen')).to.equal(undefined);
      expect(await cardAudience('')).to.equal(undefined);
      expect(cardTheme('Binnen en buiten')).to.equal('binnen-en-buiten');
      expect(cardTheme('SAMENSPEL')).to.equal('samenspel');
      expect(cardTheme('vriendschap')).to.equal(undefined);
    });

    it('links each part of the secretaries’ craft to its reflection questions', async () => {
      const sc = await secretaryCraft();
      expect(sc.attention.map((a) => a.topic.id)).to.deep.equal(['boven', 'beneden', 'buiten']);
      expect(sc.otherAttention.map((a) => a.id)).to.deep.equal(['sociaal', 'reistijd', 'overig']);
      const boven = sc.attention[0]!;
      expect(boven.questions.map((q) => q.id)).to.include('reflectie-3a');
      expect(sc.generations.map((g) => g.topic.name)).to.deep.equal(['Ambacht 1.0', 'Ambacht 2.0', 'Ambacht 3.0']);
      expect(sc.boundarySpannerRoles.every((r) => r.questions.length > 0)).to.equal(true);
      expect(sc.agendaLoad.rows.map((r) => r.text)).to.deep.equal(['35,03', '30,63', '31,48', '34,41', '32,17', '20,00']);
    });
  });
});

/**
 * <vk-value-card>: what a reader sees and can do. Expected texts come from
 * the data API (and so from data/*.json) or the publication, never from the
 * card's own output.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import '../src/value-card/define.js';
import type { VkValueCard } from '../src/value-card/value-card.js';
import {
  actionsFor,
  corpusProviders,
  getCluster,
  getRole,
  getSource,
  getTrend,
  getValue,
  prioritiesFor,
  rolesPrioritising,
  suggestValues,
} from '../src/data/index.js';
import { settingsContext } from '../src/shared/context.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import type { VkRoleSelectDetail, VkValueSelectDetail } from '../src/shared/events.js';
import { emulateMedia } from './helpers/media.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** An element as a person would name it (tag, part, text): readable when an assertion fails. */
const describe$ = (node: Element | null | undefined) =>
  node ? `<${node.localName} part="${node.getAttribute('part') ?? ''}">${squash(node.textContent)}` : 'nothing';
/** What has focus inside the widget. */
const focused = (el: Element) => describe$(el.shadowRoot!.activeElement);
const text = (el: Element) => squash(el.shadowRoot?.textContent);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The part of the card under the heading `title` (its section). */
function section(el: Element, title: string): HTMLElement | undefined {
  return $$(el, 'section').find((s) => squash(s.querySelector('.section-heading')?.textContent) === title);
}
/** The text a sighted reader sees (without visually hidden additions). */
function shown(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.vk-visually-hidden').forEach((n) => {
    n.remove();
  });
  return squash(copy.textContent);
}
const sectionTitles = (el: Element) => $$(el, '.section-heading').map((h) => squash(h.textContent));
const items = (root: Element | undefined | null, selector = 'li') =>
  [...(root?.querySelectorAll(selector) ?? [])].map((li) => squash(li.textContent));

/** The card has loaded and rendered its current input (updateComplete waits for the data). */
const settle = async (el: VkValueCard) => {
  await el.updateComplete;
};

async function card(template: ReturnType<typeof html>): Promise<VkValueCard> {
  const el = await fixture<VkValueCard>(template);
  await el.ready;
  await el.updateComplete;
  return el;
}

describe('vk-value-card', () => {
  describe('a value for one office', () => {
    it('shows the griffier the three things to do for lef, in the order of the publication', async () => {
      const el = await card(html`<vk-value-card value="lef" office="griffier"></vk-value-card>`);
      const expected = (await actionsFor({ role: 'griffier', value: 'lef', actor: 'ambtsdrager' })).map((a) => a.text);
      expect(expected).to.have.length(3);
      const part = section(el, 'Wat griffiers kunnen doen');
      expect(items(part?.querySelector('[part~="actions"]'))).to.deep.equal(expected);
      expect(part?.querySelector('[part~="actions"]')?.getAttribute('lang')).to.equal('nl');
      await expect(el).to.be.accessible();
    });

    it('names the value, its cluster and group, and what it means, with the source', async () => {
      const el = await card(html`<vk-value-card value="lef" office="griffier"></vk-value-card>`);
      const lef = (await getValue('lef'))!;
      const cluster = (await getCluster(lef.cluster!))!;
      const doc = (await getSource(lef.descriptionSource!.doc))!;
      expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal(lef.name);
      expect($(el, '[part~="heading"]')?.getAttribute('lang')).to.equal('nl');
      expect(squash($(el, '[part~="cluster"]')?.textContent)).to.equal(cluster.name);
      expect($(el, '[part~="cluster"]')?.getAttribute('data-cluster')).to.equal(cluster.id);
      expect(squash($(el, '.cluster-line')?.textContent)).to.contain(`${cluster.groupName} waarden`);
      const meaning = section(el, 'Wat het betekent')!;
      expect(squash(meaning.querySelector('p[lang="nl"]')?.textContent)).to.equal(lef.description);
      expect(squash(meaning.querySelector('[part~="citation"]')?.textContent)).to.equal(
        `Bron: ${doc.title} (${doc.year}), ${lef.descriptionSource!.section}`,
      );
    });

    it('highlights the office among all offices that prioritise the value', async () => {
      const el = await card(html`<vk-value-card value="lef" office="griffier"></vk-value-card>`);
      const expected = (await rolesPrioritising('lef')).map((r) => r.name);
      const roles = $$(el, '[part~="role"]');
      expect(roles.map((b) => shown(b))).to.deep.equal(expected);
      const current = roles.filter((b) => b.getAttribute('aria-current') === 'true');
      expect(current.map((b) => squash(b.textContent))).to.deep.equal(['Griffier (gekozen ambt)']);
    });

    it("shows what the association can do, says it applies to the office's four priorities together, and names the association", async () => {
      const el = await card(html`<vk-value-card value="lef" office="griffier"></vk-value-card>`);
      const expected = (await actionsFor({ role: 'griffier', actor: 'vereniging' })).map((a) => a.text);
      const vvg = (await corpusProviders()).find((p) => p.id === 'vvg')!;
      const four = (await prioritiesFor('griffier'))!.map((v) => v.name);
      const part = section(el, 'Wat de vereniging kan doen')!;
      expect(items(part.querySelector('[part~="actions"]'))).to.deep.equal(expected);
      expect(squash(part.textContent)).to.contain(vvg.name);
      expect(squash(part.querySelector('.scope')?.textContent)).to.contain('alle vier prioriteiten van griffiers samen');
      expect(items(part.querySelector('.scope + ul'))).to.deep.equal(four);
    });

    it('names all three associations of the waterschap offices', async () => {
      const el = await card(html`<vk-value-card value="rentmeesterschap" office="waterschapsbestuurder"></vk-value-card>`);
      const [action] = await actionsFor({ role: 'waterschapsbestuurder', actor: 'vereniging' });
      const providers = await corpusProviders();
      const names = action!.associations!.map((id) => providers.find((p) => p.id === id)!.name);
      expect(names).to.have.length(3);
      const part = section(el, 'Wat de verenigingen kunnen doen')!;
      for (const name of names) expect(squash(part.textContent)).to.contain(name);
      await expect(el).to.be.accessible();
    });

    it('says when the value is not one of the office\u2019s priorities, and shows the offices that do prioritise it', async () => {
      const el = await card(html`<vk-value-card value="autonomie" office="griffier"></vk-value-card>`);
      const griffier = (await getRole('griffier'))!;
      expect(griffier.priorities).not.to.include('autonomie');
      expect(text(el)).to.contain('Voor griffiers is dit geen van hun vier prioriteiten.');
      expect(section(el, 'Wat griffiers kunnen doen')).to.equal(undefined);
      expect(section(el, 'Wat de vereniging kan doen')).to.equal(undefined);
      const expected = (await actionsFor({ role: 'rekenkamerlid', value: 'autonomie', actor: 'ambtsdrager' })).map((a) => a.text);
      expect(items(section(el, 'Wat ambtsdragers kunnen doen')?.querySelector('[part~="actions"]'))).to.deep.equal(expected);
      await expect(el).to.be.accessible();
    });

    it('tells a Statenlid that the publication names no priorities and gives no actions for them', async () => {
      const el = await card(html`<vk-value-card value="bekwaamheid" office="statenlid"></vk-value-card>`);
      const statenlid = (await getRole('statenlid'))!;
      expect(statenlid.priorities).to.equal(null);
      expect(statenlid.actionsIncluded).to.equal(false);
      expect(text(el)).to.contain('noemt de vier prioriteiten van Statenleden niet');
      expect(text(el)).to.contain('bewust geen handelingsperspectieven voor Statenleden');
      const doc = (await getSource(statenlid.source.doc))!;
      expect(text(el)).to.contain(`Bron: ${doc.title} (${doc.year}), ${statenlid.source.section}`);
      expect(section(el, 'Wat Statenleden kunnen doen')).to.equal(undefined);
      expect($$(el, '[aria-current="true"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('a value without an office', () => {
    it('lists the actions per prioritising office and asks to choose an office for the rest', async () => {
      const el = await card(html`<vk-value-card value="lef"></vk-value-card>`);
      const roles = await rolesPrioritising('lef');
      const part = section(el, 'Wat ambtsdragers kunnen doen')!;
      expect(items(part, '.role-heading')).to.deep.equal(roles.map((r) => r.name));
      const lists = [...part.querySelectorAll('[part~="actions"]')].map((ol) => items(ol));
      const expected = await Promise.all(
        roles.map(async (r) => (await actionsFor({ role: r.id, value: 'lef', actor: 'ambtsdrager' })).map((a) => a.text)),
      );
      expect(lists).to.deep.equal(expected);
      expect(text(el)).to.contain('Kies een ambt');
      expect(section(el, 'Wat de vereniging kan doen')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('says no office chose a value that none prioritises, without an empty actions part', async () => {
      const el = await card(html`<vk-value-card value="eerlijkheid"></vk-value-card>`);
      expect((await getValue('eerlijkheid'))!.priorityFor).to.deep.equal([]);
      expect(text(el)).to.contain('Geen van de 7 ambten waarvan de publicatie de prioriteiten noemt');
      expect(section(el, 'Wat ambtsdragers kunnen doen')).to.equal(undefined);
    });
  });

  describe('missing data is left out, never filled in', () => {
    it('shows the views of a value without a description, and no empty meaning', async () => {
      const el = await card(html`<vk-value-card value="gezag"></vk-value-card>`);
      const gezag = (await getValue('gezag'))!;
      expect(gezag.description).to.equal('');
      expect(sectionTitles(el)).not.to.include('Wat het betekent');
      expect(items(section(el, 'Opvattingen'))).to.deep.equal(gezag.views.map((v) => v.text));
      await expect(el).to.be.accessible();
    });

    it('leaves out meaning, views, weight and clashes when the text gives none', async () => {
      const el = await card(html`<vk-value-card value="eerlijkheid"></vk-value-card>`);
      const titles = sectionTitles(el);
      for (const absent of ['Wat het betekent', 'Opvattingen', 'Waarom het aan belang wint', 'Kan botsen met'])
        expect(titles).not.to.include(absent);
      expect(titles).to.include('Andere waarden in het cluster Puurheid');
    });

    it('says honestly that the publication does not state the cluster of weerbaarheid, and places it in none', async () => {
      const el = await card(html`<vk-value-card value="weerbaarheid"></vk-value-card>`);
      expect((await getValue('weerbaarheid'))!.cluster).to.equal(null);
      expect(squash($(el, '[part~="cluster"]')?.textContent)).to.equal('cluster niet vermeld in de publicatie');
      expect($$(el, '[data-cluster]')).to.have.length(0);
      expect(text(el)).not.to.match(/Andere waarden in het cluster/);
      await expect(el).to.be.accessible();
    });
  });

  describe('why it gains weight', () => {
    it('gives the text\u2019s own reason, the matched trends, and says the matching is editorial', async () => {
      const el = await card(html`<vk-value-card value="lef"></vk-value-card>`);
      const [reason] = (await getValue('lef'))!.gainsWeight;
      expect(reason!.trendsProvenance.kind).to.equal('editorial');
      const part = section(el, 'Waarom het aan belang wint')!;
      expect(squash(part.textContent)).to.contain(reason!.text);
      for (const id of reason!.trends) expect(squash(part.textContent)).to.contain((await getTrend(id))!.heading);
      expect(squash(part.querySelector('.editorial')?.textContent)).to.equal('(koppeling door de redactie)');
    });
  });

  describe('clashes and related values', () => {
    it('names the value it can clash with and the sentence that says so', async () => {
      const el = await card(html`<vk-value-card value="authenticiteit"></vk-value-card>`);
      const [clash] = (await getValue('authenticiteit'))!.clashesWith;
      const other = (await getValue(clash!.value))!;
      const part = section(el, 'Kan botsen met')!;
      expect(squash(part.querySelector('[part~="value-link"]')?.textContent)).to.equal(other.name);
      expect(squash(part.querySelector('q')?.textContent)).to.equal(clash!.source.quote);
    });

    it('sends vk-value-select and, if nobody cancels it, shows that value with focus on its heading', async () => {
      const el = await card(html`<vk-value-card value="authenticiteit"></vk-value-card>`);
      const button = section(el, 'Kan botsen met')!.querySelector<HTMLButtonElement>('[part~="value-link"]')!;
      const event = oneEvent<CustomEvent<VkValueSelectDetail>>(el, 'vk-value-select');
      button.click();
      const e = await event;
      expect(e.detail).to.deep.equal({ id: 'eerbied' });
      expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
      await settle(el);
      expect(el.getAttribute('value')).to.equal('eerbied');
      expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal((await getValue('eerbied'))!.name);
      expect(focused(el)).to.equal(describe$($(el, '[part~="heading"]')));
      await expect(el).to.be.accessible();
    });

    it('stays on its value when the host page cancels the event', async () => {
      const el = await card(html`<vk-value-card value="authenticiteit"></vk-value-card>`);
      const cancel = (e: Event) => {
        e.preventDefault();
      };
      document.addEventListener('vk-value-select', cancel);
      try {
        section(el, 'Kan botsen met')!.querySelector<HTMLButtonElement>('[part~="value-link"]')!.click();
        await settle(el);
      } finally {
        document.removeEventListener('vk-value-select', cancel);
      }
      expect(el.value).to.equal('authenticiteit');
      expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal('Authenticiteit');
    });

    it('switches to another value of the cluster with the keyboard alone', async () => {
      const el = await card(html`<vk-value-card value="lef"></vk-value-card>`);
      const sibling = section(el, 'Andere waarden in het cluster Vrijheid')!.querySelector<HTMLButtonElement>('[part~="value-link"]')!;
      const name = squash(sibling.textContent);
      sibling.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const heading = $(el, '[part~="heading"]')!;
      expect(squash(heading.textContent)).to.equal(name);
      expect(focused(el)).to.equal(describe$(heading));
      // From the heading, Tab goes on to the first control of the new card.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.match(/role|value-link/);
    });
  });

  describe('offices', () => {
    it('sends vk-role-select and, if nobody cancels it, shows the value for that office', async () => {
      const el = await card(html`<vk-value-card value="lef"></vk-value-card>`);
      const button = $$(el, '[part~="role"]').find((b) => squash(b.textContent) === 'Wethouder')!;
      const event = oneEvent<CustomEvent<VkRoleSelectDetail>>(el, 'vk-role-select');
      button.focus();
      await sendKeys({ press: 'Space' });
      expect((await event).detail).to.deep.equal({ id: 'wethouder' });
      await settle(el);
      expect(el.getAttribute('office')).to.equal('wethouder');
      const expected = (await actionsFor({ role: 'wethouder', value: 'lef', actor: 'ambtsdrager' })).map((a) => a.text);
      expect(items(section(el, 'Wat wethouders kunnen doen')?.querySelector('[part~="actions"]'))).to.deep.equal(expected);
      expect(focused(el)).to.equal(describe$($(el, '[part~="heading"]')));
    });

    it('keeps its office when the host page cancels vk-role-select', async () => {
      const el = await card(html`<vk-value-card value="lef" office="griffier"></vk-value-card>`);
      el.addEventListener(
        'vk-role-select',
        (e) => {
          e.preventDefault();
        },
        { once: true },
      );
      $$(el, '[part~="role"]').find((b) => squash(b.textContent) === 'Burgemeester')!.click();
      await settle(el);
      expect(el.office).to.equal('griffier');
      expect(section(el, 'Wat griffiers kunnen doen')).not.to.equal(undefined);
    });

    it('takes the office from a settings provider, and its own attribute wins', async () => {
      class TestProvider extends LitElement {
        provider = new ContextProvider(this, { context: settingsContext, initialValue: { office: 'burgemeester' } });
      }
      customElements.define('vk-test-settings-provider', TestProvider);
      const wrapper = await fixture(html`<vk-test-settings-provider>
        <vk-value-card value="lef"></vk-value-card>
        <vk-value-card value="lef" office="wethouder"></vk-value-card>
      </vk-test-settings-provider>`);
      const [fromProvider, own] = [...wrapper.querySelectorAll('vk-value-card')];
      await Promise.all([fromProvider!.ready, own!.ready]);
      await settle(fromProvider!);
      await settle(own!);
      expect(section(fromProvider!, 'Wat burgemeesters kunnen doen')).not.to.equal(undefined);
      expect(section(own!, 'Wat wethouders kunnen doen')).not.to.equal(undefined);
    });
  });

  describe('input it cannot use', () => {
    it('names an unknown value, suggests the closest ones and fires an error event', async () => {
      const el = document.createElement('vk-value-card');
      el.value = 'bekwamheid';
      const error = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      document.body.append(el);
      try {
        const { detail } = await error;
        await el.updateComplete;
        const suggestions = (await suggestValues('bekwamheid')).map((v) => v.name);
        expect(suggestions[0]).to.equal('Bekwaamheid');
        expect(detail.code).to.equal('unknown-value');
        expect(detail.message).to.contain('"bekwamheid"');
        expect(detail.message).to.contain(`Bedoelde je: ${suggestions[0]}`);
        const alert = $(el, '[role="alert"]')!;
        expect(squash(alert.textContent)).to.contain('Onbekende waarde "bekwamheid".');
        expect($$(el, '[part~="suggestions"] button').map((b) => squash(b.textContent))).to.deep.equal(suggestions);
        await expect(el).to.be.accessible();

        $$(el, '[part~="suggestions"] button')[0]!.click();
        await settle(el);
        expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal('Bekwaamheid');
        expect($(el, '[role="alert"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });

    it('shows a short prompt when no value is set', async () => {
      const el = await card(html`<vk-value-card></vk-value-card>`);
      expect(squash($(el, '[part~="prompt"]')?.textContent)).to.equal('Kies een waarde om de kaart te zien.');
      await expect(el).to.be.accessible();
    });

    it('reports an unknown office and still shows the value', async () => {
      const el = document.createElement('vk-value-card');
      el.value = 'lef';
      el.office = 'schepen';
      const error = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      document.body.append(el);
      try {
        const { detail } = await error;
        await el.updateComplete;
        expect(detail.code).to.equal('unknown-role');
        expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('Onbekend ambt "schepen"');
        expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal('Lef');
        await expect(el).to.be.accessible();

        // Another value with the same bad office: the message stays, no second event.
        let more = 0;
        el.addEventListener('error', () => (more += 1));
        el.value = 'gezag';
        await el.updateComplete;
        expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal('Gezag');
        expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('Onbekend ambt "schepen"');
        expect(more).to.equal(0);

        // Fixed: the message goes.
        el.office = 'burgemeester';
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });

    it('reports an unknown variant and shows the full card', async () => {
      const el = await card(html`<vk-value-card value="lef" variant="huge"></vk-value-card>`);
      expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('Onbekende weergave "huge"');
      expect(section(el, 'Wat het betekent')).not.to.equal(undefined);
    });
  });

  describe('variants, language and live changes', () => {
    it('compact: name, cluster, one-line meaning and prioritising offices, nothing more', async () => {
      const el = await card(html`<vk-value-card value="authenticiteit" variant="compact" office="raadslid"></vk-value-card>`);
      const value = (await getValue('authenticiteit'))!;
      expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal(value.name);
      expect(squash($(el, '.summary')?.textContent)).to.equal(value.description);
      expect($$(el, '[part~="role"]').map((b) => shown(b))).to.deep.equal(
        (await rolesPrioritising('authenticiteit')).map((r) => r.name),
      );
      expect($$(el, '[part~="actions"]')).to.have.length(0);
      expect($(el, '[part~="citation"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fits a 280 px sidebar without sideways scrolling', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 280px">
        <vk-value-card value="gemeenschappelijkheid" variant="compact"></vk-value-card>
      </div>`);
      const el = wrapper.querySelector('vk-value-card')!;
      await el.ready;
      for (const node of el.shadowRoot!.querySelectorAll('*'))
        expect((node as HTMLElement).getBoundingClientRect().right, node.localName).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });

    it('speaks English when asked, and keeps the corpus text Dutch', async () => {
      const el = await card(html`<vk-value-card value="lef" office="griffier" lang="en"></vk-value-card>`);
      expect(sectionTitles(el)).to.include('What council clerks can do');
      expect(squash($(el, '[part~="cluster"]')?.textContent)).to.equal('Freedom');
      expect(squash(section(el, 'What it means')?.querySelector('p')?.textContent)).to.equal((await getValue('lef'))!.description);
      expect(section(el, 'What it means')?.querySelector('p')?.getAttribute('lang')).to.equal('nl');
      expect(text(el)).to.contain('linked by the editors');
      await expect(el).to.be.accessible();
    });

    it('follows changes of value, office and variant live', async () => {
      const el = await card(html`<vk-value-card value="lef"></vk-value-card>`);
      el.setAttribute('value', 'Menselijke maat');
      await settle(el);
      expect(squash($(el, '[part~="heading"]')?.textContent)).to.equal('Menselijke maat');
      el.setAttribute('value', 'HIERARCHIE');
      await settle(el);
      expect($(el, '[role="alert"]')).not.to.equal(null); // a cluster, not a value
      el.value = 'vertrouwen';
      el.setAttribute('office', 'Gemeentesecretarissen');
      await settle(el);
      expect(sectionTitles(el)).to.include('Wat gemeentesecretarissen kunnen doen');
      el.variant = 'compact';
      await settle(el);
      expect(sectionTitles(el)).to.deep.equal([]);
    });

    it('puts its heading at the level the page asks for', async () => {
      const el = await card(html`<vk-value-card value="lef" heading-level="3"></vk-value-card>`);
      expect($(el, '[part~="heading"]')?.localName).to.equal('h3');
      expect($(el, '.section-heading')?.localName).to.equal('h4');
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('prints one card per page with its citations and without interactive chrome', async function () {
      const el = await card(html`<vk-value-card value="lef"></vk-value-card>`);
      // WebKitGTK's WebDriver cannot emulate print media: Chromium and Firefox test the print style.
      if (!(await emulateMedia({ media: 'print' }))) this.skip();
      expect(getComputedStyle(el).breakAfter).to.equal('page');
      expect(getComputedStyle($(el, '.hint')!).display).to.equal('none');
      const role = $(el, '[part~="role"]')!;
      expect(getComputedStyle(role).borderStyle).to.equal('none');
      expect(getComputedStyle($(el, '[part~="citation"]')!).display).not.to.equal('none');
    });
  });
});

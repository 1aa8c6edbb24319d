/**
 * vk-quick-scan: the steps, the keyboard path, the scoring and the result.
 * Expected texts come from the data (item bank, priorities, actions) or are
 * hand-computed from known answers; never from the widget's own output.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import {
  actionsFor,
  allRoles,
  allValues,
  getValue,
  prioritiesFor,
  professionalisationLevels,
  quickScanBank,
  quickScanItems,
  scannableValues,
} from '../src/data/index.js';
import { settingsContext } from '../src/shared/context.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import type { RoleId } from '../src/data/index.js';
import type { VkScanCompleteDetail } from '../src/quick-scan/types.js';
import {
  $,
  $$,
  answer,
  answerPage,
  deepActive,
  finishScan,
  next,
  scanFixture,
  screenHeading,
  scoreTable,
  statements,
  text,
} from './helpers/quick-scan.js';
import { squash } from './helpers/dom.js';

class TestSettings extends LitElement {
  provider = new ContextProvider(this, { context: settingsContext, initialValue: { office: 'griffier' } });
  protected override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('test-quick-scan-settings', TestSettings);

describe('vk-quick-scan', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('steps', () => {
    it('asks for the office first, with the eight offices in the publication’s order', async () => {
      const el = await scanFixture(html`<vk-quick-scan></vk-quick-scan>`);
      expect(screenHeading(el)).to.equal('Welk ambt heb je?');
      const names = $$(el, 'input[name="qs-role"]').map((i) => text(i.parentElement));
      expect(names).to.deep.equal((await allRoles()).map((r) => r.name));
      expect(text($(el, '.progress-text'))).to.equal('Stap 1 van 9');
      await expect(el).to.be.accessible();
    });

    it('names a missing office next to the question and in a summary at the top, and focuses the summary', async () => {
      const el = await scanFixture(html`<vk-quick-scan></vk-quick-scan>`);
      await next(el);
      const summary = $(el, '.error-summary');
      expect(text(summary)).to.contain('Je ambt ontbreekt nog');
      expect(text($(el, '.field-error'))).to.equal('Kies je ambt.');
      expect(deepActive()).to.equal(summary);
      await expect(el).to.be.accessible();
      summary!.querySelector('a')!.click();
      expect(deepActive()).to.equal($(el, 'input[name="qs-role"]'));
    });

    it('skips the office question when the office is set, and asks about its four priorities, with the statements on each', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      const priorities = (await prioritiesFor('raadslid'))!;
      const levels = await professionalisationLevels();
      expect(screenHeading(el)).to.equal('Welke vier waarden vind jij het belangrijkst?');
      expect(text($(el, '.progress-text'))).to.equal(`Stap 1 van ${String(1 + priorities.length + levels.length)}`);
      await expect(el).to.be.accessible();
      await next(el);
      const items = await quickScanItems({ role: 'raadslid', values: priorities.map((v) => v.id) });
      expect(screenHeading(el)).to.equal(priorities[0]!.name);
      const first = items.filter((i) => i.kind === 'value' && i.value === priorities[0]!.id);
      expect(statements(el)).to.deep.equal(first.map((i) => i.statement));
      expect(text($(el, '.progress-text'))).to.contain(`Uitspraak 1–${String(first.length)} van ${String(items.length)}`);
      await expect(el).to.be.accessible();
    });

    it('takes the office from the role attribute, or from a provider', async () => {
      // (As an attribute in a template, lit-a11y rightly flags role="Wethouders" as an ARIA role: hence `office`.)
      const byRole = document.createElement('vk-quick-scan');
      byRole.setAttribute('role', 'Wethouders');
      document.body.append(byRole);
      await byRole.ready;
      await next(byRole);
      expect(screenHeading(byRole)).to.equal((await prioritiesFor('wethouder'))![0]!.name);
      byRole.remove();
      const wrapper = await scanFixture(
        html`<test-quick-scan-settings><vk-quick-scan></vk-quick-scan></test-quick-scan-settings>`,
      );
      const el = wrapper.querySelector('vk-quick-scan')!;
      await el.ready;
      await next(el);
      expect(screenHeading(el)).to.equal((await prioritiesFor('griffier'))![0]!.name);
    });

    it('reports an unknown office and lets the person choose one', async () => {
      const el = document.createElement('vk-quick-scan');
      el.setAttribute('office', 'minister');
      const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
      document.body.append(el);
      const { detail } = await event;
      await el.ready;
      expect([detail.code, detail.detail]).to.deep.equal(['unknown-office', { office: 'minister', valid: (await allRoles()).map((r) => r.id) }]);
      expect(text(el.shadowRoot!.querySelector('[part=error]'))).to.contain('Onbekend ambt „minister”');
      expect(screenHeading(el)).to.equal('Welk ambt heb je?');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('names every unanswered statement next to it and in a summary; a link in the summary moves focus there', async () => {
      // A burgemeester's first value (lef) has three statements.
      const el = await scanFixture(html`<vk-quick-scan office="burgemeester"></vk-quick-scan>`);
      await next(el);
      await answer(el, 1, 3);
      await next(el);
      const summary = $(el, '.error-summary')!;
      expect(text(summary.querySelector('.error-summary-title'))).to.equal('Er ontbreken nog 2 antwoorden');
      expect($$(el, '.error-summary li').map((li) => text(li))).to.deep.equal(['Uitspraak 1', 'Uitspraak 3']);
      expect($$(el, 'fieldset.item').map((f) => text(f.querySelector('.field-error')))).to.deep.equal([
        'Kies een antwoord bij deze uitspraak.',
        '',
        'Kies een antwoord bij deze uitspraak.',
      ]);
      expect(deepActive()).to.equal(summary);
      await expect(el).to.be.accessible();
      ($$(el, '.error-summary a')[1] as HTMLAnchorElement).click();
      expect(deepActive()).to.equal($$(el, 'fieldset.item')[2]!.querySelector('input'));
    });

    it('goes back and forward without losing answers', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="griffier"></vk-quick-scan>`);
      await next(el);
      await answerPage(el, () => 2);
      await answer(el, 0, 'nvt');
      $(el, '.nav .vk-button--secondary')!.click();
      await el.updateComplete;
      const checked = $$(el, 'fieldset.item input:checked').map((i) => (i as HTMLInputElement).value);
      expect(checked.length).to.be.at.least(3);
      expect(checked).to.deep.equal($$(el, 'fieldset.item').map(() => '2'));
      await next(el);
      expect(($$(el, 'fieldset.item')[0]!.querySelector('input:checked') as HTMLInputElement).value).to.equal('nvt');
    });

    it('does the whole scan by keyboard only', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      const tabUntil = async (test: (a: Element | null) => boolean) => {
        for (let i = 0; i < 80 && !test(deepActive()); i++) await sendKeys({ press: 'Tab' });
        expect(test(deepActive()), `reached by Tab: ${deepActive()?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(
          true,
        );
      };
      const isSubmit = (a: Element | null) => a instanceof HTMLButtonElement && a.type === 'submit';
      // Values: choose the first one with the space bar, then go on with Enter.
      await tabUntil((a) => a instanceof HTMLInputElement && a.type === 'checkbox');
      await sendKeys({ press: 'Space' });
      await tabUntil(isSubmit);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      let pages = 0;
      while (!$(el, '.result') && pages < 10) {
        pages++;
        expect(deepActive()?.hasAttribute('data-focus-heading'), 'focus on the new screen’s heading').to.equal(true);
        const count = $$(el, 'fieldset.item').length;
        for (let i = 0; i < count; i++) {
          await tabUntil(
            (a) =>
              a instanceof HTMLInputElement &&
              a.type === 'radio' &&
              a.name === ($$(el, 'fieldset.item')[i]!.querySelector('input') as HTMLInputElement).name,
          );
          // Space picks "Nooit"; each arrow moves one step up the scale: Space + 3 arrows = "Vaak".
          await sendKeys({ press: 'Space' });
          for (let k = 0; k < 3; k++) await sendKeys({ press: 'ArrowRight' });
        }
        await tabUntil(isSubmit);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect($(el, '.result'), 'the result is shown').to.exist;
      expect(deepActive()?.textContent).to.equal('Je resultaat');
      const priorities = (await prioritiesFor('raadslid'))!;
      const table = scoreTable(el);
      for (const v of priorities) expect(table[v.name], v.name).to.equal('4,0');
      const chosen = (await getValue('autonomie'))!;
      expect(text($(el, '.reflection'))).to.contain(chosen.name);
    });
  });

  describe('scoring', () => {
    // Wethouder, in the order asked (bank 2): lef ×4, gemeenschappelijkheid ×3, betrokkenheid ×3, bekwaamheid ×4, macro ×3, meso ×4, micro ×3.
    const answers = [5, 4, 'nvt', 'nvt', 1, 2, 3, 3, 3, 4, 'nvt', 'nvt', 'nvt', 'nvt', 2, 2, 2, 5, 5, 5, 4, 1, 5, 3] as const;

    it('gives the mean on the 1–5 scale per value and level, leaving out "niet van toepassing" (hand-computed)', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="wethouder"></vk-quick-scan>`);
      const complete = oneEvent<CustomEvent<VkScanCompleteDetail>>(el, 'vk-scan-complete');
      await finishScan(el, (n) => answers[n]!);
      const { detail } = await complete;
      // lef (5+4)/2 = 4.5; gemeenschappelijkheid (1+2+3)/3 = 2; betrokkenheid (3+3+4)/3 = 3.33;
      // bekwaamheid all n.v.t.: no score; macro 2; meso (5+5+5+4)/4 = 4.75; micro (1+5+3)/3 = 3.
      expect(scoreTable(el)).to.deep.equal({
        Lef: '4,5',
        Gemeenschappelijkheid: '2,0',
        Betrokkenheid: '3,3',
        Bekwaamheid: 'geen score',
        'Macro: rollen, taken en inhoud': '2,0',
        'Meso: conflictmanagement en samenspel': '4,8',
        'Micro: zelfreflectie en contextuele intelligentie': '3,0',
      });
      expect(detail.values.map((v) => [v.id, v.score === null ? null : Math.round(v.score * 100) / 100])).to.deep.equal(
        [
          ['lef', 4.5],
          ['gemeenschappelijkheid', 2],
          ['betrokkenheid', 3.33],
          ['bekwaamheid', null],
        ],
      );
      expect(detail.values.find((v) => v.id === 'lef')).to.include({ answered: 2, notApplicable: 2, items: 4 });
      expect(detail.levels.map((l) => Math.round(l.score! * 100) / 100)).to.deep.equal([2, 4.75, 3]);
      expect(detail.strongest).to.equal('lef');
      expect(detail.growth).to.deep.equal(['gemeenschappelijkheid', 'betrokkenheid']);
      expect(text($(el, '.summary'))).to.equal(
        'Je sterkste waarde: Lef (4,5) Meeste ruimte om te groeien: Gemeenschappelijkheid (2,0) en Betrokkenheid (3,3)',
      );
      await expect(el).to.be.accessible();
    });

    it('names no strongest value and nothing to grow on when every answer is "altijd"', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="burgemeester"></vk-quick-scan>`);
      const complete = oneEvent<CustomEvent<VkScanCompleteDetail>>(el, 'vk-scan-complete');
      await finishScan(el, () => 5);
      const { detail } = await complete;
      expect(detail.strongest).to.equal(null);
      expect(detail.even).to.equal(true);
      expect(detail.growth).to.deep.equal([]);
      expect(text($(el, '.summary'))).to.contain('geen waarde springt eruit');
    });

    it('explains how the score comes about', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="wethouder"></vk-quick-scan>`);
      await finishScan(el);
      const how = $(el, 'details.how')!;
      expect(text(how.querySelector('summary'))).to.equal('Hoe komt deze score tot stand?');
      expect(text(how)).to.contain('nooit = 1, zelden = 2, soms = 3, vaak = 4, altijd = 5');
      expect(text(how)).to.contain('"Niet van toepassing" telt niet mee');
    });
  });

  describe('result', () => {
    /** Answers 1, 5, 2, 4 on the four values in the order asked, 3 on the learning levels. */
    const pickFor = async (role: RoleId) => {
      const items = await quickScanItems({ role, values: (await prioritiesFor(role))!.map((v) => v.id) });
      const order = [...new Set(items.flatMap((i) => (i.kind === 'value' ? [i.value] : [])))];
      return (n: number) => {
        const item = items[n];
        return (item?.kind === 'value' ? [1, 5, 2, 4][order.indexOf(item.value)] : 3) as 1 | 2 | 3 | 4 | 5;
      };
    };

    it('gives the office holder’s and the association’s actions for the values to work on, each with its source', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="wethouder"></vk-quick-scan>`);
      await finishScan(el, await pickFor('wethouder'));
      const priorities = (await prioritiesFor('wethouder'))!.map((v) => v.id);
      // Lowest: the first value (1), then the third (2).
      const blocks = $$(el, 'section.advice');
      for (const [i, value] of [priorities[0]!, priorities[2]!].entries()) {
        const block = blocks[i]!;
        expect(text(block.querySelector('.vk-heading'))).to.equal(`Werken aan ${(await getValue(value))!.name}`);
        const own = (await actionsFor({ role: 'wethouder', value, actor: 'ambtsdrager' })).map((a) => a.text);
        expect([...block.querySelectorAll('ul.actions li')].map((li) => text(li))).to.deep.equal(own);
        expect(text(block.querySelector('.vk-citation'))).to.contain(
          'Bron: Toekomstbestendig decentraal bestuur (2024)',
        );
        expect(block.querySelector('ul.actions')?.getAttribute('lang')).to.equal('nl');
      }
      const association = blocks.find((b) => text(b).includes('Wat je beroepsvereniging kan doen'))!;
      const theirs = (await actionsFor({ role: 'wethouder', actor: 'vereniging' })).map((a) => a.text);
      expect([...association.querySelectorAll('ul.actions li')].map((li) => text(li))).to.deep.equal(theirs);
      expect(association.querySelector('.vk-citation')).to.exist;
      for (const offer of $$(el, 'li.offer'))
        expect(text(offer.querySelector('.vk-citation')), text(offer)).to.match(/^Bron: /);
      await expect(el).to.be.accessible();
    });

    it('shows the needs of the learning level with most room to grow, quoted from the 2013 paper', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="griffier"></vk-quick-scan>`);
      // Values 3; levels macro 4, meso 2, micro 5.
      const items = await quickScanItems({ role: 'griffier', values: (await prioritiesFor('griffier'))!.map((v) => v.id) });
      const byLevel = { macro: 4, meso: 2, micro: 5 } as const;
      await finishScan(el, (n) => {
        const item = items[n]!;
        return item.kind === 'level' ? byLevel[item.level] : 3;
      });
      const meso = (await professionalisationLevels()).find((l) => l.id === 'meso')!;
      const block = $$(el, 'section.advice').find((b) => text(b).includes('Wat het paper noemt voor'))!;
      expect(text(block.querySelector('.vk-heading'))).to.equal(
        'Wat het paper noemt voor Meso: conflictmanagement en samenspel',
      );
      expect([...block.querySelectorAll('li')].map((li) => text(li))).to.deep.equal(meso.needs.map((n) => n.text));
      expect(text(block.querySelector('.vk-citation'))).to.contain('Lokale bestuurderskracht');
    });

    it('links “Bekijk passend aanbod” to the training finder with rol and waarde', async () => {
      const el = await scanFixture(
        html`<vk-quick-scan office="wethouder" finder-url="leren.html#/vinden"></vk-quick-scan>`,
      );
      await finishScan(el, await pickFor('wethouder'));
      const priorities = (await prioritiesFor('wethouder'))!.map((v) => v.id);
      const link = $(el, '.finder-link a') as HTMLAnchorElement;
      expect(text(link)).to.equal('Bekijk passend aanbod');
      expect(link.href).to.equal(
        new URL(`leren.html#/vinden?rol=wethouder&waarde=${priorities[0]!},${priorities[2]!}`, document.baseURI).href,
      );
      el.finderUrl = '/opleidingen?sort=titel';
      await el.updateComplete;
      const url = new URL(($(el, '.finder-link a') as HTMLAnchorElement).href);
      expect(url.pathname).to.equal('/opleidingen');
      expect(url.searchParams.get('sort')).to.equal('titel');
      expect(url.searchParams.get('rol')).to.equal('wethouder');
      expect(url.searchParams.get('waarde')).to.equal(`${priorities[0]!},${priorities[2]!}`);
      el.finderUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect($(el, '.finder-link a')).to.equal(null);
    });

    it('sends the whole result in a composed vk-scan-complete, for a host to preset a training finder', async () => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('vk-quick-scan');
      el.setAttribute('office', 'rekenkamerlid');
      shadow.append(el);
      document.body.append(host);
      await el.ready;
      const seen: VkScanCompleteDetail[] = [];
      document.body.addEventListener('vk-scan-complete', (e) => seen.push(e.detail));
      await finishScan(el, await pickFor('rekenkamerlid'));
      host.remove();
      expect(seen).to.have.length(1);
      const detail = seen[0]!;
      const priorities = (await prioritiesFor('rekenkamerlid'))!.map((v) => v.id);
      expect(detail.role).to.equal('rekenkamerlid');
      expect(detail.priorities).to.deep.equal(priorities);
      expect(detail.values.map((v) => v.id)).to.deep.equal(priorities);
      expect(detail.finder).to.deep.equal({ rol: 'rekenkamerlid', waarde: [priorities[0], priorities[2]] });
      expect(detail.bankVersion).to.equal((await quickScanBank()).version);
      expect(detail.code).to.equal((el.shadowRoot!.querySelector('#qs-code') as HTMLTextAreaElement).value);
    });

    it('lets a host show the value itself (cancelable vk-value-select), and otherwise opens its description', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="wethouder"></vk-quick-scan>`);
      await finishScan(el, await pickFor('wethouder'));
      const first = (await prioritiesFor('wethouder'))![0]!;
      const button = $(el, 'section.advice .value-link button')!;
      expect(text(button)).to.equal(`Meer over de waarde ${first.name}`);
      const cancel = (e: Event) => {
        e.preventDefault();
      };
      el.addEventListener('vk-value-select', cancel);
      const event = oneEvent<CustomEvent<{ id: string }>>(el, 'vk-value-select');
      button.click();
      expect((await event).detail.id).to.equal(first.id);
      await el.updateComplete;
      expect($(el, '.value-description')).to.equal(null);
      el.removeEventListener('vk-value-select', cancel);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text($(el, '.value-description p'))).to.equal(
        squash(first.description) || 'De publicatie geeft geen eigen omschrijving van deze waarde.',
      );
      el.valueUrl = 'waarden.html#/waarde/{id}';
      await el.updateComplete;
      expect(($(el, 'section.advice .value-link a') as HTMLAnchorElement).href).to.equal(
        new URL(`waarden.html#/waarde/${first.id}`, document.baseURI).href,
      );
    });

    it('sets the person’s own top four beside the publication’s priorities', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      const priorities = (await prioritiesFor('raadslid'))!;
      const own = [priorities[1]!, (await getValue('lef'))!];
      for (const v of own) {
        const box = $$(el, 'fieldset.values input[type=checkbox]').find(
          (i) => text(i.parentElement) === v.name,
        ) as HTMLInputElement;
        box.click();
      }
      await el.updateComplete;
      expect(text($(el, '#qs-values-count'))).to.equal('2 van 4 gekozen');
      await finishScan(el);
      const dds = $$(el, '.reflection dd').map((d) => text(d));
      expect(dds).to.deep.equal([
        priorities[1]!.name,
        'Lef',
        priorities
          .filter((_, i) => i !== 1)
          .map((v) => v.name)
          .join(', '),
      ]);
    });

    it('lets the person choose a top four from the result, and returns straight to it', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="griffier"></vk-quick-scan>`);
      await finishScan(el);
      expect(text($(el, '.reflection-section'))).to.contain('Je hebt geen eigen top vier gekozen.');
      $$(el, '.reflection-section button').find((b) => text(b) === 'Kies je top vier')!.click();
      await el.updateComplete;
      expect(screenHeading(el)).to.equal('Welke vier waarden vind jij het belangrijkst?');
      const priorities = (await prioritiesFor('griffier'))!;
      const box = $$(el, 'fieldset.values input[type=checkbox]').find((i) => text(i.parentElement) === priorities[0]!.name);
      (box as HTMLInputElement).click();
      await el.updateComplete;
      await next(el);
      expect(screenHeading(el)).to.equal('Je resultaat');
      expect(text($$(el, '.reflection dd')[0])).to.equal(priorities[0]!.name);
    });

    it('refuses more than four values, naming it next to the list and at the top', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      for (const box of $$(el, 'fieldset.values input[type=checkbox]').slice(0, 5)) box.click();
      await el.updateComplete;
      await next(el);
      expect(text($(el, '.error-summary'))).to.contain('Je hebt 5 waarden gekozen; kies er hoogstens vier.');
      expect(text($(el, '#qs-values-error'))).to.equal('Je hebt 5 waarden gekozen; kies er hoogstens vier.');
      expect(screenHeading(el)).to.equal('Welke vier waarden vind jij het belangrijkst?');
      await expect(el).to.be.accessible();
    });
  });

  describe('Statenleden', () => {
    it('says the publication names no priorities, requires four values and scans them with other offices’ actions', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="statenlid"></vk-quick-scan>`);
      const bank = await quickScanBank();
      const allowed = scannableValues(bank, 'statenlid');
      expect(screenHeading(el)).to.equal('Kies vier waarden om te scannen');
      expect(text($(el, '.panel'))).to.contain('De publicatie noemt geen vier prioriteiten voor Statenleden');
      expect($$(el, 'fieldset.values input[type=checkbox]')).to.have.length(allowed.length);
      await expect(el).to.be.accessible();
      await next(el);
      expect(text($(el, '#qs-values-error'))).to.equal('Kies precies vier waarden (nu 0).');
      const chosen = ['weerbaarheid', 'lef', 'rentmeesterschap', 'helderheid'] as const;
      for (const id of chosen) {
        const name = (await getValue(id))!.name;
        (
          $$(el, 'fieldset.values input[type=checkbox]').find((i) => text(i.parentElement) === name) as HTMLInputElement
        ).click();
      }
      await el.updateComplete;
      await next(el);
      const order = (await allValues()).map((v) => v.id).filter((id) => (chosen as readonly string[]).includes(id));
      const items = await quickScanItems({ role: 'statenlid', values: order });
      expect(screenHeading(el)).to.equal((await getValue(order[0]!))!.name);
      expect(statements(el)).to.deep.equal(
        items.filter((i) => i.kind === 'value' && i.value === order[0]).map((i) => i.statement),
      );
      await finishScan(el, () => 3);
      // All answers equal: no strongest value; advice on all four, in the order asked.
      const first = $$(el, 'section.advice')[0]!;
      expect(text(first.querySelector('.vk-heading'))).to.equal(`Werken aan ${(await getValue(order[0]!))!.name}`);
      const actionIds = [...new Set(items.flatMap((i) => (i.kind === 'value' && i.value === order[0] ? [i.actionId] : [])))];
      const actions = await actionsFor({ actor: 'ambtsdrager' });
      expect([...first.querySelectorAll('ul.actions li')].map((li) => text(li))).to.deep.equal(
        actionIds.map((id) => actions.find((a) => a.id === id)!.text),
      );
      expect(text($(el, '.reflection-section'))).to.contain('De publicatie noemt geen prioriteiten voor Statenleden');
      expect(text($$(el, 'section.advice').find((b) => text(b).includes('beroepsvereniging')))).to.contain(
        'bewust geen handelingsperspectieven',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('speaks English with lang="en"; the statements and corpus text stay Dutch', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid" lang="en"></vk-quick-scan>`);
      expect(screenHeading(el)).to.equal('Which four values matter most to you?');
      await next(el);
      expect(text($(el, '.progress-text'))).to.match(/^Step 2 of \d+ · Statement 1–\d of \d+$/);
      expect($$(el, 'fieldset.item')[0]!.querySelector('legend span[lang="nl"]')).to.exist;
      expect($$(el, 'fieldset.item')[0]!.querySelectorAll('label').length).to.equal(6);
      expect(text($$(el, 'fieldset.item')[0]!.querySelector('.scale'))).to.equal(
        'Never Rarely Sometimes Often Always Not applicable',
      );
      await expect(el).to.be.accessible();
      await finishScan(el);
      expect(text($(el, 'details.how summary'))).to.equal('How is this score worked out?');
      expect(text($(el, 'table.table caption'))).to.contain(
        'Your scores per value and per learning level (1 = never, 5 = always).',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('result code attribute', () => {
    it('opens the result of a code, and names a bad code', async () => {
      const first = await scanFixture(html`<vk-quick-scan office="waterschapsbestuurder"></vk-quick-scan>`);
      await finishScan(first, (n) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5);
      const code = (first.shadowRoot!.querySelector('#qs-code') as HTMLTextAreaElement).value;
      const table = scoreTable(first);
      const el = await scanFixture(html`<vk-quick-scan code=${code}></vk-quick-scan>`);
      expect(screenHeading(el)).to.equal('Je resultaat');
      expect(scoreTable(el)).to.deep.equal(table);
      sessionStorage.clear();
      const bad = await scanFixture(html`<vk-quick-scan code=${code.slice(0, -3)}></vk-quick-scan>`);
      expect(text(bad.shadowRoot!.querySelector('[part=error]'))).to.contain(
        'De resultaatcode kon niet worden geopend',
      );
      expect(screenHeading(bad)).to.equal('Welk ambt heb je?');
    });
  });
});

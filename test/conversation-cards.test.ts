/**
 * <vk-conversation-cards>: what a facilitator and a group see and can do.
 * Expected texts come from the data files (craft.json, values.json,
 * cards.json through the data API) or the publication, never from the
 * widget's own output.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/conversation-cards/define.js';
import '../src/provider/define.js';
import { VkConversationCards, type VkCardDrawDetail, type VkRoundEndDetail } from '../src/conversation-cards/define.js';
import { NOTES_KEY } from '../src/conversation-cards/notes.js';
import { cardMatches, cardsFile, craft, getSource, getValue } from '../src/data/index.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import { emulateMedia } from './helpers/media.js';

/** A fake clock for the round timer: `Date` and intervals; `setTimeout` and animation frames stay real (the runner and Lit need them). */
function fakeClock(): SinonFakeTimers {
  return useFakeTimers({ now: Date.UTC(2025, 0, 15, 9, 0, 0), toFake: ['Date', 'setInterval', 'clearInterval'] });
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const textarea = (el: Element) => el.shadowRoot!.querySelector('textarea')!;
const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => squash(node?.textContent);
/** What the element's shadow root has focused. */
const focused = (el: Element) => el.shadowRoot!.activeElement;

async function cards(template: ReturnType<typeof html>): Promise<VkConversationCards> {
  const found = await fixture<HTMLElement>(template);
  const el = found instanceof VkConversationCards ? found : found.querySelector('vk-conversation-cards')!;
  await el.ready;
  await el.updateComplete;
  return el;
}

/** The texts of the cards shown (the source's words). */
const cardTexts = (el: Element, scope = '') => $$(el, `${scope} [part~="card-text"]`).map((q) => text(q));
const cardKinds = (el: Element, scope = '') => $$(el, `${scope} [part~="card"]`).map((c) => c.dataset['kind']);

/** The ids of the cards the data puts in a deck narrowed by `filter` (cards.json through the data API). */
async function expectedIds(filter: Parameters<typeof cardMatches>[1]): Promise<string[]> {
  const { conversationCards } = await import('../src/data/index.js');
  return (await conversationCards()).filter((c) => cardMatches(c, filter)).map((c) => c.id);
}

/** The visible status texts (live regions) of the widget. */
const said = (el: Element) => $$(el, '[role="status"]').map((s) => text(s)).join(' | ');

/** The id of the card on the facilitator's table. */
const onTable = (el: Element) => $(el, '.stage-card')?.dataset['card'];

async function clickNext(el: VkConversationCards): Promise<void> {
  $(el, '[part~="next"]')!.click();
  await el.updateComplete;
}

describe('vk-conversation-cards', () => {
  describe('the deck', () => {
    it('shows every reflection question, dilemma and value tension in the source’s words', async () => {
      const el = await cards(html`<vk-conversation-cards></vk-conversation-cards>`);
      const data = await craft();
      const questions = data.reflectionQuestions.map((q) => q.text);
      const dilemmas = data.civilServantTypes.flatMap((t) => t.dilemmas.map((d) => d.text));
      const clashes = await Promise.all(
        [
          ['stabiliteit', 'wendbaarheid'],
          ['dienstbaarheid', 'doelmatigheid'],
          ['eerbied', 'authenticiteit'],
        ].map(async ([a, b]) => (await getValue(a!))!.clashesWith.find((c) => c.value === b)!.source.quote),
      );
      expect(questions).to.have.length(18);
      expect(cardTexts(el)).to.deep.equal([...questions, ...dilemmas, ...clashes].map(squash));
      expect(cardKinds(el)).to.deep.equal([...Array<string>(18).fill('reflectievraag'), ...Array<string>(6).fill('dilemma'), ...Array<string>(3).fill('waardenspanning')]);
      for (const q of $$(el, '[part~="card-text"]')) expect(q.getAttribute('lang')).to.equal('nl');
      expect(text($(el, '[part~="count"]'))).to.equal('27 kaarten');
      await expect(el).to.be.accessible();
    });

    it('says on each card for whom it is meant and where it comes from', async () => {
      const el = await cards(html`<vk-conversation-cards></vk-conversation-cards>`);
      const essay = (await getSource('verbinders-zonder-script-2016'))!;
      const article = (await getSource('verbindend-vakmanschap-2014'))!;
      const question = $(el, '#card-reflectie-3a')!.closest('article')!;
      expect(text(question.querySelector('[part~="card-heading"]'))).to.equal('Reflectievraag 3');
      expect(text(question.querySelector('[part~="card-for"]'))).to.equal('Voor: gemeentesecretarissen en de lokale driehoek');
      expect(text(question.querySelector('[part~="citation"]'))).to.equal(`Bron: ${essay.title} (${String(essay.year)}), Reflecties`);

      const data = await craft();
      const category = data.civilServantTypes.find((t) => t.id === 'organisatie-extern')!;
      const dilemma = $(el, '#card-vangrail-of-vangnet')!.closest('article')!;
      expect(text(dilemma.querySelector('[part~="card-heading"]'))).to.equal('Dilemma: vangrail of vangnet');
      expect([...dilemma.querySelectorAll('.pole')].map((p) => text(p))).to.deep.equal(['vangrail', 'vangnet']);
      expect(text(dilemma.querySelector('[part~="card-for"]'))).to.equal(`Voor: ambtenaren — ${category.name}`);
      expect(text(dilemma.querySelector('[part~="citation"]'))).to.contain(`Bron: ${article.title}`);

      const tension = $(el, '#card-spanning-eerbied-authenticiteit')!.closest('article')!;
      expect(text(tension.querySelector('[part~="card-heading"]'))).to.equal('Waardenspanning: Eerbied – Authenticiteit');
      expect(text(tension.querySelector('[part~="card-for"]'))).to.equal('Voor: alle ambtsdragers en de lokale driehoek');
    });

    it('puts its title at the level the page asks for, and the cards below it', async () => {
      const el = await cards(html`<vk-conversation-cards heading-level="3"></vk-conversation-cards>`);
      expect($(el, '[part~="heading"]')?.localName).to.equal('h3');
      expect($(el, '[part~="card-heading"]')?.localName).to.equal('h5');
    });

    it('speaks English around the Dutch corpus text when the page is English', async () => {
      const el = await cards(html`<vk-conversation-cards lang="en" audience="ambtenaren"></vk-conversation-cards>`);
      expect(text($(el, '[part~="heading"]'))).to.equal('Conversation cards');
      expect(text($(el, '[part~="count"]'))).to.equal('6 cards');
      expect(text($(el, '[part~="card-for"]'))).to.match(/^For: civil servants — /);
      expect($(el, '[part~="card-for"] [lang="nl"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('narrows the deck to one theme', async () => {
      const el = await cards(html`<vk-conversation-cards theme="waarden-die-botsen"></vk-conversation-cards>`);
      const ids = await expectedIds({ theme: 'waarden-die-botsen' });
      expect(ids).to.deep.equal(['vangrail-of-vangnet', 'spanning-stabiliteit-wendbaarheid', 'spanning-dienstbaarheid-doelmatigheid', 'spanning-eerbied-authenticiteit']);
      expect($$(el, '[part~="card-heading"]').map((h) => h.id)).to.deep.equal(ids.map((id) => `card-${id}`));
      expect(text($(el, '[part~="count"]'))).to.equal('4 kaarten');
    });

    it('narrows the deck to the lokale driehoek, and shows those cards to each of its offices', async () => {
      const el = await cards(html`<vk-conversation-cards audience="Lokale driehoek"></vk-conversation-cards>`);
      const ids = await expectedIds({ audience: 'driehoek' });
      expect(ids).to.have.length(13);
      const shown = () => $$(el, '[part~="card-heading"]').map((h) => h.id.replace(/^card-/, ''));
      expect(shown()).to.deep.equal(ids);
      el.audience = 'griffiers';
      await el.updateComplete;
      expect(shown()).to.deep.equal(await expectedIds({ audience: 'griffier' }));
      expect(shown()).to.deep.equal(ids);
      el.audience = 'ambtenaren';
      await el.updateComplete;
      expect(cardKinds(el)).to.deep.equal(Array<string>(6).fill('dilemma'));
      el.audience = 'raadsleden';
      await el.updateComplete;
      expect(cardKinds(el)).to.deep.equal(Array<string>(3).fill('waardenspanning'));
    });

    it('narrows with the theme and audience lists, announcing the count', async () => {
      const el = await cards(html`<vk-conversation-cards></vk-conversation-cards>`);
      const [themeSelect, audienceSelect] = $$<HTMLSelectElement>(el, 'select');
      themeSelect!.value = 'inhoud-en-proces';
      themeSelect!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.theme).to.equal('inhoud-en-proces');
      expect(el.getAttribute('theme')).to.equal('inhoud-en-proces');
      expect(text($(el, '[part~="count"][role="status"]'))).to.equal(`${String((await expectedIds({ theme: 'inhoud-en-proces' })).length)} kaarten`);
      audienceSelect!.value = 'ambtenaar';
      audienceSelect!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const ids = await expectedIds({ theme: 'inhoud-en-proces', audience: 'ambtenaar' });
      expect(ids).to.deep.equal(['uitvoering-bepalen-of-overlaten', 'netwerk-of-stroperigheid']);
      expect($$(el, '[part~="card-heading"]').map((h) => h.id)).to.deep.equal(ids.map((id) => `card-${id}`));
      await expect(el).to.be.accessible();
    });

    it('says so when no card fits both choices', async () => {
      const el = await cards(html`<vk-conversation-cards theme="persoon-en-rol" audience="ambtenaren"></vk-conversation-cards>`);
      expect(await expectedIds({ theme: 'persoon-en-rol', audience: 'ambtenaar' })).to.deep.equal([]);
      expect($$(el, '[part~="card"]')).to.have.length(0);
      expect(text($(el, '[part~="count"]'))).to.equal('0 kaarten');
      expect(text($(el, '.none'))).to.contain('Geen kaarten voor deze keuze');
    });

    it('takes the office of a <vk-provider> when it has no audience of its own', async () => {
      const el = await cards(html`<vk-provider office="raadslid"><vk-conversation-cards></vk-conversation-cards></vk-provider>`);
      expect(cardKinds(el)).to.deep.equal(Array<string>(3).fill('waardenspanning'));
      el.audience = 'gemeentesecretaris';
      await el.updateComplete;
      expect($$(el, '[part~="card"]')).to.have.length((await expectedIds({ audience: 'gemeentesecretaris' })).length);
    });

    it('names an unknown theme, fires error, and keeps showing every card', async () => {
      const el = document.createElement('vk-conversation-cards');
      el.setAttribute('theme', 'vriendschap');
      const error = oneEvent(el, 'error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = (await error) as CustomEvent<VkErrorDetail>;
      expect(detail.code).to.equal('unknown-theme');
      expect(detail.detail).to.deep.equal({ theme: 'vriendschap' });
      await el.updateComplete;
      expect(text($(el, '[part~="error"]'))).to.contain('Onbekend thema "vriendschap"');
      expect($$(el, '[part~="card"]')).to.have.length(27);
      el.theme = 'samenspel';
      await el.updateComplete;
      expect($(el, '[part~="error"]')).to.equal(null);
    });

    it('names an unknown audience, fires error, and keeps showing every card', async () => {
      const el = document.createElement('vk-conversation-cards');
      el.setAttribute('audience', 'schepenen');
      const error = oneEvent(el, 'error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = (await error) as CustomEvent<VkErrorDetail>;
      expect(detail.code).to.equal('unknown-audience');
      expect(detail.detail).to.deep.equal({ audience: 'schepenen' });
      await el.updateComplete;
      expect(text($(el, '[part~="error"]'))).to.contain('Onbekende doelgroep "schepenen"');
      expect($$(el, '[part~="card"]')).to.have.length(27);
      await expect(el).to.be.accessible();
    });

    it('names an unknown view and drawing order, and shows the deck', async () => {
      const codes: string[] = [];
      const el = document.createElement('vk-conversation-cards');
      el.setAttribute('view', 'carousel');
      el.setAttribute('draw', 'backwards');
      el.addEventListener('error', (e: Event) => codes.push((e as CustomEvent<VkErrorDetail>).detail.code));
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(codes.sort()).to.deep.equal(['unknown-draw', 'unknown-view']);
      expect($$(el, '[part~="card"]')).to.have.length(27);
      expect(text($(el, '[part~="error"]'))).to.contain('Onbekende weergave "carousel"');
    });
  });

  describe('facilitator', () => {
    afterEach(() => {
      localStorage.removeItem(NOTES_KEY);
    });

    it('draws the cards in order, never one twice, and says when the deck is empty', async () => {
      const el = await cards(html`<vk-conversation-cards view="facilitator" draw="in-order" audience="ambtenaren"></vk-conversation-cards>`);
      const data = await craft();
      const order = data.civilServantTypes.flatMap((t) => t.dilemmas.map((d) => d.id));
      const events: VkCardDrawDetail[] = [];
      el.addEventListener('vk-card-draw', (e) => events.push(e.detail));
      expect(onTable(el)).to.equal(undefined);
      expect(text($(el, '.stage'))).to.contain('Trek de eerste kaart');
      const seen: string[] = [];
      for (let i = 0; i < order.length; i++) {
        await clickNext(el);
        seen.push(onTable(el)!);
      }
      expect(seen).to.deep.equal(order);
      expect(events.map((e) => e.remaining)).to.deep.equal([5, 4, 3, 2, 1, 0]);
      await waitUntil(() => said(el).includes('Dit is de laatste kaart'), 'announces the last card');
      await clickNext(el);
      expect(onTable(el), 'the last card stays on the table').to.equal(order.at(-1));
      expect(events).to.have.length(6);
      await waitUntil(() => said(el).includes('De stapel is leeg: alle 6 kaarten zijn getrokken'), 'says the deck is empty');
      $$(el, '[part~="button"]').find((b) => text(b) === 'Opnieuw beginnen')!.click();
      await el.updateComplete;
      expect(onTable(el)).to.equal(undefined);
      await clickNext(el);
      expect(onTable(el)).to.equal(order[0]);
    });

    it('draws at random through the whole deck without repeats', async () => {
      const el = await cards(html`<vk-conversation-cards view="facilitator"></vk-conversation-cards>`);
      const all = (await cardsFile()).cards.map((c) => c.id);
      const seen: string[] = [];
      for (let i = 0; i < all.length; i++) {
        await clickNext(el);
        seen.push(onTable(el)!);
      }
      expect(new Set(seen).size).to.equal(all.length);
      expect([...seen].sort()).to.deep.equal([...all].sort());
      expect(text($(el, '[part~="count"]'))).to.equal(`Kaart ${String(all.length)} van ${String(all.length)}, nog 0 in de stapel.`);
      await clickNext(el);
      await waitUntil(() => said(el).includes('De stapel is leeg'), 'says the deck is empty');
    });

    it('shows the card in big type beside the steps of an intervisie round', async () => {
      const el = await cards(html`<vk-conversation-cards view="facilitator" draw="in-order"></vk-conversation-cards>`);
      await clickNext(el);
      const stage = $(el, '.stage [part~="card-text"]')!;
      const base = parseFloat(getComputedStyle($(el, '.intro')!).fontSize);
      expect(parseFloat(getComputedStyle(stage).fontSize), 'card text size').to.be.at.least(base * 1.5);
      const steps = $$(el, '[part~="phases"] li');
      expect(steps.map((s) => text(s.querySelector('.phase-name')))).to.deep.equal(['Introduceren', 'Verhelderen', 'Reflecteren', 'Adviseren', 'Afsluiten']);
      expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
      $$(el, 'button').find((b) => text(b) === 'Volgende stap')!.click();
      await el.updateComplete;
      expect($$(el, '[part~="phases"] li').map((s) => s.getAttribute('aria-current'))).to.deep.equal(['false', 'step', 'false', 'false', 'false']);
      expect(text($(el, '.round'))).to.contain('niet uit de bronnen');
      // A new card starts a new round.
      await clickNext(el);
      expect($$(el, '[part~="phases"] li')[0]!.getAttribute('aria-current')).to.equal('step');
      await expect(el).to.be.accessible();
    });

    it('on a projector-wide screen puts the card with the steps under it beside the timer and deck', async () => {
      const el = await cards(
        html`<div style="width: 1280px"><vk-conversation-cards view="facilitator" draw="in-order"></vk-conversation-cards></div>`,
      );
      await clickNext(el);
      const card = $(el, '.stage')!.getBoundingClientRect();
      const steps = $(el, '[part~="phases"]')!.getBoundingClientRect();
      const side = $(el, '[part~="side"]')!.getBoundingClientRect();
      const timer = $(el, '[part~="timer"]')!.closest('section')!.getBoundingClientRect();
      expect(side.left, 'the column beside the card').to.be.greaterThan(card.right);
      expect(steps.top, 'the steps under the card').to.be.at.least(card.bottom);
      expect(steps.right).to.be.at.most(side.left);
      expect(timer.top, 'the timer at the top of its column').to.be.closeTo(card.top, 1);
      // Both fit a 720 px high screen below the widget's title, view buttons and filters.
      expect(steps.bottom - $(el, '[part~="base"]')!.getBoundingClientRect().top).to.be.at.most(720);
    });

    it('is driven by the keyboard: space draws, P pauses, but not while typing or on a button', async () => {
      const clock = fakeClock();
      try {
        const el = await cards(html`<vk-conversation-cards view="facilitator" draw="in-order"></vk-conversation-cards>`);
        const stage = $(el, '[part~="stage"]')!;
        stage.focus();
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        const first = onTable(el);
        expect(first).to.equal('reflectie-1');
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(onTable(el)).to.equal('reflectie-2');
        expect(focused(el), 'focus stays on the table').to.equal(stage);
        const timer = $(el, '[part~="timer"]')!;
        expect(text(timer)).to.equal('15:00');
        await sendKeys({ press: 'p' });
        await el.updateComplete;
        expect(text($(el, '[part~="timer-toggle"]'))).to.contain('Pauze');
        clock.tick(61_000);
        await el.updateComplete;
        expect(text(timer)).to.equal('13:59');
        await sendKeys({ press: 'P' });
        await el.updateComplete;
        clock.tick(120_000);
        await el.updateComplete;
        expect(text(timer), 'paused').to.equal('13:59');
        expect(text($(el, '[part~="timer-toggle"]'))).to.contain('Verder');

        // Typing in the notes: space and p are letters there.
        const notes = textarea(el);
        notes.focus();
        await sendKeys({ type: 'p q' });
        await el.updateComplete;
        expect(notes.value).to.equal('p q');
        expect(onTable(el)).to.equal('reflectie-2');
        expect(text(timer)).to.equal('13:59');

        // Space on a button presses that button, and draws nothing.
        const toggle = $(el, '[part~="timer-toggle"]')!;
        toggle.focus();
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(onTable(el)).to.equal('reflectie-2');
        expect(text(toggle)).to.contain('Pauze');
      } finally {
        clock.restore();
      }
    });

    it('counts the round down with a pausable timer and says when time is up', async () => {
      const clock: SinonFakeTimers = fakeClock();
      try {
        const el = await cards(html`<vk-conversation-cards view="facilitator" round-minutes="5"></vk-conversation-cards>`);
        const ends: VkRoundEndDetail[] = [];
        el.addEventListener('vk-round-end', (e) => ends.push(e.detail));
        await clickNext(el);
        const timer = $(el, '[part~="timer"]')!;
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="timer-toggle"]')!;
        expect(text(timer)).to.equal('5:00');
        expect(text(toggle)).to.contain('Start');
        toggle.click();
        clock.tick(90_000);
        await el.updateComplete;
        expect(text(timer)).to.equal('3:30');
        toggle.click();
        await el.updateComplete;
        clock.tick(10 * 60_000);
        await el.updateComplete;
        expect(text(timer), 'paused for ten minutes').to.equal('3:30');
        toggle.click();
        clock.tick(3 * 60_000 + 29_000);
        await el.updateComplete;
        expect(text(timer)).to.equal('0:01');
        expect(ends).to.deep.equal([]);
        clock.tick(1_000);
        await el.updateComplete;
        expect(text(timer)).to.equal('0:00');
        expect(ends).to.deep.equal([{ id: onTable(el), minutes: 5 }]);
        expect(toggle.disabled).to.equal(true);
        expect(clock.countTimers(), 'no timer left running').to.equal(0);
        await waitUntil(() => said(el).includes('De tijd van deze ronde is om.'), 'says time is up');
        clock.tick(60_000);
        expect(ends, 'ends once').to.have.length(1);
        $$(el, 'button').find((b) => text(b) === 'Tijd opnieuw')!.click();
        await el.updateComplete;
        expect(text(timer)).to.equal('5:00');
        expect(toggle.disabled).to.equal(false);
      } finally {
        clock.restore();
      }
    });

    it('takes the round length from the minutes field, and refuses an impossible one', async () => {
      const el = document.createElement('vk-conversation-cards');
      el.setAttribute('view', 'facilitator');
      el.setAttribute('round-minutes', '0');
      const error = oneEvent(el, 'error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = (await error) as CustomEvent<VkErrorDetail>;
      expect(detail).to.include({ code: 'invalid-round-minutes' });
      expect(detail.detail).to.deep.equal({ 'round-minutes': '0' });
      await el.updateComplete;
      expect(text($(el, '[part~="timer"]'))).to.equal('15:00');
      const minutes = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="number"]')!;
      minutes.value = '20';
      minutes.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text($(el, '[part~="timer"]'))).to.equal('20:00');
      expect($(el, '[part~="error"]')).to.equal(null);
    });

    it('keeps the facilitator’s notes in this browser until they are cleared', async () => {
      const el = await cards(html`<vk-conversation-cards view="facilitator"></vk-conversation-cards>`);
      const notes = textarea(el);
      expect(text($(el, '#notes-hint'))).to.equal('Blijven alleen in deze browser, op dit apparaat.');
      notes.focus();
      await sendKeys({ type: 'Wie brengt de casus in?' });
      expect(localStorage.getItem(NOTES_KEY)).to.equal('Wie brengt de casus in?');
      el.remove();
      const again = await cards(html`<vk-conversation-cards view="facilitator"></vk-conversation-cards>`);
      expect(textarea(again).value).to.equal('Wie brengt de casus in?');
      const clear = $$(again, 'button').find((b) => text(b) === 'Wis aantekeningen')!;
      clear.focus();
      clear.click();
      await again.updateComplete;
      expect(textarea(again).value).to.equal('');
      expect(localStorage.getItem(NOTES_KEY)).to.equal(null);
      expect(focused(again)).to.equal(clear);
      await waitUntil(() => said(again).includes('Aantekeningen gewist.'), 'announces the clearing');
    });

    it('keeps no notes where the host turned keeping off', async () => {
      const el = await cards(html`<vk-conversation-cards view="facilitator" .storage=${null}></vk-conversation-cards>`);
      expect(text($(el, '#notes-hint'))).to.contain('niet bewaard');
      const notes = textarea(el);
      notes.focus();
      await sendKeys({ type: 'vertrouwelijk' });
      expect(localStorage.getItem(NOTES_KEY)).to.equal(null);
      expect(notes.value).to.equal('vertrouwelijk');
      expect($(el, '[part~="error"]')).to.equal(null);
    });

    it('says when the browser refuses storage, fires error, and the notes still work', async () => {
      const refusing: Storage = {
        length: 0,
        clear: () => undefined,
        key: () => null,
        getItem: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
        setItem: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
        removeItem: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      };
      const el = document.createElement('vk-conversation-cards');
      el.view = 'facilitator';
      el.storage = refusing;
      const error = oneEvent(el, 'error');
      await fixture(html`<div>${el}</div>`);
      expect(((await error) as CustomEvent<VkErrorDetail>).detail.code).to.equal('storage-unavailable');
      await el.updateComplete;
      expect(text($(el, '[part~="error"]'))).to.contain('kunnen in deze browser niet bewaard worden');
      const notes = textarea(el);
      notes.focus();
      await sendKeys({ type: 'toch genoteerd' });
      expect(notes.value).to.equal('toch genoteerd');
      $$(el, 'button').find((b) => text(b) === 'Wis aantekeningen')!.click();
      await el.updateComplete;
      expect(notes.value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('says when the browser’s storage is full, and the notes still work', async () => {
      const kept = new Map<string, string>();
      const full: Storage = {
        length: 0,
        clear: () => undefined,
        key: () => null,
        getItem: (k) => kept.get(k) ?? null,
        setItem: (k, v) => {
          // Room for the probe, not for the notes.
          if (k !== NOTES_KEY) kept.set(k, v);
          else throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: (k) => {
          kept.delete(k);
        },
      };
      const el = await cards(html`<vk-conversation-cards view="facilitator" .storage=${full}></vk-conversation-cards>`);
      const errors: string[] = [];
      el.addEventListener('error', (e: Event) => errors.push((e as CustomEvent<VkErrorDetail>).detail.code));
      expect($(el, '[part~="error"]')).to.equal(null);
      textarea(el).focus();
      await sendKeys({ type: 'ab' });
      await el.updateComplete;
      expect(errors).to.deep.equal(['storage-full']);
      expect(text($(el, '[part~="error"]'))).to.contain('de opslag van deze browser is vol');
      expect(textarea(el).value).to.equal('ab');
    });

    it('turns the card without animation for people who prefer reduced motion', async function () {
      // WebKitGTK runs the whole suite with reduced motion on (it cannot switch while it runs): Chromium and Firefox test the animated turn.
      if (!(await emulateMedia({ reducedMotion: 'no-preference' }))) this.skip();
      const el = await cards(html`<vk-conversation-cards view="facilitator"></vk-conversation-cards>`);
      try {
        await clickNext(el);
        expect(getComputedStyle($(el, '.stage-card')!).animationName).to.equal('vk-card-in');
        await emulateMedia({ reducedMotion: 'reduce' });
        await clickNext(el);
        expect(getComputedStyle($(el, '.stage-card')!).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('print sheet', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('prints six cards per A4 page with cut lines and each card’s source, without the controls', async function () {
      const el = await cards(html`<vk-conversation-cards view="print"></vk-conversation-cards>`);
      const total = (await cardsFile()).cards.length;
      expect($$(el, '[part~="page"]')).to.have.length(Math.ceil(total / 6));
      expect(text($(el, '[part~="count"]'))).to.contain(`${String(total)} kaarten`);
      expect($$(el, 'button').some((b) => text(b) === 'Afdrukken')).to.equal(true);
      // WebKitGTK's WebDriver cannot emulate print media: Chromium and Firefox test the print style.
      if (!(await emulateMedia({ media: 'print' }))) this.skip();
      for (const hidden of ['[part~="views"]', '[part~="filters"]', '.sheet-intro', '.page-number', '.header']) {
        expect(getComputedStyle($(el, hidden)!).display, hidden).to.equal('none');
      }
      const pages = $$(el, '[part~="page"]');
      expect(pages.slice(0, -1).map((p) => getComputedStyle(p).breakAfter)).to.deep.equal(Array<string>(pages.length - 1).fill('page'));
      const mm = 96 / 25.4;
      for (const card of $$(el, '[part~="card"]')) {
        const s = getComputedStyle(card);
        expect(s.borderTopStyle, 'cut line').to.equal('dashed');
        expect(s.borderLeftStyle, 'cut line').to.equal('dashed');
        expect(s.color, 'black text').to.equal('rgb(0, 0, 0)');
        const box = card.getBoundingClientRect();
        expect(box.width).to.be.closeTo(94 * mm, 1);
        expect(box.height).to.be.closeTo(88 * mm, 1);
        const citation = card.querySelector('[part~="citation"]')!;
        expect(getComputedStyle(citation).display).not.to.equal('none');
        // Nothing of the card is cut off: its source line ends inside it.
        expect(citation.getBoundingClientRect().bottom, text(card.querySelector('[part~="card-heading"]'))).to.be.at.most(box.bottom);
      }
    });
  });

  describe('the municipal secretary’s craft', () => {
    it('shows the agenda-load table with its printed numbers, headers that say they are ours, and a chart', async () => {
      const el = await cards(html`<vk-conversation-cards view="secretaries"></vk-conversation-cards>`);
      const table = (await craft()).agendaLoad;
      const t = $(el, '[part~="table"]')!;
      expect(text(t.querySelector('caption'))).to.equal(`${table.title} (2015)`);
      expect([...t.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal(['Casus', 'Agendadruk (uur per week, afgeleid)']);
      expect([...t.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      const rows = [...t.querySelectorAll('tbody tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
      expect(rows).to.deep.equal(table.rows.map((r) => [r.label, r.text]));
      expect(rows[0]).to.deep.equal(['Case 1', '35,03']);
      expect([text(t.querySelector('tfoot th')), text(t.querySelector('tfoot td'))]).to.deep.equal(['Gemiddeld', '30,62']);
      const note = $$(el, '.note').find((n) => text(n).startsWith('De gedrukte tabel heeft geen kolomkoppen'));
      expect(table.unitProvenance.kind).to.equal('inferred');
      expect(text(note)).to.contain(squash(table.unitProvenance.reason));
      const chart = $(el, '[part~="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.contain('uur per week');
      expect(chart.querySelectorAll('.chart-fill')).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('shows boven, beneden and buiten, the generations and the roles, each with its reflection questions', async () => {
      const el = await cards(html`<vk-conversation-cards view="secretaries"></vk-conversation-cards>`);
      const data = await craft();
      const questionsOf = (id: string) => data.reflectionQuestions.filter((q) => q.topics.some((t) => t.id === id)).map((q) => squash(q.text));
      const topic = (id: string) => $(el, `#${id}-heading`)!.closest('article')!;
      for (const a of data.secretaryAttention.filter((x) => ['boven', 'beneden', 'buiten'].includes(x.id))) {
        const article = topic(a.id);
        expect(text(article)).to.contain(squash(a.description));
        expect([...article.querySelectorAll('[part~="questions"] li [lang="nl"]')].map((li) => text(li))).to.deep.equal(questionsOf(a.id));
      }
      expect(questionsOf('boven')).to.include(squash(data.reflectionQuestions.find((q) => q.id === 'reflectie-3a')!.text));
      for (const g of data.craftGenerations) {
        const article = topic(g.id);
        expect([...article.querySelectorAll('.challenges li')].map((li) => text(li))).to.deep.equal(g.challenges.map((c) => c.text));
        expect(article.querySelector('.challenges')!.getAttribute('start')).to.equal(String(g.challenges[0]!.number));
        expect(article.querySelectorAll('[part~="questions"] li')).to.have.length(questionsOf(g.id).length);
      }
      for (const r of data.boundarySpannerRoles) {
        expect(text(topic(r.id))).to.contain(squash(r.description));
        expect(questionsOf(r.id).length, r.id).to.be.greaterThan(0);
      }
      // How each link is known: the text's own words, or ours.
      expect(text(topic('ambacht-1-0').querySelector('.link-kind'))).to.equal('(onze koppeling)');
      expect(text(topic('boven').querySelector('.link-kind'))).to.equal('(afgeleid uit de tekst)');
    });

    it('puts a part’s questions on the table as cards, and back to all cards', async () => {
      const el = await cards(html`<vk-conversation-cards view="secretaries"></vk-conversation-cards>`);
      const data = await craft();
      const buiten = data.reflectionQuestions.filter((q) => q.topics.some((t) => t.id === 'buiten'));
      const button = $(el, '#buiten-heading')!.closest('article')!.querySelector<HTMLButtonElement>('[part~="show-cards"]')!;
      expect(text(button)).to.equal(`Bekijk als ${String(buiten.length)} kaarten`);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.view).to.equal('deck');
      expect(cardTexts(el)).to.deep.equal(buiten.map((q) => squash(q.text)));
      expect(text($(el, '.topic-filter'))).to.contain('Alleen de vragen bij Buiten');
      expect(focused(el)?.id).to.equal('deck-heading');
      $(el, '.topic-filter button')!.click();
      await el.updateComplete;
      expect($$(el, '[part~="card"]')).to.have.length(27);
    });
  });

  describe('narrow screens', () => {
    for (const view of ['deck', 'facilitator', 'print', 'secretaries']) {
      it(`reflows the ${view} view at 320 px without sideways scrolling`, async () => {
        const el = await cards(html`<div style="width: 320px"><vk-conversation-cards view=${view}></vk-conversation-cards></div>`);
        if (view === 'facilitator') await clickNext(el);
        const host = el.getBoundingClientRect();
        expect(host.width).to.equal(320);
        const out = $$(el, '*').filter((n) => {
          const r = n.getBoundingClientRect();
          return r.width > 0 && r.right > host.right + 0.5;
        });
        expect(out.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
      });
    }
  });
});

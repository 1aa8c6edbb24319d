/**
 * Each widget's main task with the keyboard alone, from the host page in:
 * Tab and Shift+Tab to move, Enter, Space, arrows and Escape to act. After
 * every key the focus is checked (KeyboardWalk): never lost to <body> after
 * a re-render, and always with a visible focus ring (an outline of at least
 * 2 px on the focused control).
 *
 * The widget files already test single keyboard steps, with focus put in
 * place by the test: value-card.test.ts (Enter on a sibling, Space on an
 * office), value-overview.test.ts (Enter opens, Escape closes, focus
 * returns), role-priority-table-matrix.test.ts (arrows and type-ahead in
 * the selects) and -compare.test.ts (Space on the actions toggle),
 * training-finder.test.ts (search, Space on a filter, Enter on chips, open
 * a result) and -feeds.test.ts (Enter on "show more"), quick-scan.test.ts
 * (a whole scan with Tab, Space and arrows, office preset). What they do
 * not check, and these walks add: getting there with Tab from the page,
 * the visible focus at every step, focus after each re-render, and the
 * paths they leave out (the overview's filter and the card inside its
 * dialog, the matrix's three controls in a row, the finder's "show more"
 * reached from the page, the scan's office question, its error summary and
 * its Back button).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { corpusOfferings, getValue, prioritiesFor, rolesPrioritising } from '../../src/data/index.js';
import type { VkValueSelectDetail } from '../../src/shared/events.js';
import '../../src/leeromgeving/app.js';
import { generateFeed } from '../fixtures/offerings-generator.js';
import { KeyboardWalk, deepActive, describeElement, settleWidget, squash } from '../helpers/robustness.js';

/** The host page around a widget: a control before and after it, as on any page. */
async function page(widget: ReturnType<typeof html>, width = 1000): Promise<{ el: HTMLElement; before: HTMLElement; after: HTMLElement }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <button type="button" id="before">Voor</button>${widget}<button type="button" id="after">Na</button>
    </div>`,
  );
  const el = wrapper.querySelector<HTMLElement>('[data-widget]')!;
  await settleWidget(el);
  return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

/**
 * Focus is on `target`. Compared as a boolean with a readable message: a
 * failing equality of two elements would have the runner serialise them.
 */
function expectFocusOn(target: Element | null | undefined): void {
  const now = deepActive();
  expect(now !== null && now === target, `focus on ${describeElement(now)}, not on ${describeElement(target ?? null)}`).to.equal(true);
}

const part = (name: string) => (el: Element) => (el.getAttribute('part') ?? '').split(' ').includes(name);
const isSubmit = (e: Element) => e instanceof HTMLButtonElement && e.type === 'submit';

/** The scan's office question: Tab into the radio group, arrows down to Raadslid, Enter on "Volgende". */
async function chooseRaadslid(walk: KeyboardWalk): Promise<void> {
  await walk.tabTo((e) => e instanceof HTMLInputElement && e.name === 'qs-role');
  for (let i = 0; i < 3; i++) await walk.press('ArrowDown');
  expect(squash((deepActive() as HTMLInputElement).closest('label')?.textContent)).to.equal('Raadslid');
  await walk.tabTo(isSubmit);
  await walk.press('Enter');
}

/** Answers every statement on the scan's screen with "Vaak" (Space, then three arrows), then presses Enter on "Volgende". */
async function answerScreen(walk: KeyboardWalk, root: ShadowRoot): Promise<void> {
  const names = [...root.querySelectorAll<HTMLInputElement>('fieldset.item input[type=radio]:first-of-type')].map((i) => i.name);
  for (const name of [...new Set(names)]) {
    await walk.tabTo((e) => e instanceof HTMLInputElement && e.name === name);
    await walk.press('Space');
    for (let k = 0; k < 3; k++) await walk.press('ArrowRight');
  }
  await walk.tabTo(isSubmit);
  await walk.press('Enter');
}
const named = (text: string) => (el: Element) => squash(el.textContent) === text;
const both =
  (...tests: ((el: Element) => boolean)[]) =>
  (el: Element) =>
    tests.every((t) => t(el));

describe('keyboard only', () => {
  it('vk-value-card: follows a clash and a sibling value from the page, landing on each new card', async () => {
    const { el, before } = await page(html`<vk-value-card data-widget value="authenticiteit" office="raadslid"></vk-value-card>`);
    const walk = new KeyboardWalk(el, sendKeys);
    before.focus();
    const heading = () => el.shadowRoot!.querySelector('[part~="heading"]')!;
    const clash = (await getValue('authenticiteit'))!.clashesWith[0]!.value;
    const clashName = (await getValue(clash))!.name;

    await walk.tabTo(both(part('value-link'), named(clashName)));
    await walk.press('Enter');
    expect(squash(heading().textContent)).to.equal(clashName);
    expectFocusOn(heading());

    const sibling = await walk.tabTo(both(part('value-link'), (b) => b.closest('.section-cluster') !== null));
    const siblingName = squash(sibling.textContent);
    await walk.press('Space');
    expect(squash(heading().textContent)).to.equal(siblingName);
    expectFocusOn(heading());

    // Shift+Tab from the heading leaves the card for the page, as it came in.
    await walk.press('Shift+Tab');
    expectFocusOn(before);
    expect(walk.problems).to.deep.equal([]);
  });

  it('vk-value-overview: filters, opens a card, follows a value inside it, and Escape returns to the value', async () => {
    const { el } = await page(html`<vk-value-overview data-widget office="griffier"></vk-value-overview>`);
    const walk = new KeyboardWalk(el, sendKeys);
    (el.previousElementSibling as HTMLElement).focus();
    const root = el.shadowRoot!;
    const dialog = root.querySelector('dialog')!;

    await walk.tabTo((e) => e.localName === 'select');
    await walk.press('ArrowDown'); // "Ideële waarden"
    expect(el.getAttribute('filter')).to.equal('ideeel');
    const value = await walk.tabTo(part('value'));
    expect(value.closest('[part~="group"]')?.querySelector('[part~="group-heading"]')?.textContent).to.contain('Ideële');
    const id = value.dataset['value']!;

    await walk.press('Enter');
    expect(dialog.open).to.equal(true);
    const card = dialog.querySelector('vk-value-card')!;
    expect(card.getAttribute('value')).to.equal(id);
    expectFocusOn(root.querySelector('[part~="close"]'));
    // Tab stays inside the modal dialog, into the card.
    const inCard = (e: Element) => e.getRootNode() === card.shadowRoot;
    const link = await walk.tabTo(both(part('value-link'), inCard));
    const next = squash(link.textContent);
    await walk.press('Enter');
    expect(squash(card.shadowRoot!.querySelector('[part~="heading"]')?.textContent)).to.equal(next);
    expect(dialog.getAttribute('aria-label')).to.contain(next);

    await walk.press('Escape');
    expect(dialog.open).to.equal(false);
    expectFocusOn(root.querySelector(`button[data-value="${id}"]`));
    expect(walk.problems).to.deep.equal([]);
  });

  it('vk-role-priority-table: orders rows and columns, filters a cluster, and activates a value, all from Tab', async () => {
    const { el, before } = await page(html`<vk-role-priority-table data-widget></vk-role-priority-table>`, 1100);
    const walk = new KeyboardWalk(el, sendKeys);
    before.focus();
    const columns = () => [...el.shadowRoot!.querySelectorAll('thead .value-head')].map((th) => th.id.slice(2));

    const [officeSelect, valueSelect, clusterSelect] = [...el.shadowRoot!.querySelectorAll('select')];
    await walk.tabTo((e) => e === officeSelect);
    await walk.press('ArrowDown'); // offices by name, A–Z
    expect(el.shadowRoot!.querySelector('#h-office')?.getAttribute('aria-sort')).to.equal('ascending');
    await walk.press('Tab');
    expectFocusOn(valueSelect);
    await walk.press('ArrowDown'); // values by number of offices, most first
    expect(columns()[0]).to.equal('bekwaamheid');
    await walk.press('Tab');
    expectFocusOn(clusterSelect);
    await walk.press('h'); // type-ahead: Hiërarchie
    const hierarchy = await Promise.all(
      (['gezag', 'vertrouwen'] as const).map(async (id) => ({ id, n: (await rolesPrioritising(id)).length })),
    );
    const expected = hierarchy.sort((a, b) => b.n - a.n).map((v) => v.id);
    expect(columns()).to.deep.equal(expected);

    const first = await walk.tabTo(part('value-link'));
    expect(first.dataset['value']).to.equal(expected[0]);
    const event = oneEvent<CustomEvent<VkValueSelectDetail>>(el, 'vk-value-select');
    await walk.press('Enter');
    expect((await event).detail).to.deep.equal({ id: expected[0] });
    expectFocusOn(first);
    expect(walk.problems).to.deep.equal([]);
  });

  it('vk-role-priority-table: switches the actions of a comparison off and on from Tab', async () => {
    const { el, before } = await page(html`<vk-role-priority-table data-widget offices="burgemeester,griffier"></vk-role-priority-table>`);
    const walk = new KeyboardWalk(el, sendKeys);
    before.focus();
    const box = (await walk.tabTo((e) => e instanceof HTMLInputElement && e.type === 'checkbox')) as HTMLInputElement;
    await walk.press('Space');
    expect(box.checked).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('tbody li')).to.have.length(0);
    await walk.press('Space');
    expect(el.shadowRoot!.querySelectorAll('tbody li').length).to.be.greaterThan(0);
    expect(walk.problems).to.deep.equal([]);
  });

  it('vk-training-finder: searches, filters, removes the chips and shows more, from the page', async () => {
    const feed = generateFeed(150);
    const el = document.createElement('vk-training-finder');
    el.setAttribute('url-state', 'off');
    el.dataset['widget'] = '';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    el.append(script);
    const { before, after } = await page(html`${el}`);
    const walk = new KeyboardWalk(el, sendKeys);
    const root = el.shadowRoot!;
    const chips = () => [...root.querySelectorAll('[part~="chip"] > span:first-child')].map((c) => squash(c.textContent));
    const total = (await corpusOfferings()).length + feed.offerings.length;
    before.focus();

    await walk.tabTo(part('search-input'));
    await walk.type('regio');
    expect(chips()).to.deep.equal(['Zoekterm: regio']);
    const box = await walk.tabTo((e) => e instanceof HTMLInputElement && squash(e.closest('label')?.textContent).startsWith('Raadslid'));
    await walk.press('Space');
    expect((box as HTMLInputElement).checked).to.equal(true);
    expect(chips()).to.deep.equal(['Zoekterm: regio', 'Ambt: Raadslid']);

    // On to the chips: Enter removes one, focus goes to the chip that takes its place.
    await walk.tabTo(both(part('chip'), (c) => squash(c.textContent).startsWith('Ambt: Raadslid')));
    await walk.press('Enter');
    expect(chips()).to.deep.equal(['Zoekterm: regio']);
    expect(describeElement(deepActive())).to.contain('Zoekterm: regio');
    await walk.press('Enter');
    expect(chips()).to.deep.equal([]);
    expectFocusOn(root.querySelector('[part~="search-input"]'));

    // From what follows the finder on the page, Shift+Tab reaches "show more".
    after.focus();
    const more = await walk.tabTo(part('show-more'), { back: true });
    expect(squash(more.textContent)).to.contain(`van ${total.toLocaleString('nl-NL')} getoond`);
    await walk.press('Enter');
    expect(root.querySelectorAll('[part~="result"]')).to.have.length(200);
    expectFocusOn(root.querySelectorAll('[part~="result-toggle"]')[100]);
    expect(walk.problems).to.deep.equal([]);
  });

  it('vk-quick-scan: answers the office question, meets the error summary, goes back, and reaches the result', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { el, before } = await page(html`<vk-quick-scan data-widget></vk-quick-scan>`);
    const walk = new KeyboardWalk(el, sendKeys);
    const root = el.shadowRoot!;
    const heading = () => squash(root.querySelector('[data-focus-heading]')?.textContent);
    const onHeading = () => deepActive() === root.querySelector('[data-focus-heading]');
    before.focus();

    await chooseRaadslid(walk);
    expect(onHeading(), 'focus on the values question').to.equal(true);
    await walk.tabTo(isSubmit);
    await walk.press('Enter');
    const priorities = (await prioritiesFor('raadslid'))!;
    expect(heading()).to.equal(priorities[0]!.name);

    // "Volgende" with nothing answered: the summary takes focus, its first link leads to the first statement.
    await walk.tabTo(isSubmit);
    await walk.press('Enter');
    expectFocusOn(root.querySelector('.error-summary'));
    await walk.press('Tab');
    await walk.press('Enter');
    expectFocusOn(root.querySelector('fieldset.item input'));

    await answerScreen(walk, root);
    expect(heading()).to.equal(priorities[1]!.name);
    expect(onHeading()).to.equal(true);

    // Back ("Vorige"): the answers are still there.
    await walk.tabTo((e) => e instanceof HTMLButtonElement && e.type === 'button' && e.closest('.nav') !== null);
    await walk.press('Enter');
    expect(heading()).to.equal(priorities[0]!.name);
    // One answer per statement of the first value (three or more since item bank 2 split double statements).
    expect(root.querySelectorAll('fieldset.item input:checked')).to.have.length(root.querySelectorAll('fieldset.item').length);
    expect(root.querySelectorAll('fieldset.item').length).to.be.greaterThan(2);
    await walk.tabTo(isSubmit);
    await walk.press('Enter');

    for (let guard = 0; guard < 10 && !root.querySelector('.result'); guard++) await answerScreen(walk, root);
    expect(heading()).to.equal('Je resultaat');
    expect(onHeading()).to.equal(true);
    expect(walk.problems).to.deep.equal([]);
  });

  // WebKit does not match :focus-visible on a radio reached with an arrow key (Tab does), so a ring drawn
  // only for :focus-visible vanished there (2.4.7); the shared styles draw it on :focus for radios and checkboxes.
  it('vk-quick-scan: radios moved with the arrow keys and checkboxes toggled with Space keep their focus ring', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { el, before } = await page(html`<vk-quick-scan data-widget></vk-quick-scan>`);
    const walk = new KeyboardWalk(el, sendKeys);
    const focusedInput = () => deepActive() as HTMLInputElement;
    before.focus();

    await walk.tabTo((e) => e instanceof HTMLInputElement && e.name === 'qs-role');
    await walk.press('ArrowDown');
    await walk.press('ArrowDown');
    await walk.press('ArrowUp');
    expect(focusedInput().type).to.equal('radio');
    await walk.tabTo(isSubmit);
    await walk.press('Enter');

    await walk.tabTo((e) => e instanceof HTMLInputElement && e.type === 'checkbox');
    await walk.press('Space');
    expect(focusedInput().checked).to.equal(true);
    await walk.press('Space');
    await walk.tabTo(isSubmit);
    await walk.press('Enter');

    await walk.tabTo((e) => e instanceof HTMLInputElement && e.type === 'radio' && e.closest('fieldset.item') !== null);
    await walk.press('Space');
    await walk.press('ArrowRight');
    await walk.press('ArrowRight');
    await walk.press('ArrowLeft');
    expect(focusedInput().type).to.equal('radio');
    expect(focusedInput().checked).to.equal(true);
    expect(walk.problems).to.deep.equal([]);
  });

  it('the learning tab: a council member does the whole scan by keyboard and follows it to the training list', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const startUrl = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#/scan`);
    try {
      const { el, before } = await page(html`<vk-leeromgeving data-widget></vk-leeromgeving>`);
      const scan = el.shadowRoot!.querySelector<HTMLElement & { ready: Promise<void> }>('vk-quick-scan')!;
      await scan.ready;
      const walk = new KeyboardWalk(el, sendKeys);
      const root = scan.shadowRoot!;
      before.focus();

      await chooseRaadslid(walk);
      await walk.tabTo(isSubmit);
      await walk.press('Enter');
      for (let guard = 0; guard < 10 && !root.querySelector('.result'); guard++) await answerScreen(walk, root);
      expect(squash(root.querySelector('[data-focus-heading]')?.textContent)).to.equal('Je resultaat');

      await walk.tabTo((e) => e instanceof HTMLAnchorElement && e.closest('.finder-link') !== null);
      await walk.press('Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('vk-training-finder'), 'the tab opens the training list');
      expect(location.hash).to.match(/^#\/vinden\?.*rol=raadslid/);
      expect(walk.problems).to.deep.equal([]);
    } finally {
      history.replaceState(null, '', startUrl);
    }
  });

  it('vk-conversation-cards: opens the facilitator’s view, draws with space, pauses with P, and puts a part of the craft on the table', async () => {
    const { el, before } = await page(html`<vk-conversation-cards data-widget audience="driehoek" draw="in-order"></vk-conversation-cards>`);
    const walk = new KeyboardWalk(el, sendKeys);
    before.focus();
    const root = el.shadowRoot!;
    const onTable = () => root.querySelector<HTMLElement>('.stage-card')?.dataset['card'];

    await walk.tabTo(both(part('view-button'), named('Gespreksleider')));
    await walk.press('Enter');
    expect(el.getAttribute('view')).to.equal('facilitator');
    await walk.tabTo(part('stage'));
    await walk.press(' ');
    await walk.press(' ');
    const drawn = onTable();
    expect(drawn).to.be.a('string');
    expectFocusOn(root.querySelector('[part~="stage"]'));
    await walk.press('p');
    expect(squash(root.querySelector('[part~="timer-toggle"]')?.textContent)).to.contain('Pauze');
    await walk.press('p');
    expect(squash(root.querySelector('[part~="timer-toggle"]')?.textContent)).to.contain('Verder');
    // The next-card button works with Enter too.
    await walk.tabTo(part('next'));
    await walk.press('Enter');
    expect(onTable()).not.to.equal(drawn);

    // The craft view: a part's questions on the table as cards, focus on the deck.
    await walk.tabTo(both(part('view-button'), named('Vak van de gemeentesecretaris')), { back: true });
    await walk.press('Enter');
    await walk.tabTo(part('show-cards'));
    await walk.press('Enter');
    expect(el.getAttribute('view')).to.equal('deck');
    expectFocusOn(root.querySelector('#deck-heading'));
    expect(walk.problems).to.deep.equal([]);
  });
});

/**
 * The scan on a phone (390 px) and by keyboard only, through the new parts:
 * the skip at the top of the own top four, the result (no word broken in the
 * score table), the code field, the comparison and the plan.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import { $, $$, answerPage, codeFor, deepActive, scanFixture, screenHeading, text } from './helpers/quick-scan.js';

const pick = (n: number) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5;

async function tabUntil(test: (a: Element | null) => boolean): Promise<void> {
  for (let i = 0; i < 120 && !test(deepActive()); i++) await sendKeys({ press: 'Tab' });
  expect(test(deepActive()), `reached by Tab: ${deepActive()?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(true);
}

/** Sets the window's size; false where the runner cannot (WebKit through WebDriver has no set-viewport). */
async function viewport(width: number, height: number): Promise<boolean> {
  try {
    await setViewport({ width, height });
    return true;
  } catch {
    return false;
  }
}

describe('vk-quick-scan: on a phone and by keyboard', () => {
  let phone = false;
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    phone = await viewport(390, 844);
  });
  after(async () => {
    await viewport(1280, 800);
  });

  it('walks the whole scan at 390 px: skip at the top of the top four, a result without sideways scrolling or broken names', async function () {
    // WebKit through WebDriver cannot resize the window: there the 320 px reflow of every scan story
    // (test/a11y.test.ts, in a 320 px box) covers the phone layout.
    if (!phone) this.skip();
    const el = await scanFixture(html`<vk-quick-scan></vk-quick-scan>`);
    ($$(el, 'input[name="qs-role"]').find((i) => text(i.parentElement) === 'Raadslid') as HTMLInputElement).click();
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await el.updateComplete;
    // The skip button comes before the 39 checkboxes.
    const skip = $$(el, '.skip button')[0]!;
    const firstBox = $(el, 'fieldset.values input[type=checkbox]')!;
    expect(text(skip)).to.equal('Sla deze stap over');
    expect(skip.compareDocumentPosition(firstBox) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(skip.getBoundingClientRect().top).to.be.lessThan(firstBox.getBoundingClientRect().top);
    skip.click();
    await el.updateComplete;
    await el.updateComplete;
    for (let guard = 0; guard < 10 && !$(el, '.result'); guard++) await answerPage(el, pick);
    expect(screenHeading(el)).to.equal('Je resultaat');
    expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(390);
    const table = $(el, 'table.table')!;
    expect(table.getBoundingClientRect().right).to.be.at.most(390);
    for (const name of [...table.querySelectorAll('tbody th span[lang="nl"]')]) {
      if (!text(name).includes(' ')) expect(name.getClientRects().length, `${text(name)} on one line`).to.equal(1);
    }
    await expect(el).to.be.accessible();
  });

  it('opens a code, compares and makes a plan by keyboard only', async () => {
    const code = await codeFor('raadslid', pick);
    const el: VkQuickScan = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
    // "Heb je een resultaatcode?": Enter opens the disclosure, the code goes in, Enter opens the result.
    await tabUntil((a) => a?.localName === 'summary');
    await sendKeys({ press: 'Enter' });
    await tabUntil((a) => a instanceof HTMLInputElement && a.type === 'text');
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(screenHeading(el)).to.equal('Je resultaat');
    expect(deepActive()?.textContent).to.equal('Je resultaat');
    // Compare with the same code: the comparison gets focus.
    await tabUntil((a) => a?.localName === 'summary' && a.parentElement?.classList.contains('code-entry') === true);
    await sendKeys({ press: 'Enter' });
    await tabUntil((a) => a instanceof HTMLInputElement && a.type === 'text' && a.id === 'qs-entry-result');
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('qs-comparison');
    // The plan: the button, then a checkbox with the space bar.
    await tabUntil((a) => a instanceof HTMLButtonElement && a.textContent.trim() === 'Maak je persoonlijk ontwikkelplan');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()?.textContent).to.equal('Je persoonlijk ontwikkelplan');
    await tabUntil((a) => a instanceof HTMLInputElement && a.type === 'checkbox');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(text($(el, '#qs-plan-count'))).to.equal('1 van 3 gekozen');
    await expect(el).to.be.accessible();
  });
});

/**
 * The personal development plan: one to three actions from the result, a
 * note, a sheet that prints alone (black on white, citations kept) and a
 * Markdown download; nothing is sent.
 */
import { expect, html } from '@open-wc/testing';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import { emulateMedia } from './helpers/media.js';
import { captureDownloads } from './helpers/download.js';
import { $, $$, finishScan, replace, scanFixture, screenHeading, text } from './helpers/quick-scan.js';

const pick = (n: number) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5;

async function openPlan(): Promise<VkQuickScan> {
  const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
  await finishScan(el, pick);
  $$(el, '.plan-link button')[0]!.click();
  await el.updateComplete;
  return el;
}

const boxes = (el: VkQuickScan) => $$(el, '.plan-choices input[type=checkbox]') as HTMLInputElement[];

async function check(el: VkQuickScan, i: number): Promise<void> {
  boxes(el)[i]!.click();
  await el.updateComplete;
}

function button(el: VkQuickScan, label: string): HTMLButtonElement {
  return $$(el, '.plan-editor button').find((b) => text(b) === label) as HTMLButtonElement;
}

describe('vk-quick-scan: personal development plan', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('offers the actions and offers for the values to work on, takes one to three, and shows them on the sheet with their sources', async () => {
    const el = await openPlan();
    expect(screenHeading(el)).to.equal('Je persoonlijk ontwikkelplan');
    expect(boxes(el).length).to.be.greaterThan(3);
    await check(el, 0);
    await check(el, 1);
    await check(el, 2);
    expect(text($(el, '#qs-plan-count'))).to.equal('3 van 3 gekozen');
    expect(boxes(el).filter((b) => b.checked)).to.have.length(3);
    await check(el, 3);
    expect(boxes(el)[3]!.checked).to.equal(false);
    expect(text($(el, '#qs-plan-error'))).to.equal('Je kunt hooguit drie acties kiezen. Haal er eerst een weg.');
    const items = [...$(el, '.plan-sheet')!.querySelectorAll('ol.plan-actions > li')];
    expect(items).to.have.length(3);
    for (const li of items) expect(li.querySelector('[part=citation]'), text(li)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks for an action before printing, then prints the sheet alone, black on white', async function () {
    const el = await openPlan();
    const printed: number[] = [];
    const undo = replace(window, 'print', () => {
      printed.push(1);
    });
    try {
      button(el, 'Afdrukken of opslaan als pdf').click();
      await el.updateComplete;
      expect(printed).to.have.length(0);
      expect(text($(el, '#qs-plan-error'))).to.equal('Kies minstens één actie.');
      await check(el, 0);
      const note = $(el, '#qs-plan-note') as HTMLTextAreaElement;
      note.value = 'Met de griffier bespreken, voor 1 april.';
      note.dispatchEvent(new Event('input'));
      await el.updateComplete;
      button(el, 'Afdrukken of opslaan als pdf').click();
      expect(printed).to.have.length(1);
    } finally {
      undo();
    }
    // WebKitGTK's WebDriver cannot emulate print media: Chromium and Firefox test the print style.
    if (!(await emulateMedia({ media: 'print' }))) this.skip();
    expect(getComputedStyle($(el, '.plan-editor')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.scan > .vk-heading')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.storage')!).display).to.equal('none');
    const sheet = $(el, '.plan-sheet')!;
    expect(getComputedStyle(sheet).display).not.to.equal('none');
    expect(getComputedStyle(sheet).color).to.equal('rgb(0, 0, 0)');
    expect(text(sheet)).to.contain('Met de griffier bespreken, voor 1 april.');
    expect(sheet.querySelector('[part=citation]')).to.exist;
  });

  it('downloads the plan as Markdown with the actions, sources, note and result code', async () => {
    const el = await openPlan();
    await check(el, 0);
    const note = $(el, '#qs-plan-note') as HTMLTextAreaElement;
    note.value = 'Eerst lezen.';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const { blobs, names, restore } = captureDownloads();
    try {
      button(el, 'Download als tekst (Markdown)').click();
    } finally {
      for (const undo of restore) undo();
    }
    expect(names).to.deep.equal(['ontwikkelplan-raadslid.md']);
    const md = await blobs[0]!.text();
    expect(md).to.match(/^# Persoonlijk ontwikkelplan — Raadslid\n/);
    expect(md).to.contain('## Waar ik aan werk\n\n1. **');
    expect(md).to.match(/\n {3}.+ \(\d{4}\), .+\n/);
    expect(md).to.contain('## Mijn notitie\n\nEerst lezen.');
    expect(md).to.match(/Resultaatcode \(om later te vergelijken\): `QS2-/);
  });

  it('lists an offer for several values once, so each box is one action (values level: advice on all)', async () => {
    const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
    await finishScan(el, () => 4);
    $$(el, '.plan-link button')[0]!.click();
    await el.updateComplete;
    for (let i = 0; i < boxes(el).length; i += 5) {
      await check(el, i);
      expect(boxes(el).filter((b) => b.checked).length, `box ${String(i)}`).to.be.at.most(3);
      if (boxes(el)[i]!.checked) await check(el, i);
      expect(boxes(el).filter((b) => b.checked), `box ${String(i)} unchecked`).to.have.length(0);
    }
  });

  it('keeps the plan for the tab, and goes back to the result', async () => {
    const el = await openPlan();
    await check(el, 1);
    const again = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
    expect(screenHeading(again)).to.equal('Je persoonlijk ontwikkelplan');
    expect(boxes(again)[1]!.checked).to.equal(true);
    button(again, 'Terug naar je resultaat').click();
    await again.updateComplete;
    expect(screenHeading(again)).to.equal('Je resultaat');
  });
});

/**
 * A result that lasts: the scan lives as long as the browser tab (Back, a
 * reload, another view), is gone in a new tab unless the person chose to
 * keep it, and can be reopened and shared from its code or a link, read-only
 * until the person starts again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import { encodeResult } from '../src/quick-scan/code.js';
import { SESSION_KEY } from '../src/quick-scan/session.js';
import { selectScanItems, prioritiesFor } from '../src/data/index.js';
import {
  $,
  $$,
  answerPage,
  codeContext,
  codeFor,
  finishScan,
  next,
  scanFixture,
  scoreTable,
  screenHeading,
  text,
} from './helpers/quick-scan.js';

const TOP_FOUR = 'Welke vier waarden vind jij het belangrijkst?';
const pick = (n: number) => ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5;

/** Removes the scan and puts a new one in its place: what a reload or coming back to the page does. */
async function reload(template = html`<vk-quick-scan office="raadslid"></vk-quick-scan>`): Promise<VkQuickScan> {
  return scanFixture(template);
}

/** Types `code` in the "Heb je een resultaatcode?" field shown and presses its first button. */
async function enterCode(el: VkQuickScan, code: string): Promise<void> {
  const details = $(el, 'details.code-entry') as HTMLDetailsElement;
  details.open = true;
  const input = details.querySelector('input')!;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  details.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

function withClipboard(): { copied: string[]; undo: () => void } {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
  });
  return {
    copied,
    undo: () => {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    },
  };
}

describe('vk-quick-scan: a result that lasts', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('in this tab', () => {
    it('comes back after a reload on the same screen, halfway or on the result, without being kept on the device', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await next(el); // own top four: skipped
      await answerPage(el, pick);
      const heading = screenHeading(el);
      let again = await reload();
      expect(screenHeading(again)).to.equal(heading);
      await finishScan(again, pick);
      const table = scoreTable(again);
      again = await reload();
      expect(screenHeading(again)).to.equal('Je resultaat');
      expect(scoreTable(again)).to.deep.equal(table);
      // Not on the device: only the tab's session holds it, and no notice of "kept" answers.
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.getItem(SESSION_KEY)).to.contain('"screen"');
      expect($(again, '.notice')).to.equal(null);
      await expect(again).to.be.accessible();
    });

    it('is gone in a new tab (no session), unless the person chose to keep the answers', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      sessionStorage.clear(); // a new tab: its own, empty session
      let fresh = await reload();
      expect(screenHeading(fresh)).to.equal(TOP_FOUR);
      await finishScan(fresh, pick);
      ($(fresh, '.storage input[type=checkbox]') as HTMLInputElement).click();
      await fresh.updateComplete;
      sessionStorage.clear();
      fresh = await reload();
      expect(screenHeading(fresh)).to.equal('Je resultaat');
      expect(text($(fresh, '.notice'))).to.contain('Je bewaarde antwoorden zijn teruggezet');
    });

    it('keeps nothing in the tab when the host sets session to null', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid" .session=${null}></vk-quick-scan>`);
      await next(el);
      await answerPage(el, pick);
      expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
    });

    it('starts again with nothing left in the tab', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      $$(el, '.nav button').find((b) => text(b) === 'Opnieuw beginnen')!.click();
      await el.updateComplete;
      const again = await reload();
      expect(screenHeading(again)).to.equal(TOP_FOUR);
      expect($$(again, 'input[type=radio]:checked')).to.have.length(0);
    });
  });

  describe('reopen from a code', () => {
    it('opens a code typed on the first screen, read-only until the person starts again', async () => {
      const code = await codeFor('raadslid', pick);
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      expect(text($(el, 'details.code-entry summary'))).to.equal('Heb je een resultaatcode?');
      await enterCode(el, code);
      expect(screenHeading(el)).to.equal('Je resultaat');
      expect(text($(el, '.opened'))).to.contain('alleen om te lezen');
      expect($$(el, '.nav button').map((b) => text(b))).to.deep.equal(['Opnieuw beginnen']);
      expect($(el, '.storage')).to.equal(null);
      // Someone else's result is never kept as one's own answers.
      expect(localStorage.length).to.equal(0);
      await expect(el).to.be.accessible();
      $$(el, '.nav button').find((b) => text(b) === 'Opnieuw beginnen')!.click();
      await el.updateComplete;
      expect(screenHeading(el)).to.equal(TOP_FOUR);
      expect($(el, '.opened')).to.equal(null);
    });

    it('explains a corrupted code next to the field and keeps the person where they were', async () => {
      const code = await codeFor('raadslid', pick);
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await enterCode(el, `${code.slice(0, 12)}x${code.slice(13)}`);
      expect(screenHeading(el)).to.equal(TOP_FOUR);
      const error = $(el, '.code-entry .field-error');
      expect(text(error)).to.match(/tikfout|geen resultaatcode/);
      const input = $(el, '.code-entry input') as HTMLInputElement;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(error!.id);
      await expect(el).to.be.accessible();
      await enterCode(el, '');
      expect(text($(el, '.code-entry .field-error'))).to.equal('Vul eerst een resultaatcode in.');
    });

    it('recognises a code of an older version of the statements and says why it is not read', async () => {
      const ctx = await codeContext();
      const items = selectScanItems(ctx.bank, { role: 'raadslid', values: (await prioritiesFor('raadslid'))!.map((v) => v.id) });
      const old = encodeResult(
        { role: 'raadslid', bankVersion: 0, values: [], answers: new Map(items.map((i) => [i.id, 3 as const])) },
        { ...ctx, bank: { ...ctx.bank, version: 0 } },
      );
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await enterCode(el, old);
      expect(text($(el, '.code-entry .field-error'))).to.contain(
        `Deze code is gemaakt met een eerdere versie van de uitspraken (versie 0); deze scan gebruikt versie ${String(ctx.bank.version)}`,
      );
      expect(screenHeading(el)).not.to.equal('Je resultaat');
    });

    it('explains a real code of bank 1 (before the statements were split): when they were revised, not comparable, take the scan again', async () => {
      const ctx = await codeContext();
      const revised = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${ctx.bank.revised!}T12:00:00Z`),
      );
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await enterCode(el, 'QS2-1-20260312-rl-BLUm-434n53324443452n44533-n1');
      expect(text($(el, '.code-entry .field-error'))).to.equal(
        `Deze code is gemaakt met een eerdere versie van de uitspraken (versie 1); deze scan gebruikt versie ${String(ctx.bank.version)}. ` +
          `De uitspraken zijn op ${revised} herzien, dus de antwoorden in de code passen niet meer op de huidige uitspraken en worden niet gelezen; ` +
          'je resultaat van 12 maart 2026 is ook niet te vergelijken met een nieuw resultaat. Doe de scan opnieuw om een nieuwe code te krijgen.',
      );
      expect(screenHeading(el)).not.to.equal('Je resultaat');
      await expect(el).to.be.accessible();
    });

    it('still reads a QS1 code (no date) and dates a new code (QS2)', async () => {
      const qs1 = await codeFor('raadslid', pick);
      expect(qs1).to.match(/^QS1-/);
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await enterCode(el, qs1);
      expect(($(el, '#qs-code') as HTMLTextAreaElement).value).to.equal(qs1);
      expect(text($(el, '.opened'))).to.match(/^Je bekijkt het resultaat van een resultaatcode\. /);
      sessionStorage.clear();
      const own = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(own, pick);
      const d = new Date();
      const day = `${String(d.getFullYear())}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
      expect(($(own, '#qs-code') as HTMLTextAreaElement).value).to.match(new RegExp(`^QS2-\\d+-${day}-rl-`));
    });
  });

  describe('compare with an earlier code', () => {
    /** A dated code (QS2) of a raadslid answering `pick(n)`, made on `date`. */
    async function datedCode(date: string, answer: (n: number) => 1 | 2 | 3 | 4 | 5): Promise<string> {
      const ctx = await codeContext();
      const values = (await prioritiesFor('raadslid'))!.map((v) => v.id);
      const items = selectScanItems(ctx.bank, { role: 'raadslid', values });
      return encodeResult(
        { role: 'raadslid', bankVersion: ctx.bank.version, values: [], date, answers: new Map(items.map((i, n) => [i.id, answer(n)])) },
        ctx,
      );
    }

    it('shows the change per value and level as text and in the chart, honest about small changes, and keeps it on reload', async () => {
      // Earlier: 3 everywhere. Now: value 1 two steps up on each statement (+2,0), value 2 one step on one statement (+1 ÷ its statements).
      const earlier = await datedCode('2026-03-12', () => 3);
      const ctx = await codeContext();
      const values = (await prioritiesFor('raadslid'))!.map((v) => v.id);
      const items = selectScanItems(ctx.bank, { role: 'raadslid', values });
      const first = items.filter((i) => i.kind === 'value' && i.value === values[0]).length;
      const second = items.filter((i) => i.kind === 'value' && i.value === values[1]).length;
      expect(second, 'the second value has three or four statements (one step is no clear difference)').to.be.within(3, 4);
      const now = (n: number) => (n < first ? 5 : n === first ? 4 : 3) as 1 | 2 | 3 | 4 | 5;
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, now);
      await enterCode(el, earlier);
      const section = $(el, '#qs-comparison')!;
      expect(text(section.querySelector('h4'))).to.equal('Vergeleken met je resultaat van 12 maart 2026');
      const lines = [...section.querySelectorAll('li')].map((li) => text(li));
      expect(lines[0]).to.match(/: \+2,0 sinds 12 maart 2026 · eerder 3,0$/);
      const step = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1 / second);
      expect(lines[1]).to.match(new RegExp(`: \\+${step} sinds 12 maart 2026 \\(geen duidelijk verschil\\) · eerder 3,0$`));
      expect(lines[2]).to.match(/: 0,0 sinds 12 maart 2026 \(geen duidelijk verschil\)/);
      expect(lines).to.have.length(7);
      // The chart: the earlier score as a line, the change beside the score.
      expect($$(el, '.chart-previous')).to.have.length(7);
      expect(text($$(el, '.chart-change')[0])).to.equal('(+2,0)');
      expect(section.matches(':focus')).to.equal(true);
      await expect(el).to.be.accessible();
      const again = await reload();
      expect(text($(again, '#qs-comparison h4'))).to.equal('Vergeleken met je resultaat van 12 maart 2026');
      $$(again, '#qs-comparison button').find((b) => text(b) === 'Stop met vergelijken')!.click();
      await again.updateComplete;
      expect($(again, '#qs-comparison')).to.equal(null);
      expect($$(again, '.chart-previous')).to.have.length(0);
    });

    it('explains a code that cannot be compared (another office) and compares nothing', async () => {
      const other = await codeFor('wethouder', () => 3);
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      await enterCode(el, other);
      expect(text($(el, '.code-entry .field-error'))).to.contain('ander ambt');
      expect($(el, '#qs-comparison')).to.equal(null);
    });
  });

  describe('share as a link', () => {
    it('copies a link with the code in the fragment, says fragments stay in the browser, and the link opens the same result', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      const code = ($(el, '#qs-code') as HTMLTextAreaElement).value;
      const table = scoreTable(el);
      expect(text($(el, '#qs-link-hint'))).to.contain('stuurt een browser nooit naar een server');
      const clip = withClipboard();
      try {
        $$(el, '.export-buttons button').find((b) => text(b) === 'Kopieer link naar dit resultaat')!.click();
        await waitUntil(() => clip.copied.length === 1, 'copied');
      } finally {
        clip.undo();
      }
      const link = new URL(clip.copied[0]!);
      expect(link.search).to.equal(location.search);
      expect(link.hash).to.equal(`#resultaat=${encodeURIComponent(code)}`);
      expect(($(el, '#qs-link') as HTMLTextAreaElement).value).to.equal(link.href);

      // Another person (another tab) opens the link.
      sessionStorage.clear();
      history.replaceState(null, '', link.hash);
      const opened = await fixture<VkQuickScan>(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await opened.ready;
      await opened.updateComplete;
      expect(screenHeading(opened)).to.equal('Je resultaat');
      expect(scoreTable(opened)).to.deep.equal(table);
      expect(text($(opened, '.opened'))).to.contain('alleen om te lezen');
      // Starting again takes the code out of the address, so a reload does not bring it back.
      $$(opened, '.nav button').find((b) => text(b) === 'Opnieuw beginnen')!.click();
      await opened.updateComplete;
      expect(location.hash).to.equal('');
      const again = await reload();
      expect(screenHeading(again)).to.equal(TOP_FOUR);
    });

    it('puts the code after the route in a hash-routed page (the learning tab)', async () => {
      history.replaceState(null, '', '#/scan');
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      const clip = withClipboard();
      try {
        $$(el, '.export-buttons button').find((b) => text(b) === 'Kopieer link naar dit resultaat')!.click();
        await waitUntil(() => clip.copied.length === 1, 'copied');
      } finally {
        clip.undo();
      }
      expect(new URL(clip.copied[0]!).hash).to.match(/^#\/scan\?resultaat=QS2-/);
    });
  });
});

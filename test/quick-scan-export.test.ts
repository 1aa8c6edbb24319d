/**
 * Export of a result: the result code (format as documented in docs/quick-scan.md),
 * copying it, the JSON and CSV downloads, and printing.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  allRoles,
  allValues,
  prioritiesFor,
  quickScanBank,
  quickScanItems,
  selectScanItems,
} from '../src/data/index.js';
import { decodeResult, encodeResult, type CodeContext } from '../src/quick-scan/code.js';
import { resultCsv } from '../src/quick-scan/export.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import type { Answer, VkScanCompleteDetail } from '../src/quick-scan/types.js';
import { captureDownloads } from './helpers/download.js';
import { $, $$, finishScan, replace, scanFixture, text } from './helpers/quick-scan.js';

async function context(): Promise<CodeContext> {
  return { bank: await quickScanBank(), roles: await allRoles(), valueIds: (await allValues()).map((v) => v.id) };
}

/** Raadslid: "vaak" everywhere except "niet van toepassing" on the second statement. */
const pick = (n: number): Answer => (n === 1 ? 'nvt' : 4);

/** Clicks an export button and returns the file it offers, without leaving the page. */
async function downloadFrom(
  el: VkQuickScan,
  label: string,
): Promise<{ name: string; type: string; text: string; bytes: Uint8Array }> {
  const { blobs, names, restore } = captureDownloads();
  try {
    $$(el, '.export-buttons button')
      .find((b) => text(b) === label)!
      .click();
  } finally {
    for (const undo of restore) undo();
  }
  expect(blobs, label).to.have.length(1);
  return {
    name: names[0]!,
    type: blobs[0]!.type,
    text: await blobs[0]!.text(),
    bytes: new Uint8Array(await blobs[0]!.arrayBuffer()),
  };
}

describe('vk-quick-scan: export', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  beforeEach(() => {
    localStorage.clear();
  });

  describe('the result code', () => {
    it('is QS1-<bank version>-<office>-<own values>-<answers>-<check>, as docs/quick-scan.md documents', async () => {
      const ctx = await context();
      const values = await allValues();
      const priorities = (await prioritiesFor('raadslid'))!.map((v) => v.id);
      const items = selectScanItems(ctx.bank, { role: 'raadslid', values: priorities });
      // A value is its position in the publication's list of 39, as A–Z then a–m.
      const letter = (id: string) =>
        'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm'.charAt(values.findIndex((v) => v.id === id));
      const code = encodeResult(
        {
          role: 'raadslid',
          bankVersion: ctx.bank.version,
          values: ['lef', 'weerbaarheid'],
          answers: new Map(items.map((i, n) => [i.id, pick(n)])),
        },
        ctx,
      );
      const answers = items.map((_, n) => (n === 1 ? 'n' : '4')).join('');
      expect(code).to.match(
        new RegExp(
          `^QS1-${String(ctx.bank.version)}-rl-${letter('lef')}${letter('weerbaarheid')}-${answers}-[0-9a-z]{2}$`,
        ),
      );
      expect(letter('weerbaarheid')).to.equal('m');
      const back = decodeResult(code, ctx);
      expect(back.ok && [...back.scan.answers.values()]).to.deep.equal(items.map((_, n) => pick(n)));
    });

    it('reads the example code of docs/quick-scan.md (bank version 2; update it when the version changes)', async () => {
      const ctx = await context();
      const result = decodeResult('QS2-2-20261207-rl-BLUm-434n533244434524n445334344-4g', ctx);
      expect(result.ok, 'the example of docs/quick-scan.md is a valid code for this bank').to.equal(ctx.bank.version === 2);
      if (!result.ok) return;
      expect(result.scan.role).to.equal('raadslid');
      expect(result.scan.date).to.equal('2026-12-07');
      expect(result.scan.values).to.deep.equal(['lef', 'authenticiteit', 'vertrouwen', 'weerbaarheid']);
      expect([...result.scan.answers.values()].slice(0, 4)).to.deep.equal([4, 3, 4, 'nvt']);
    });

    it('recognises real codes of bank 1 (before the statements were split) as another version, never reads them', async () => {
      const ctx = await context();
      for (const old of ['QS1-1-rl-BLUm-434n53324443452n44533-19', 'QS2-1-20260312-rl-BLUm-434n53324443452n44533-n1']) {
        const result = decodeResult(old, ctx);
        expect(result.ok, old).to.equal(false);
        if (result.ok) continue;
        expect(result.error, old).to.deep.equal(
          old.startsWith('QS2') ? { reason: 'version', version: 1, date: '2026-03-12' } : { reason: 'version', version: 1 },
        );
      }
    });

    it('catches a typo, a cut-off code, an unknown office and another bank version', async () => {
      const ctx = await context();
      const priorities = (await prioritiesFor('griffier'))!.map((v) => v.id);
      const items = selectScanItems(ctx.bank, { role: 'griffier', values: priorities });
      const code = encodeResult(
        {
          role: 'griffier',
          bankVersion: ctx.bank.version,
          values: [],
          answers: new Map(items.map((i) => [i.id, 3 as const])),
        },
        ctx,
      );
      const parts = code.split('-');
      const reason = (c: string) => {
        const r = decodeResult(c, ctx);
        return r.ok ? 'ok' : r.error.reason;
      };
      expect(reason(code)).to.equal('ok');
      expect(reason(`  ${code}\n`)).to.equal('ok');
      expect(reason([...parts.slice(0, 4), `2${parts[4]!.slice(1)}`, parts[5]].join('-'))).to.equal('checksum');
      expect(reason(code.slice(0, 20))).to.equal('format');
      expect(reason('hallo')).to.equal('format');
      const other = encodeResult(
        {
          role: 'griffier',
          bankVersion: ctx.bank.version + 1,
          values: [],
          answers: new Map(items.map((i) => [i.id, 3 as const])),
        },
        { ...ctx, bank: { ...ctx.bank, version: ctx.bank.version + 1 } },
      );
      expect(reason(other)).to.equal('version');
    });

    it('is shown with the result and copied on request', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      const shown = ($(el, '#qs-code') as HTMLTextAreaElement).value;
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      try {
        $$(el, '.export-buttons button')
          .find((b) => text(b) === 'Kopieer resultaatcode')!
          .click();
        await waitUntil(
          () => text($(el, '.scan > [role=status]:last-child')) === 'De resultaatcode is gekopieerd.',
          'announced',
        );
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
      expect(copied).to.deep.equal([shown]);
      expect(text($(el, '#qs-code-hint'))).to.contain('geen naam en geen vrije tekst');
    });
  });

  describe('downloads', () => {
    it('offers the result as CSV: a row per statement with its answer and the score of its value or level', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      const file = await downloadFrom(el, 'Download als CSV');
      expect(file.name).to.equal('zelfscan-vakmanschap-raadslid.csv');
      expect(file.type).to.equal('text/csv;charset=utf-8');
      expect([...file.bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = file.text
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split('\r\n');
      const priorities = (await prioritiesFor('raadslid'))!;
      const items = await quickScanItems({ role: 'raadslid', values: priorities.map((v) => v.id) });
      expect(lines).to.have.length(1 + items.length);
      expect(lines[0]).to.equal('"onderdeel";"id";"naam";"score";"uitspraak-id";"uitspraak";"antwoord"');
      const first = priorities[0]!;
      // First value: 4 and 4, the n.v.t. left out → 4,00.
      expect(lines[1]).to.equal(
        `"waarde";"${first.id}";"${first.name}";"4,00";"${items[0]!.id}";"${items[0]!.statement}";"4"`,
      );
      expect(lines[2]).to.equal(
        `"waarde";"${first.id}";"${first.name}";"4,00";"${items[1]!.id}";"${items[1]!.statement}";"Niet van toepassing"`,
      );
      expect(lines.at(-1)).to.match(
        /^"leerniveau";"micro";"Micro: zelfreflectie en contextuele intelligentie";"4,00";"micro-\d+";".+";"4"$/,
      );
    });

    it('writes CSV for English spreadsheets with commas and decimal points, and defuses formula-like text', () => {
      const items = [
        {
          id: 'x-1',
          kind: 'value',
          role: 'raadslid',
          value: 'lef',
          actionId: 'a',
          statement: '=HYPERLINK("http://example.org")',
          provenance: { kind: 'editorial' },
        },
      ] as const;
      const detail = { values: [{ id: 'lef', score: 3.5 }], levels: [] } as unknown as VkScanCompleteDetail;
      const csv = resultCsv(
        detail,
        items,
        new Map([['x-1', 3]]),
        {
          valueName: () => 'Lef',
          levelName: () => '',
          answerLabel: () => 'n/a',
          columns: ['part', 'id', 'name', 'score', 'statement id', 'statement', 'answer'],
          kindValue: 'value',
          kindLevel: 'learning level',
        },
        'en',
      );
      expect(csv.slice(1).split('\r\n')[1]).to.equal(
        '"value","lef","Lef","3.50","x-1","\'=HYPERLINK(""http://example.org"")","3"',
      );
    });

    it('offers the result as JSON with the scores, the code and every answer', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      const file = await downloadFrom(el, 'Download als JSON');
      expect(file.name).to.equal('zelfscan-vakmanschap-raadslid.json');
      const json = JSON.parse(file.text) as {
        format: string;
        role: string;
        code: string;
        values: { id: string; name: string; score: number }[];
        answers: { item: string; statement: string; answer: unknown }[];
      };
      const priorities = (await prioritiesFor('raadslid'))!;
      const items = await quickScanItems({ role: 'raadslid', values: priorities.map((v) => v.id) });
      expect(json.format).to.equal('vakmanschap-widgets/quick-scan-result');
      expect(json.role).to.equal('raadslid');
      expect(json.code).to.equal(($(el, '#qs-code') as HTMLTextAreaElement).value);
      expect(json.values.map((v) => [v.name, v.score])).to.deep.equal(priorities.map((v) => [v.name, 4]));
      expect(json.answers.map((a) => [a.item, a.statement, a.answer])).to.deep.equal(
        items.map((i, n) => [i.id, i.statement, pick(n)]),
      );
    });

    it('prints the result', async () => {
      const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
      await finishScan(el, pick);
      let printed = 0;
      const restore = replace(window, 'print', () => {
        printed++;
      });
      try {
        $$(el, '.export-buttons button')
          .find((b) => text(b) === 'Afdrukken')!
          .click();
      } finally {
        restore();
      }
      expect(printed).to.equal(1);
      expect($(el, '.result')).to.exist;
    });
  });
});

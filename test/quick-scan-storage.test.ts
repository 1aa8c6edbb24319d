/**
 * vk-quick-scan on this device: nothing is kept without the opt-in; kept
 * answers come back after a reload, can be erased, survive a new item-bank
 * version or are discarded with a message; storage that is missing, throws
 * or is full never breaks the scan.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { prioritiesFor, quickScanBank, quickScanItems } from '../src/data/index.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import {
  $,
  $$,
  STORAGE_KEY,
  answer,
  answerPage,
  blockLocalStorage,
  deepActive,
  finishScan,
  next,
  replace,
  scanFixture,
  screenHeading,
  text,
} from './helpers/quick-scan.js';

function stored(): { bank: number; role: string | null; answers: Record<string, unknown> } | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  return raw === null
    ? null
    : (JSON.parse(raw) as { bank: number; role: string | null; answers: Record<string, unknown> });
}

function saveBox(el: VkQuickScan): HTMLInputElement | null {
  return ($$(el, '.storage input[type=checkbox]')[0] as HTMLInputElement | undefined) ?? null;
}

/** Connects a new element and waits for it, catching its first `error` event (if any) on the way. */
async function connect(
  setup: (el: VkQuickScan) => void = () => undefined,
): Promise<{ el: VkQuickScan; errors: VkErrorDetail[] }> {
  const el = document.createElement('vk-quick-scan');
  const errors: VkErrorDetail[] = [];
  el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
  setup(el);
  document.body.append(el);
  await el.ready;
  await el.updateComplete;
  return { el, errors };
}

describe('vk-quick-scan: answers on this device', () => {
  let cleanup: (() => void)[] = [];

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  afterEach(() => {
    for (const undo of cleanup.reverse()) undo();
    cleanup = [];
    for (const el of document.querySelectorAll('body > vk-quick-scan')) el.remove();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps nothing until the person ticks “bewaar mijn antwoorden”, then keeps them under a versioned key', async () => {
    const el = await scanFixture(html`<vk-quick-scan office="raadslid"></vk-quick-scan>`);
    await next(el);
    await answer(el, 0, 4);
    expect(localStorage.length).to.equal(0);
    const box = saveBox(el)!;
    expect(text(box.parentElement)).to.equal('Bewaar mijn antwoorden op dit apparaat');
    expect(box.checked).to.equal(false);
    box.click();
    await el.updateComplete;
    expect(STORAGE_KEY).to.match(/:v\d+$/);
    const items = await quickScanItems({
      role: 'raadslid',
      values: (await prioritiesFor('raadslid'))!.map((v) => v.id),
    });
    expect(stored()).to.deep.include({ bank: (await quickScanBank()).version });
    expect(stored()?.answers).to.deep.equal({ [items[0]!.id]: 4 });
    await answer(el, 1, 'nvt');
    expect(stored()?.answers).to.deep.equal({ [items[0]!.id]: 4, [items[1]!.id]: 'nvt' });
    await expect(el).to.be.accessible();
  });

  it('brings kept answers back after a reload, on the first screen with open statements', async () => {
    const { el } = await connect((e) => {
      e.setAttribute('office', 'griffier');
    });
    saveBox(el)!.click();
    await next(el);
    await answerPage(el, () => 2);
    await answerPage(el, () => 5);
    el.remove();
    sessionStorage.clear(); // another visit: this tab's session is gone, only the kept answers remain

    const { el: again } = await connect((e) => {
      e.setAttribute('office', 'griffier');
    });
    const priorities = (await prioritiesFor('griffier'))!;
    expect(text($(again, '.notice'))).to.match(/^Je bewaarde antwoorden zijn teruggezet \(bewaard op .+\)\.$/);
    expect(saveBox(again)!.checked).to.equal(true);
    expect(screenHeading(again)).to.equal(priorities[2]!.name);
    $(again, '.nav .vk-button--secondary')!.click();
    await again.updateComplete;
    const second = (await quickScanItems({ role: 'griffier', values: priorities.map((v) => v.id) })).filter(
      (i) => i.kind === 'value' && i.value === priorities[1]!.id,
    );
    expect($$(again, 'fieldset.item input:checked').map((i) => (i as HTMLInputElement).value)).to.deep.equal(
      second.map(() => '5'),
    );
    await expect(again).to.be.accessible();
  });

  it('erases the answers from the device and from the screen on “wis mijn antwoorden”', async () => {
    const el = await scanFixture(html`<vk-quick-scan office="griffier"></vk-quick-scan>`);
    saveBox(el)!.click();
    await next(el);
    await answerPage(el, () => 3);
    expect(stored()).to.not.equal(null);
    const erase = $$(el, '.storage button').find((b) => text(b) === 'Wis mijn antwoorden')!;
    erase.click();
    await el.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(text($(el, '.notice'))).to.equal('Je antwoorden zijn gewist.');
    expect(saveBox(el)!.checked).to.equal(false);
    expect(deepActive()).to.equal($(el, '[data-focus-heading]'));
    await next(el);
    expect($$(el, 'fieldset.item input:checked')).to.have.length(0);
  });

  it('removes the kept answers when the tick is taken away', async () => {
    const el = await scanFixture(html`<vk-quick-scan office="griffier"></vk-quick-scan>`);
    saveBox(el)!.click();
    await el.updateComplete;
    expect(stored()).to.not.equal(null);
    saveBox(el)!.click();
    await el.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('carries answers over from an older item-bank version, says so, and drops answers to statements that are gone', async () => {
    const bank = await quickScanBank();
    const items = await quickScanItems({
      role: 'raadslid',
      values: (await prioritiesFor('raadslid'))!.map((v) => v.id),
    });
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        format: 1,
        bank: bank.version - 1,
        role: 'raadslid',
        values: [],
        answers: { [items[0]!.id]: 2, [items[1]!.id]: 'nvt', 'een-uitspraak-die-er-niet-meer-is': 5 },
        savedAt: '2024-05-01T10:00:00.000Z',
      }),
    );
    const { el, errors } = await connect();
    expect(errors).to.deep.equal([]);
    expect(text($(el, '.notice'))).to.equal(
      `Je bewaarde antwoorden hoorden bij een andere versie van de scan (versie ${String(bank.version - 1)}). 2 antwoorden zijn overgenomen; 1 hoorde bij uitspraken die er niet meer zijn. Beantwoord de nieuwe uitspraken.`,
    );
    expect(stored()?.bank).to.equal(bank.version);
    expect(Object.keys(stored()!.answers)).to.deep.equal([items[0]!.id, items[1]!.id]);
    expect($$(el, 'fieldset.item input:checked').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['2', 'nvt']);
    await expect(el).to.be.accessible();
  });

  it('discards kept answers it cannot read, with a message, and starts afresh', async () => {
    localStorage.setItem(STORAGE_KEY, '{"format":1,"bank":');
    const { el } = await connect((e) => {
      e.setAttribute('office', 'wethouder');
    });
    expect(text($(el, '.notice'))).to.contain('konden niet worden gelezen');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(screenHeading(el)).to.equal('Welke vier waarden vind jij het belangrijkst?');
    await finishScan(el);
  });

  it('works without storage (blocked by the browser): says keeping is off and the whole scan still works', async () => {
    cleanup.push(blockLocalStorage());
    const { el, errors } = await connect((e) => {
      e.setAttribute('office', 'burgemeester');
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['storage-unavailable']);
    expect(text(el.shadowRoot!.querySelector('[part=error]'))).to.contain('Bewaren is in deze browser niet mogelijk');
    expect(saveBox(el)).to.equal(null);
    expect(text($(el, '.storage'))).to.contain('Bewaren is in deze browser niet mogelijk');
    await expect(el).to.be.accessible();
    await finishScan(el);
    expect(screenHeading(el)).to.equal('Je resultaat');
  });

  it('survives a storage that throws on every call (given by the host)', async () => {
    const throwing = {
      get length(): number {
        throw new Error('no');
      },
      key: () => {
        throw new Error('no');
      },
      getItem: () => {
        throw new Error('no');
      },
      setItem: () => {
        throw new Error('no');
      },
      removeItem: () => {
        throw new Error('no');
      },
      clear: () => {
        throw new Error('no');
      },
    } as unknown as Storage;
    const { el, errors } = await connect((e) => {
      e.setAttribute('office', 'rekenkamerlid');
      e.storage = throwing;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['storage-unavailable']);
    await finishScan(el);
    $$(el, '.storage button')
      .find((b) => text(b) === 'Wis mijn antwoorden')!
      .click();
    await el.updateComplete;
    expect(text($(el, '.notice'))).to.equal('Je antwoorden zijn gewist.');
  });

  it('turns keeping off with a message when the storage is full, and the scan goes on', async () => {
    const el = await scanFixture(html`<vk-quick-scan office="wethouder"></vk-quick-scan>`);
    const setItem = Storage.prototype.setItem.bind(localStorage);
    cleanup.push(
      replace(Storage.prototype, 'setItem', function (this: Storage, key: string, value: string) {
        if (key === STORAGE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem(key, value);
      }),
    );
    const error = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
    saveBox(el)!.click();
    expect((await error).detail.code).to.equal('storage-full');
    await el.updateComplete;
    expect(saveBox(el)).to.equal(null);
    expect(text($(el, '.storage'))).to.contain('de opslag van deze browser is vol');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    await finishScan(el);
    expect(screenHeading(el)).to.equal('Je resultaat');
    await expect(el).to.be.accessible();
  });

  it('offers no keeping when the host turns it off (storage = null), without an error', async () => {
    const { el, errors } = await connect((e) => {
      e.setAttribute('office', 'wethouder');
      e.storage = null;
    });
    expect(errors).to.deep.equal([]);
    expect(saveBox(el)).to.equal(null);
    expect(text($(el, '.storage'))).to.contain('Bewaren staat op deze site uit');
  });
});

/**
 * The feed-checker page as a griffier uses it: choose or drop a file, or
 * type a feed's address and press Enter, and read per offer what happens to
 * it. Nothing is uploaded; hostile feeds stay text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/feed-checker/app.js';
import type { VkFeedChecker } from '../src/feed-checker/feed-checker.js';
import { readFeed } from '../src/data/index.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import { hostileFeed } from './fixtures/training-feeds.js';

const F = '/test/fixtures/feeds';

async function fileOf(path: string, name = path.split('/').pop()!, type = ''): Promise<File> {
  return new File([await (await fetch(path)).arrayBuffer()], name, { type });
}

function root(el: VkFeedChecker): ShadowRoot {
  return el.shadowRoot!;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const status = (el: VkFeedChecker) => squash(root(el).querySelector('[role="status"]')?.textContent);
const result = (el: VkFeedChecker) => squash(root(el).querySelector('[part~="result"]')?.textContent);

async function mount(lang = 'nl'): Promise<{ el: VkFeedChecker; errors: VkErrorDetail[] }> {
  const el = await fixture<VkFeedChecker>(html`<vk-feed-checker lang=${lang}></vk-feed-checker>`);
  const errors: VkErrorDetail[] = [];
  el.addEventListener('error', (e) => errors.push((e as unknown as CustomEvent<VkErrorDetail>).detail));
  return { el, errors };
}

/** Chooses `file` in the file field, as the browser's file dialog would. */
async function choose(el: VkFeedChecker, file: File): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#feed-file')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete; // the previous report, if any, is gone while checking
  expect(status(el)).to.equal(el.lang === 'en' ? 'Checking…' : 'Bezig met controleren…');
  await waitUntil(() => root(el).querySelector('[part~="result"]'), 'a report', { timeout: 5000 });
}

describe('vk-feed-checker', () => {
  it('asks for a file or an address, and says that nothing is uploaded', async () => {
    const { el } = await mount();
    expect(squash(root(el).querySelector('h1')?.textContent)).to.equal('Feed controleren');
    expect(squash(root(el).textContent)).to.include('Het bestand blijft op je computer: er wordt niets verstuurd of opgeslagen.');
    expect(root(el).querySelector('label[for="feed-file"]')?.textContent.trim()).to.equal('Kies een bestand');
    expect(root(el).querySelector('label[for="feed-url"]')?.textContent.trim()).to.equal('Webadres van de feed');
    expect(squash(root(el).querySelector('#url-hint')?.textContent)).to.include('Access-Control-Allow-Origin');
    await expect(el).to.be.accessible();
  });

  it('checks a spreadsheet: the rejected line with its reason, the notes, and a verdict announced', async () => {
    const { el, errors } = await mount();
    await choose(el, await fileOf(`${F}/griffie-voorbeeldstad.csv`, 'aanbod.csv', 'text/csv'));
    expect(status(el)).to.equal('1 aanbieding is afgewezen: herstel die in het bestand en controleer opnieuw. 5 aanbiedingen: 4 omgezet (2 met opmerkingen) en 1 afgewezen.');
    expect(result(el)).to.include('aanbod.csv — CSV');
    expect(result(el)).to.include('Uitgever: Griffie Voorbeeldstad');
    const records = [...root(el).querySelectorAll('ol.records > li')];
    const rejected = records.find((li) => li.classList.contains('rejected'))!;
    expect(squash(rejected.querySelector('.record-head')?.textContent)).to.equal('Regel 7 (zonder titel) afgewezen');
    expect(squash(rejected.querySelector('ul[aria-label="Fouten"]')?.textContent)).to.equal('kolom „titel” ontbreekt of is leeg');
    const werkbezoek = records.find((li) => li.textContent.includes('Werkbezoek waterschap'))!;
    expect([...werkbezoek.querySelectorAll('ul[aria-label="Opmerkingen"] li')].map((li) => squash(li.textContent))).to.include(
      'kolom „url”: „javascript:alert(1)” is geen http(s)-webadres en is weggelaten',
    );
    expect(result(el)).to.include('kolom „Interne notitie” wordt niet gelezen');
    expect(squash(root(el).querySelector('details summary')?.textContent)).to.equal('2 aanbiedingen zonder opmerkingen');
    expect(errors, 'rejected records are the report, not a failure').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('checks a calendar dropped on the file area', async () => {
    const { el } = await mount();
    const zone = root(el).querySelector('fieldset.drop')!;
    const dt = new DataTransfer();
    dt.items.add(await fileOf(`${F}/vereniging-agenda.ics`));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('over')).to.equal(true);
    expect(root(el).querySelector('label[for="feed-file"]')?.textContent.trim()).to.equal('Laat los om te controleren');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await waitUntil(() => root(el).querySelector('[part~="result"]'), 'a report', { timeout: 5000 });
    expect(status(el)).to.match(/^De feed is bruikbaar\. 6 aanbiedingen: 6 omgezet/);
    expect(result(el)).to.include('vereniging-agenda.ics — iCalendar');
    expect(zone.classList.contains('over')).to.equal(false);
  });

  it('checks a feed by its address, typed and sent with Enter', async () => {
    const { el } = await mount();
    root(el).querySelector<HTMLInputElement>('#feed-url')!.focus();
    await sendKeys({ type: `${location.origin}${F}/academie-graph.jsonld` });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~="result"]'), 'a report', { timeout: 5000 });
    expect(status(el)).to.equal('De feed is bruikbaar. 2 aanbiedingen: 2 omgezet (1 met opmerkingen).');
    expect(result(el)).to.include('JSON-LD');
  });

  it('says when the address is not one, and keeps the focus on the field', async () => {
    const { el } = await mount();
    const input = root(el).querySelector<HTMLInputElement>('#feed-url')!;
    input.focus();
    await sendKeys({ type: 'agenda.ics' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(squash(root(el).querySelector('#url-error')?.textContent)).to.equal('Vul een volledig webadres in dat met https:// of http:// begint.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('url-error url-hint');
    expect(root(el).activeElement).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('says why a feed cannot be used, and fires an error event', async () => {
    const { el, errors } = await mount();
    await choose(el, await fileOf(`${F}/kapot.ics`));
    expect(squash(root(el).querySelector('[part~="error"]')?.textContent)).to.equal(
      'De feed kan niet worden gebruikt: het bestand is geen leesbaar iCalendar-bestand (regel 7).',
    );
    expect(errors.map((e) => [e.code, e.detail?.['code'], e.detail?.['source']])).to.deep.equal([['feed-load', 'feed-unreadable', 'kapot.ics']]);
    await expect(el).to.be.accessible();
  });

  it('refuses a file of more than 20 MB without reading it', async () => {
    const { el } = await mount();
    const big = new File([new Uint8Array(20_000_001)], 'groot.csv', { type: 'text/csv' });
    await choose(el, big);
    expect(squash(root(el).querySelector('[part~="error"]')?.textContent)).to.equal('De feed kan niet worden gebruikt: het bestand is te groot (meer dan 20 MB).');
  });

  it('shows a hostile feed’s markup as text and runs none of it', async () => {
    const w = window as unknown as { __vkPwned?: boolean };
    delete w.__vkPwned;
    const { el } = await mount();
    const json = JSON.stringify(hostileFeed('window.__vkPwned=true'));
    await choose(el, new File([json], 'kwaad.json', { type: 'application/json' }));
    await choose(el, await fileOf(`${F}/kwaad.jsonld`));
    await choose(el, new File([json], 'kwaad.json', { type: 'application/json' }));
    expect(result(el)).to.include('<script>window.__vkPwned=true</script>Cursus');
    expect(root(el).querySelectorAll('script, img, svg, iframe, u, b')).to.have.length(0);
    expect(w.__vkPwned).to.equal(undefined);
  });

  it('offers the converted offer as aanbod.json, in the widgets’ format', async () => {
    const { el } = await mount();
    await choose(el, await fileOf(`${F}/griffie-voorbeeldstad.csv`));
    const made: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      made.push(blob as Blob);
      return original(blob);
    };
    let downloaded = '';
    const onClick = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.localName === 'a') {
        downloaded = a.download;
        e.preventDefault();
      }
    };
    root(el).addEventListener('click', onClick, true);
    try {
      const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent.includes('aanbod.json'))!;
      button.click();
    } finally {
      URL.createObjectURL = original;
      root(el).removeEventListener('click', onClick, true);
    }
    expect(downloaded).to.equal('aanbod.json');
    expect(made).to.have.length(1);
    const text = await made[0]!.text();
    const again = await readFeed(text);
    expect(again.format).to.equal('json');
    expect(again.rejected).to.deep.equal([]);
    expect(again.offerings.map((o) => o.title)).to.deep.equal(['Inwerkprogramma nieuwe raadsleden', 'Debattraining "interrumperen"', 'Werkbezoek waterschap', 'E-learning vergaderen']);
  });

  it('shows the report of the newest check when an earlier one answers later', async () => {
    const { el } = await mount();
    const slow = el.checkUrl(`${location.origin}/__test/slow/300`);
    await el.checkFile(await fileOf(`${F}/vereniging-agenda.ics`));
    await slow;
    await el.updateComplete;
    expect(result(el)).to.include('vereniging-agenda.ics — iCalendar');
  });

  it('speaks English', async () => {
    const { el } = await mount('en');
    expect(squash(root(el).querySelector('h1')?.textContent)).to.equal('Check a feed');
    await choose(el, await fileOf(`${F}/griffie-voorbeeldstad.csv`));
    expect(status(el)).to.equal('1 offer was rejected: fix it in the file and check again. 5 offers: 4 converted (2 with notes) and 1 rejected.');
    expect(result(el)).to.include('column “titel” is missing or empty');
  });

  it('can be reached with the keyboard: file field, address field, button', async () => {
    const { el } = await mount();
    root(el).querySelector<HTMLInputElement>('#feed-file')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('feed-url');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent.trim()).to.equal('Controleer');
  });
});

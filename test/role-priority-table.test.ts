/**
 * <vk-role-priority-table>: one office, the national government, unknown
 * input, events, language and settings. The matrix, the comparison and the
 * narrow layout have their own files (role-priority-table-*.test.ts).
 * Expected texts come from the data API (which the data tests check against
 * the corpus), never from the widget's own output.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import {
  actionsFor,
  corpusProviders,
  getCluster,
  getRole,
  governmentActions,
  allRoles,
  prioritiesFor,
} from '../src/data/index.js';
import { settingsContext } from '../src/shared/context.js';
import type { VkErrorDetail } from '../src/shared/vk-element.js';
import type { VkValueSelectDetail } from '../src/shared/events.js';
import { $, $$, caption, squash, renderTable, seen, type Table } from './helpers/role-priority-table.js';

/** The rows of the office table: value, cluster, and the office holder's actions. */
function officeRows(el: Table) {
  return $$(el, 'tbody tr').map((tr) => ({
    value: squash(tr.querySelector('th')?.textContent),
    cluster: squash(tr.querySelector('.cluster')?.textContent),
    actions: [...tr.querySelectorAll('li')].map((li) => squash(li.textContent)),
  }));
}

async function expectedRows(role: string) {
  const values = (await prioritiesFor(role)) ?? [];
  return Promise.all(
    values.map(async (v) => ({
      value: v.name,
      cluster: v.cluster ? (await getCluster(v.cluster))!.name : 'Cluster niet vermeld',
      actions: (await actionsFor({ role, value: v.id, actor: 'ambtsdrager' })).map((a) => a.text),
    })),
  );
}

describe('vk-role-priority-table: one office', () => {
  it('shows the wethouder the four priority values in the publication order, with cluster and three actions each', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="wethouder"></vk-role-priority-table>`);
    const rows = officeRows(el);
    expect(rows).to.deep.equal(await expectedRows('wethouder'));
    expect(rows.map((r) => r.value)).to.deep.equal(['Lef', 'Gemeenschappelijkheid', 'Betrokkenheid', 'Bekwaamheid']);
    expect(rows.every((r) => r.actions.length === 3)).to.equal(true);
    expect(caption(el)).to.equal('Wethouders: vier waarden met prioriteit en wat je kunt doen');
    await expect(el).to.be.accessible();
  });

  it('shows the griffier three things to do for lef', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="griffier"></vk-role-priority-table>`);
    const lef = officeRows(el).find((r) => r.value === 'Lef');
    const expected = (await actionsFor({ role: 'griffier', value: 'lef', actor: 'ambtsdrager' })).map((a) => a.text);
    expect(expected).to.have.length(3);
    expect(lef?.actions).to.deep.equal(expected);
  });

  for (const office of ['burgemeester', 'gemeentesecretaris', 'rekenkamerlid', 'waterschapsbestuurder']) {
    it(`gives the ${office} exactly the priorities and actions of the publication`, async () => {
      const el = await renderTable(html`<vk-role-priority-table office=${office}></vk-role-priority-table>`);
      expect(officeRows(el)).to.deep.equal(await expectedRows(office));
    });
  }

  it('accepts an office by its plural or alias', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="Dijkgraaf"></vk-role-priority-table>`);
    expect(officeRows(el).map((r) => r.value)).to.deep.equal(((await prioritiesFor('waterschapsbestuurder')) ?? []).map((v) => v.name));
  });

  it('puts weerbaarheid apart as "cluster niet vermeld", never in a guessed cluster', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="raadslid"></vk-role-priority-table>`);
    const row = $$(el, 'tbody tr').find((tr) => squash(tr.querySelector('th')?.textContent) === 'Weerbaarheid')!;
    const badge = row.querySelector('.cluster')!;
    expect(squash(badge.textContent)).to.equal('Cluster niet vermeld');
    expect(badge.hasAttribute('data-cluster')).to.equal(false);
    const cluster = row.querySelector('[data-cluster]');
    expect(cluster).to.equal(null);
  });

  it("lists the association's actions once, under the association's name", async () => {
    const el = await renderTable(html`<vk-role-priority-table office="wethouder"></vk-role-priority-table>`);
    const section = $(el, '[part="association"]');
    const expected = (await actionsFor({ role: 'wethouder', actor: 'vereniging' })).map((a) => a.text);
    expect([...section.querySelectorAll('li')].map((li) => squash(li.textContent))).to.deep.equal(expected);
    const name = (await corpusProviders()).find((p) => p.id === 'wethoudersvereniging')!.name;
    expect(squash(section.textContent)).to.contain(`Beroepsvereniging: ${name}`);
    expect($$(el, '[part="association"]')).to.have.length(1);
    // once: none of the association's actions appears in the value rows
    const inRows = officeRows(el).flatMap((r) => r.actions);
    expect(expected.some((t) => inRows.includes(t))).to.equal(false);
  });

  it('names all three water-authority associations their list is addressed to', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="waterschapsbestuurder"></vk-role-priority-table>`);
    const [first] = await actionsFor({ role: 'waterschapsbestuurder', actor: 'vereniging' });
    const providers = await corpusProviders();
    const text = squash($(el, '[part="association"]').textContent);
    expect(first!.associations).to.have.length(3);
    for (const id of first!.associations!) expect(text).to.contain(providers.find((p) => p.id === id)!.name);
    expect(text).to.contain('Wat kunnen de verenigingen doen?');
    await expect(el).to.be.accessible();
  });

  it('cites the publication under the table', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="burgemeester"></vk-role-priority-table>`);
    const citation = squash($(el, '[part="citation"]').textContent);
    expect(citation).to.contain('Bron: Toekomstbestendig decentraal bestuur (2024)');
    expect(citation).to.contain('Burgemeesters');
  });
});

describe('vk-role-priority-table: Statenleden', () => {
  it('says plainly that the text does not name their priorities, and shows what it does know', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="statenlid"></vk-role-priority-table>`);
    const role = (await getRole('statenlid'))!;
    expect(await prioritiesFor('statenlid')).to.equal(null);
    const text = seen(el);
    expect(text).to.contain('Statenleden: prioriteiten niet in de tekst');
    expect(text).to.contain('noemt ze niet in de tekst');
    const association = (await corpusProviders()).find((p) => p.id === role.associations[0])!;
    expect(text).to.contain(`Beroepsvereniging: ${association.name}`);
    // no actions, by choice: the text's own sentence, in Dutch
    expect(role.actionsIncluded).to.equal(false);
    const quote = $(el, 'blockquote');
    expect(squash(quote.textContent)).to.equal(role.source.quote);
    expect(quote.getAttribute('lang')).to.equal('nl');
    // never an invented list
    expect($$(el, 'table')).to.have.length(0);
    expect($$(el, '[part="value-link"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('vk-role-priority-table: national government', () => {
  it("shows the government's actions under their three headings", async () => {
    const el = await renderTable(html`<vk-role-priority-table office="rijksoverheid"></vk-role-priority-table>`);
    const groups = await governmentActions();
    expect(groups).to.have.length(3);
    const rows = $$(el, 'tbody tr').map((tr) => ({
      heading: squash(tr.querySelector('th')?.textContent),
      actions: [...tr.querySelectorAll('li')].map((li) => squash(li.textContent)),
    }));
    expect(rows).to.deep.equal(groups.map((g) => ({ heading: g.heading, actions: g.actions.map((a) => a.text) })));
    expect(caption(el)).to.equal('Wat kan de rijksoverheid doen?');
    await expect(el).to.be.accessible();
  });
});

describe('vk-role-priority-table: unknown office', () => {
  it('shows a clear message listing the valid offices and fires error', async () => {
    const el = document.createElement('vk-role-priority-table');
    el.setAttribute('office', 'minister');
    const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
    document.body.append(el);
    try {
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.code).to.equal('unknown-office');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      const message = squash(alert.textContent);
      expect(message).to.contain('Onbekend ambt „minister”');
      for (const role of await allRoles()) expect(message).to.contain(role.id);
      expect(detail.message).to.equal(message);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('clears the message when the office is fixed', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="minister"></vk-role-priority-table>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    el.office = 'griffier';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(officeRows(el).map((r) => r.value)).to.deep.equal(((await prioritiesFor('griffier')) ?? []).map((v) => v.name));
  });

  it('reads a role attribute that names an office, and says to use office instead', async () => {
    const el = document.createElement('vk-role-priority-table');
    el.setAttribute('role', 'wethouder');
    const event = oneEvent<CustomEvent<VkErrorDetail>>(el, 'error');
    document.body.append(el);
    try {
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.code).to.equal('role-attribute');
      expect(detail.message).to.contain('office="wethouder"');
      expect(officeRows(el).map((r) => r.value)).to.deep.equal(((await prioritiesFor('wethouder')) ?? []).map((v) => v.name));
    } finally {
      el.remove();
    }
  });

  it('leaves a real ARIA role alone and shows the overview', async () => {
    const el = await renderTable(html`<vk-role-priority-table role="region" aria-label="Prioriteiten"></vk-role-priority-table>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect($(el, 'table').classList.contains('matrix')).to.equal(true);
  });
});

describe('vk-role-priority-table: events', () => {
  it('sends a cancelable vk-value-select when a value is chosen with the keyboard', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="griffier"></vk-role-priority-table>`);
    const button = $$<HTMLButtonElement>(el, '[part="value-link"]').find((b) => squash(b.textContent) === 'Vertrouwen')!;
    button.focus();
    const event = oneEvent<CustomEvent<VkValueSelectDetail>>(document, 'vk-value-select');
    await sendKeys({ press: 'Enter' });
    const e = await event;
    expect(e.detail).to.deep.equal({ id: 'vertrouwen' });
    expect(e.cancelable).to.equal(true);
    expect(e.bubbles && e.composed).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('lets a host cancel the event', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="wethouder"></vk-role-priority-table>`);
    let cancelled = false;
    el.addEventListener('vk-value-select', (e) => {
      e.preventDefault();
      cancelled = e.defaultPrevented;
    });
    $<HTMLButtonElement>(el, '[part="value-link"]').click();
    expect(cancelled).to.equal(true);
  });
});

describe('vk-role-priority-table: language and settings', () => {
  it('speaks English around Dutch corpus text', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="gemeentesecretaris" lang="en"></vk-role-priority-table>`);
    expect(caption(el)).to.equal('Municipal secretaries: four priority values and what you can do');
    expect(squash($(el, 'thead').textContent)).to.contain('What can municipal secretaries do?');
    const first = (await prioritiesFor('gemeentesecretaris'))![0]!;
    const row = $(el, 'tbody tr');
    expect(squash(row.querySelector('.cluster')?.textContent)).to.equal('Hierarchy');
    expect(row.querySelector('[part="value-link"]')?.getAttribute('lang')).to.equal('nl');
    expect(squash(row.querySelector('[part="value-link"]')?.textContent)).to.equal(first.name);
    expect(row.querySelector('ul')?.getAttribute('lang')).to.equal('nl');
    await expect(el).to.be.accessible();
  });

  it('takes the office from a surrounding provider, unless it has its own', async () => {
    const host = document.createElement('div');
    new ContextProvider(host, { context: settingsContext, initialValue: { office: 'rekenkamerlid' } });
    document.body.append(host);
    try {
      const fromContext = document.createElement('vk-role-priority-table');
      const own = document.createElement('vk-role-priority-table');
      own.setAttribute('office', 'raadslid');
      host.append(fromContext, own);
      await Promise.all([fromContext.ready, own.ready]);
      await Promise.all([fromContext.updateComplete, own.updateComplete]);
      const names = async (r: string) => ((await prioritiesFor(r)) ?? []).map((v) => v.name);
      expect(officeRows(fromContext).map((r) => r.value)).to.deep.equal(await names('rekenkamerlid'));
      expect(officeRows(own).map((r) => r.value)).to.deep.equal(await names('raadslid'));
    } finally {
      host.remove();
    }
  });

  it('switches language live, keeping the corpus text as it is', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="griffier"></vk-role-priority-table>`);
    const actions = $$(el, 'tbody li').map((li) => squash(li.textContent));
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(caption(el)).to.equal('Council clerks: four priority values and what you can do');
    expect($$(el, 'tbody li').map((li) => squash(li.textContent))).to.deep.equal(actions);
  });

  it('shows the overview inside a provider when asked with office="alle"', async () => {
    const host = document.createElement('div');
    new ContextProvider(host, { context: settingsContext, initialValue: { office: 'griffier' } });
    document.body.append(host);
    try {
      const el = document.createElement('vk-role-priority-table');
      el.setAttribute('office', 'alle');
      host.append(el);
      await el.ready;
      await el.updateComplete;
      expect($(el, 'table').classList.contains('matrix')).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('renders its headings at the level the host asks for', async () => {
    const el = await renderTable(html`<vk-role-priority-table office="wethouder" heading-level="4"></vk-role-priority-table>`);
    expect(squash($(el, 'h4').textContent)).to.equal('Wat kan de beroepsvereniging doen?');
  });
});

import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { safeUrl } from '../../src/shared/safe-url.js';
import { renderCitation, documentMap } from '../../src/shared/citation.js';
import { clusterName, formatName, groupName, roleName } from '../../src/shared/domain.messages.js';
import { allSources, getRole, getCluster } from '../../src/data/index.js';
import { textOf } from '../helpers/dom.js';

describe('shared helpers', () => {
  describe('safeUrl', () => {
    it('lets http and https through', () => {
      expect(safeUrl('https://example.org/a?b=c')).to.equal('https://example.org/a?b=c');
      expect(safeUrl('http://www.argumentenfabriek.nl/decentraalbestuur')).to.equal('http://www.argumentenfabriek.nl/decentraalbestuur');
    });

    it('refuses script, data and other schemes, relative and malformed URLs', () => {
      for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', 'www.example.org', '', 42, null]) {
        expect(safeUrl(bad), String(bad)).to.equal(undefined);
      }
    });
  });

  describe('renderCitation', () => {
    it('names the document, its year and the section, and offers the quote on request', async () => {
      const docs = documentMap(await allSources());
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      render(
        renderCitation({ doc: 'decentraal-bestuur-2024', section: 'Waarden › Vrijheid', quote: 'Een andere waarde in dit cluster is lef.' }, docs, 'nl', { withQuote: true }),
        host,
      );
      const text = textOf(host);
      expect(text).to.contain('Bron: Toekomstbestendig decentraal bestuur (2024), Waarden › Vrijheid');
      expect(host.querySelector('cite')?.getAttribute('lang')).to.equal('nl');
      expect(host.querySelector('blockquote')?.textContent).to.equal('Een andere waarde in dit cluster is lef.');
    });
  });

  describe('domain names', () => {
    it('keeps Dutch names from the data and gives English ones for an English interface', async () => {
      const griffier = (await getRole('griffier'))!;
      expect(roleName(griffier, 'nl')).to.equal('Griffier');
      expect(roleName(griffier, 'nl', true)).to.equal('griffiers');
      expect(roleName(griffier, 'en')).to.equal('Council clerk');
      const hierarchie = (await getCluster('hierarchie'))!;
      expect(clusterName(hierarchie, 'nl')).to.equal('Hiërarchie');
      expect(clusterName(hierarchie, 'en')).to.equal('Hierarchy');
      expect(groupName('sociaal', 'nl')).to.equal('sociale waarden');
      expect(formatName('intervisie', 'en')).to.equal('Peer consultation');
      expect(formatName('onbekend-formaat', 'nl')).to.equal('onbekend-formaat');
    });
  });
});

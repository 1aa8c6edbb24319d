import { expect } from '@open-wc/testing';
import { commonSource, distinctSources } from '../../src/shared/citation-list.js';
import { actionsFor, allClusters } from '../../src/data/index.js';

describe('citing lists of records', () => {
  it('cites the three actions of one office and value once', async () => {
    const actions = await actionsFor({ role: 'griffier', value: 'lef', actor: 'ambtsdrager' });
    expect(actions).to.have.length(3);
    const cited = distinctSources(actions.map((a) => a.source));
    expect(cited.map((s) => s.section)).to.deep.equal(['Prioriteiten en handelingsperspectieven › Griffiers › Handelingsperspectieven griffiers']);
  });

  it('skips missing sources and keeps different sections in first-seen order', () => {
    const a = { doc: 'decentraal-bestuur-2024', section: 'A › B', quote: 'x' } as const;
    const b = { doc: 'decentraal-bestuur-2024', section: 'A › C', quote: 'y' } as const;
    expect(distinctSources([null, a, undefined, b, a]).map((s) => s.section)).to.deep.equal(['A › B', 'A › C']);
  });

  it('cites the nine cluster paragraphs by the heading they share', async () => {
    const clusters = await allClusters();
    expect(commonSource(clusters.map((c) => c.source))?.section).to.equal('Waarden › Waarden en opvattingen per waardencluster');
    expect(commonSource([])).to.equal(undefined);
  });

  it('falls back to the first source for records from different documents', () => {
    const a = { doc: 'decentraal-bestuur-2024', section: 'A › B', quote: 'x' } as const;
    const b = { doc: 'bestuurderskracht-2013', section: 'A › B', quote: 'y' } as const;
    expect(commonSource([a, b])).to.deep.equal(a);
  });
});

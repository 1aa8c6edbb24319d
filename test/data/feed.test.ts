/**
 * Associations' feeds: valid records are kept, invalid ones are reported
 * with their path and skipped, and a feed that cannot be used never throws.
 */
import { expect } from '@open-wc/testing';
import { checkFeed, loadOfferingsFeed } from '../../src/data/index.js';
import { validOffering, validProvider } from '../fixtures/training-feeds.js';

const valid = validOffering;
const provider = validProvider;

describe('loadOfferingsFeed', () => {
  it('loads the example feed of the repository without rejecting anything', async () => {
    const result = await loadOfferingsFeed('/data/examples/example-feed.json');
    expect(result.error).to.equal(undefined);
    expect(result.rejected).to.deep.equal([]);
    expect(result.offerings).to.have.length(3);
    expect(result.providers.map((p) => p.id)).to.deep.equal(['voorbeeldvereniging']);
  });

  it('keeps valid records and reports invalid ones with index, path and reason', async () => {
    const result = await loadOfferingsFeed({
      providers: [provider],
      offerings: [
        valid,
        { ...valid, id: 'vb-2', formats: ['dansles'] },
        { ...valid, id: 'vb-3', url: 'javascript:alert(1)' },
        { ...valid, id: 'vb-4', title: undefined },
        { ...valid, id: 'vb-startdag', title: 'Dubbel' },
        { ...valid, id: 'vb-6', provider: 'onbekend' },
        'geen object',
      ],
    });
    expect(result.offerings.map((o) => o.id)).to.deep.equal(['vb-startdag']);
    const reasons = result.rejected.map((r) => [r.index, r.problems[0]?.path, r.problems[0]?.keyword]);
    expect(reasons).to.deep.equal([
      [1, '/formats/0', 'enum'],
      [2, '/url', 'pattern'],
      [3, '', 'required'],
      [4, '/id', 'duplicate-id'],
      [5, '/provider', 'unknown-provider'],
      [6, '', 'type'],
    ]);
    expect(result.rejected[0]?.id).to.equal('vb-2');
  });

  it('accepts a bare array of offerings', async () => {
    expect((await checkFeed([valid], { knownProviders: ['vb'] })).offerings).to.have.length(1);
  });

  it('reports a wrong top-level shape', async () => {
    expect((await loadOfferingsFeed({ items: [] })).error?.code).to.equal('feed-shape');
    expect((await loadOfferingsFeed(null)).error?.code).to.equal('feed-shape');
  });

  it('reports a 404 and a 500', async () => {
    expect((await loadOfferingsFeed('/__test/status/404')).error).to.deep.equal({ code: 'feed-http', status: 404 });
    expect((await loadOfferingsFeed('/__test/status/500')).error?.status).to.equal(500);
  });

  it('reports a body that is not JSON', async () => {
    expect((await loadOfferingsFeed('/__test/text')).error?.code).to.equal('feed-not-json');
  });

  it('gives up after the time limit', async () => {
    expect((await loadOfferingsFeed('/__test/slow/3000', { timeoutMs: 200 })).error?.code).to.equal('feed-timeout');
  });

  it('refuses a non-http URL without fetching', async () => {
    expect((await loadOfferingsFeed('javascript:alert(1)')).error?.code).to.equal('feed-network');
  });

  it('refuses a body over the size limit', async () => {
    expect((await loadOfferingsFeed('/data/examples/example-feed.json', { maxLength: 100 })).error?.code).to.equal('feed-too-large');
  });
});

describe('generated feeds (stories, bench)', () => {
  it('are valid, deterministic and complete', async () => {
    const { generateFeed } = await import('../fixtures/offerings-generator.js');
    const feed = generateFeed(500);
    const result = await loadOfferingsFeed(feed);
    expect(result.rejected).to.deep.equal([]);
    expect(result.offerings).to.have.length(500);
    expect(generateFeed(50).offerings).to.deep.equal(generateFeed(50).offerings);
  });
});

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import exampleFeed from '../data/examples/example-feed.json';
import '../src/training-finder/define.js';
import { generateFeed } from '../test/fixtures/offerings-generator.js';
import { hostileFeed, partlyInvalidFeed } from '../test/fixtures/training-feeds.js';

interface Args {
  office: string;
  src: string;
  includeCorpus: boolean;
  lang: string;
  headingLevel: number;
}

/**
 * Builds the element by hand: a feed in a child `<script type="application/json">`
 * cannot be written with a Lit binding (script content is raw text).
 */
function finder(args: Args, feed?: unknown): HTMLElement {
  const el = document.createElement('vk-training-finder');
  el.setAttribute('url-state', 'off');
  if (args.office) el.setAttribute('office', args.office);
  if (args.src) el.setAttribute('src', args.src);
  if (!args.includeCorpus) el.setAttribute('include-corpus', 'false');
  if (args.headingLevel !== 3) el.setAttribute('heading-level', String(args.headingLevel));
  el.setAttribute('lang', args.lang);
  if (feed !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    el.append(script);
  }
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/vk-training-finder',
  component: 'vk-training-finder',
  render: (args) => finder(args),
  args: { office: '', src: '', includeCorpus: true, lang: 'nl', headingLevel: 3 },
  argTypes: {
    office: {
      control: 'select',
      options: ['', 'burgemeester', 'gemeentesecretaris', 'griffier', 'raadslid', 'rekenkamerlid', 'statenlid', 'waterschapsbestuurder', 'wethouder'],
    },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The stories keep the state out of the address bar (`url-state="off"`); on a page the default is the query string.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The offer described in the research (2013, 2018, 2024), nothing else. */
export const CorpusOnly: Story = {};

/** Preset for each office with the `office` attribute, as a council's learning tab would. */
export const Burgemeester: Story = { args: { office: 'burgemeester' } };
export const Wethouder: Story = { args: { office: 'wethouder' } };
export const Raadslid: Story = { args: { office: 'raadslid' } };
export const Griffier: Story = { args: { office: 'griffier' } };
export const Gemeentesecretaris: Story = { args: { office: 'gemeentesecretaris' } };
export const Rekenkamerlid: Story = { args: { office: 'rekenkamerlid' } };
export const Statenlid: Story = { args: { office: 'statenlid' } };
export const Waterschapsbestuurder: Story = { args: { office: 'waterschapsbestuurder' } };

/** The research's offer with an association's feed (data/examples/example-feed.json). */
export const WithFeed: Story = { render: (args) => finder(args, exampleFeed) };

/** Only the association's feed. */
export const FeedOnly: Story = { args: { includeCorpus: false }, render: (args) => finder(args, exampleFeed) };

/** Records that do not fit the schema are skipped and listed with the reason. */
export const PartlyInvalidFeed: Story = { render: (args) => finder(args, partlyInvalidFeed) };

/** A feed that cannot be loaded: the message, and the research's offer still there. */
export const FailingFeed: Story = { args: { src: 'http://127.0.0.1:9/aanbod.json' } };

/** While the feed loads, the research's offer is already there. (The feed's request is held open for this story.) */
export const LoadingFeed: Story = {
  args: { src: 'https://example.org/aanbod-dat-nog-laadt.json' },
  beforeEach: () => {
    const realFetch = window.fetch.bind(window);
    const urlOf = (input: RequestInfo | URL) => (input instanceof Request ? input.url : input instanceof URL ? input.href : input);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      urlOf(input).includes('aanbod-dat-nog-laadt')
        ? new Promise<Response>((_, reject) => {
            init?.signal?.addEventListener('abort', () => {
              reject(new DOMException('aborted', 'AbortError'));
            });
          })
        : realFetch(input, init);
    return () => {
      window.fetch = realFetch;
    };
  },
};

/** Nothing matches: the finder suggests which filter to drop. */
export const Empty: Story = {
  args: { office: 'statenlid', includeCorpus: false },
  render: (args) => finder(args, exampleFeed),
};

/** Every text of this feed tries to become markup or script; all of it shows as text. */
export const HostileFeed: Story = {
  args: { includeCorpus: false },
  render: (args) => finder(args, hostileFeed("document.title='gehackt'")),
};

/** 10,000 generated offers: only what is on screen is rendered. */
export const TenThousandOffers: Story = { render: (args) => finder(args, generateFeed(10_000)) };

/** The interface in English; the research's text stays Dutch. */
export const English: Story = { args: { lang: 'en' }, render: (args) => finder(args, exampleFeed) };

/**
 * The live offer (issue 15): several feeds in three formats — the griffie's
 * spreadsheet converted to JSON with `feed convert`, an association's
 * iCalendar agenda, an academie's JSON-LD — before the research's offer.
 * Each card shows its publisher, next date, register link and "Zet in agenda";
 * "Wanneer", "Waar" and "Bron" filter them. The demo data lie in 2027.
 */
export const SeveralFeeds: Story = {
  args: { src: '/demo/aanbod/griffie-voorbeeldstad.json /demo/aanbod/vereniging-agenda.ics /demo/aanbod/academie-cursussen.jsonld', office: 'raadslid' },
};

/** A griffie's spreadsheet read directly (CSV with semicolons), without converting it first. */
export const CsvFeed: Story = { args: { src: '/demo/aanbod/griffie-voorbeeldstad.csv', includeCorpus: false } };

/** An association's agenda (iCalendar), with a monthly recurring event and a two-day event. */
export const ICalendarFeed: Story = { args: { src: '/demo/aanbod/vereniging-agenda.ics', includeCorpus: false } };

/** Course pages' schema.org JSON-LD (`Course` with `hasCourseInstance`, in an `@graph`). */
export const JsonLdFeed: Story = { args: { src: '/demo/aanbod/academie-cursussen.jsonld', includeCorpus: false } };

/**
 * A feed whose dates are all past (the test fixture's dates lie in spring
 * 2026): those offers leave the list, and "Toon ook afgelopen aanbod" says
 * how many and brings them back.
 */
export const PastOnlyOffers: Story = { args: { src: '/test/fixtures/feeds/griffie-voorbeeldstad.csv', includeCorpus: false } };

/** Two broken feeds (unreachable, and an unreadable iCalendar file) among good ones: both named, the rest shown. */
export const BrokenFeedAmongGood: Story = {
  args: { src: '/demo/aanbod/vereniging-agenda.ics http://127.0.0.1:9/aanbod.json /test/fixtures/feeds/kapot.ics /demo/aanbod/academie-cursussen.jsonld' },
};

/**
 * The finder's feeds: its own `src` (one or more URLs separated by white
 * space), else a child `<script type="application/json">` (read as data,
 * watched for changes), else the feeds of a `<vk-provider>` (its `feeds`
 * with per-feed defaults, or its `feed` URLs). Loads them all at once, each
 * on its own (the loader, its validators and a format's converter are
 * downloaded only by pages that have such a feed), aborts a load that is
 * overtaken or whose element leaves the page (and loads again when it
 * returns), and reports every feed that failed (`feed-failed`, one event per
 * feed, the message naming each) and the records skipped (`feed-records`),
 * once per load.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import { corpusProviders, mergeSources, parseFeedList, type FeedSpec, type LoadedFeed, type MergedOffer, type RejectedRecord } from '../data/index.js';
import type { VkSettings } from '../shared/context.js';
import { describeFailure } from '../shared/feed-report.js';
import { localized, type Locale, type LocalizedText } from '../shared/localize.js';
import { widgetHooks, type Awaitable, type VkElement, type WidgetHooks } from '../shared/vk-element.js';
import { messages, type FinderMessages } from './training-finder.messages.js';

/** A message in every locale, from a function that also needs the locale (for the shared feed wording). */
function inEvery(pick: (m: FinderMessages, locale: Locale) => string): LocalizedText {
  return { nl: pick(messages.nl, 'nl'), en: pick(messages.en, 'en') };
}

/** The loaded feeds (without the research's offer), and whether they came from the page itself (a child script). */
export interface FeedData {
  readonly merged: MergedOffer;
  readonly inline: boolean;
}

export interface FeedOptions {
  /** The element's own `src`. */
  readonly src: () => string;
  /** Milliseconds to wait for each feed. */
  readonly timeout: () => number;
  /** The settings of an enclosing `<vk-provider>` (its `feeds` or `feed`). */
  readonly settings: () => VkSettings | undefined;
  /** Whether the corpus offer shows too (the message about a failed feed says so). */
  readonly includeCorpus: () => boolean;
}

const NO_FEED = Symbol('no feed');

/** The feeds as a JSON key (task arguments compare by value), the inline text, the timeout. */
type FeedArgs = readonly [specs: string, inline: string | null, timeoutMs: number];

/** A feed inside the page: JSON only (a page author writes it by hand), read with the same checks. */
async function readInline(text: string): Promise<MergedOffer> {
  const [{ readFeed }, providers] = await Promise.all([import('../data/feed-formats.js'), corpusProviders()]);
  let report: LoadedFeed;
  try {
    JSON.parse(text);
    report = { ...(await readFeed(text, { format: 'json', providers, knownProviders: providers.map((p) => p.id) })), url: '', feed: 0 };
  } catch {
    report = { offerings: [], providers: [], records: [], rejected: [], notes: [], notesById: new Map(), error: { code: 'feed-not-json' }, url: '', feed: 0 };
  }
  const merged = mergeSources([{ offerings: report.offerings, origin: { kind: 'feed', feed: 0, url: '', format: 'json', ...(report.info ? { info: report.info } : {}) } }]);
  const known = new Map(providers.map((p) => [p.id, p]));
  for (const p of report.providers) if (!known.has(p.id)) known.set(p.id, p);
  return { ...merged, providers: [...known.values()], notes: report.notesById, feeds: [report] };
}

async function load([key, inline, timeoutMs]: FeedArgs, signal: AbortSignal): Promise<FeedData | typeof NO_FEED> {
  const specs = JSON.parse(key) as FeedSpec[];
  let merged: MergedOffer;
  if (specs.length) {
    const { loadFeeds } = await import('../data/feeds.js');
    merged = await loadFeeds(specs, { signal, timeoutMs, includeCorpus: false, now: new Date() });
  } else if (inline !== null) merged = await readInline(inline);
  else return NO_FEED;
  // A run that was overtaken (new src) or cut off (element removed) reports nothing.
  signal.throwIfAborted();
  return { merged, inline: !specs.length };
}

/** A feed's name for a message: its own name, else its URL as given. */
export function feedName(feed: Pick<LoadedFeed, 'url' | 'info'>, inline: boolean, locale: Locale): string {
  if (feed.info?.name) return feed.info.name;
  if (inline) return messages[locale].feedInlineName;
  return feed.url;
}

export class FeedController implements ReactiveController, Awaitable {
  private readonly hooks: WidgetHooks;
  private readonly task: Task<FeedArgs, FeedData | typeof NO_FEED>;
  /** The text of a child `<script type="application/json">`, `null` without one. */
  private inline: string | null = null;
  private observer: MutationObserver | undefined;
  /** A request was aborted because the element left the document. */
  private cutOff = false;
  /** The feeds (or error) last reported, so each is reported once. */
  private reported: unknown;

  constructor(
    private readonly host: VkElement,
    private readonly options: FeedOptions,
  ) {
    this.hooks = widgetHooks(host);
    this.task = new Task(host, {
      task: (args, { signal }) => load(args, signal),
      args: () => this.args(),
    });
    host.addController(this);
    this.hooks.tracked(this);
  }

  /** The loaded feeds; `undefined` while none is loaded (or there is none). */
  get result(): FeedData | undefined {
    const feed = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return feed && feed !== NO_FEED ? feed : undefined;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get taskComplete(): Promise<unknown> {
    return this.task.taskComplete;
  }

  /** Own src, else a child script, else the feeds of a `<vk-provider>`. */
  private specs(): FeedSpec[] {
    const own = parseFeedList(this.options.src());
    if (own.length) return own.map((url) => ({ url }));
    if (this.inline !== null) return [];
    const settings = this.options.settings();
    if (settings?.feeds?.length) return [...settings.feeds];
    return parseFeedList(settings?.feed).map((url) => ({ url }));
  }

  private args(): FeedArgs {
    const specs = this.specs();
    const timeout = this.options.timeout();
    return [JSON.stringify(specs), specs.length ? null : this.inline, timeout > 0 ? timeout : 10_000];
  }

  hostConnected(): void {
    this.readInline();
    this.observer = new MutationObserver(() => {
      this.readInline();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A feed cut off when the element was removed loads again when it returns
    // (also when it was only moved: the abort has not even settled then).
    if (this.cutOff) {
      this.cutOff = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.task.status === TaskStatus.PENDING) {
      this.cutOff = true;
      this.task.abort();
    }
  }

  hostUpdate(): void {
    this.report();
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent : null;
    if (text === this.inline) return;
    this.inline = text;
    this.host.requestUpdate();
  }

  /** Shows the feeds that failed, or records skipped, once per load. */
  private report(): void {
    const status = this.task.status;
    if (status === TaskStatus.PENDING) return;
    const corpus = this.options.includeCorpus();
    if (status === TaskStatus.ERROR) {
      // Not an answer from a feed's server: the loader itself could not run
      // (e.g. its script failed to download). An abort of ours is no failure.
      const error = this.task.error;
      if (this.cutOff || error === this.reported || (error instanceof DOMException && error.name === 'AbortError')) return;
      this.reported = error;
      const urls = this.specs().map((s) => s.url);
      const srcs = urls.length ? urls : [null];
      for (const src of srcs) {
        this.hooks.reportProblem({
          code: 'feed-failed',
          message: inEvery((m, locale) =>
            m.feedsFailed(
              (urls.length ? urls : ['']).map((u) => m.feedFailedOne(u, describeFailure({ code: 'feed-network' }, locale))),
              corpus,
              false,
            ),
          ),
          detail: { reason: 'feed-network', src, error: String(error) },
        });
      }
      return;
    }
    const data = status === TaskStatus.COMPLETE ? this.task.value : undefined;
    if (data === this.reported) return;
    this.reported = data;
    if (!data || data === NO_FEED) {
      this.hooks.clearProblems('feed-failed', 'feed-records');
      return;
    }
    const { merged, inline } = data;
    const failed = merged.feeds.flatMap((f) => (f.error ? [{ feed: f, error: f.error }] : []));
    const others = merged.feeds.length > failed.length;
    if (failed.length) {
      const message = inEvery((m, locale) =>
        m.feedsFailed(
          failed.map(({ feed, error }) => {
            const reason = inline && error.code === 'feed-not-json' ? m.feedInlineInvalid : describeFailure(error, locale);
            return m.feedFailedOne(inline ? '' : feedName(feed, inline, locale), reason);
          }),
          corpus,
          others,
        ),
      );
      // One event per failed feed, each with its own detail; the message names them all.
      for (const { feed: f, error } of failed) {
        this.hooks.reportProblem({
          code: 'feed-failed',
          message,
          detail: {
            reason: error.code,
            src: inline ? null : f.url,
            ...(error.status === undefined ? {} : { status: error.status }),
            ...(error.detail === undefined ? {} : { error: error.detail }),
          },
        });
      }
    } else this.hooks.clearProblems('feed-failed');
    const rejected: RejectedRecord[] = merged.feeds.flatMap((f) => f.rejected);
    if (rejected.length) {
      this.hooks.reportProblem({ code: 'feed-records', message: localized(messages, (m) => m.feedSkipped), detail: { rejected } });
    } else this.hooks.clearProblems('feed-records');
  }
}

/**
 * The finder's feed: its own `src`, else a child
 * `<script type="application/json">` (read as data, watched for changes),
 * else the feed of a `<vk-provider>`. Loads it (the loader and its
 * validators are downloaded only by pages that have a feed), aborts a load
 * that is overtaken or whose element leaves the page (and loads again when it
 * returns), and reports a feed that failed (`feed-failed`) or records it
 * skipped (`feed-records`), once per loaded feed.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import { corpusProviders, type FeedResult } from '../data/index.js';
import type { VkSettings } from '../shared/context.js';
import { localized } from '../shared/localize.js';
import { widgetHooks, type Awaitable, type VkElement, type WidgetHooks } from '../shared/vk-element.js';
import { messages } from './training-finder.messages.js';

/** A loaded feed, and whether it came from the page itself (a child script). */
export interface FeedData {
  readonly result: FeedResult;
  readonly inline: boolean;
}

export interface FeedOptions {
  /** The element's own `src`. */
  readonly src: () => string;
  /** Milliseconds to wait for the feed. */
  readonly timeout: () => number;
  /** The settings of an enclosing `<vk-provider>` (its `feed`). */
  readonly settings: () => VkSettings | undefined;
  /** Whether the corpus offer shows too (the message about a failed feed says so). */
  readonly includeCorpus: () => boolean;
}

const NO_FEED = Symbol('no feed');

type FeedArgs = readonly [url: string, inline: string | null, timeoutMs: number];

async function loadFeed([src, inline, timeoutMs]: FeedArgs, signal: AbortSignal): Promise<FeedData | typeof NO_FEED> {
  let source: unknown;
  if (src) source = src;
  else if (inline !== null) {
    try {
      source = JSON.parse(inline) as unknown;
    } catch {
      return { result: { offerings: [], providers: [], rejected: [], error: { code: 'feed-not-json' } }, inline: true };
    }
  } else return NO_FEED;
  const knownProviders = (await corpusProviders()).map((p) => p.id);
  const { loadOfferingsFeed } = await import('../data/feed.js');
  const result = await loadOfferingsFeed(source, { signal, knownProviders, timeoutMs });
  // A run that was overtaken (new src) or cut off (element removed) reports nothing.
  signal.throwIfAborted();
  return { result, inline: !src };
}

export class FeedController implements ReactiveController, Awaitable {
  private readonly hooks: WidgetHooks;
  private readonly task: Task<FeedArgs, FeedData | typeof NO_FEED>;
  /** The text of a child `<script type="application/json">`, `null` without one. */
  private inline: string | null = null;
  private observer: MutationObserver | undefined;
  /** A request was aborted because the element left the document. */
  private cutOff = false;
  /** The feed (or error) last reported, so each is reported once. */
  private reported: unknown;

  constructor(
    private readonly host: VkElement,
    private readonly options: FeedOptions,
  ) {
    this.hooks = widgetHooks(host);
    this.task = new Task(host, {
      task: (args, { signal }) => loadFeed(args, signal),
      args: () => this.args(),
    });
    host.addController(this);
    this.hooks.tracked(this);
  }

  /** The loaded feed; `undefined` while none is loaded (or there is none). */
  get result(): FeedResult | undefined {
    const feed = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    return feed && feed !== NO_FEED ? feed.result : undefined;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get taskComplete(): Promise<unknown> {
    return this.task.taskComplete;
  }

  /** Own src, else a child script, else the feed of a `<vk-provider>`. */
  private args(): FeedArgs {
    const src = this.options.src().trim();
    const inline = src ? null : this.inline;
    const url = src || (inline === null ? (this.options.settings()?.feed ?? '').trim() : '');
    const timeout = this.options.timeout();
    return [url, inline, timeout > 0 ? timeout : 10_000];
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

  /** Shows a feed that failed, or records it skipped, once per loaded feed. */
  private report(): void {
    const status = this.task.status;
    if (status === TaskStatus.PENDING) return;
    const [url, inline] = this.args();
    const src = inline === null ? url : null;
    const corpus = this.options.includeCorpus();
    if (status === TaskStatus.ERROR) {
      // Not an answer from the feed's server: the loader itself could not run
      // (e.g. its script failed to download). An abort of ours is no failure.
      const error = this.task.error;
      if (this.cutOff || error === this.reported || (error instanceof DOMException && error.name === 'AbortError')) return;
      this.reported = error;
      this.hooks.reportProblem({
        code: 'feed-failed',
        message: localized(messages, (m) => m.feedFailed(m.feedErrors['feed-network'](), corpus)),
        detail: { reason: 'feed-network', src, error: String(error) },
      });
      return;
    }
    const feed = status === TaskStatus.COMPLETE ? this.task.value : undefined;
    if (feed === this.reported) return;
    this.reported = feed;
    if (!feed || feed === NO_FEED) {
      this.hooks.clearProblems('feed-failed', 'feed-records');
      return;
    }
    const { result } = feed;
    const error = result.error;
    if (error) {
      const reason = feed.inline && error.code === 'feed-not-json' ? undefined : error.code;
      this.hooks.reportProblem({
        code: 'feed-failed',
        message: localized(messages, (m) => m.feedFailed(reason ? m.feedErrors[reason](error.status) : m.feedInlineInvalid, corpus)),
        detail: {
          reason: error.code,
          src,
          ...(error.status === undefined ? {} : { status: error.status }),
          ...(error.detail === undefined ? {} : { error: error.detail }),
        },
      });
    } else this.hooks.clearProblems('feed-failed');
    if (result.rejected.length) {
      this.hooks.reportProblem({ code: 'feed-records', message: localized(messages, (m) => m.feedSkipped), detail: { rejected: result.rejected } });
    } else this.hooks.clearProblems('feed-records');
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import {
  corpusProviders,
  loadFeed,
  publishedFeed,
  readFeed,
  MAX_FEED_BYTES,
  type FeedFormat,
  type FeedRecordReport,
  type FeedReport,
} from '../data/index.js';
import { VkElement } from '../shared/vk-element.js';
import { controlStyles } from '../shared/controls.styles.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { safeUrl } from '../shared/safe-url.js';
import {
  describeNote,
  describeProblem,
  formatLabel,
  mainProblems,
  offerRecords,
  outcomeName,
  recordLabel,
  recordTitle,
  summarize,
  verdict,
} from '../shared/feed-report.js';
import { messages } from './feed-checker.messages.js';
import { feedCheckerStyles } from './feed-checker.styles.js';

/** Most records listed on the page; the command line lists them all. */
const SHOWN = 500;

/**
 * The feed checker for associations and griffies: drop or choose a file, or
 * give a feed's web address, and see per offer whether it is accepted,
 * converted with notes, or rejected and why — the same check the finder
 * makes, with the same words. The file is read in the browser; nothing is
 * uploaded. The converted offer can be downloaded as JSON in the widgets'
 * format. Hosted as `dist/feed-checker/index.html`.
 *
 * @tagname vk-feed-checker
 * @summary Check a feed file or address before publishing it; nothing is uploaded.
 * @fires {CustomEvent<VkErrorDetail>} error - The feed cannot be used at all (`code: 'feed-load'`, `detail`: the failure and the file or URL).
 * @csspart base - The whole checker.
 * @csspart error - Why the feed cannot be used.
 * @csspart result - The report.
 */
export class VkFeedChecker extends VkElement {
  static override styles = [VkElement.styles, controlStyles, feedCheckerStyles];

  /** Level of the checker's own heading (1–6; default 1, as the page's title). */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 1;

  @state() private report: FeedReport | undefined;
  @state() private busy = false;
  @state() private over = false;
  @state() private urlError = false;

  /** Only the newest check may show its report (a slow URL must not overwrite a file dropped after it). */
  private run = 0;

  protected override firstUpdated(): void {
    this.markReady();
  }

  private async check(read: () => Promise<FeedReport>): Promise<void> {
    const run = ++this.run;
    this.busy = true;
    let report: FeedReport;
    try {
      report = await read();
    } catch (e) {
      report = { offerings: [], providers: [], records: [], rejected: [], notes: [], notesById: new Map(), error: { code: 'feed-network', detail: String(e) } };
    }
    if (run !== this.run) return;
    this.busy = false;
    this.report = report;
    if (report.error) {
      this.reportProblem({
        code: 'feed-load',
        message: { nl: verdict(report, 'nl').text, en: verdict(report, 'en').text },
        detail: { ...report.error, source: report.source ?? null },
      });
    } else this.clearProblems('feed-load');
  }

  /** Checks a file from the file field or a drop; a file over 20 MB is refused without being read. */
  async checkFile(file: File): Promise<void> {
    await this.check(async () => {
      if (file.size > MAX_FEED_BYTES) {
        return { source: file.name, offerings: [], providers: [], records: [], rejected: [], notes: [], notesById: new Map(), error: { code: 'feed-too-large' } };
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      return readFeed(bytes, { source: file.name, ...(file.type ? { contentType: file.type } : {}), providers: await corpusProviders() });
    });
  }

  /** Checks the feed at `url` (loaded from the browser, so its server must allow it: CORS). */
  async checkUrl(url: string): Promise<void> {
    await this.check(async () => loadFeed(url, { providers: await corpusProviders() }));
  }

  private readonly onFile = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.checkFile(file);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.over = true;
  };

  private readonly onDragLeave = (): void => {
    this.over = false;
  };

  private readonly onDrop = (e: DragEvent): void => {
    e.preventDefault();
    this.over = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this.checkFile(file);
  };

  private readonly onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#feed-url');
    const url = safeUrl(input?.value);
    this.urlError = !url;
    if (url) void this.checkUrl(url);
    else input?.focus();
  };

  private readonly download = (): void => {
    if (!this.report) return;
    const json = `${JSON.stringify(publishedFeed(this.report), null, 2)}\n`;
    const href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = href;
    a.download = 'aanbod.json';
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => {
      URL.revokeObjectURL(href);
    }, 0);
  };

  override render(): TemplateResult {
    const m = this.t(messages);
    const level = headingLevel(this.headingLevel, 1);
    return html`<div part="base">
      ${renderHeading(level, m.title)}
      <p>${m.intro}</p>
      <p><strong>${m.privacy}</strong></p>
      <form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
        }}
      >
        <fieldset
          class=${classMap({ drop: true, over: this.over })}
          @dragover=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
        >
          <legend>${m.fileLegend}</legend>
          <label for="feed-file">${this.over ? m.dropHere : m.fileLabel}</label>
          <input
            id="feed-file"
            type="file"
            accept=".json,.jsonld,.ics,.ical,.csv,.html,.htm,.txt,application/json,application/ld+json,text/calendar,text/csv,text/html"
            aria-describedby="file-hint"
            @change=${this.onFile}
          />
          <p id="file-hint" class="hint">${m.fileHint}</p>
        </fieldset>
      </form>
      <form @submit=${this.onSubmit} novalidate>
        <fieldset>
          <legend>${m.urlLegend}</legend>
          <div class="row">
            <div>
              <label for="feed-url">${m.urlLabel}</label>
              <input
                id="feed-url"
                type="url"
                inputmode="url"
                autocomplete="url"
                placeholder="https://"
                aria-describedby=${this.urlError ? 'url-error url-hint' : 'url-hint'}
                aria-invalid=${this.urlError ? 'true' : 'false'}
              />
            </div>
            <button class="vk-button" type="submit">${m.check}</button>
          </div>
          ${this.urlError ? html`<p id="url-error" class="field-error">${m.invalidUrl}</p>` : nothing}
          <p id="url-hint" class="hint">${m.urlHint}</p>
        </fieldset>
      </form>
      <p role="status" class="status">${this.busy ? m.checking : this.report && !this.report.error ? `${verdict(this.report, this.locale).text} ${summarize(this.report, this.locale)}` : ''}</p>
      ${this.report && !this.busy ? this.renderReport(this.report, level + 1) : nothing}
    </div>`;
  }

  private renderReport(report: FeedReport, level: number): TemplateResult {
    const m = this.t(messages);
    const format: FeedFormat = report.format ?? 'json';
    const records = [...report.records.filter((r) => r.list === 'providers' && r.outcome === 'rejected'), ...offerRecords(report)];
    const loud = records.filter((r) => r.notes.length || r.problems.length);
    const quiet = records.filter((r) => !r.notes.length && !r.problems.length);
    const ok = verdict(report, this.locale);
    return html`<section part="result" aria-labelledby="result-heading">
      ${renderHeading(level, m.result, { id: 'result-heading' })}
      <p>${m.source(report.source ?? '', report.format ? formatLabel(report.format, this.locale) : '')}</p>
      ${report.info?.publisher ? html`<p>${m.publisher(report.info.publisher)}</p>` : nothing}
      ${report.error
        ? this.renderProblems()
        : html`<p class=${classMap({ verdict: true, bad: !ok.ok })}>${ok.text}</p>
            <p>${summarize(report, this.locale)}</p>`}
      ${report.notes.length
        ? html`${renderHeading(level + 1, m.aboutFile)}
            <ul>
              ${report.notes.map((n) => html`<li>${describeNote(n, this.locale, format)}</li>`)}
            </ul>`
        : nothing}
      ${loud.length
        ? html`${renderHeading(level + 1, m.needsAttention)}
            <ol class="records">
              ${loud.slice(0, SHOWN).map((r) => this.renderRecord(r, format, level + 2))}
            </ol>
            ${loud.length > SHOWN ? html`<p>${m.more(loud.length - SHOWN)}</p>` : nothing}`
        : nothing}
      ${quiet.length
        ? html`<details>
            <summary>${m.quiet(quiet.length)}</summary>
            <ul>
              ${quiet.slice(0, SHOWN).map(
                (r) => html`<li>${recordLabel(r, format, this.locale)}: <span lang="nl">${recordTitle(r, this.locale)}</span></li>`,
              )}
            </ul>
          </details>`
        : nothing}
      ${report.offerings.length
        ? html`<div class="download">
            <button class="vk-button vk-button--secondary" type="button" @click=${this.download}>${m.download}</button>
            <p class="hint">${m.downloadHint}</p>
          </div>`
        : nothing}
    </section>`;
  }

  private renderRecord(r: FeedRecordReport, format: FeedFormat, level: number): TemplateResult {
    const m = this.t(messages);
    const problems = mainProblems(r.problems);
    return html`<li class=${classMap({ rejected: r.outcome === 'rejected' })}>
      ${renderHeading(
        level,
        html`<span class="where">${recordLabel(r, format, this.locale)}</span>
          <span lang="nl">${recordTitle(r, this.locale)}</span>
          <span class=${classMap({ badge: true, rejected: r.outcome === 'rejected' })}>${outcomeName(r.outcome, this.locale)}</span>`,
        { className: 'record-head' },
      )}
      ${problems.length
        ? html`<ul aria-label=${m.problems}>
            ${problems.map((p) => html`<li class="problem">${describeProblem(p, this.locale, format)}</li>`)}
          </ul>`
        : nothing}
      ${r.notes.length
        ? html`<ul aria-label=${m.notes}>
            ${r.notes.map((n) => html`<li>${describeNote(n, this.locale, format)}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }
}

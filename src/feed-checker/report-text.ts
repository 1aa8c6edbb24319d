/**
 * A feed report as plain text, for the command line: the same words as the
 * feed-checker page (src/shared/feed-report.ts), one record per block.
 */
import type { FeedReport } from '../data/index.js';
import type { Locale } from '../shared/localize.js';
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
import { defineMessages } from '../shared/localize.js';

const messages = defineMessages(
  {
    feed: (source: string, format: string) => `Feed: ${source}${format ? ` (${format})` : ''}`,
    publisher: (name: string) => `Uitgever: ${name}`,
    aboutFile: 'Over het bestand:',
    quiet: (n: number) => (n === 1 ? '1 aanbieding zonder opmerkingen.' : `${String(n)} aanbiedingen zonder opmerkingen.`),
  },
  {
    feed: (source: string, format: string) => `Feed: ${source}${format ? ` (${format})` : ''}`,
    publisher: (name: string) => `Publisher: ${name}`,
    aboutFile: 'About the file:',
    quiet: (n: number) => (n === 1 ? '1 offer without notes.' : `${String(n)} offers without notes.`),
  },
);

/**
 * The report as lines of text. Records without notes or problems are only
 * counted (unless `all`), so what needs attention stands out.
 */
export function reportText(report: FeedReport, locale: Locale, { all = false }: { all?: boolean } = {}): string {
  const m = messages[locale];
  const format = report.format ?? 'json';
  const lines: string[] = [m.feed(report.source ?? '-', report.format ? formatLabel(report.format, locale) : '')];
  if (report.info?.publisher) lines.push(m.publisher(report.info.publisher));
  if (!report.error) lines.push(summarize(report, locale));
  if (report.notes.length) {
    lines.push('', m.aboutFile);
    for (const n of report.notes) lines.push(`  - ${describeNote(n, locale, format)}`);
  }
  let quiet = 0;
  const providerProblems = report.records.filter((r) => r.list === 'providers' && r.outcome === 'rejected');
  for (const r of [...providerProblems, ...offerRecords(report)]) {
    if (!all && !r.notes.length && !r.problems.length) {
      quiet++;
      continue;
    }
    lines.push('', `${recordLabel(r, format, locale)}  ${outcomeName(r.outcome, locale)}  ${recordTitle(r, locale)}`);
    for (const p of mainProblems(r.problems)) lines.push(`    ✗ ${describeProblem(p, locale, format)}`);
    for (const n of r.notes) lines.push(`    - ${describeNote(n, locale, format)}`);
  }
  if (quiet) lines.push('', m.quiet(quiet));
  lines.push('', verdict(report, locale).text);
  return `${lines.join('\n')}\n`;
}

/**
 * Downloads of a result, built in the browser (no request is made): JSON
 * for programs, CSV for a spreadsheet. Both hold the answers and scores,
 * never a name or free text.
 */
import { download } from '../shared/download.js';
import type { ProfessionalisationLevel, QuickScanItem, ValueId } from '../data/index.js';
import { levelName } from '../shared/domain.messages.js';
import type { Locale } from '../shared/localize.js';
import type { Answer, VkScanCompleteDetail } from './types.js';
import { answerLabel, type View } from './view.js';

/** Names the export needs, in the interface language. */
export interface ExportLabels {
  readonly valueName: (id: string) => string;
  readonly levelName: (id: string) => string;
  readonly answerLabel: (a: Answer) => string;
  readonly columns: readonly string[];
  readonly kindValue: string;
  readonly kindLevel: string;
}

/** The result as JSON (`format` names this layout). */
export function resultJson(
  result: VkScanCompleteDetail,
  items: readonly QuickScanItem[],
  answers: ReadonlyMap<string, Answer>,
  labels: Pick<ExportLabels, 'valueName' | 'levelName'>,
  created = new Date(),
): string {
  return JSON.stringify(
    {
      format: 'vakmanschap-widgets/quick-scan-result',
      formatVersion: 1,
      created: created.toISOString(),
      ...result,
      values: result.values.map((v) => ({ ...v, name: labels.valueName(v.id) })),
      levels: result.levels.map((l) => ({ ...l, name: labels.levelName(l.id) })),
      answers: items.map((i) => ({
        item: i.id,
        ...(i.kind === 'value' ? { value: i.value, action: i.actionId } : { level: i.level }),
        statement: i.statement,
        answer: answers.get(i.id) ?? null,
      })),
    },
    null,
    2,
  );
}

/** A CSV field: quoted, quotes doubled, and formula-like text defused for spreadsheets. */
function field(x: string): string {
  const safe = /^[=+\-@\t\r]/.test(x) ? `'${x}` : x;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The result as CSV, one row per statement with the score of its value or
 * level. Dutch: `;` between fields and a decimal comma (as Dutch Excel
 * expects); English: `,` and a decimal point. Starts with a byte-order mark
 * so spreadsheets read UTF-8.
 */
export function resultCsv(
  result: VkScanCompleteDetail,
  items: readonly QuickScanItem[],
  answers: ReadonlyMap<string, Answer>,
  labels: ExportLabels,
  locale: Locale,
): string {
  const sep = locale === 'nl' ? ';' : ',';
  const num = (n: number | null) => (n === null ? '' : n.toFixed(2).replace('.', locale === 'nl' ? ',' : '.'));
  const scores = new Map<string, number | null>([
    ...result.values.map((v) => [v.id, v.score] as const),
    ...result.levels.map((l) => [l.id, l.score] as const),
  ]);
  const rows = items.map((i) => {
    const group = i.kind === 'value' ? i.value : i.level;
    const answer = answers.get(i.id);
    return [
      i.kind === 'value' ? labels.kindValue : labels.kindLevel,
      group,
      i.kind === 'value' ? labels.valueName(group) : labels.levelName(group),
      num(scores.get(group) ?? null),
      i.id,
      i.statement,
      answer === undefined ? '' : answer === 'nvt' ? labels.answerLabel(answer) : String(answer),
    ];
  });
  return `\ufeff${[labels.columns, ...rows].map((r) => r.map(field).join(sep)).join('\r\n')}\r\n`;
}

export { download };

/** Downloads the result as JSON or CSV, named and labelled in the interface language. */
export function downloadResult(
  kind: 'json' | 'csv',
  view: Pick<View, 'data' | 'm' | 'locale'>,
  detail: VkScanCompleteDetail,
  items: readonly QuickScanItem[],
  answers: ReadonlyMap<string, Answer>,
): void {
  const { data, m, locale } = view;
  const labels: ExportLabels = {
    valueName: (id) => data.values.get(id as ValueId)?.name ?? id,
    levelName: (id) => levelName(id as ProfessionalisationLevel, locale),
    answerLabel: (a) => answerLabel(m, a),
    columns: m.csvColumns,
    kindValue: m.csvValue,
    kindLevel: m.csvLevel,
  };
  const name = `${m.fileName}-${detail.role}.${kind}`;
  if (kind === 'json') download(name, 'application/json', resultJson(detail, items, answers, labels));
  else download(name, 'text/csv;charset=utf-8', resultCsv(detail, items, answers, labels, locale));
}

/**
 * The scan's screens and what is missing on each: which office (unless the
 * page set it), the own top four, one page per value and per learning level,
 * then the result. The list follows the answers so far (a Statenlid's pages
 * exist once four values are chosen). Plain functions; the element keeps the
 * index of the screen shown.
 */
import { scannableValues, selectScanItems, type ProfessionalisationLevel, type QuickScanItem, type Role, type RoleId, type ValueId } from '../data/index.js';
import { scanValuesFor } from './code.js';
import type { QuickScanMessages } from './quick-scan.messages.js';
import type { ScanData } from './scan-data.js';
import type { Answer } from './types.js';

export type Screen =
  | { readonly kind: 'role' }
  | { readonly kind: 'values' }
  | {
      readonly kind: 'page';
      readonly value?: ValueId;
      readonly level?: ProfessionalisationLevel;
      readonly items: readonly QuickScanItem[];
      /** Position of the page's first statement in the whole scan (0-based). */
      readonly first: number;
    }
  | { readonly kind: 'result' };

export type PageScreen = Extract<Screen, { kind: 'page' }>;

/** A missing answer, shown next to its field and in the summary at the top. */
export interface FieldError {
  /** Id of the element to focus from the summary. */
  readonly target: string;
  readonly message: string;
  /** Label of the link in the summary. */
  readonly label: string;
}

/** Where a person is: the office set by the page (if any), the office, the own top four, the answers. */
export interface ScanProgress {
  readonly presetRole: RoleId | null;
  readonly role: Role | undefined;
  readonly ownValues: readonly ValueId[];
  readonly answers: ReadonlyMap<string, Answer>;
}

/** The values asked about: the office's priorities, or a Statenlid's own four (those the bank has statements on). */
export function scanValues(data: ScanData, role: Role, ownValues: readonly ValueId[]): ValueId[] {
  if (role.priorities) return scanValuesFor(role, ownValues);
  const allowed = scannableValues(data.bank, role.id);
  return ownValues.filter((v) => allowed.includes(v));
}

export function scanScreens(data: ScanData, p: ScanProgress): Screen[] {
  const list: Screen[] = [];
  if (!p.presetRole) list.push({ kind: 'role' });
  const role = p.role;
  if (!role) return list;
  list.push({ kind: 'values' });
  const values = scanValues(data, role, p.ownValues);
  if (!role.priorities && values.length !== 4) return list;
  const items = selectScanItems(data.bank, { role: role.id, values });
  let first = 0;
  const page = (screen: Omit<PageScreen, 'first' | 'kind'>): Screen => {
    const s: Screen = { kind: 'page', ...screen, first };
    first += screen.items.length;
    return s;
  };
  for (const value of values) {
    list.push(page({ value, items: items.filter((i) => i.kind === 'value' && i.value === value) }));
  }
  for (const level of data.levels.map((l) => l.id)) {
    list.push(page({ level, items: items.filter((i) => i.kind === 'level' && i.level === level) }));
  }
  list.push({ kind: 'result' });
  return list;
}

/** The first page with an unanswered statement, else the last screen (to open kept answers where the person left off). */
export function resumeAt(screens: readonly Screen[], answers: ReadonlyMap<string, Answer>): number {
  const open = screens.findIndex((s) => s.kind === 'page' && s.items.some((i) => !answers.has(i.id)));
  return open >= 0 ? open : screens.length - 1;
}

/** What is missing on `screen` before the person may go on. */
export function fieldErrors(screen: Screen, p: ScanProgress, m: QuickScanMessages): FieldError[] {
  if (screen.kind === 'role') {
    return p.role ? [] : [{ target: 'qs-role-0', message: m.roleMissing, label: m.roleMissing }];
  }
  if (screen.kind === 'values') {
    const n = p.ownValues.length;
    if (p.role && !p.role.priorities && n !== 4) return [{ target: 'qs-values', message: m.needFour(n), label: m.needFour(n) }];
    if (n > 4) return [{ target: 'qs-values', message: m.tooMany(n), label: m.tooMany(n) }];
    return [];
  }
  if (screen.kind === 'page') {
    return screen.items.flatMap((item, i) =>
      p.answers.has(item.id) ? [] : [{ target: `qs-item-${item.id}`, message: m.itemMissing, label: m.itemLabel(screen.first + i + 1) }],
    );
  }
  return [];
}

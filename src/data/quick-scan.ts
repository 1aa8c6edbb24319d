/**
 * The self-scan's item bank (data/quick-scan.json): first-person statements
 * per office and value, derived from the publication's courses of action, and
 * statements per learning level from the 2013 paper.
 */
import type {
  ProfessionalisationLevel,
  QuickScanFile,
  QuickScanItem,
  QuickScanLevelItem,
  QuickScanValueItem,
  RoleId,
  ValueId,
} from './generated/types.js';
import { loadQuickScan } from './load.js';

/** The learning levels in the order the scan asks and scores them. */
export const SCAN_LEVELS: readonly ProfessionalisationLevel[] = ['macro', 'meso', 'micro'];

/** The whole item bank: its `version`, the intro quotes and every item. */
export async function quickScanBank(): Promise<QuickScanFile> {
  return loadQuickScan();
}

/** What one scan asks: an office and the values it scans (its priorities, or a Statenlid's own four). */
export interface ScanSelection {
  readonly role: RoleId;
  readonly values: readonly ValueId[];
}

/**
 * The items of one scan, in the order they are asked and encoded: for each
 * value in `values` (order kept) the office's statements on it in bank
 * order, then the level statements (macro, meso, micro). Synchronous, for a
 * bank that is already loaded.
 */
export function selectScanItems(bank: QuickScanFile, { role, values }: ScanSelection): QuickScanItem[] {
  const valueItems = values.flatMap((value) =>
    bank.items.filter((i): i is QuickScanValueItem => i.kind === 'value' && i.role === role && i.value === value),
  );
  const levelItems = SCAN_LEVELS.flatMap((level) =>
    bank.items.filter((i): i is QuickScanLevelItem => i.kind === 'level' && i.level === level),
  );
  return [...valueItems, ...levelItems];
}

/** {@link selectScanItems} after loading the bank. */
export async function quickScanItems(selection: ScanSelection): Promise<QuickScanItem[]> {
  return selectScanItems(await loadQuickScan(), selection);
}

/**
 * The values the bank has statements on for `role`, in bank order. For a
 * Statenlid these are the values they can choose to scan.
 */
export function scannableValues(bank: QuickScanFile, role: RoleId): ValueId[] {
  const seen = new Set<ValueId>();
  for (const i of bank.items) if (i.kind === 'value' && i.role === role) seen.add(i.value);
  return [...seen];
}

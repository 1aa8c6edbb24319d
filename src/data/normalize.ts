/**
 * Comparison keys for names typed by people and hosts: case, diacritics and
 * spacing do not matter (`Hiërarchie`, `hierarchie`, ` HIERARCHIE `, and
 * `menselijke maat` / `menselijke-maat` are the same).
 */
export function normalizeKey(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
}

/** Folds text for searching: lower case, no diacritics, single spaces. */
export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

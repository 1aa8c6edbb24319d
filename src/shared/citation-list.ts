import type { Source } from '../data/index.js';

/**
 * Citing lists of records. A part of a widget that shows several records
 * (three actions, two reasons, four offices) cites each place once, not once
 * per record; a list drawn from sibling sections cites their shared heading.
 * Feed the results to `renderCitation`.
 */

/** The sources with duplicates (same document and section) left out, in first-seen order. */
export function distinctSources(sources: readonly (Source | null | undefined)[]): Source[] {
  const seen = new Set<string>();
  return sources.flatMap((s) => {
    if (!s) return [];
    const key = `${s.doc}\u0000${s.section}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [s];
  });
}

/**
 * One citation for records from sibling sections of one document: the heading
 * path they share (`Waarden › Waarden en opvattingen per waardencluster` for
 * the nine cluster paragraphs). Records from different documents give the
 * first source; an empty list gives `undefined`.
 */
export function commonSource(sources: readonly Source[]): Source | undefined {
  const [first] = sources;
  if (!first) return undefined;
  if (sources.some((s) => s.doc !== first.doc)) return first;
  const paths = sources.map((s) => s.section.split(' › '));
  const shared: string[] = [];
  for (const [i, part] of (paths[0] ?? []).entries()) {
    if (!paths.every((p) => p[i] === part)) break;
    shared.push(part);
  }
  return { ...first, section: shared.join(' › ') || first.section };
}

/**
 * The plain-text version of what the table shows, for "copy as text" (a
 * council document, an e-mail). Same order and filter as on screen; the
 * interface words in the interface language, the corpus text in Dutch.
 */
import type { Cluster, Role, Source, SourceDocument } from '../data/index.js';
import { formatList, type Locale } from '../shared/localize.js';
import type { Messages } from './role-priority-table.messages.js';
import {
  actionKey,
  type CompareModel,
  type CompareRow,
  type GovernmentModel,
  type MatrixColumn,
  type MatrixModel,
  type OfficeEntry,
  type OfficeModel,
  type ValueEntry,
} from './role-priority-table.model.js';

export interface TextContext {
  readonly m: Messages;
  readonly locale: Locale;
  readonly office: (role: Role, plural?: boolean) => string;
  readonly cluster: (cluster: Cluster | null) => string;
}

/**
 * An office's name inside a sentence: lower case, unless the language writes
 * it with a capital (its plural tells: `burgemeesters`, but `Statenleden`).
 */
export function inlineOffice(role: Role, ctx: Pick<TextContext, 'office' | 'locale'>): string {
  const name = ctx.office(role);
  const plural = ctx.office(role, true);
  const capital = plural.charAt(0) !== plural.charAt(0).toLocaleLowerCase(ctx.locale);
  return capital ? name : name.charAt(0).toLocaleLowerCase(ctx.locale) + name.slice(1);
}

const bullet = (text: string) => `  - ${text}`;

function citation(source: Source, documents: ReadonlyMap<string, SourceDocument>, { m }: TextContext): string {
  const doc = documents.get(source.doc);
  return `${m.source}: ${doc ? `${doc.title} (${String(doc.year)})` : source.doc}, ${source.section}`;
}

const valueWithCluster = (v: ValueEntry, ctx: TextContext) => `${v.name} (${ctx.cluster(v.cluster)})`;

export function matrixText(
  model: MatrixModel,
  offices: readonly OfficeEntry[],
  columns: readonly MatrixColumn[],
  ctx: TextContext,
): string {
  const { m } = ctx;
  const shown = new Set(columns.map((c) => c.value.id));
  const lines = [m.matrixCaption, ''];
  for (const o of offices) {
    const values = o.values?.filter((v) => shown.has(v.id));
    const text =
      values === undefined
        ? m.prioritiesNotGiven(ctx.office(o.role, true))
        : values.length
          ? values.map((v) => valueWithCluster(v, ctx)).join(', ')
          : m.none;
    lines.push(`${ctx.office(o.role)}: ${text}`);
  }
  lines.push('', `${m.countOf}:`);
  const roles = new Map(model.offices.map((o) => [o.role.id, o.role]));
  for (const c of columns) {
    const names = c.offices.flatMap((id) => {
      const role = roles.get(id);
      return role ? [inlineOffice(role, ctx)] : [];
    });
    lines.push(bullet(`${valueWithCluster(c.value, ctx)}: ${String(c.offices.length)} (${formatList(names, ctx.locale)})`));
  }
  lines.push('', citation(model.source, model.documents, ctx));
  return lines.join('\n');
}

export function officeText(model: OfficeModel, ctx: TextContext): string {
  const { m } = ctx;
  const plural = ctx.office(model.role, true);
  const names = formatList(model.associations.map(associationName), 'nl');
  const many = model.associations.length > 1;
  const lines: string[] = [];
  if (!model.priorities) {
    lines.push(m.notGivenTitle(plural), m.notGiven(plural), '', `${m.association(many)}: ${names}`);
    if (!model.role.actionsIncluded) lines.push('', m.noActions, model.role.source.quote);
  } else {
    lines.push(m.officeCaption(plural), '');
    model.priorities.forEach(({ value, actions }, i) => {
      lines.push(`${String(i + 1)}. ${valueWithCluster(value, ctx)}`, ...actions.map((a) => bullet(a.text)));
    });
    if (model.associationActions.length) {
      lines.push('', m.associationHeading(many), `${m.association(many)}: ${names}`, m.associationScope);
      lines.push(...model.associationActions.map((a) => bullet(a.text)));
    }
  }
  lines.push('', citation(model.source, model.documents, ctx));
  return lines.join('\n');
}

/**
 * What a comparison says about shared priorities: the shared rows, or a
 * sentence that there are none; `null` when fewer than two of the offices
 * have priorities in the text (nothing to compare).
 */
export function sharedNote(model: CompareModel, m: Messages): { rows: CompareRow[]; none?: string } | null {
  const known = model.offices.filter((o) => o.values).length;
  if (known < 2) return null;
  const rows = model.rows.filter((r) => r.offices.length > 1);
  if (rows.length) return { rows };
  return { rows, none: known < model.offices.length ? m.sharedNoneKnown : m.sharedNone };
}

export function compareText(model: CompareModel, ctx: TextContext, caption: string, withActions = true): string {
  const { m } = ctx;
  const lines = [caption, ''];
  const shared = sharedNote(model, m);
  if (shared)
    lines.push(
      shared.none ??
        `${m.sharedSummary} ${shared.rows.map((r) => `${r.value.name} (${officeList(model, r.offices, ctx)})`).join('; ')}`,
      '',
    );
  for (const o of model.offices) {
    lines.push(`${ctx.office(o.role)}:`);
    if (!o.values) lines.push(bullet(m.prioritiesNotGiven(ctx.office(o.role, true))));
    for (const v of o.values ?? []) {
      lines.push(bullet(valueWithCluster(v, ctx)));
      if (withActions) lines.push(...(model.actions.get(actionKey(o.role.id, v.id)) ?? []).map((a) => `      • ${a.text}`));
    }
    lines.push('');
  }
  lines.push(citation(model.source, model.documents, ctx));
  return lines.join('\n');
}

export function governmentText(model: GovernmentModel, ctx: TextContext): string {
  const lines = [ctx.m.governmentCaption, ''];
  for (const g of model.groups) lines.push(g.heading, ...g.actions.map((a) => bullet(a.text)), '');
  lines.push(citation(model.source, model.documents, ctx));
  return lines.join('\n');
}

/** "Vereniging Waterschapsbestuurders (VWB)": the name, with the abbreviation when the source uses one. */
export function associationName(p: { name: string; shortName: string | null }): string {
  return p.shortName ? `${p.name} (${p.shortName})` : p.name;
}

/** The compared offices' names in lower case, joined the way the locale joins a list. */
export function officeList(model: CompareModel, ids: readonly string[], ctx: TextContext): string {
  return formatList(
    model.offices.filter((o) => ids.includes(o.role.id)).map((o) => inlineOffice(o.role, ctx)),
    ctx.locale,
  );
}

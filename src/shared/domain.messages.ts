/**
 * Names from the domain in the interface language. The corpus is Dutch and
 * stays Dutch (marked `lang="nl"`); offices, clusters, groups, levels,
 * formats and costs also get English names for an English interface.
 */
import type { Cluster, OfferingFormat, ProfessionalisationLevel, Role } from '../data/index.js';
import type { Locale } from './localize.js';

const ROLES_EN: Record<string, { one: string; many: string }> = {
  burgemeester: { one: 'Mayor', many: 'mayors' },
  gemeentesecretaris: { one: 'Municipal secretary', many: 'municipal secretaries' },
  griffier: { one: 'Council clerk', many: 'council clerks' },
  raadslid: { one: 'Council member', many: 'council members' },
  rekenkamerlid: { one: 'Audit office member', many: 'audit office members' },
  statenlid: { one: 'Provincial council member', many: 'provincial council members' },
  waterschapsbestuurder: { one: 'Water authority board member', many: 'water authority board members' },
  wethouder: { one: 'Alderman', many: 'aldermen' },
};

/** The office's name (`Griffier` / `Council clerk`), or its plural (`griffiers` / `council clerks`). */
export function roleName(role: Pick<Role, 'id' | 'name' | 'plural'>, locale: Locale, plural = false): string {
  if (locale === 'nl') return plural ? role.plural : role.name;
  const en = ROLES_EN[role.id];
  if (!en) return plural ? role.plural : role.name;
  return plural ? en.many : en.one;
}

const CLUSTERS_EN: Record<string, string> = {
  vrijheid: 'Freedom',
  rechtvaardigheid: 'Justice',
  puurheid: 'Purity',
  loyaliteit: 'Loyalty',
  hierarchie: 'Hierarchy',
  empathie: 'Empathy',
  continuiteit: 'Continuity',
  kwaliteit: 'Quality',
  nut: 'Utility',
};

/** The cluster's name (`Hiërarchie` / `Hierarchy`). */
export function clusterName(cluster: Pick<Cluster, 'id' | 'name'>, locale: Locale): string {
  return locale === 'nl' ? cluster.name : (CLUSTERS_EN[cluster.id] ?? cluster.name);
}

const GROUPS: Record<Cluster['group'], Record<Locale, string>> = {
  ideeel: { nl: 'ideële waarden', en: 'ideal values' },
  sociaal: { nl: 'sociale waarden', en: 'social values' },
  praktisch: { nl: 'praktische waarden', en: 'practical values' },
};

/** The cluster group (`sociale waarden` / `social values`). */
export function groupName(group: Cluster['group'], locale: Locale): string {
  return GROUPS[group][locale];
}

const LEVELS: Record<ProfessionalisationLevel, Record<Locale, string>> = {
  macro: { nl: 'Macro: rollen, taken en inhoud', en: 'Macro: roles, tasks and content' },
  meso: { nl: 'Meso: conflictmanagement en samenspel', en: 'Meso: conflict management and interplay' },
  micro: { nl: 'Micro: zelfreflectie en contextuele intelligentie', en: 'Micro: self-reflection and contextual intelligence' },
};

/** The professionalisation level with its focus (2013 paper). */
export function levelName(level: ProfessionalisationLevel, locale: Locale): string {
  return LEVELS[level][locale];
}

const FORMATS: Record<OfferingFormat, Record<Locale, string>> = {
  conferentie: { nl: 'Conferentie', en: 'Conference' },
  congres: { nl: 'Congres', en: 'Congress' },
  bijeenkomst: { nl: 'Bijeenkomst', en: 'Meeting' },
  leergang: { nl: 'Leergang', en: 'Course programme' },
  opleiding: { nl: 'Opleiding', en: 'Training programme' },
  training: { nl: 'Training', en: 'Training' },
  workshop: { nl: 'Workshop', en: 'Workshop' },
  masterclass: { nl: 'Masterclass', en: 'Masterclass' },
  intervisie: { nl: 'Intervisie', en: 'Peer consultation' },
  coaching: { nl: 'Coaching', en: 'Coaching' },
  mentoring: { nl: 'Mentoring', en: 'Mentoring' },
  zelfscan: { nl: 'Zelfscan', en: 'Self-assessment' },
  'e-learning': { nl: 'E-learning', en: 'E-learning' },
  regiobijeenkomst: { nl: 'Regiobijeenkomst', en: 'Regional meeting' },
  'in-company': { nl: 'In-company', en: 'In-company' },
  handreiking: { nl: 'Handreiking', en: 'Guide' },
  netwerk: { nl: 'Netwerk', en: 'Network' },
  spel: { nl: 'Spel', en: 'Game' },
  overig: { nl: 'Overig', en: 'Other' },
};

/** A format of an offering (`Intervisie` / `Peer consultation`); unknown tokens are shown as given. */
export function formatName(format: string, locale: Locale): string {
  return (FORMATS as Record<string, Record<Locale, string> | undefined>)[format]?.[locale] ?? format;
}

const MODES: Record<'individueel' | 'collectief' | 'beide', Record<Locale, string>> = {
  individueel: { nl: 'Individueel', en: 'Individual' },
  collectief: { nl: 'Collectief', en: 'Collective' },
  beide: { nl: 'Individueel en collectief', en: 'Individual and collective' },
};

export function modeName(mode: 'individueel' | 'collectief' | 'beide', locale: Locale): string {
  return MODES[mode][locale];
}

const COSTS: Record<'gratis' | 'betaald' | 'onbekend', Record<Locale, string>> = {
  gratis: { nl: 'Gratis', en: 'Free' },
  betaald: { nl: 'Betaald', en: 'Paid' },
  onbekend: { nl: 'Kosten onbekend', en: 'Cost unknown' },
};

export function costName(cost: 'gratis' | 'betaald' | 'onbekend', locale: Locale): string {
  return COSTS[cost][locale];
}

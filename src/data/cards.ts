/**
 * The conversation cards (data/cards.json) resolved against the records they
 * point to: a reflection question (craft.json, 2016), a civil servants'
 * dilemma with its category (craft.json, 2014), or a clash pair of values
 * (values.json, 2024). The card file holds only the editorial layer (for whom,
 * which theme); every text and source comes from the record itself.
 */
import type {
  AgendaLoadTable,
  BoundarySpannerRole,
  CardAudienceId,
  CardThemeId,
  CivilServantDilemma,
  CivilServantType,
  CraftGeneration,
  CraftTopicId,
  Provenance,
  ReflectionQuestion,
  SecretaryAttentionCategory,
  Source,
  Value,
} from './generated/types.js';
import { loadCards, loadCraft, loadValues } from './load.js';
import { normalizeKey } from './normalize.js';
import { getRole } from './roles.js';

/** The conversation themes, in the order a filter lists them. */
export const CARD_THEMES = [
  'samenspel',
  'binnen-en-buiten',
  'inhoud-en-proces',
  'sturen-en-loslaten',
  'persoon-en-rol',
  'waarden-die-botsen',
] as const satisfies readonly CardThemeId[];

/** The groups a filter offers first; every office (`RoleId`) is an audience too. */
export const CARD_GROUPS = ['driehoek', 'ambtenaar'] as const satisfies readonly CardAudienceId[];

/** The offices of the lokale driehoek: a card for the driehoek is also a card for each of them. */
export const DRIEHOEK = ['burgemeester', 'gemeentesecretaris', 'griffier'] as const satisfies readonly CardAudienceId[];

interface DeckCardBase {
  readonly id: string;
  readonly audiences: readonly CardAudienceId[];
  readonly audiencesProvenance: Provenance;
  readonly themes: readonly CardThemeId[];
  readonly themesProvenance: Provenance;
  /** The card's text in the source's words. */
  readonly text: string;
  readonly source: Source;
}

export interface ReflectionDeckCard extends DeckCardBase {
  readonly kind: 'reflectievraag';
  readonly question: ReflectionQuestion;
}

export interface DilemmaDeckCard extends DeckCardBase {
  readonly kind: 'dilemma';
  readonly dilemma: CivilServantDilemma;
  /** The category of civil servants the dilemma belongs to. */
  readonly category: CivilServantType;
}

export interface ValueTensionDeckCard extends DeckCardBase {
  readonly kind: 'waardenspanning';
  /** The two values, in the order of the publication's sentence. */
  readonly values: readonly [Value, Value];
}

export type DeckCard = ReflectionDeckCard | DilemmaDeckCard | ValueTensionDeckCard;
export type DeckCardKind = DeckCard['kind'];

let deck: Promise<readonly DeckCard[]> | undefined;

/**
 * Every card in the deck's order (reflection questions, dilemmas, value
 * tensions). A card whose record is missing would be a data error (the data
 * tests check every reference); it is left out rather than shown half.
 */
export function conversationCards(): Promise<readonly DeckCard[]> {
  return (deck ??= buildDeck());
}

async function buildDeck(): Promise<readonly DeckCard[]> {
  const [{ cards }, craft, { values }] = await Promise.all([loadCards(), loadCraft(), loadValues()]);
  const questions = new Map(craft.reflectionQuestions.map((q) => [q.id, q]));
  const dilemmas = new Map(
    craft.civilServantTypes.flatMap((category) => category.dilemmas.map((dilemma) => [dilemma.id, { dilemma, category }] as const)),
  );
  const valueById = new Map(values.map((v) => [v.id, v]));
  return cards.flatMap((card): DeckCard[] => {
    const base = {
      id: card.id,
      audiences: card.audiences,
      audiencesProvenance: card.audiencesProvenance,
      themes: card.themes,
      themesProvenance: card.themesProvenance,
    };
    switch (card.kind) {
      case 'reflectievraag': {
        const question = questions.get(card.question);
        return question ? [{ ...base, kind: card.kind, question, text: question.text, source: question.source }] : [];
      }
      case 'dilemma': {
        const found = dilemmas.get(card.dilemma);
        return found ? [{ ...base, kind: card.kind, ...found, text: found.dilemma.text, source: found.dilemma.source }] : [];
      }
      case 'waardenspanning': {
        const [a, b] = card.values.map((id) => valueById.get(id));
        const clash = a?.clashesWith.find((c) => c.value === b?.id);
        return a && b && clash ? [{ ...base, kind: card.kind, values: [a, b], text: clash.source.quote, source: clash.source }] : [];
      }
    }
  });
}

/** What a deck is narrowed to; `undefined` means "all". */
export interface CardFilter {
  readonly theme?: CardThemeId | undefined;
  readonly audience?: CardAudienceId | undefined;
}

/**
 * Whether `card` is in a deck narrowed by `filter`. A card for the lokale
 * driehoek is also for each of its three offices.
 */
export function cardMatches(card: DeckCard, filter: CardFilter): boolean {
  const { theme, audience } = filter;
  if (theme && !card.themes.includes(theme)) return false;
  if (!audience) return true;
  return (
    card.audiences.includes(audience) ||
    ((DRIEHOEK as readonly string[]).includes(audience) && card.audiences.includes('driehoek'))
  );
}

/** A theme by id, case-, diacritics- and spacing-insensitive (`Binnen en buiten`); `undefined` if unknown. */
export function cardTheme(input: string): CardThemeId | undefined {
  const key = normalizeKey(input);
  return CARD_THEMES.find((t) => t === key);
}

const GROUP_ALIASES: Readonly<Record<string, CardAudienceId>> = {
  driehoek: 'driehoek',
  'lokale-driehoek': 'driehoek',
  ambtenaar: 'ambtenaar',
  ambtenaren: 'ambtenaar',
  gemeenteambtenaar: 'ambtenaar',
  gemeenteambtenaren: 'ambtenaar',
};

/**
 * An audience from what a host or person writes: `driehoek` (`lokale
 * driehoek`), `ambtenaren`, or an office by id, name, plural or alias
 * (`raadsleden`, `gemeentesecretaris`); `undefined` if unknown.
 */
export async function cardAudience(input: string): Promise<CardAudienceId | undefined> {
  const key = normalizeKey(input);
  if (!key) return undefined;
  return GROUP_ALIASES[key] ?? (await getRole(key))?.id;
}

/** A part of the secretaries' craft with the reflection questions that belong to it. */
export interface CraftTopic<T> {
  readonly topic: T;
  readonly questions: readonly ReflectionQuestion[];
}

/** The municipal secretaries' craft (2016), each part with its reflection questions. */
export interface SecretaryCraft {
  /** boven, beneden, buiten. */
  readonly attention: readonly CraftTopic<SecretaryAttentionCategory>[];
  /** The other categories of the agenda analysis (sociaal, reistijd, overig); no questions belong to them. */
  readonly otherAttention: readonly SecretaryAttentionCategory[];
  readonly agendaLoad: AgendaLoadTable;
  readonly generations: readonly CraftTopic<CraftGeneration>[];
  readonly boundarySpannerRoles: readonly CraftTopic<BoundarySpannerRole>[];
  readonly questions: readonly ReflectionQuestion[];
}

const MAIN_ATTENTION: readonly string[] = ['boven', 'beneden', 'buiten'] satisfies CraftTopicId[];

/** The secretaries' craft from craft.json, every part linked to its reflection questions. */
export async function secretaryCraft(): Promise<SecretaryCraft> {
  const craft = await loadCraft();
  const questions = craft.reflectionQuestions;
  const withQuestions = <T extends { id: string }>(topic: T): CraftTopic<T> => ({
    topic,
    questions: questions.filter((q) => q.topics.some((t) => t.id === topic.id)),
  });
  return {
    attention: craft.secretaryAttention.filter((a) => MAIN_ATTENTION.includes(a.id)).map(withQuestions),
    otherAttention: craft.secretaryAttention.filter((a) => !MAIN_ATTENTION.includes(a.id)),
    agendaLoad: craft.agendaLoad,
    generations: craft.craftGenerations.map(withQuestions),
    boundarySpannerRoles: craft.boundarySpannerRoles.map(withQuestions),
    questions,
  };
}

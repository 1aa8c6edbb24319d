/**
 * The deck on the table: which cards are in it (filters), and drawing the
 * next one without repeats, at random or in the deck's order. Plain
 * functions over plain state, so the element stays a thin shell.
 */
import { CARD_GROUPS, cardMatches, type CardFilter, type DeckCard } from '../data/index.js';

/** The element's views. */
export const VIEWS = ['deck', 'facilitator', 'print', 'secretaries'] as const;
export type CardsView = (typeof VIEWS)[number];

/** How the facilitator draws. */
export const DRAW_ORDERS = ['random', 'in-order'] as const;
export type DrawOrder = (typeof DRAW_ORDERS)[number];

/** The audiences that are not an office. */
export type CardGroup = (typeof CARD_GROUPS)[number];

/** Cards per printed A4 page (two columns, three rows). */
export const CARDS_PER_PAGE = 6;

/** Round length when none (or an invalid one) is given, in minutes. */
export const DEFAULT_ROUND_MINUTES = 15;
export const MAX_ROUND_MINUTES = 120;

/** A round length in minutes from an attribute, or `undefined` when it is not a whole number from 1 to 120. */
export function roundMinutes(input: unknown): number | undefined {
  const n = typeof input === 'number' ? input : Number(input);
  return Number.isInteger(n) && n >= 1 && n <= MAX_ROUND_MINUTES ? n : undefined;
}

/** The cards of `all` in a deck narrowed by `filter` and, optionally, to the reflection questions in `questions`. */
export function narrow(all: readonly DeckCard[], filter: CardFilter, questions?: ReadonlySet<string>): DeckCard[] {
  return all.filter(
    (c) => cardMatches(c, filter) && (!questions || (c.kind === 'reflectievraag' && questions.has(c.question.id))),
  );
}

/** What has been drawn so far (card ids in the order drawn). */
export interface Pile {
  readonly drawn: readonly string[];
}

export const EMPTY_PILE: Pile = { drawn: [] };

/** The cards of `deck` not drawn yet, in the deck's order. */
export function remaining(deck: readonly DeckCard[], pile: Pile): DeckCard[] {
  const drawn = new Set(pile.drawn);
  return deck.filter((c) => !drawn.has(c.id));
}

/** How many of `deck`'s cards have been drawn. */
export function drawnCount(deck: readonly DeckCard[], pile: Pile): number {
  return deck.length - remaining(deck, pile).length;
}

/**
 * Draws the next card: the first one left (`in-order`) or any one left, each
 * equally likely (`random`; `random()` is `Math.random` unless given).
 * `undefined` (and the same pile) when every card has been drawn.
 */
export function draw(
  deck: readonly DeckCard[],
  pile: Pile,
  order: DrawOrder,
  random: () => number = Math.random,
): { card: DeckCard; pile: Pile } | undefined {
  const left = remaining(deck, pile);
  if (!left.length) return undefined;
  const index = order === 'in-order' ? 0 : Math.min(left.length - 1, Math.floor(random() * left.length));
  const card = left[index];
  return card && { card, pile: { drawn: [...pile.drawn, card.id] } };
}

/** Splits `cards` into printed pages. */
export function pages<T>(cards: readonly T[], perPage = CARDS_PER_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < cards.length; i += perPage) out.push(cards.slice(i, i + perPage));
  return out;
}

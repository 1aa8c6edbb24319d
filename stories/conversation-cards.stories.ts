import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/conversation-cards/define.js';
import type { VkConversationCards } from '../src/conversation-cards/conversation-cards.js';

interface Args {
  view?: string;
  theme?: string;
  audience?: string;
  draw?: string;
  roundMinutes?: string;
  lang?: string;
  /** Width of the surrounding column. */
  width?: string;
}

const cards = (a: Args) => html`<vk-conversation-cards
  view=${ifDefined(a.view || undefined)}
  theme=${ifDefined(a.theme || undefined)}
  audience=${ifDefined(a.audience || undefined)}
  draw=${ifDefined(a.draw || undefined)}
  round-minutes=${ifDefined(a.roundMinutes || undefined)}
  lang=${ifDefined(a.lang)}
></vk-conversation-cards>`;

/** Draws `n` cards in the facilitator's view of the story's element. */
async function drawCards(canvas: HTMLElement, n: number): Promise<void> {
  const el = canvas.querySelector<VkConversationCards>('vk-conversation-cards');
  if (!el) return;
  await el.updateComplete;
  for (let i = 0; i < n; i++) {
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="next"]')?.click();
    await el.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/vk-conversation-cards',
  component: 'vk-conversation-cards',
  render: (args) => (args.width ? html`<div style=${styleMap({ inlineSize: args.width })}>${cards(args)}</div>` : cards(args)),
  args: { view: 'deck', theme: '', audience: '', draw: 'random', roundMinutes: '15', lang: 'nl' },
  argTypes: {
    view: { control: 'inline-radio', options: ['deck', 'facilitator', 'print', 'secretaries'] },
    theme: {
      control: 'select',
      options: ['', 'samenspel', 'binnen-en-buiten', 'inhoud-en-proces', 'sturen-en-loslaten', 'persoon-en-rol', 'waarden-die-botsen'],
    },
    audience: {
      control: 'select',
      options: ['', 'driehoek', 'ambtenaren', 'gemeentesecretaris', 'griffier', 'burgemeester', 'raadslid', 'wethouder'],
    },
    draw: { control: 'inline-radio', options: ['random', 'in-order'] },
    roundMinutes: { control: 'text' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole deck: 18 reflection questions, 6 civil servants' dilemmas, 3 value tensions. */
export const Deck: Story = {};
/** One theme: the values that clash (and the dilemma the text itself calls contradictory values). */
export const ThemeValuesThatClash: Story = { args: { theme: 'waarden-die-botsen' } };
/** One theme: political and administrative interplay. */
export const ThemeInterplay: Story = { args: { theme: 'samenspel' } };
/** For the lokale driehoek: burgemeester, gemeentesecretaris and griffier. */
export const AudienceDriehoek: Story = { args: { audience: 'driehoek' } };
/** For municipal civil servants: the six dilemmas of the four categories. */
export const AudienceCivilServants: Story = { args: { audience: 'ambtenaren' } };
/** For council members: the value tensions that hold for every office. */
export const AudienceCouncilMembers: Story = { args: { audience: 'raadslid' } };
/** No card fits both choices. */
export const NoCardsForThisChoice: Story = { args: { theme: 'persoon-en-rol', audience: 'ambtenaren' } };

/** The facilitator's screen before the first card. */
export const Facilitator: Story = { args: { view: 'facilitator', audience: 'driehoek', draw: 'in-order' } };
/** The facilitator's screen with a card on the table, the timer and the intervisie steps beside it. */
export const FacilitatorWithACard: Story = {
  args: { view: 'facilitator', audience: 'driehoek', draw: 'in-order' },
  play: async ({ canvasElement }) => {
    await drawCards(canvasElement, 2);
  },
};
/** A dilemma on the table: its two sides above the text. */
export const FacilitatorWithADilemma: Story = {
  args: { view: 'facilitator', audience: 'ambtenaren', draw: 'in-order', roundMinutes: '20' },
  play: async ({ canvasElement }) => {
    await drawCards(canvasElement, 4);
  },
};
/** Every card drawn: the deck says it is empty. */
export const FacilitatorDeckEmpty: Story = {
  args: { view: 'facilitator', audience: 'raadslid' },
  play: async ({ canvasElement }) => {
    await drawCards(canvasElement, 4);
  },
};

/** The A4 sheet (six cards a page, cut lines, a source on every card); print it from the browser. */
export const PrintSheet: Story = { args: { view: 'print', audience: 'driehoek' } };

/** The municipal secretary's craft: boven / beneden / buiten, the agenda table and chart, generations, roles. */
export const SecretariesCraft: Story = { args: { view: 'secretaries' } };

export const English: Story = { args: { lang: 'en', audience: 'ambtenaren' } };
export const EnglishSecretaries: Story = { args: { lang: 'en', view: 'secretaries' } };
export const Narrow: Story = { args: { width: '320px' } };
export const NarrowFacilitator: Story = {
  args: { width: '320px', view: 'facilitator' },
  play: async ({ canvasElement }) => {
    await drawCards(canvasElement, 1);
  },
};
/** An unknown theme: the message, and every card still shown. */
export const UnknownTheme: Story = { args: { theme: 'vriendschap' } };
/** An unknown audience. */
export const UnknownAudience: Story = { args: { audience: 'schepenen' } };

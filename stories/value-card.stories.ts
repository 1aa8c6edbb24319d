import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/value-card/define.js';

interface Args {
  value?: string;
  office?: string;
  variant?: string;
  lang?: string;
  headingLevel?: number;
  /** Width of the surrounding column, to show the card in a sidebar. */
  width?: string;
}

const card = (a: Args) => html`<vk-value-card
  value=${ifDefined(a.value)}
  office=${ifDefined(a.office)}
  variant=${ifDefined(a.variant)}
  lang=${ifDefined(a.lang)}
  heading-level=${ifDefined(a.headingLevel)}
></vk-value-card>`;

const meta: Meta<Args> = {
  title: 'Widgets/vk-value-card',
  component: 'vk-value-card',
  render: (args) => (args.width ? html`<div style=${styleMap({ inlineSize: args.width })}>${card(args)}</div>` : card(args)),
  args: { value: 'lef', office: 'griffier', variant: 'full', lang: 'nl' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    office: {
      control: 'select',
      options: ['', 'burgemeester', 'gemeentesecretaris', 'griffier', 'raadslid', 'rekenkamerlid', 'statenlid', 'waterschapsbestuurder', 'wethouder'],
    },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Lef for a griffier: the three actions, the association's suggestions, the cluster. */
export const Full: Story = {};
/** Without an office: the actions of every office that prioritises the value. */
export const WithoutOffice: Story = { args: { office: '' } };
/** Compact, in a 280 px sidebar. */
export const Compact: Story = { args: { value: 'authenticiteit', office: 'raadslid', variant: 'compact', width: '280px' } };
/** Compact for a value without a description: its view instead. */
export const CompactWithView: Story = { args: { value: 'gezag', office: '', variant: 'compact', width: '280px' } };

export const Burgemeester: Story = { args: { value: 'gezag', office: 'burgemeester' } };
export const Gemeentesecretaris: Story = { args: { value: 'wendbaarheid', office: 'gemeentesecretaris' } };
export const Griffier: Story = { args: { value: 'dienstbaarheid', office: 'griffier' } };
export const Raadslid: Story = { args: { value: 'verantwoordelijkheid', office: 'raadslid' } };
export const Rekenkamerlid: Story = { args: { value: 'autonomie', office: 'rekenkamerlid' } };
/** The publication names no priorities and gives no actions for Statenleden. */
export const Statenlid: Story = { args: { value: 'bekwaamheid', office: 'statenlid' } };
/** Three associations share one list of suggestions. */
export const Waterschapsbestuurder: Story = { args: { value: 'rentmeesterschap', office: 'waterschapsbestuurder' } };
export const Wethouder: Story = { args: { value: 'gemeenschappelijkheid', office: 'wethouder' } };
/** The office does not prioritise this value. */
export const NotAPriorityOfTheOffice: Story = { args: { value: 'autonomie', office: 'griffier' } };

/** The cluster of weerbaarheid is not stated in the publication. */
export const ClusterNotStated: Story = { args: { value: 'weerbaarheid', office: 'raadslid' } };
/** Two values the text says can clash. */
export const CanClash: Story = { args: { value: 'stabiliteit', office: '' } };
/** Only a name and a cluster in the text: every other part is left out. */
export const LittleInTheText: Story = { args: { value: 'eerlijkheid', office: '' } };
/** Long text: four offices with three actions each. */
export const LongText: Story = { args: { value: 'bekwaamheid', office: '' } };

/** An unknown value: the message names it and suggests the closest ones. */
export const UnknownValue: Story = { args: { value: 'bekwamheid', office: '' } };
/** No value yet: a short prompt. */
export const NoValue: Story = { args: { value: '', office: '' } };
/** An unknown office: a message, and the value without an office. */
export const UnknownOffice: Story = { args: { value: 'lef', office: 'schepen' } };

export const English: Story = { args: { lang: 'en' } };
export const EnglishCompact: Story = { args: { lang: 'en', value: 'vertrouwen', office: 'waterschapsbestuurder', variant: 'compact', width: '280px' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/value-overview/define.js';
import type { VkValueCard } from '../src/value-card/value-card.js';
import type { VkValueSelectDetail } from '../src/shared/events.js';

interface Args {
  office?: string;
  filter?: string;
  lang?: string;
  /** Width of the surrounding column. */
  width?: string;
}

const overview = (a: Args) => html`<vk-value-overview
  office=${ifDefined(a.office)}
  filter=${ifDefined(a.filter)}
  lang=${ifDefined(a.lang)}
></vk-value-overview>`;

const meta: Meta<Args> = {
  title: 'Widgets/vk-value-overview',
  component: 'vk-value-overview',
  render: (args) => (args.width ? html`<div style=${styleMap({ inlineSize: args.width })}>${overview(args)}</div>` : overview(args)),
  args: { office: '', filter: '', lang: 'nl' },
  argTypes: {
    office: {
      control: 'select',
      options: ['', 'burgemeester', 'gemeentesecretaris', 'griffier', 'raadslid', 'rekenkamerlid', 'statenlid', 'waterschapsbestuurder', 'wethouder'],
    },
    filter: {
      control: 'select',
      options: ['', 'ideeel', 'sociaal', 'praktisch', 'vrijheid', 'rechtvaardigheid', 'puurheid', 'loyaliteit', 'hierarchie', 'empathie', 'continuiteit', 'kwaliteit', 'nut', 'onbekend'],
    },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** All 39 values; each opens its card in a dialog. */
export const Default: Story = {};
/** The griffier's four priorities marked, and per value how many offices prioritise it. */
export const Griffier: Story = { args: { office: 'griffier' } };
export const Raadslid: Story = { args: { office: 'raadslid' } };
/** The publication does not name the priorities of Statenleden. */
export const Statenlid: Story = { args: { office: 'statenlid' } };
export const SocialValues: Story = { args: { filter: 'sociaal' } };
export const OneCluster: Story = { args: { filter: 'empathie', office: 'wethouder' } };
/** The value whose cluster the text does not state. */
export const ClusterNotStated: Story = { args: { filter: 'onbekend' } };
export const UnknownFilter: Story = { args: { filter: 'vriendschap' } };
export const UnknownOffice: Story = { args: { office: 'schepen' } };
export const Narrow: Story = { args: { office: 'burgemeester', width: '320px' } };
export const English: Story = { args: { lang: 'en', office: 'waterschapsbestuurder' } };

/**
 * The host page takes the selection: it cancels `vk-value-select` and shows
 * the value in its own card next to the map.
 */
export const HostShowsTheCard: Story = {
  render: (args) => {
    const select = (e: CustomEvent<VkValueSelectDetail>) => {
      e.preventDefault();
      const host = (e.currentTarget as HTMLElement).parentElement;
      const card = host?.querySelector<VkValueCard>('vk-value-card');
      if (card) card.value = e.detail.id;
    };
    return html`<div>
      <vk-value-overview office=${ifDefined(args.office)} @vk-value-select=${select}></vk-value-overview>
      <vk-value-card office=${ifDefined(args.office)} heading-level="3"></vk-value-card>
    </div>`;
  },
  args: { office: 'griffier' },
};

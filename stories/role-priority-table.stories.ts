import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/role-priority-table/define.js';

interface Args {
  office?: string;
  offices?: string;
  lang: string;
  width?: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/vk-role-priority-table',
  component: 'vk-role-priority-table',
  render: (args) => html`<div style=${styleMap({ inlineSize: args.width ?? 'auto' })}>
    <vk-role-priority-table
      office=${args.office ?? nothing}
      offices=${args.offices ?? nothing}
      heading-level=${args.headingLevel}
      lang=${args.lang}
    ></vk-role-priority-table>
  </div>`,
  args: { lang: 'nl', headingLevel: 3 },
  argTypes: {
    office: { control: 'text' },
    offices: { control: 'text' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text', description: 'Width of the surrounding box (story only).' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** No office: every office against every prioritised value, sortable and filterable. */
export const Overview: Story = {};
export const OverviewEnglish: Story = { args: { lang: 'en' } };

export const Burgemeester: Story = { args: { office: 'burgemeester' } };
export const Gemeentesecretaris: Story = { args: { office: 'gemeentesecretaris' } };
export const Griffier: Story = { args: { office: 'griffier' } };
/** Weerbaarheid: the text does not state its cluster. */
export const Raadslid: Story = { args: { office: 'raadslid' } };
export const Rekenkamerlid: Story = { args: { office: 'rekenkamerlid' } };
/** The publication does not name these priorities in its text; no actions by choice. */
export const Statenlid: Story = { args: { office: 'statenlid' } };
/** One association list addressed to three associations. */
export const Waterschapsbestuurder: Story = { args: { office: 'waterschapsbestuurder' } };
export const Wethouder: Story = { args: { office: 'wethouder' } };
export const WethouderEnglish: Story = { args: { office: 'wethouder', lang: 'en' } };

/** The lokale driehoek side by side, for a council's learning tab. */
export const LokaleDriehoek: Story = { args: { offices: 'burgemeester,gemeentesecretaris,griffier' } };
export const CompareWithStatenleden: Story = { args: { offices: 'raadslid,statenlid' } };

export const Rijksoverheid: Story = { args: { office: 'rijksoverheid' } };

/** A message listing the valid offices, and an `error` event. */
export const UnknownOffice: Story = { args: { office: 'minister' } };
export const UnknownOfficeInComparison: Story = { args: { offices: 'griffier,minister' } };

/** 320 px: every row becomes a block; no sideways scrolling. */
export const NarrowOverview: Story = { args: { width: '320px' } };
export const NarrowOffice: Story = { args: { office: 'griffier', width: '320px' } };
export const NarrowDriehoek: Story = { args: { offices: 'burgemeester,gemeentesecretaris,griffier', width: '320px' } };

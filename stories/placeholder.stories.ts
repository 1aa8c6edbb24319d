import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/placeholder/define.js';

const meta: Meta = {
  title: 'Foundation/vk-placeholder',
  component: 'vk-placeholder',
  render: (args) => html`<vk-placeholder tone=${String(args['tone'] ?? 'info')} lang=${String(args['lang'] ?? 'nl')}></vk-placeholder>`,
  args: { tone: 'info', lang: 'nl' },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
export const Quiet: Story = { args: { tone: 'quiet' } };
export const English: Story = { args: { lang: 'en' } };
export const UnknownTone: Story = { args: { tone: 'loud' } };

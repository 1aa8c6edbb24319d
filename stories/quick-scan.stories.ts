import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { allRoles, allValues, quickScanBank, selectScanItems, type RoleId, type ValueId } from '../src/data/index.js';
import { encodeResult } from '../src/quick-scan/code.js';
import type { VkQuickScan } from '../src/quick-scan/quick-scan.js';
import type { Answer } from '../src/quick-scan/types.js';
import '../src/quick-scan/define.js';

/** Storage that lives as long as the story: opting in works, and stories do not leak answers into each other. */
class StoryStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

/** A browser that refuses storage (blocked cookies, sandboxed iframe). */
const refusingStorage = {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  clear() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  getItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  key() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
} as Storage;

const PATTERN: readonly Answer[] = [4, 3, 5, 2, 2, 3, 4, 'nvt', 5, 3, 2, 4, 4, 5, 3, 2, 3, 2, 4, 4, 3];

/** A result code for `role` with answers from `pattern` (shifted by `shift`), made with the current item bank. */
async function exampleCode(
  role: RoleId,
  {
    own = [],
    shift = 0,
    answer,
    date,
  }: { own?: ValueId[]; shift?: number; answer?: (n: number) => Answer; date?: string } = {},
): Promise<string> {
  const [bank, roles, values] = await Promise.all([quickScanBank(), allRoles(), allValues()]);
  const office = roles.find((r) => r.id === role);
  const items = selectScanItems(bank, { role, values: office?.priorities ?? own });
  const answers = new Map(items.map((item, n) => [item.id, answer ? answer(n) : (PATTERN[(n + shift) % PATTERN.length] ?? 3)]));
  return encodeResult(
    { role, bankVersion: bank.version, values: own, answers, ...(date ? { date } : {}) },
    { bank, roles, valueIds: values.map((v) => v.id) },
  );
}

/** Opens the result's code field, enters `code` and presses the button labelled `label`. */
async function enterCode(canvas: HTMLElement, code: string, label: string): Promise<void> {
  const el = canvas.querySelector<VkQuickScan>('vk-quick-scan');
  if (!el) return;
  await el.ready;
  await el.updateComplete;
  const details = el.shadowRoot?.querySelector<HTMLDetailsElement>('details.code-entry');
  const input = details?.querySelector('input');
  if (!details || !input) return;
  details.open = true;
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  [...details.querySelectorAll('button')].find((b) => b.textContent.trim() === label)?.click();
  await el.updateComplete;
}

/** Presses the screen's "Volgende" `times` times, as a person would (after the scan is ready). */
async function pressNext(canvas: HTMLElement, times: number): Promise<void> {
  const el = canvas.querySelector<VkQuickScan>('vk-quick-scan');
  if (!el) return;
  await el.ready;
  for (let i = 0; i < times; i++) {
    el.shadowRoot?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await el.updateComplete;
  }
}

interface Args {
  office?: string;
  mode?: string;
  lang?: string;
  code?: string;
  codes?: string;
  'finder-url'?: string;
  storage?: Storage | null;
}

const meta: Meta<Args> = {
  title: 'Widgets/vk-quick-scan',
  component: 'vk-quick-scan',
  render: (args, { loaded }) => {
    const code = (loaded['code'] as string | undefined) ?? args.code;
    const codes = (loaded['codes'] as string | undefined) ?? args.codes;
    return html`<vk-quick-scan
      office=${args.office ?? nothing}
      mode=${args.mode ?? nothing}
      lang=${args.lang ?? nothing}
      code=${code ?? nothing}
      codes=${codes ?? nothing}
      finder-url=${args['finder-url'] ?? nothing}
      .storage=${args.storage === undefined ? new StoryStorage() : args.storage}
      .session=${new StoryStorage()}
    ></vk-quick-scan>`;
  },
  // Storybook's own page says lang="en"; the widget follows the nearest lang, so the stories say which they speak.
  args: { 'finder-url': '#opleidingen', lang: 'nl' },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<Args>;

// ------------------------------------------------------------------ the steps

/** Step 1 without a given office: "Welk ambt heb je?". */
export const ChooseOffice: Story = {};

/** Step 1 not answered: the error next to the question and summarised at the top. */
export const ChooseOfficeMissing: Story = {
  play: async ({ canvasElement }) => {
    await pressNext(canvasElement, 1);
  },
};

/** With the office given (a council's learning tab): the optional own top four. */
export const OwnTopFour: Story = { args: { office: 'raadslid' } };

/** The statements on the first priority value, with the progress bar and step count. */
export const Statements: Story = {
  args: { office: 'raadslid' },
  play: async ({ canvasElement }) => {
    await pressNext(canvasElement, 1);
  },
};

/** "Volgende" with open statements: each named next to it and in a summary at the top. */
export const StatementsMissing: Story = {
  args: { office: 'raadslid' },
  play: async ({ canvasElement }) => {
    await pressNext(canvasElement, 2);
  },
};

/** The statements on a learning level (macro: rolbewustzijn), from the 2013 paper. */
export const LevelStatements: Story = {
  args: { office: 'wethouder' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<VkQuickScan>('vk-quick-scan');
    if (!el) return;
    await pressNext(canvasElement, 1);
    for (let page = 0; page < 4; page++) {
      for (const fieldset of el.shadowRoot?.querySelectorAll('fieldset.item') ?? []) {
        fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[3]?.click();
      }
      await el.updateComplete;
      await pressNext(canvasElement, 1);
    }
  },
};

/** The result: chart and table, what to work on, actions, offers, levels, reflection, export. */
export const Result: Story = {
  args: { office: 'raadslid' },
  loaders: [
    async () => ({
      code: await exampleCode('raadslid', { own: ['authenticiteit', 'lef', 'vertrouwen', 'weerbaarheid'] }),
    }),
  ],
};

// ------------------------------------------------------------------ offices

export const Burgemeester: Story = { loaders: [async () => ({ code: await exampleCode('burgemeester') })] };
export const Gemeentesecretaris: Story = {
  loaders: [async () => ({ code: await exampleCode('gemeentesecretaris', { shift: 3 }) })],
};
export const Griffier: Story = { loaders: [async () => ({ code: await exampleCode('griffier', { shift: 5 }) })] };
export const Raadslid: Story = { loaders: [async () => ({ code: await exampleCode('raadslid', { shift: 7 }) })] };
export const Rekenkamerlid: Story = {
  loaders: [async () => ({ code: await exampleCode('rekenkamerlid', { shift: 9 }) })],
};
export const Waterschapsbestuurder: Story = {
  loaders: [async () => ({ code: await exampleCode('waterschapsbestuurder', { shift: 11 }) })],
};
export const Wethouder: Story = { loaders: [async () => ({ code: await exampleCode('wethouder', { shift: 2 }) })] };

/** Statenleden: the publication names no priorities; they choose four values to scan. */
export const Statenlid: Story = { args: { office: 'statenlid' } };

/** A Statenlid's result on the four values they chose, from other offices' actions. */
export const StatenlidResult: Story = {
  loaders: [
    async () => ({
      code: await exampleCode('statenlid', { own: ['lef', 'vertrouwen', 'rentmeesterschap', 'weerbaarheid'] }),
    }),
  ],
};

// ------------------------------------------------------------------ ties, comparison, plan

/** Honest ties: every answer the same, so no value is named strongest; advice on all four, with the rule in one sentence. */
export const ResultWithTies: Story = {
  loaders: [async () => ({ code: await exampleCode('raadslid', { answer: () => 4, date: '2026-03-12' }) })],
};

/** A result compared with an earlier code: the change per value and level as text, and the earlier score as a line in the chart. */
export const ResultWithComparison: Story = {
  args: { office: 'raadslid' },
  loaders: [
    async () => ({
      code: await exampleCode('raadslid', { shift: 2, date: '2026-12-07' }),
      earlier: await exampleCode('raadslid', { answer: (n) => ((n % 3) + 2) as Answer, date: '2026-03-12' }),
    }),
  ],
  play: async ({ canvasElement, loaded }) => {
    await enterCode(canvasElement, loaded['earlier'] as string, 'Vergelijk met dit resultaat');
  },
};

/** The personal development plan: two actions chosen and a note; the sheet below is what prints. */
export const DevelopmentPlan: Story = {
  loaders: [async () => ({ code: await exampleCode('raadslid', { shift: 2, date: '2026-12-07' }) })],
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<VkQuickScan>('vk-quick-scan');
    if (!el) return;
    await el.ready;
    await el.updateComplete;
    el.shadowRoot?.querySelector<HTMLButtonElement>('.plan-link button')?.click();
    await el.updateComplete;
    const boxes = [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('.plan-choices input[type=checkbox]') ?? [])];
    for (const box of boxes.slice(0, 2)) {
      box.click();
      await el.updateComplete;
    }
    const note = el.shadowRoot?.querySelector<HTMLTextAreaElement>('#qs-plan-note');
    if (note) {
      note.value = 'Bespreken met de griffier, voor het zomerreces.';
      note.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
  },
};

// ------------------------------------------------------------------ storage, language

/** Storage refused by the browser: the scan says keeping is off and works as usual. */
export const StorageUnavailable: Story = {
  // Not through args: Storybook inspects args, and this storage throws on every touch.
  render: () => html`<vk-quick-scan office="griffier" lang="nl" .storage=${refusingStorage}></vk-quick-scan>`,
};

/** The host turned keeping off (`storage = null`), e.g. on a shared computer. */
export const StorageOff: Story = { args: { office: 'griffier', storage: null } };

/** English interface; the statements and corpus text stay Dutch. */
export const English: Story = {
  args: { lang: 'en', office: 'wethouder' },
  play: async ({ canvasElement }) => {
    await pressNext(canvasElement, 1);
  },
};

/** English result. */
export const EnglishResult: Story = {
  args: { lang: 'en' },
  loaders: [async () => ({ code: await exampleCode('burgemeester', { shift: 4 }) })],
};

/** A result code that does not fit: named, and the scan starts. */
export const InvalidCode: Story = { args: { code: 'QS1-1-xx--3333-00' } };

/** A real code of item bank 1 (before the statements were split): recognised, explained (revised on, not comparable), never read. */
export const OldBankCode: Story = { args: { code: 'QS2-1-20260312-rl-BLUm-434n53324443452n44533-n1' } };

// ------------------------------------------------------------------ group mode

/** Group mode, empty: paste or drop the participants' codes. */
export const Group: Story = { args: { mode: 'group' } };

/** Group mode with four valid codes (three raadsleden and a wethouder): the anonymous spread. */
export const GroupSpread: Story = {
  args: { mode: 'group' },
  loaders: [
    async () => ({
      codes: [
        await exampleCode('raadslid', { own: ['lef', 'authenticiteit'] }),
        await exampleCode('raadslid', { shift: 4, own: ['lef', 'vertrouwen', 'gezag'] }),
        await exampleCode('raadslid', { shift: 9, own: ['lef'] }),
        await exampleCode('wethouder', { shift: 2 }),
      ].join(' '),
    }),
  ],
};

/** Group mode with invalid codes, named and skipped, and too few valid ones to show anything. */
export const GroupInvalidCodes: Story = {
  args: { mode: 'group' },
  loaders: [
    async () => {
      const a = await exampleCode('griffier');
      return {
        codes: [
          a,
          'hallo',
          `${a.slice(0, -2)}zz`,
          'QS1-7-gr--3-aa',
          await exampleCode('burgemeester', { shift: 1 }),
        ].join(' '),
      };
    },
  ],
};

/** Group mode in English. */
export const GroupEnglish: Story = { ...GroupSpread, args: { mode: 'group', lang: 'en' } };

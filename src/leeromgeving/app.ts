/**
 * The hostable learning tab: one static page with every widget, that a
 * griffie puts on any static host and links from the council information
 * system (or shows in an iframe). Deep links open the right view; settings
 * come from URL parameters or a config.json next to the page.
 */
import '../index.js';
import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VkElement } from '../shared/vk-element.js';
import { defineMessages, type Locale } from '../shared/localize.js';
import { defineElement } from '../shared/registry.js';
import { reportHeightToParent } from '../embed/frame.js';
import type { VkRoleSelectDetail, VkValueSelectDetail } from '../shared/events.js';
import { URL_SETTINGS, configFromQuery, mergeConfig, sanitizeConfig, type TabConfig } from './config.js';
import { hashFor, parseHash, sectionOf, type Section, type View } from './routes.js';
import { takeOver } from './takeover.js';

const nl = {
    title: 'Leren en ontwikkelen',
    nav: 'Onderdelen',
    sections: {
      waarden: 'Waarden',
      ambten: 'Prioriteiten per ambt',
      vinden: 'Aanbod vinden',
      scan: 'Zelfscan',
      gesprek: 'Gesprekskaarten',
    } satisfies Record<Section, string>,
    allValues: 'Alle waarden',
    overview: 'Overzicht van alle ambten',
    triangle: 'Lokale driehoek',
    government: 'Rijksoverheid',
    triangleCards: 'Gesprekskaarten voor de driehoek',
    backToResult: 'Terug naar je resultaat',
    language: 'Taal',
    dutchNote: '',
    ignored: (keys: string) => `Deze instellingen zijn genegeerd omdat ze niet geldig zijn: ${keys}.`,
    intro:
      'Werk aan de waarden van je ambt, vind een opleiding, doe de zelfscan of leg gesprekskaarten op tafel. Gebaseerd op Toekomstbestendig decentraal bestuur (2024) en eerder onderzoek. Je antwoorden en aantekeningen blijven op dit apparaat.',
  };

/** The shape of this catalogue; its English (`./app.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

const messages = defineMessages(
  nl,
  () => import('./app.en.js'),
);

/** Whether the finder was opened from the scan's result (`#/vinden?terug=scan&…`). */
const fromScan = (): boolean => new URLSearchParams(location.hash.split('?')[1] ?? '').get('terug') === 'scan';

/** The languages of the switch, each named in itself. */
const LANGUAGES: readonly (readonly [Locale, string])[] = [
  ['nl', 'Nederlands'],
  ['en', 'English'],
];

const SECTIONS: readonly Section[] = ['waarden', 'ambten', 'vinden', 'scan', 'gesprek'];

/**
 * The learning tab's page shell: navigation, the current view, and routing
 * of selections between the widgets.
 *
 * @tagname vk-leeromgeving
 * @summary The page shell of the hostable learning tab.
 */
export class VkLeeromgeving extends VkElement {
  static override styles = [
    VkElement.styles,
    css`
      :host {
        max-inline-size: 80rem;
        margin-inline: auto;
        padding: var(--_vk-space-md);
        background: var(--_vk-background-color);
      }
      h1 {
        font-family: var(--_vk-heading-font-family);
        font-weight: var(--_vk-heading-font-weight);
        font-size: 1.6em;
        line-height: 1.2;
        margin: 0 0 var(--_vk-space-sm);
      }
      .intro {
        margin: 0 0 var(--_vk-space-md);
        max-inline-size: 60rem;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: var(--_vk-space-sm);
      }
      .lang-switch {
        display: flex;
        gap: var(--_vk-space-xs);
      }
      .lang-switch button {
        font: inherit;
        padding: var(--_vk-space-xs) var(--_vk-space-sm);
        border: 1px solid var(--_vk-border-subtle-color);
        border-radius: var(--_vk-border-radius);
        background: var(--_vk-background-color);
        color: var(--_vk-link-color);
        cursor: pointer;
      }
      .lang-switch button[aria-pressed='true'] {
        background: var(--_vk-selected-background-color);
        color: var(--_vk-color);
        font-weight: 700;
      }
      .lang-switch button:focus-visible {
        outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
        outline-offset: var(--_vk-focus-outline-offset);
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_vk-space-xs);
        list-style: none;
        margin: 0 0 var(--_vk-space-md);
        padding: 0;
        border-block-end: 2px solid var(--_vk-border-subtle-color);
      }
      nav a {
        display: inline-block;
        padding: var(--_vk-space-sm) var(--_vk-space-md);
        border-radius: var(--_vk-border-radius) var(--_vk-border-radius) 0 0;
        text-decoration: none;
        color: var(--_vk-link-color);
      }
      nav a[aria-current='page'] {
        background: var(--_vk-selected-background-color);
        color: var(--_vk-color);
        font-weight: 700;
        box-shadow: inset 0 -3px 0 var(--_vk-accent-background-color);
      }
      nav a:hover {
        text-decoration: underline;
      }
      .subnav {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_vk-space-xs) var(--_vk-space-md);
        margin: 0 0 var(--_vk-space-md);
        padding: 0;
        list-style: none;
      }
      .subnav a[aria-current='page'] {
        font-weight: 700;
        text-decoration: none;
        color: var(--_vk-color);
      }
      main:focus {
        outline: none;
      }
      /* After a link inside the tab, focus moves to the new view: a keyboard user sees where (2.4.7). */
      main:focus-visible {
        outline: var(--_vk-focus-outline-width) var(--_vk-focus-outline-style) var(--_vk-focus-outline-color);
        outline-offset: var(--_vk-focus-outline-offset);
      }
      .notice {
        margin: 0 0 var(--_vk-space-md);
        padding: var(--_vk-space-sm) var(--_vk-space-md);
        background: var(--_vk-info-background-color);
        border-inline-start: 4px solid var(--_vk-link-color);
      }
      @media (forced-colors: active) {
        nav a[aria-current='page'] {
          outline: 2px solid CanvasText;
        }
      }
      @media print {
        .intro,
        .lang-switch,
        nav,
        .subnav,
        .cards-link {
          display: none;
        }
      }
    `,
  ];

  @state() private view: View = parseHash(location.hash);
  @state() private config: TabConfig = {};
  @state() private ignored: string[] = [];
  private userNavigated = false;

  private readonly onHashChange = () => {
    const next = parseHash(location.hash);
    // The finder keeps its filters after `?` in the hash: same view, no re-render.
    if (hashFor(next) === hashFor(this.view)) return;
    this.userNavigated = true;
    this.view = next;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.loadConfig();
    // A pre-rendered page (the build's dist/leeromgeving): render hidden, then take its place.
    if (this.hasAttribute('data-vk-prerendered')) void takeOver(this);
    reportHeightToParent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** config.json next to the page (optional), then the page's URL parameters. */
  private async loadConfig(): Promise<void> {
    let fromFile: unknown;
    try {
      const response = await fetch(new URL('config.json', document.baseURI), { credentials: 'same-origin' });
      if (response.ok) fromFile = await response.json();
    } catch {
      fromFile = undefined;
    }
    const file = sanitizeConfig(fromFile, document.baseURI);
    const query = sanitizeConfig(configFromQuery(location.search), document.baseURI, URL_SETTINGS);
    this.config = mergeConfig(file.config, query.config);
    this.ignored = [...file.ignored, ...query.ignored];
    this.applyPageSettings();
    this.markReady();
  }

  private applyPageSettings(): void {
    const root = document.documentElement;
    if (this.config.locale) root.lang = this.config.locale;
    const theme = this.config.theme;
    if (theme?.className) root.classList.add(theme.className);
    for (const [name, value] of Object.entries(theme?.tokens ?? {})) root.style.setProperty(name, value);
    if (theme?.stylesheet && !document.querySelector(`link[data-vk-theme]`)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = theme.stylesheet;
      link.dataset['vkTheme'] = '';
      document.head.append(link);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('view') || changed.has('locale') || changed.has('config')) {
      const m = this.t(messages);
      document.title = `${m.sections[sectionOf(this.view)]} — ${this.config.title ?? m.title}`;
    }
    if (changed.has('view') && this.userNavigated) {
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    }
  }

  /**
   * The language switch: the page's `lang` (every widget follows it), kept in
   * the address as `taal` so a reload or a shared link keeps it. All inside
   * this document, so it works the same in an iframe.
   */
  private setLanguage(locale: Locale): void {
    const root = document.documentElement;
    root.lang = locale;
    if (root.hasAttribute('data-localize-lang')) root.setAttribute('data-localize-lang', locale);
    this.config = { ...this.config, locale };
    const url = new URL(location.href);
    url.searchParams.set('taal', locale);
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // A sandboxed frame may refuse; the language still changes.
    }
  }

  /** Selections inside the tab become navigation, so Back works and links can be shared. */
  private readonly onValueSelect = (e: CustomEvent<VkValueSelectDetail>) => {
    // The scan opens a value in place, so its result stays where the person was.
    if ((e.target as Element).localName === 'vk-quick-scan') return;
    e.preventDefault();
    location.hash = hashFor({ name: 'waarde', value: e.detail.id });
  };

  private readonly onRoleSelect = (e: CustomEvent<VkRoleSelectDetail>) => {
    e.preventDefault();
    location.hash = hashFor({ name: 'ambt', role: e.detail.id });
  };

  protected override render() {
    const m = this.t(messages);
    const current = sectionOf(this.view);
    return html`
      <header>
        <div class="top">
          <h1>${this.config.title ?? m.title}</h1>
          <div class="lang-switch" role="group" aria-label=${m.language}>
            ${LANGUAGES.map(
              ([locale, name]) =>
                html`<button
                  type="button"
                  lang=${locale}
                  aria-pressed=${this.locale === locale ? 'true' : 'false'}
                  @click=${() => {
                    this.setLanguage(locale);
                  }}
                >
                  ${name}
                </button>`,
            )}
          </div>
        </div>
        <p class="intro">${m.intro}</p>
        ${m.dutchNote ? html`<p class="intro dutch-note">${m.dutchNote}</p>` : nothing}
        ${this.ignored.length ? html`<p class="notice" role="status">${m.ignored(this.ignored.join(', '))}</p>` : nothing}
        <nav aria-label=${m.nav}>
          <ul>
            ${SECTIONS.map(
              (s) => html`<li>
                <a href=${hashFor({ name: s })} aria-current=${s === current ? 'page' : 'false'}>${m.sections[s]}</a>
              </li>`,
            )}
          </ul>
        </nav>
      </header>
      <main
        tabindex="-1"
        aria-label=${m.sections[current]}
        @vk-value-select=${this.onValueSelect}
        @vk-role-select=${this.onRoleSelect}
      >
        <vk-provider .office=${this.config.role} .feeds=${this.config.feeds}>${this.renderView()}</vk-provider>
      </main>
    `;
  }

  private renderView() {
    const m = this.t(messages);
    const role = this.config.role;
    const v = this.view;
    switch (v.name) {
      case 'waarden':
        return html`<vk-value-overview office=${ifDefined(role)}></vk-value-overview>`;
      case 'waarde':
        return html`<p><a href="#/waarden">← ${m.allValues}</a></p>
          <vk-value-card value=${v.value} office=${ifDefined(role)}></vk-value-card>`;
      case 'ambten':
      case 'ambt':
      case 'driehoek':
      case 'rijk':
        return html`${this.renderRoleNav(v)}${this.renderRoleTable(v)}`;
      case 'vinden':
        // Coming from the scan's "Bekijk passend aanbod" (`terug=scan`): a way back to the result.
        return html`<vk-training-finder
          heading-level="2"
          url-state="hash"
          office=${ifDefined(role)}
          return-url=${ifDefined(fromScan() ? hashFor({ name: 'scan' }) : undefined)}
          return-label=${ifDefined(fromScan() ? m.backToResult : undefined)}
        ></vk-training-finder>`;
      case 'scan':
        return html`<vk-quick-scan office=${ifDefined(role)} finder-url="#/vinden?terug=scan"></vk-quick-scan>`;
      case 'gesprek':
        return html`<vk-conversation-cards audience=${ifDefined(v.audience)}></vk-conversation-cards>`;
    }
  }

  private renderRoleNav(v: View) {
    const m = this.t(messages);
    const item = (hash: string, label: string, current: boolean) =>
      html`<li><a href=${hash} aria-current=${current ? 'page' : 'false'}>${label}</a></li>`;
    return html`<ul class="subnav" aria-label=${m.sections.ambten}>
      ${item('#/ambten', m.overview, v.name === 'ambten')}
      ${item('#/driehoek', m.triangle, v.name === 'driehoek')}
      ${item('#/rijk', m.government, v.name === 'rijk')}
    </ul>`;
  }

  private renderRoleTable(v: View) {
    // The tab's page has an h1 and nothing between it and the table: the table's headings start at h2
    // (its own default, 3, is for a host that places an h2 above it).
    switch (v.name) {
      case 'ambt':
        return html`<vk-role-priority-table heading-level="2" office=${v.role}></vk-role-priority-table>`;
      case 'driehoek':
        return html`<p class="cards-link">
            <a href=${hashFor({ name: 'gesprek', audience: 'driehoek' })}>${this.t(messages).triangleCards}</a>
          </p>
          <vk-role-priority-table heading-level="2" offices="burgemeester,gemeentesecretaris,griffier"></vk-role-priority-table>`;
      case 'rijk':
        return html`<vk-role-priority-table heading-level="2" office="rijksoverheid"></vk-role-priority-table>`;
      default:
        return html`<vk-role-priority-table heading-level="2"></vk-role-priority-table>`;
    }
  }
}

defineElement('vk-leeromgeving', VkLeeromgeving);

declare global {
  interface HTMLElementTagNameMap {
    'vk-leeromgeving': VkLeeromgeving;
  }
}

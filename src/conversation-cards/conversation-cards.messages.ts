import type { CardThemeId } from '../data/index.js';
import { defineMessages } from '../shared/localize.js';
import type { CardGroup, CardsView, DrawOrder } from './deck.js';

/** The intervisie steps shown beside the card (a common method; not from the corpus). */
export const PHASES = ['introduce', 'clarify', 'reflect', 'advise', 'close'] as const;
export type Phase = (typeof PHASES)[number];

/** Interface text of `<vk-conversation-cards>`. Corpus text stays Dutch and is not in here. */
const nl = {
    title: 'Gesprekskaarten',
    intro:
      'Vragen, dilemma’s en waardenspanningen uit het onderzoek, in de woorden van de bron. Voor intervisie, een gesprek in de lokale driehoek of een bijeenkomst van de vereniging.',
    loading: 'Kaarten worden geladen…',
    views: 'Weergave',
    viewNames: {
      deck: 'Alle kaarten',
      facilitator: 'Gespreksleider',
      print: 'Afdrukvel',
      secretaries: 'Vak van de gemeentesecretaris',
    } satisfies Record<CardsView, string>,
    filters: 'Kaarten kiezen',
    theme: 'Thema',
    allThemes: 'Alle thema’s',
    themeNames: {
      samenspel: 'Politiek-ambtelijk samenspel',
      'binnen-en-buiten': 'Binnen en buiten',
      'inhoud-en-proces': 'Inhoud en proces',
      'sturen-en-loslaten': 'Sturen en loslaten',
      'persoon-en-rol': 'Persoon en rol',
      'waarden-die-botsen': 'Waarden die botsen',
    } satisfies Record<CardThemeId, string>,
    audience: 'Voor',
    everyone: 'Iedereen',
    groupNames: {
      driehoek: 'de lokale driehoek',
      ambtenaar: 'ambtenaren',
    } satisfies Record<CardGroup, string>,
    groupOptions: { driehoek: 'Lokale driehoek (burgemeester, gemeentesecretaris, griffier)', ambtenaar: 'Gemeenteambtenaren' },
    allOffices: 'alle ambtsdragers',
    count: (n: number) => (n === 1 ? '1 kaart' : `${String(n)} kaarten`),
    none: 'Geen kaarten voor deze keuze. Kies een ander thema of een andere doelgroep.',
    topicOnly: (topic: string) => `Alleen de vragen bij ${topic}`,
    topicHeading: (topic: string) => `Reflectievragen bij ${topic}`,
    showAll: 'Toon alle kaarten',
    kinds: { reflectievraag: 'Reflectievraag', dilemma: 'Dilemma', waardenspanning: 'Waardenspanning' },
    reflection: (n: number | null) => (n === null ? 'Vraag uit de leergang Lokaal Leiderschap' : `Reflectievraag ${String(n)}`),
    versus: 'tegenover',
    forLabel: 'Voor',
    forCategory: 'ambtenaren',
    // facilitator
    facilitatorHeading: 'Gespreksleider',
    pileHeading: 'Stapel',
    sideLabel: 'Stapel, tijd, ronde en aantekeningen',
    drawOrder: 'Volgorde van trekken',
    drawNames: { random: 'Willekeurig', 'in-order': 'Op volgorde' } satisfies Record<DrawOrder, string>,
    next: 'Volgende kaart',
    restart: 'Opnieuw beginnen',
    keys: 'Sneltoetsen in deze weergave: spatie = volgende kaart, P = pauze of verder.',
    stageLabel: 'Kaart op tafel',
    stageEmpty: 'Trek de eerste kaart met “Volgende kaart” of de spatiebalk.',
    drawn: (k: number, n: number) => `Kaart ${String(k)} van ${String(n)}, nog ${String(n - k)} in de stapel.`,
    lastCard: (n: number) => `Dit is de laatste kaart: alle ${String(n)} kaarten zijn getrokken.`,
    empty: (n: number) => `De stapel is leeg: alle ${String(n)} kaarten zijn getrokken. Kies “Opnieuw beginnen” om opnieuw te schudden.`,
    restarted: 'De stapel is opnieuw geschud.',
    timerHeading: 'Rondetijd',
    timerLabel: 'Resterende tijd van de ronde',
    start: 'Start',
    pause: 'Pauze',
    resume: 'Verder',
    resetTimer: 'Tijd opnieuw',
    minutes: 'Minuten per ronde',
    timerRunning: 'De tijd loopt.',
    timerPaused: 'De tijd staat stil.',
    timeUp: 'De tijd van deze ronde is om.',
    roundHeading: 'Intervisieronde',
    roundNote: 'Een gangbare opzet van intervisie; de stappen komen niet uit de bronnen.',
    phases: {
      introduce: 'Introduceren',
      clarify: 'Verhelderen',
      reflect: 'Reflecteren',
      advise: 'Adviseren',
      close: 'Afsluiten',
    } satisfies Record<Phase, string>,
    phaseHints: {
      introduce: 'de inbrenger vertelt de kwestie bij deze kaart',
      clarify: 'de anderen stellen alleen vragen',
      reflect: 'wat speelt er, wat herken je?',
      advise: 'ieder geeft één suggestie',
      close: 'wat neemt de inbrenger mee?',
    } satisfies Record<Phase, string>,
    phaseNow: 'nu',
    previousPhase: 'Vorige stap',
    nextPhase: 'Volgende stap',
    phaseStatus: (i: number, name: string) => `Stap ${String(i + 1)} van 5: ${name}`,
    notesHeading: 'Aantekeningen',
    notesLabel: 'Aantekeningen van de gespreksleider',
    notesKept: 'Blijven alleen in deze browser, op dit apparaat.',
    notesOff: 'Worden op deze site niet bewaard: ze verdwijnen als je de pagina sluit.',
    notesUnavailable:
      'Je aantekeningen kunnen in deze browser niet bewaard worden (opslag geblokkeerd). Ze blijven staan tot je de pagina sluit.',
    notesFull: 'Je aantekeningen konden niet bewaard worden: de opslag van deze browser is vol. Ze blijven staan tot je de pagina sluit.',
    clearNotes: 'Wis aantekeningen',
    notesCleared: 'Aantekeningen gewist.',
    // print
    printHeading: 'Afdrukvel',
    printHint: (n: number) =>
      `A4, zes kaarten per pagina: ${n === 1 ? '1 kaart' : `${String(n)} kaarten`}. Knip langs de stippellijnen. Leesbaar in zwart-wit.`,
    print: 'Afdrukken',
    page: (i: number, n: number) => `Pagina ${String(i)} van ${String(n)}`,
    // secretaries
    craftHeading: 'Het vak van gemeentesecretaris',
    craftIntro:
      'Uit Verbinders zonder script (2016): waar de aandacht van gemeentesecretarissen naartoe gaat, hoe vol hun agenda is, welke opgaven er per generatie bij kwamen en welke rollen een verbinder heeft. Bij elk deel staan de reflectievragen die erbij horen.',
    attentionHeading: 'Waar de aandacht naartoe gaat: boven, beneden, buiten',
    attentionNames: { boven: 'Boven', beneden: 'Beneden', buiten: 'Buiten' } satisfies Record<'boven' | 'beneden' | 'buiten', string>,
    definition: 'Wat de onderzoekers ertoe rekenden',
    essaySays: 'Wat het essay erover zegt',
    section: 'Paragraaf',
    otherAttention: 'De agenda’s kenden nog drie soorten tijd:',
    shareUnknown: 'Het aandeel per categorie stond in figuur 6, die niet bewaard is; de tekst noemt alleen losse cijfers.',
    agendaHeading: 'Agendadruk',
    caseHeader: 'Casus',
    loadHeader: 'Agendadruk',
    unitInferred: 'afgeleid',
    unitNote: (unit: string) =>
      `De gedrukte tabel heeft geen kolomkoppen en noemt geen eenheid; de koppen zijn van ons en “${unit}” is afgeleid uit de lopende tekst:`,
    chartLabel: (unit: string) => `Staafdiagram van de agendadruk per casus, in ${unit}; de getallen staan in de tabel.`,
    generationsHeading: 'Generaties opgaven voor het ambtelijk ambacht',
    rolesHeading: 'Rollen van de verbinder (boundary spanner)',
    questions: (n: number) => (n === 1 ? 'De reflectievraag hierbij' : `De ${String(n)} reflectievragen hierbij`),
    noQuestions: 'Geen van de reflectievragen gaat hierover.',
    linkKinds: { stated: 'volgens de tekst', inferred: 'afgeleid uit de tekst', editorial: 'onze koppeling', unknown: 'onbekend' },
    asCards: (n: number) => (n === 1 ? 'Bekijk als kaart' : `Bekijk als ${String(n)} kaarten`),
    // problems
    unknownTheme: (input: string, known: string) =>
      `Onbekend thema "${input}". Kies uit: ${known}. Alle thema’s worden getoond.`,
    unknownAudience: (input: string, known: string) =>
      `Onbekende doelgroep "${input}". Kies een ambt of een van: ${known}. De kaarten voor iedereen worden getoond.`,
    unknownView: (input: string) =>
      `Onbekende weergave "${input}"; gebruik "deck", "facilitator", "print" of "secretaries". Alle kaarten worden getoond.`,
    unknownDraw: (input: string) => `Onbekende volgorde "${input}"; gebruik "random" of "in-order". Er wordt willekeurig getrokken.`,
    invalidMinutes: (input: string) => `Ongeldige rondetijd "${input}": geef een aantal minuten van 1 tot 120. De ronde duurt 15 minuten.`,
    loadFailed: 'De gesprekskaarten konden niet worden geladen.',
  };

/** The shape of this catalogue; its English (`./conversation-cards.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./conversation-cards.messages.en.js'),
);

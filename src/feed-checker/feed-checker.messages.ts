import { defineMessages } from '../shared/localize.js';

const nl = {
    title: 'Feed controleren',
    intro:
      'Controleer je aanbod voordat je het publiceert: een JSON-feed, een iCalendar-agenda (.ics), een webpagina of bestand met schema.org JSON-LD, of een spreadsheet opgeslagen als CSV. Je ziet per aanbieding of die wordt overgenomen, met welke opmerkingen, of waarom niet.',
    privacy: 'Het bestand blijft op je computer: er wordt niets verstuurd of opgeslagen.',
    fileLegend: 'Een bestand controleren',
    fileLabel: 'Kies een bestand',
    fileHint: 'JSON, iCalendar (.ics), JSON-LD of CSV, hoogstens 20 MB. Je kunt het bestand ook hierheen slepen.',
    dropHere: 'Laat los om te controleren',
    urlLegend: 'Een feed op internet controleren',
    urlLabel: 'Webadres van de feed',
    urlHint:
      'De server van de feed moet laden vanaf andere websites toestaan (de kop Access-Control-Allow-Origin). Zonder die kop meldt de zoeker dat de server niet bereikbaar is.',
    check: 'Controleer',
    checking: 'Bezig met controleren…',
    invalidUrl: 'Vul een volledig webadres in dat met https:// of http:// begint.',
    result: 'Resultaat',
    source: (name: string, format: string) => `${name}${format ? ` — ${format}` : ''}`,
    publisher: (name: string) => `Uitgever: ${name}`,
    aboutFile: 'Over het bestand',
    needsAttention: 'Aanbiedingen met opmerkingen of fouten',
    quiet: (n: number) => (n === 1 ? '1 aanbieding zonder opmerkingen' : `${String(n)} aanbiedingen zonder opmerkingen`),
    problems: 'Fouten',
    notes: 'Opmerkingen',
    download: 'Download als JSON (aanbod.json)',
    downloadHint: 'Het omgezette aanbod in het formaat van de widgets: zet dit bestand op je website en noem het in de instellingen van de leeromgeving.',
    more: (n: number) => `En nog ${String(n)} aanbiedingen; het volledige verslag geeft de opdrachtregel (vakmanschap-widgets feed check).`,
  };

/** The shape of this catalogue; its English (`./feed-checker.messages.en.ts`) must have exactly this shape. */
export type MessageShape = typeof nl;

export const messages = defineMessages(
  nl,
  () => import('./feed-checker.messages.en.js'),
);

/**
 * `vakmanschap-widgets feed check <bestand-of-url>` and
 * `vakmanschap-widgets feed convert <bestand-of-url> > aanbod.json`: the feed
 * checker on the command line, with the very code the finder and the
 * feed-checker page run (src/data/feed.ts and its converters). Node's
 * file system and console come in through `io` (bin/vakmanschap-widgets.mjs),
 * so this module has no Node dependency of its own.
 *
 * Exit status: `check` 0 when the feed can be used as it is, 1 when it
 * cannot or a record was rejected; `convert` 0 when it wrote offers, 1 when
 * there was nothing to write; 2 for a command it does not understand.
 */
// The modules themselves, not the data index: the command line needs none of the rest.
import { publishedFeed, MAX_FEED_BYTES, type FeedReport, type ReadFeedOptions } from '../data/feed.js';
import { loadFeed, readFeed } from '../data/feed-formats.js';
import { parseFeedSpecs } from '../data/feeds.js';
import { corpusProviders } from '../data/offerings.js';
import { defineMessages, loadEnglish, type Locale } from '../shared/localize.js';
import { verdict } from '../shared/feed-report.js';
import { reportText } from './report-text.js';

/** What the command line needs from Node. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** The size of a file in bytes (checked before reading it). */
  readonly fileSize: (path: string) => Promise<number>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const messages = defineMessages(
  {
    usage: `Gebruik:
  vakmanschap-widgets feed check <bestand-of-url> [opties]
      Controleert een feed (JSON, iCalendar, JSON-LD of CSV) en meldt per aanbieding
      of die is geaccepteerd, omgezet (met opmerkingen) of afgewezen (met de reden).
      Exitcode 0: de feed is bruikbaar; 1: niet, of er is iets afgewezen.
  vakmanschap-widgets feed convert <bestand-of-url> [opties] > aanbod.json
      Zet de feed om naar het JSON-formaat van de widgets (op stdout);
      het verslag komt op stderr. Exitcode 0: er is aanbod geschreven; 1: niet.

Opties:
  --format json|ical|jsonld|csv   lees als dit formaat (anders herkend aan de inhoud)
  --ambten raadslid,griffier      ambten voor aanbod dat er zelf geen noemt
  --doelgroepen burgerlid,fractievolger,aspirant-raadslid
  --niveaus macro,meso,micro      niveaus voor aanbod dat er zelf geen noemt
  --werkvormen training,workshop  werkvormen voor aanbod dat er zelf geen noemt
  --leervorm individueel|collectief|beide
  --aanbieder "Griffie Voorbeeldstad"   aanbieder voor aanbod dat er zelf geen noemt
  --alles                         toon ook aanbiedingen zonder opmerkingen
  --lang en                       verslag in het Engels
  --nu 2026-03-15                 rekendatum voor herhalende afspraken (standaard: vandaag)
`,
    unknownCommand: (c: string) => `Onbekende opdracht „${c}”.`,
    unknownOption: (o: string) => `Onbekende optie „${o}”.`,
    missingValue: (o: string) => `Optie ${o} heeft een waarde nodig.`,
    invalidValue: (o: string) => `Ongeldige waarde voor ${o}.`,
    noSource: 'Geef een bestand of een webadres.',
    unreadable: (path: string, reason: string) => `Kan „${path}” niet lezen: ${reason}`,
  },
  {
    usage: `Usage:
  vakmanschap-widgets feed check <file-or-url> [options]
      Checks a feed (JSON, iCalendar, JSON-LD or CSV) and reports per offer whether it
      was accepted, converted (with notes) or rejected (with the reason).
      Exit status 0: the feed can be used; 1: it cannot, or something was rejected.
  vakmanschap-widgets feed convert <file-or-url> [options] > aanbod.json
      Converts the feed to the widgets' JSON format (on stdout);
      the report goes to stderr. Exit status 0: offers were written; 1: none.

Options:
  --format json|ical|jsonld|csv   read as this format (else recognised by its content)
  --roles raadslid,griffier       offices for offers that name none
  --audiences burgerlid,fractievolger,aspirant-raadslid
  --levels macro,meso,micro       levels for offers that name none
  --formats training,workshop     formats for offers that name none
  --mode individueel|collectief|beide
  --publisher "Griffie Voorbeeldstad"   provider for offers that name none
  --all                           also list offers without notes
  --lang nl                       report in Dutch
  --now 2026-03-15                date recurring events are expanded from (default: today)
`,
    unknownCommand: (c: string) => `Unknown command “${c}”.`,
    unknownOption: (o: string) => `Unknown option “${o}”.`,
    missingValue: (o: string) => `Option ${o} needs a value.`,
    invalidValue: (o: string) => `Invalid value for ${o}.`,
    noSource: 'Give a file or a web address.',
    unreadable: (path: string, reason: string) => `Cannot read “${path}”: ${reason}`,
  },
);

/** Option → the key of a feed spec (`parseFeedSpecs` checks the values). */
const LIST_OPTIONS: Readonly<Record<string, 'roles' | 'audiences' | 'levels' | 'formats'>> = {
  '--ambten': 'roles',
  '--roles': 'roles',
  '--doelgroepen': 'audiences',
  '--audiences': 'audiences',
  '--niveaus': 'levels',
  '--levels': 'levels',
  '--werkvormen': 'formats',
  '--formats': 'formats',
};
const VALUE_OPTIONS = new Set(['--format', '--leervorm', '--mode', '--aanbieder', '--publisher', '--lang', '--nu', '--now', ...Object.keys(LIST_OPTIONS)]);

interface Parsed {
  readonly command: string;
  readonly source?: string;
  readonly options: ReadFeedOptions;
  readonly locale: Locale;
  readonly all: boolean;
  readonly help: boolean;
}

function parse(argv: readonly string[]): Parsed | { error: (m: (typeof messages)['nl']) => string; locale: Locale } {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let all = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--alles' || arg === '--all') all = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (!VALUE_OPTIONS.has(name)) return { error: (m) => m.unknownOption(name), locale: localeOf(values) };
      const value = inline ?? argv[++i];
      if (value === undefined) return { error: (m) => m.missingValue(name), locale: localeOf(values) };
      values.set(name, value);
    } else positional.push(arg);
  }
  const locale = localeOf(values);
  const spec: Record<string, unknown> = { url: 'https://feed.invalid/' };
  for (const [option, key] of Object.entries(LIST_OPTIONS)) {
    const v = values.get(option);
    if (v !== undefined) spec[key] = v.split(',').map((s) => s.trim()).filter(Boolean);
  }
  const mode = values.get('--leervorm') ?? values.get('--mode');
  if (mode !== undefined) spec['mode'] = mode;
  const publisher = values.get('--aanbieder') ?? values.get('--publisher');
  if (publisher !== undefined) spec['publisher'] = publisher;
  const format = values.get('--format');
  if (format !== undefined) spec['format'] = format;
  const { specs, ignored } = parseFeedSpecs([spec]);
  if (ignored.length) {
    const option = [...values.keys()].find((o) => ignored.some((g) => g.endsWith(`.${LIST_OPTIONS[o] ?? o.replace(/^--/, '')}`))) ?? ignored[0] ?? '';
    return { error: (m) => m.invalidValue(option), locale };
  }
  const nowText = values.get('--nu') ?? values.get('--now');
  const now = nowText ? new Date(nowText) : undefined;
  if (now && Number.isNaN(now.getTime())) return { error: (m) => m.invalidValue(values.has('--nu') ? '--nu' : '--now'), locale };
  const defaults = specs[0]?.defaults;
  const chosen = specs[0]?.format;
  const [group, command, source] = positional;
  if (group !== undefined && group !== 'feed') return { error: (m) => m.unknownCommand(group), locale };
  return {
    command: command ?? '',
    ...(source ? { source } : {}),
    options: { ...(defaults ? { defaults } : {}), ...(chosen ? { format: chosen } : {}), ...(now ? { now } : {}) },
    locale,
    all,
    help: help || group === undefined,
  };
}

function localeOf(values: ReadonlyMap<string, string>): Locale {
  return values.get('--lang')?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

async function read(source: string, options: ReadFeedOptions, io: CliIo, locale: Locale): Promise<FeedReport | undefined> {
  const providers = await corpusProviders();
  if (/^https?:\/\//i.test(source)) return loadFeed(source, { ...options, providers });
  try {
    const size = await io.fileSize(source);
    if (size > MAX_FEED_BYTES) {
      // Not read at all: 20 MB is the limit everywhere (the finder, the page).
      return { source, offerings: [], providers: [], records: [], rejected: [], notes: [], notesById: new Map(), error: { code: 'feed-too-large', detail: `${String(size)} bytes` } };
    }
    return await readFeed(await io.readFile(source), { ...options, providers, source });
  } catch (e) {
    io.stderr(messages[locale].unreadable(source, e instanceof Error ? e.message : String(e)) + '\n');
    return undefined;
  }
}

/** Runs the command line; resolves to the exit status. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(argv);
  // The shared report texts keep their English in modules of their own (for the browser): load them first.
  if (parsed.locale === 'en') await loadEnglish();
  if ('error' in parsed) {
    const m = messages[parsed.locale];
    io.stderr(`${parsed.error(m)}\n\n${m.usage}`);
    return 2;
  }
  const m = messages[parsed.locale];
  if (parsed.help) {
    io.stdout(m.usage);
    return 0;
  }
  if (parsed.command !== 'check' && parsed.command !== 'convert') {
    io.stderr(`${parsed.command ? m.unknownCommand(parsed.command) : m.noSource}\n\n${m.usage}`);
    return 2;
  }
  if (!parsed.source) {
    io.stderr(`${m.noSource}\n\n${m.usage}`);
    return 2;
  }
  const report = await read(parsed.source, parsed.options, io, parsed.locale);
  if (!report) return 1;
  const text = reportText(report, parsed.locale, { all: parsed.all });
  if (parsed.command === 'check') {
    io.stdout(text);
    return verdict(report, parsed.locale).ok ? 0 : 1;
  }
  io.stderr(text);
  if (report.error || !report.offerings.length) return 1;
  io.stdout(`${JSON.stringify(publishedFeed(report), null, 2)}\n`);
  return 0;
}

import type { MessageShape } from './feed-checker.messages.js';

/** English of `./feed-checker.messages.ts`, loaded the first time a widget shows English. */
export default {
    title: 'Check a feed',
    intro:
      'Check your offer before you publish it: a JSON feed, an iCalendar calendar (.ics), a web page or file with schema.org JSON-LD, or a spreadsheet saved as CSV. You see per offer whether it is taken over, with which notes, or why not.',
    privacy: 'The file stays on your computer: nothing is sent or stored.',
    fileLegend: 'Check a file',
    fileLabel: 'Choose a file',
    fileHint: 'JSON, iCalendar (.ics), JSON-LD or CSV, at most 20 MB. You can also drag the file here.',
    dropHere: 'Drop to check',
    urlLegend: 'Check a feed on the internet',
    urlLabel: 'Web address of the feed',
    urlHint:
      'The feed’s server must allow loading from other websites (the Access-Control-Allow-Origin header). Without it, the finder says the server cannot be reached.',
    check: 'Check',
    checking: 'Checking…',
    invalidUrl: 'Enter a full web address starting with https:// or http://.',
    result: 'Result',
    source: (name: string, format: string) => `${name}${format ? ` — ${format}` : ''}`,
    publisher: (name: string) => `Publisher: ${name}`,
    aboutFile: 'About the file',
    needsAttention: 'Offers with notes or errors',
    quiet: (n: number) => (n === 1 ? '1 offer without notes' : `${String(n)} offers without notes`),
    problems: 'Errors',
    notes: 'Notes',
    download: 'Download as JSON (aanbod.json)',
    downloadHint: 'The converted offer in the widgets’ format: put this file on your website and name it in the learning tab’s settings.',
    more: (n: number) => `And ${String(n)} more offers; the command line gives the full report (vakmanschap-widgets feed check).`,
  } satisfies MessageShape;

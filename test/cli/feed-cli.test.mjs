/**
 * The feed checker on the command line, run as a publisher runs it: the real
 * bin (bin/vakmanschap-widgets.mjs) on the built code (dist/cli/, built by
 * `npm run test:cli`), in a child process, on the fixture feeds; exit
 * status, standard output and standard error as a shell sees them.
 *
 * Node's test runner, not the browser: what is tested here is exactly what
 * the browser cannot show — a process, its exit status, files on disk, a
 * second run on the file the first one wrote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'bin/vakmanschap-widgets.mjs';
const F = 'test/fixtures/feeds';
const NOW = ['--nu', '2026-03-15'];

/** Runs the bin; resolves to { code, stdout, stderr }. */
function run(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'vk-cli-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

test('checks a good iCalendar feed: every event converted, exit status 0', async () => {
  const { code, stdout, stderr } = await run('feed', 'check', `${F}/vereniging-agenda.ics`, ...NOW);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.match(stdout, /^Feed: test\/fixtures\/feeds\/vereniging-agenda\.ics \(iCalendar\)$/m);
  assert.match(stdout, /^6 aanbiedingen: 6 omgezet \(4 met opmerkingen\)\.$/m);
  assert.match(stdout, /^Gebeurtenis 6 \(regel 94\)  omgezet  Algemene ledenvergadering\n    - geen aanbieder genoemd; aangenomen: „Voorbeeldvereniging”$/m);
  assert.match(stdout, /^2 aanbiedingen zonder opmerkingen\.$/m);
  assert.match(stdout, /^De feed is bruikbaar\.$/m);
  const all = await run('feed', 'check', `${F}/vereniging-agenda.ics`, ...NOW, '--alles');
  assert.match(all.stdout, /^Gebeurtenis 3 \(regel 63\)  omgezet  Debatavond voor fractievolgers$/m, '--alles lists the quiet ones too');
});

test('checks the published JSON example: three offers accepted', async () => {
  const { code, stdout } = await run('feed', 'check', 'data/examples/example-feed.json');
  assert.equal(code, 0);
  assert.match(stdout, /^3 aanbiedingen: 3 geaccepteerd\.$/m);
});

test('reports a rejected spreadsheet line with its line and column, exit status 1', async () => {
  const { code, stdout } = await run('feed', 'check', `${F}/griffie-voorbeeldstad.csv`, ...NOW);
  assert.equal(code, 1);
  assert.match(stdout, /^Regel 7  afgewezen  \(zonder titel\)\n    ✗ kolom „titel” ontbreekt of is leeg$/m);
  assert.match(stdout, /^    - kolom „url”: „javascript:alert\(1\)” is geen http\(s\)-webadres en is weggelaten$/m);
  assert.match(stdout, /^  - kolom „Interne notitie” wordt niet gelezen$/m);
  assert.match(stdout, /^1 aanbieding is afgewezen: herstel die in het bestand en controleer opnieuw\.$/m);
});

test('reports a broken file with the line where reading stopped, exit status 1', async () => {
  const { code, stdout } = await run('feed', 'check', `${F}/kapot.ics`);
  assert.equal(code, 1);
  assert.match(stdout, /^De feed kan niet worden gebruikt: het bestand is geen leesbaar iCalendar-bestand \(regel 7\)\.$/m);
});

test('refuses a file of more than 20 MB without reading it', async () => {
  const big = join(tmp, 'groot.csv');
  closeSync(openSync(big, 'w'));
  truncateSync(big, 21_000_000);
  const { code, stdout } = await run('feed', 'check', big);
  assert.equal(code, 1);
  assert.match(stdout, /het bestand is te groot \(meer dan 20 MB\)/);
});

test('says so when the file is not there', async () => {
  const { code, stderr } = await run('feed', 'check', join(tmp, 'bestaat-niet.csv'));
  assert.equal(code, 1);
  assert.match(stderr, /^Kan „.*bestaat-niet\.csv” niet lezen: /m);
});

test('converts a spreadsheet to the widgets’ JSON, which the checker then accepts whole', async () => {
  const { code, stdout, stderr } = await run('feed', 'convert', `${F}/griffie-voorbeeldstad.csv`, ...NOW);
  assert.equal(code, 0);
  assert.match(stderr, /^5 aanbiedingen: 4 omgezet/m, 'the report goes to standard error');
  const feed = JSON.parse(stdout);
  assert.deepEqual(Object.keys(feed), ['feed', 'providers', 'offerings']);
  assert.deepEqual(
    feed.offerings.map((o) => o.title),
    ['Inwerkprogramma nieuwe raadsleden', 'Debattraining "interrumperen"', 'Werkbezoek waterschap', 'E-learning vergaderen'],
  );
  assert.equal(feed.offerings[0].sessions[0].start, '2026-04-02T19:30:00+02:00');
  const file = join(tmp, 'aanbod.json');
  writeFileSync(file, stdout);
  const again = await run('feed', 'check', file);
  assert.equal(again.code, 0, again.stdout);
  assert.match(again.stdout, /^4 aanbiedingen: 4 geaccepteerd\.$/m);
});

test('fills what a calendar lacks from the options', async () => {
  const { code, stdout } = await run('feed', 'convert', `${F}/vereniging-agenda.ics`, ...NOW, '--niveaus', 'meso', '--ambten', 'raadslid,griffier');
  assert.equal(code, 0);
  const alv = JSON.parse(stdout).offerings.find((o) => o.title === 'Algemene ledenvergadering');
  assert.deepEqual(alv.levels, ['meso']);
  assert.deepEqual(alv.roles, ['raadslid', 'griffier']);
});

test('keeps markup and script links out of the converted feed', async () => {
  const { code, stdout } = await run('feed', 'convert', `${F}/kwaad.ics`, ...NOW);
  assert.equal(code, 0);
  assert.doesNotMatch(stdout, /javascript:|<script|onerror|<img|data:text/i);
});

test('writes nothing and exits 1 when there is nothing to convert', async () => {
  const { code, stdout } = await run('feed', 'convert', `${F}/kapot.jsonld`);
  assert.equal(code, 1);
  assert.equal(stdout, '');
});

test('checks a feed on a web server', async () => {
  const body = readFileSync(`${F}/vereniging-agenda.ics`);
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/agenda.ics' ? 200 : 404, { 'content-type': 'text/calendar' });
    res.end(req.url === '/agenda.ics' ? body : 'niet gevonden');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  try {
    const ok = await run('feed', 'check', `http://127.0.0.1:${port}/agenda.ics`, ...NOW);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /^6 aanbiedingen: 6 omgezet/m);
    const missing = await run('feed', 'check', `http://127.0.0.1:${port}/weg.ics`);
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /de server antwoordde met foutcode 404/);
  } finally {
    server.close();
  }
});

test('reports in English with --lang en', async () => {
  const { code, stdout } = await run('feed', 'check', `${F}/griffie-voorbeeldstad.csv`, ...NOW, '--lang', 'en');
  assert.equal(code, 1);
  assert.match(stdout, /^Line 7  rejected  \(untitled\)\n    ✗ column “titel” is missing or empty$/m);
  assert.match(stdout, /^1 offer was rejected: fix it in the file and check again\.$/m);
});

test('explains itself, and exits 2 on a command or value it does not understand', async () => {
  const help = await run();
  assert.equal(help.code, 0);
  assert.match(help.stdout, /vakmanschap-widgets feed check <bestand-of-url>/);
  const unknown = await run('feed', 'controleer', 'x.csv');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^Onbekende opdracht „controleer”\./);
  const bad = await run('feed', 'check', `${F}/vereniging-agenda.ics`, '--ambten', 'koning');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^Ongeldige waarde voor --ambten\./);
});

/**
 * A test-runner reporter that ends the run with one plain line per engine,
 *   WebKit: 1122 passed, 0 failed, 5 skipped
 * lists every skipped test by name (a skip must say why in its test: see
 * test/helpers/media.ts), and, given a file, writes the same as JSON for
 * scripts/test-browsers.mjs.
 */
import { writeFileSync } from 'node:fs';

function count(suite, path, totals) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped.push([...here, test.name].join(' › '));
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, here, totals);
}

/** "WebKit: 1122 passed, 0 failed, 5 skipped", alone on its line. */
export const summaryLine = (s) => `${s.engine}: ${s.passed} passed, ${s.failed} failed${s.skipped.length ? `, ${s.skipped.length} skipped` : ''}`;

/** Skipped tests by their own name ("100 × … in forced colours (2.4.7)"), with the file of the first. */
function grouped(skipped) {
  const byName = new Map();
  for (const path of skipped) {
    const name = path.split(' › ').at(-1);
    const seen = byName.get(name) ?? { count: 0, file: path.split(' › ')[0] };
    seen.count++;
    byName.set(name, seen);
  }
  return [...byName].map(([name, { count, file }]) => `${count} × ${name} (${file})`);
}

export function engineSummaryReporter({ file } = {}) {
  let started;
  return {
    start({ startTime }) {
      started = startTime;
    },
    stop({ sessions }) {
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const totals = byBrowser.get(name) ?? { engine: name, passed: 0, failed: 0, skipped: [], files: 0, brokenFiles: 0 };
        byBrowser.set(name, totals);
        totals.files++;
        if (session.testResults) count(session.testResults, [session.testFile.replace(/^.*\/test\//, 'test/')], totals);
        // A file that fails to load or throws outside a test counts as one failure.
        if (!session.passed && session.errors?.length) totals.brokenFiles++;
      }
      const seconds = Math.round((Date.now() - started) / 1000);
      const summaries = [...byBrowser.values()].map((t) => ({ ...t, failed: t.failed + t.brokenFiles, seconds }));
      if (file) writeFileSync(file, JSON.stringify(summaries));
      // After the runner's own last report, so that the summary is the run's last line.
      process.once('exit', () => {
        for (const s of summaries) {
          if (s.skipped.length) console.log(`\nSkipped in ${s.engine} (each test says why):\n  ${grouped(s.skipped).join('\n  ')}`);
          console.log(`\n${s.engine}, ${s.files} test files in ${s.seconds} s:\n${summaryLine(s)}`);
        }
      });
    },
  };
}

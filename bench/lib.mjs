/** Small helpers of the benchmark: statistics, compression, machine facts. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import os from 'node:os';

export function quantile(samples, q) {
  if (!samples.length) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (s) => quantile(s, 0.5);
export const p95 = (s) => quantile(s, 0.95);

export function gzipSize(buf) {
  return gzipSync(buf, { level: 9 }).length;
}

export function brotliSize(buf) {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(x) {
  return Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a';
}

export function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    browser: browserVersion,
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

/** Prints rows as an aligned table: text columns to the left, columns of figures (`right`, by index) to the right. */
export function table(title, header, rows, right = []) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (right.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  if (title) console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

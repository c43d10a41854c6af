import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './paths';

/** What a figure must meet. Both limits apply when both are given. */
export interface Target {
  /** Galley's figure must be below this many milliseconds. */
  maxMs?: number;
  /** Galley's figure divided by the baseline's must be at most this. */
  maxRatio?: number;
}

/** One line of the results table: a Galley figure against the baseline measured in the same run. */
export interface BenchRow {
  group: string;
  metric: string;
  /** Milliseconds. */
  galley: number;
  /** Milliseconds; null for a figure that has no baseline of its own (a part of a whole). */
  baseline: number | null;
  baselineName: string;
  ratio: number | null;
  target: Target | null;
  /** null: reported for information, no target. */
  pass: boolean | null;
}

export function row(
  group: string,
  metric: string,
  galley: number,
  baseline: number | null,
  baselineName: string,
  target: Target | null = null,
  /** A ratio worked out otherwise than galley / baseline (say, the median of paired runs' ratios). */
  ratioOverride: number | null = null,
): BenchRow {
  const ratio = ratioOverride ?? (baseline !== null && baseline > 0 ? galley / baseline : null);
  let pass: boolean | null = null;
  if (target !== null) {
    pass = true;
    if (target.maxMs !== undefined && !(galley < target.maxMs)) pass = false;
    if (target.maxRatio !== undefined && !(ratio !== null && ratio <= target.maxRatio)) pass = false;
  }
  return { group, metric, galley, baseline, baselineName, ratio, target, pass };
}

export function describeTarget(target: Target | null): string {
  if (target === null) return '';
  const parts: string[] = [];
  if (target.maxRatio !== undefined) parts.push(`≤ ${target.maxRatio}×`);
  if (target.maxMs !== undefined) parts.push(`< ${target.maxMs} ms`);
  return parts.join(' & ');
}

const ms = (value: number | null) => (value === null ? '' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const times = (value: number | null) => (value === null ? '' : `${value.toFixed(2)}×`);

/** A plain-text table: one line per figure, grouped, readable in a terminal and in CI logs. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['metric', 'measured ms', 'baseline ms', 'baseline', 'ratio', 'target', 'result'];
  const lines = rows.map((r) => [
    `${r.group}: ${r.metric}`,
    ms(r.galley),
    ms(r.baseline),
    r.baselineName,
    times(r.ratio),
    describeTarget(r.target),
    r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const numeric = new Set([1, 2, 4]);
  const format = (cells: string[]) =>
    cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [format(header), rule, ...lines.map(format)].join('\n');
}

/** Writes bench-results/bench-<timestamp>.json and bench-results/latest.json; returns the first path. */
export function writeResults(report: unknown, startedAt: Date): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = join(RESULTS_DIR, `bench-${stamp}.json`);
  const text = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(file, text);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), text);
  return file;
}

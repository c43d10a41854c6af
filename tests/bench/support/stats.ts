/** Percentiles of a set of timings, in the unit they were measured in (milliseconds here). */
export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Linear interpolation between the closest ranks (the usual "type 7" definition). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
  };
}

/**
 * The median of a[i] / b[i]: for interleaved runs, where a[i] and b[i] ran in the same round and
 * so met the same moment of a busy machine, a steadier ratio than median(a) / median(b).
 */
export function medianPairedRatio(a: readonly number[], b: readonly number[]): number {
  const ratios = a.slice(0, b.length).map((value, index) => value / (b[index] ?? Number.NaN));
  return percentile([...ratios].sort((x, y) => x - y), 0.5);
}

/** Milliseconds, from the high-resolution clock. */
export const now = (): number => performance.now();

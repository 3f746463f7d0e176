/**
 * Small statistics helpers shared by the benchmarks.
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/**
 * The q-quantile (0..1) of the values, by linear interpolation.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.99);
 */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** One row of a benchmark report (see scripts/bench.mjs). */
export interface BenchRow {
  case: string;
  metric: string;
  unit: string;
  median: number;
  baseline?: number;
  ratio?: number;
  p99?: number;
  target?: string;
  runs?: number;
}

/** What a `bench/*.bench.ts` module's default export resolves to. */
export interface BenchReport {
  id: string;
  title: string;
  description?: string;
  rows: BenchRow[];
  notes?: string[];
}

/** What the runner passes to a benchmark. */
export interface BenchContext {
  root: string;
  log(message: string): void;
}

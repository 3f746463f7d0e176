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

/**
 * Runs `count` requests with `inFlight` of them at once; requests per second. Each request's
 * latency (ms) is pushed to `latencies`.
 *
 * @example
 * const rps = await throughput(200, 4, (i) => get(`/api/user-files/f-${i}`), latencies);
 */
export async function throughput(
  count: number,
  inFlight: number,
  request: (i: number) => Promise<void>,
  latencies: number[] = [],
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const t0 = performance.now();
        await request(next++);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
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

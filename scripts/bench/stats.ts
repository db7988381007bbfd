// Statistics for benchmark rounds: every figure is reported as the median with min and max.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Linear-interpolated percentile (p in 0–100) of unsorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return { median: NaN, min: NaN, max: NaN, n: 0 };
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

/** Per-round ratios a[i] / b[i], summarised: a ratio taken within a round cancels the machine's drift. */
export function ratioSummary(a: readonly number[], b: readonly number[]): Summary {
  const n = Math.min(a.length, b.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) if (b[i]! > 0) ratios.push(a[i]! / b[i]!);
  return summarize(ratios);
}

/** Growth factor of a cost between two sizes: 1 is flat, 100 is linear over 100 → 10,000. */
export function growth(from: number, to: number): number {
  return from > 0 ? to / from : NaN;
}

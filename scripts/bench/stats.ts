export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Median, 95th percentile (nearest rank) and maximum, rounded to 0.1 ms. */
export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: round(rank(0.5)),
    p95: round(rank(0.95)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

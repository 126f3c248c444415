/** The statistics of the timed goals: medians, and a bootstrap interval for a ratio of them. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Ratio {
  /** median(a) / median(b). */
  ratio: number;
  /** The 95% percentile-bootstrap interval of that ratio. */
  low: number;
  high: number;
}

/** A small seeded generator (mulberry32), so the same samples always give the same interval. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** median(a) / median(b), with its 95% interval from `resamples` bootstrap resamples of each. */
export function ratioOfMedians(
  a: readonly number[],
  b: readonly number[],
  resamples = 4000,
): Ratio {
  const next = random(0x2fa);
  const resample = (values: readonly number[]) =>
    median(Array.from(values, () => values[Math.floor(next() * values.length)]!));
  const ratios = Array.from({ length: resamples }, () => resample(a) / resample(b)).sort(
    (x, y) => x - y,
  );
  return {
    ratio: median(a) / median(b),
    low: ratios[Math.floor(resamples * 0.025)]!,
    high: ratios[Math.ceil(resamples * 0.975) - 1]!,
  };
}

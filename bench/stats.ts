/** Small statistics over repeated runs. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Runs that produced a value. */
  n: number;
}

export function spread(values: readonly number[]): Spread | null {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    n: sorted.length,
  };
}

/** Quantile of sorted values, interpolated between the two nearest ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  return low + (high - low) * (position - lower);
}

/**
 * Ratios of two series measured side by side: run i of `a` against run i of `b`, skipping
 * runs where either failed.
 */
export function pairedRatios(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
): number[] {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x != null && y != null && y > 0) ratios.push(x / y);
  }
  return ratios;
}

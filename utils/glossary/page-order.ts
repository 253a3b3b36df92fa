/**
 * The first index in [from, to) at which `past` holds, by bisection. `past` must be false up to
 * some index and true from there on, as "is below this line" is for terms in page order (save
 * for positioned content); callers that cannot rely on it check the neighbours of the answer.
 */
export function firstPast(from: number, to: number, past: (index: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

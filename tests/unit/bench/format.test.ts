import { describe, expect, it } from 'vitest';
import { formatMs } from '../../../bench/report.ts';

const spread = (median: number, min = median, max = median) => ({ median, min, max, n: 5 });

describe('bench figures in milliseconds', () => {
  it('round to whole milliseconds from 10 ms, to one decimal below', () => {
    expect(formatMs(spread(33.4, 33.3, 50.1))).toBe('33 ms (33–50)');
    expect(formatMs(spread(3.24, 2.9, 6.2))).toBe('3.2 ms (2.9–6.2)');
    expect(formatMs(null)).toBe('n/a');
  });

  it('show the decimal that tells which side of its goal a figure is on', () => {
    // Three frames at 60 Hz, a tenth of a millisecond over the goal: a miss must not read "50 ms".
    expect(formatMs(spread(50.1, 50, 83.3), 50)).toBe('50.1 ms (50.0–83.3)');
    expect(formatMs(spread(50.04, 50, 50.1), 50)).toBe('50.04 ms (50.00–50.10)');
    expect(formatMs(spread(3.04, 3, 3.9), 3)).toBe('3.04 ms (3.00–3.90)');
    expect(formatMs(spread(49.6, 49, 51), 50)).toBe('49.6 ms (49.0–51.0)');
    // At the goal, or clearly on one side, the usual rounding stays.
    expect(formatMs(spread(50, 50, 50), 50)).toBe('50 ms (50–50)');
    expect(formatMs(spread(72.4, 69, 78), 50)).toBe('72 ms (69–78)');
  });
});

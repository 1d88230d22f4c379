import { describe, expect, it } from 'vitest';
import { isIdle, median, type Sample } from './stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('isIdle', () => {
  const rule = { quietMs: 1000, maxBusyMs: 60 };
  const at = (atMs: number, taskMs: number, marks = 0): Sample => ({ atMs, taskMs, marks });

  it('needs a full quiet window of samples', () => {
    expect(isIdle([], rule)).toBe(false);
    expect(isIdle([at(0, 100), at(800, 110)], rule)).toBe(false);
    expect(isIdle([at(0, 100), at(500, 105), at(1000, 110)], rule)).toBe(true);
  });

  it('is not idle while the main thread is busy or marks still change', () => {
    expect(isIdle([at(0, 100), at(1000, 200)], rule)).toBe(false);
    expect(isIdle([at(0, 100, 3), at(600, 101, 5), at(1000, 102, 5)], rule)).toBe(false);
    // The window starts at the newest sample a full second old: busy earlier does not count.
    expect(isIdle([at(0, 0), at(200, 500), at(1200, 510)], rule)).toBe(true);
  });
});

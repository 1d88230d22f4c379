import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from './placement';

const viewport = { width: 1000, height: 800 };
const line = (top: number, left = 100, right = 400): Box => ({
  left,
  right,
  top,
  bottom: top + 20,
});

describe('placeCard', () => {
  it('goes below the claim when it fits', () => {
    const p = placeCard([line(100)], 360, 300, viewport);
    expect(p).toMatchObject({ side: 'below', top: 126, left: 100 });
  });

  it('flips above near the bottom edge without covering the claim', () => {
    const p = placeCard([line(600)], 360, 300, viewport);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(300, p.maxHeight)).toBeLessThanOrEqual(600);
  });

  it('uses the first line above and the last line below for multi-line claims', () => {
    const p = placeCard([line(500, 700, 990), line(520, 10, 200)], 360, 400, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBeLessThanOrEqual(500 - 400);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard([line(100, 900, 980)], 360, 200, viewport).left).toBe(1000 - 360 - 8);
    expect(placeCard([line(100, -50, 20)], 360, 200, viewport).left).toBe(8);
  });

  it('cuts the height to the roomier side when the card fits nowhere', () => {
    const p = placeCard([line(300)], 360, 2000, viewport);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 320 - 6 - 8);
  });
});

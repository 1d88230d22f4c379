import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintMarks, type Mark } from './marks';

/** A stand-in registry that counts its changes: every change costs the browser a repaint. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

describe('paintMarks', () => {
  let registry: Map<string, FakeHighlight>;
  let changes: number;

  beforeEach(() => {
    registry = new Map();
    changes = 0;
    const counted = {
      get: (name: string) => registry.get(name),
      set: (name: string, highlight: FakeHighlight) => (changes++, registry.set(name, highlight)),
      delete: (name: string) => (changes++, registry.delete(name)),
    };
    vi.stubGlobal('CSS', { highlights: counted });
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => vi.unstubAllGlobals());

  const mark = (verdict: Mark['verdict']): Mark => ({
    range: {} as Range,
    claimId: 'x',
    verdict,
  });

  it('changes the registry only where the marks changed', () => {
    const a = mark('false');
    const b = mark('supported');
    paintMarks([a, b]);
    expect(changes).toBe(2);
    expect([...(registry.get('mdma-lens-false') ?? [])]).toEqual([a.range]);

    paintMarks([a, b]); // a repaint in the middle of a scan that found nothing new
    expect(changes).toBe(2);

    const c = mark('false');
    paintMarks([a, b, c]);
    expect(changes).toBe(3);
    expect(registry.get('mdma-lens-false')?.size).toBe(2);

    paintMarks([a, b, c], ['supported']);
    expect(changes).toBe(4);
    expect(registry.has('mdma-lens-supported')).toBe(false);
  });
});

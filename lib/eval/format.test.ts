import { describe, expect, it } from 'vitest';
import { formatReport } from './format';
import { score } from './score';

describe('formatReport', () => {
  it('lists totals, per-claim rows, misses and false alarms', () => {
    const text = formatReport(
      score([{ id: 'p1', text: 'MDMA works', expected: ['a'], predicted: ['b'] }]),
    );
    expect(text).toContain('passages: 1');
    expect(text).toMatch(/ALL \(micro\)\s+0\.0%/);
    expect(text).toContain('p1 a: MDMA works');
    expect(text).toContain('p1 b: MDMA works');
  });
});

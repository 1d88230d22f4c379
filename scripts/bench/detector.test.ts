import { describe, expect, it } from 'vitest';
import { hasGateWord } from '../../lib/detector/gate';
import { benchDetector, countGateWords } from './detector';

describe('the gate scan the detector is compared with', () => {
  it('finds a word exactly where hasGateWord does', () => {
    const texts = [
      'MDMA-assisted therapy',
      'ecstasy and Molly',
      '3,4-methylenedioxymethamphetamine',
      'midomafetamine',
      'mdmas',
      'Mollycoddled',
      'a quiet tram ride',
      '',
    ];
    for (const text of texts) expect(countGateWords(text) > 0).toBe(hasGateWord(text));
    expect(countGateWords('MDMA, molly, ecstasy; MDMA again')).toBe(4);
  });

  it('reports the figures of one run', () => {
    const text = 'The FDA approved MDMA therapy last year. '.repeat(20);
    const figures = benchDetector(text, { detect: 1, gate: 1 });
    expect(figures.textBytes).toBe(Buffer.byteLength(text));
    expect(figures.claims).toBe(20);
    expect(figures.mbPerSec).toBeGreaterThan(0);
    expect(figures.ratioToGate).toBeCloseTo(figures.detectMs / figures.gateMs);
  });
});

import { describe, expect, it } from 'vitest';
import { detectClaims, hasGateWord } from '../../lib/detector/index';
import { htmlToText } from '../../lib/text/html-to-text';
import {
  CLAIM_SENTENCES,
  densePage,
  generatePage,
  PAGE_BYTES,
  PLAIN_SENTENCES,
  plainPage,
  seededRandom,
} from './pages';

describe('bench pages', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(generatePage('t', { bytes: 5000, seed: 3 })).toBe(
      generatePage('t', { bytes: 5000, seed: 3 }),
    );
  });

  it('reach the size asked for, and not much more', () => {
    const page = generatePage('t', { bytes: 20_000 });
    const size = Buffer.byteLength(page);
    expect(size).toBeGreaterThanOrEqual(20_000);
    expect(size).toBeLessThan(21_500); // one paragraph or list past the mark at most
  });

  it('uses claim sentences the detector recognises, and plain sentences it ignores', () => {
    for (const sentence of CLAIM_SENTENCES) expect(detectClaims(sentence)).toHaveLength(1);
    for (const sentence of PLAIN_SENTENCES) expect(hasGateWord(sentence)).toBe(false);
  });

  it('makes a 2 MiB plain page without a gate word and a dense one with 300+ claims', () => {
    const plain = plainPage();
    const dense = densePage();
    expect(Buffer.byteLength(plain)).toBeGreaterThanOrEqual(PAGE_BYTES);
    expect(Buffer.byteLength(dense)).toBeGreaterThanOrEqual(PAGE_BYTES);
    expect(hasGateWord(htmlToText(plain))).toBe(false);
    expect(detectClaims(htmlToText(dense)).length).toBeGreaterThanOrEqual(300);
  });
});

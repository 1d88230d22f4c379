import { describe, expect, it } from 'vitest';
import { parseNumberPhrase, type Word } from './numbers';

function words(source: string): Word[] {
  return [...source.matchAll(/[a-z]+|\d+(?:[.,]\d+)*/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
const parse = (source: string) => parseNumberPhrase(source, words(source), 0);

describe('parseNumberPhrase', () => {
  it.each([
    ['67', 67, false],
    ['86.5', 86.5, false],
    ['1,000', 1000, false],
    ['sixty-seven', 67, false],
    ['sixty seven per cent', 67, true],
    ['67 percent', 67, true],
    ['two-thirds of', 67, true],
    ['two thirds', 67, true],
    ['a third of', 33, true],
    ['three quarters', 75, true],
    ['one in three', 33, true],
    ['nine out of ten', 90, true],
    ['nine of every ten', 90, true],
    ['two in every three', 67, true],
    ['half of', 50, true],
    ['one hundred', 100, false],
  ])('%j → %d (percent: %s)', (source, value, percent) => {
    expect(parse(source)).toMatchObject({ value, percent });
  });

  it('does not read "one third trial" as a fraction', () => {
    expect(parse('one third trial')).toMatchObject({ value: 1, percent: false });
  });

  it('returns undefined for words that are not numbers', () => {
    expect(parse('mdma')).toBeUndefined();
    expect(parse('half-dose')).toBeUndefined();
  });
});

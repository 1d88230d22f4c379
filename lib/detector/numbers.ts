/**
 * Reads numbers written in words or digits, with their percent and fraction forms, so that
 * "sixty-seven per cent", "67 percent", "67%" and "two-thirds" all reach the rules as one
 * percentage token. Works on a list of ASCII words (already lower-cased) and consumes as many
 * words as form one number phrase.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface NumberPhrase {
  value: number;
  percent: boolean;
  /** Index of the first word after the phrase. */
  next: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Denominators of fractions said in words ("two-thirds", "three quarters"). */
const FRACTION_DENOMINATORS: Record<string, number> = {
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
};

const DIGITS = /^\d+(?:[.,]\d+)*$/;

/** Words that can start a number phrase; anything else is skipped with one lookup. */
export const NUMBER_STARTS = new Set(['a', 'half', ...Object.keys(UNITS), ...Object.keys(TENS)]);

/**
 * Words without which a text with no digit cannot hold a number phrase: every phrase starts
 * with a digit or one of `NUMBER_STARTS`, and one that starts with "a" needs a fraction word.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...[...NUMBER_STARTS].filter((w) => w !== 'a'),
  ...Object.keys(FRACTION_DENOMINATORS),
]);

/** Words a number phrase can end with: its digits then come right before the next word. */
export const NUMBER_ENDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS,
  'hundred',
  'percent',
  'pc',
  'cent',
]);

/** Words may be joined by one space or one hyphen ("sixty-seven", "sixty seven"). */
function joined(source: string, words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  const cur = words[k];
  if (!prev || !cur) return false;
  const gap = source.slice(prev.end, cur.start);
  return gap === ' ' || gap === '-';
}

/** A plain number at word `i`: digits, or number words below one thousand. */
function parseCardinal(
  source: string,
  words: readonly Word[],
  i: number,
): { value: number; next: number } | undefined {
  const first = words[i]?.text;
  if (first === undefined) return undefined;
  if (DIGITS.test(first)) {
    // "1,000" is a thousands separator; "86.5" and "86,5" (European) are decimals.
    const value = /^\d{1,3}(?:,\d{3})+$/.test(first)
      ? Number(first.replace(/,/g, ''))
      : Number(first.replace(',', '.'));
    return Number.isFinite(value) ? { value, next: i + 1 } : undefined;
  }
  let value: number;
  let next = i + 1;
  const tens = TENS[first];
  if (tens !== undefined) {
    value = tens;
    const unit = UNITS[words[next]?.text ?? ''];
    if (unit !== undefined && unit > 0 && unit < 10 && joined(source, words, next)) {
      value += unit;
      next += 1;
    }
  } else {
    const unit = UNITS[first];
    if (unit === undefined) return undefined;
    value = unit;
  }
  if (words[next]?.text === 'hundred' && joined(source, words, next) && value > 0) {
    value *= 100;
    next += 1;
  }
  return { value, next };
}

/** "sixty-seven percent", "67 per cent", "two-thirds", "one in three", "half of", "67". */
export function parseNumberPhrase(
  source: string,
  words: readonly Word[],
  i: number,
): NumberPhrase | undefined {
  const word = words[i]?.text;
  if (word === undefined) return undefined;

  if (word === 'half' && (words[i + 1]?.text === 'of' || words[i + 1]?.text === 'the')) {
    return { value: 50, percent: true, next: i + 1 };
  }
  // "a third of", "a quarter of": the article is the numerator only before "of".
  if (word === 'a' && joined(source, words, i + 1) && words[i + 2]?.text === 'of') {
    const denominator = FRACTION_DENOMINATORS[words[i + 1]?.text ?? ''];
    if (denominator !== undefined) {
      return { value: Math.round(100 / denominator), percent: true, next: i + 2 };
    }
  }

  const cardinal = parseCardinal(source, words, i);
  if (!cardinal) return undefined;
  const { value } = cardinal;
  let next = cardinal.next;
  const after = words[next]?.text;

  if (after !== undefined && joined(source, words, next)) {
    if (after === 'percent' || after === 'pc') return { value, percent: true, next: next + 1 };
    if (after === 'per' && words[next + 1]?.text === 'cent' && joined(source, words, next + 1)) {
      return { value, percent: true, next: next + 2 };
    }
    const denominator = FRACTION_DENOMINATORS[after];
    // "one third" needs "of" after it, or a hyphen ("one-third"), to be a fraction and not
    // "one third trial"; plural denominators ("two thirds") are always fractions.
    const isFraction =
      denominator !== undefined &&
      value > 0 &&
      value < denominator &&
      (after.endsWith('s') ||
        source.slice(words[next - 1]?.end ?? 0, words[next]?.start ?? 0) === '-' ||
        words[next + 1]?.text === 'of');
    if (isFraction && denominator !== undefined) {
      return { value: Math.round((100 * value) / denominator), percent: true, next: next + 1 };
    }
  }
  // "one in three", "nine out of ten", "nine of every ten", "two in every three"
  let ratioAt = -1;
  if (after === 'in') ratioAt = next + 1;
  else if (after === 'out' && words[next + 1]?.text === 'of') ratioAt = next + 2;
  else if (after === 'of' && words[next + 1]?.text === 'every') ratioAt = next + 2;
  if (after === 'in' && words[ratioAt]?.text === 'every') ratioAt++;
  if (ratioAt > 0) {
    const denominator = parseCardinal(source, words, ratioAt);
    if (denominator && denominator.value > value && denominator.value <= 100 && value > 0) {
      return {
        value: Math.round((100 * value) / denominator.value),
        percent: true,
        next: denominator.next,
      };
    }
  }
  next = cardinal.next;
  return { value, percent: false, next };
}

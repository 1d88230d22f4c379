import { NUMBER_STARTS, parseNumberPhrase, type Word } from './numbers';

/**
 * Text as the rules see it, with a way back to the original offsets.
 *
 * Folding: lower case; curly quotes to ' and "; every Unicode dash and minus to -; exotic
 * spaces to a plain space; zero-width characters and soft hyphens dropped. Numbers: number
 * phrases become digits, and percent or fraction forms become one "<n>%" token ("two-thirds"
 * → "67%", "sixty-seven per cent" → "67%").
 *
 * `start[i]`/`end[i]` give the original span of normalised character i; a rewritten number
 * phrase maps every one of its characters to the whole original phrase, so any normalised
 * range maps back to `[start[s], end[e - 1])`.
 */
export interface Normalised {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`']);
const DOUBLE_QUOTES = new Set([
  '\u201c',
  '\u201d',
  '\u201e',
  '\u201f',
  '\u2033',
  '\u00ab',
  '\u00bb',
]);
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

function foldChar(ch: string): string {
  if (ch < '\u0080') return ch.toLowerCase();
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  const lower = ch.toLowerCase();
  // Keep the mapping one character to one: a lower case that changes length (U+0130) stays.
  return lower.length === 1 ? lower : ch;
}

/** Character folding, one output character per kept input character. */
function fold(text: string): { text: string; map: Int32Array } {
  const map = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i] as string);
    if (ch === '') continue;
    parts.push(ch);
    map[n++] = i;
  }
  return { text: parts.join(''), map: map.subarray(0, n) };
}

const WORD = /[a-z]+|\d+(?:[.,]\d+)*/g;

/**
 * Cheap test for text that may hold a number phrase: a digit, or a number or fraction word on
 * its own ("a third of" needs "third"). Most sentences have none and skip the word scan.
 */
const MAY_HOLD_NUMBER =
  /\d|\b(?:half|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thirds?|quarters?|fourths?|fifths?)\b/;

/** A number phrase in folded text, `[start, end)`, and the digits that replace it. */
interface Rewrite {
  start: number;
  end: number;
  replacement: string;
}

function numberRewrites(src: string): Rewrite[] {
  if (!MAY_HOLD_NUMBER.test(src)) return [];
  const words: Word[] = [];
  for (const m of src.matchAll(WORD)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const rewrites: Rewrite[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i] as Word;
    // A number starts at a word boundary: not inside "covid19" or "x2".
    const canStart = NUMBER_STARTS.has(word.text) || (word.text[0] as string) <= '9';
    const phrase =
      !canStart || (word.start > 0 && /[a-z0-9]/.test(src[word.start - 1] as string))
        ? undefined
        : parseNumberPhrase(src, words, i);
    if (!phrase) {
      i += 1;
      continue;
    }
    const last = words[phrase.next - 1] as Word;
    let phraseEnd = last.end;
    let percent = phrase.percent;
    // "67%" and "67 %" are percentages too.
    if (!percent && src[phraseEnd] === '%') {
      percent = true;
      phraseEnd += 1;
    } else if (!percent && src[phraseEnd] === ' ' && src[phraseEnd + 1] === '%') {
      percent = true;
      phraseEnd += 2;
    }
    const replacement = `${phrase.value}${percent ? '%' : ''}`;
    if (replacement !== src.slice(word.start, phraseEnd)) {
      rewrites.push({ start: word.start, end: phraseEnd, replacement });
    }
    i = phrase.next;
  }
  return rewrites;
}

/** Any character outside ASCII: such text needs the per-character fold. */
const NON_ASCII = /[\u0080-\uffff]/;

/** The character folding of `normaliseText` alone, before number phrases are rewritten. */
export function foldText(text: string): string {
  return NON_ASCII.test(text) ? fold(text).text : text.toLowerCase();
}

/**
 * The normalised text alone, for the detector's hot path: the same folding and number rewrites
 * as `normalise`, without building the offset maps (matches span whole sentences, so the
 * sentence pipeline never maps a token back).
 */
export function normaliseText(text: string): string {
  const src = foldText(text);
  const rewrites = numberRewrites(src);
  if (rewrites.length === 0) return src;
  const parts: string[] = [];
  let copied = 0;
  for (const r of rewrites) {
    parts.push(src.slice(copied, r.start), r.replacement);
    copied = r.end;
  }
  parts.push(src.slice(copied));
  return parts.join('');
}

export function normalise(text: string): Normalised {
  const folded = fold(text);
  const src = folded.text;
  const rewrites = numberRewrites(src);
  if (rewrites.length === 0) {
    const end = folded.map.map((i) => i + 1);
    return { text: src, start: folded.map, end };
  }
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let copied = 0; // folded offset up to which the output is written
  const copyUpTo = (limit: number) => {
    for (; copied < limit; copied++) {
      out.push(src[copied] as string);
      const orig = folded.map[copied] as number;
      start.push(orig);
      end.push(orig + 1);
    }
  };
  for (const r of rewrites) {
    copyUpTo(r.start);
    const origStart = folded.map[r.start] as number;
    const origEnd = (folded.map[r.end - 1] as number) + 1;
    for (const ch of r.replacement) {
      out.push(ch);
      start.push(origStart);
      end.push(origEnd);
    }
    copied = r.end;
  }
  copyUpTo(src.length);
  return { text: out.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

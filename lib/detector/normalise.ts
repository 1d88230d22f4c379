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

export function normalise(text: string): Normalised {
  const folded = fold(text);
  const src = folded.text;
  const words: Word[] = [];
  for (const m of src.matchAll(WORD)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }

  if (
    !/[0-9]|half|third|quarter|fourth|fifth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty\b|hundred/.test(
      src,
    )
  ) {
    // No number word at all (most sentences): the folded text is the answer.
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
      copyUpTo(word.start);
      const origStart = folded.map[word.start] as number;
      const origEnd = (folded.map[phraseEnd - 1] as number) + 1;
      for (const ch of replacement) {
        out.push(ch);
        start.push(origStart);
        end.push(origEnd);
      }
      copied = phraseEnd;
    }
    i = phrase.next;
  }
  copyUpTo(src.length);
  return { text: out.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

import type { Token } from './tokenize';

/**
 * Clause numbers for the tokens of one sentence, at two grains:
 * - `scope`: where a negation reaches. Ends at , ; : ( ) [ ] and at words that start a new
 *   clause ("but", "although", "which"…): in "MDMA, which is not addictive, eased PTSD"
 *   the "not" does not reach "eased".
 * - `topic`: where a drug's name reaches. Ends only at ; and contrast words, so an appositive
 *   ("MDMA, a stimulant, …") stays with its drug while "Psilocybin helps, but MDMA …" splits.
 *   A sentence that opens with a contrast or comparison ("Unlike MDMA, psilocybin …",
 *   "Whereas MDMA trials …, the psilocybin studies …") also splits at the first comma: the
 *   fronted phrase names a drug only to set it against the main clause's.
 */
export interface Clauses {
  scope: Int32Array;
  topic: Int32Array;
}

const SCOPE_BREAK_CHARS = /[,;:()[\]]|\s-\s/;
const TOPIC_BREAK_CHARS = /[;]/;
const SCOPE_WORDS = new Set([
  'but',
  'although',
  'though',
  'while',
  'whereas',
  'yet',
  'however',
  'which',
  'because',
  'since',
]);
const TOPIC_WORDS = new Set(['but', 'although', 'though', 'while', 'whereas', 'however', 'unlike']);
const FRONTED_WORDS = new Set([
  'unlike',
  'like',
  'whereas',
  'while',
  'although',
  'though',
  'compared',
  'besides',
]);

export function clausesOf(text: string, tokens: readonly Token[]): Clauses {
  const scope = new Int32Array(tokens.length);
  const topic = new Int32Array(tokens.length);
  let s = 0;
  let t = 0;
  let fronted = tokens.length > 0 && FRONTED_WORDS.has((tokens[0] as Token).text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (i > 0) {
      const gap = text.slice((tokens[i - 1] as Token).end, token.start);
      const comma = gap.includes(',');
      if (SCOPE_BREAK_CHARS.test(gap) || SCOPE_WORDS.has(token.text)) s++;
      if (TOPIC_BREAK_CHARS.test(gap) || TOPIC_WORDS.has(token.text) || (fronted && comma)) t++;
      if (comma) fronted = false;
    }
    scope[i] = s;
    topic[i] = t;
  }
  return { scope, topic };
}

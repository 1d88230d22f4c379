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

/** What the characters between two tokens break: a clause's negation scope, its topic. */
const BREAKS_NOTHING = 0;
const BREAKS_SCOPE = 1;
const BREAKS_TOPIC = 2;
const HAS_COMMA = 4;

/**
 * Scope ends at , ; : ( ) [ ] and a spaced dash; topic only at ;. Read character by character
 * so the hot path allocates nothing.
 */
function gapBreaks(text: string, from: number, to: number): number {
  let flags = BREAKS_NOTHING;
  for (let k = from; k < to; k++) {
    const ch = text[k] as string;
    if (ch === ',') flags |= BREAKS_SCOPE | HAS_COMMA;
    else if (ch === ';') flags |= BREAKS_SCOPE | BREAKS_TOPIC;
    else if (ch === ':' || ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      flags |= BREAKS_SCOPE;
    } else if (
      ch === '-' &&
      k > from &&
      k + 1 < to &&
      isSpace(text[k - 1]) &&
      isSpace(text[k + 1])
    ) {
      flags |= BREAKS_SCOPE;
    }
  }
  return flags;
}
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
      const gap = gapBreaks(text, (tokens[i - 1] as Token).end, token.start);
      const comma = (gap & HAS_COMMA) !== 0;
      if (gap & BREAKS_SCOPE || SCOPE_WORDS.has(token.text)) s++;
      if (gap & BREAKS_TOPIC || TOPIC_WORDS.has(token.text) || (fronted && comma)) t++;
      if (comma) fronted = false;
    }
    scope[i] = s;
    topic[i] = t;
  }
  return { scope, topic };
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\r';
}

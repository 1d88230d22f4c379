import { normalise } from './normalise';
import { tokenize, type Token } from './tokenize';

/**
 * Terms are the vocabulary of the rules: a word or a phrase, matched on whole tokens of
 * normalised text. Syntax (documented for authors in data/schema.ts):
 * - words are normalised like page text, so "two-thirds" in a rule equals "67%" on a page;
 * - `*` at the end of a word matches any ending (`approv*`);
 * - `#pct` matches any percentage or fraction, `#num` any other number, `#num>=6` a number of
 *   at least 6 ("six months or more after treatment").
 *
 * All terms of all rules live in one index, so each sentence is scanned once: a token looks up
 * the terms that can start with it (a hash lookup per exact word, one per prefix length used).
 */
export type WordMatcher =
  | { kind: 'exact'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'pct' }
  | { kind: 'num'; min: number };

export interface Hit {
  term: number;
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
}

const PCT = /^\d[\d.,]*%$/;
const NUM = /^\d[\d.,]*$/;

function parseTerm(term: string): WordMatcher[] {
  const words: WordMatcher[] = [];
  for (const raw of term.trim().split(/\s+/)) {
    if (raw === '#pct') words.push({ kind: 'pct' });
    else if (raw.startsWith('#num')) {
      const min = raw === '#num' ? Number.NEGATIVE_INFINITY : Number(raw.slice('#num>='.length));
      if (!raw.startsWith('#num>=') && raw !== '#num') throw new Error(`Bad term: ${term}`);
      if (Number.isNaN(min)) throw new Error(`Bad number in term: ${term}`);
      words.push({ kind: 'num', min });
    } else {
      const star = raw.endsWith('*');
      const tokens = tokenize(normalise(star ? raw.slice(0, -1) : raw).text);
      tokens.forEach((t, k) => {
        const last = k === tokens.length - 1;
        words.push({ kind: star && last ? 'prefix' : 'exact', text: t.text });
      });
    }
  }
  if (words.length === 0) throw new Error(`Empty term: ${JSON.stringify(term)}`);
  return words;
}

function wordMatches(word: WordMatcher, token: string): boolean {
  switch (word.kind) {
    case 'exact':
      return token === word.text;
    case 'prefix':
      return token.startsWith(word.text);
    case 'pct':
      return PCT.test(token);
    case 'num':
      return NUM.test(token) && Number(token.replace(/,/g, '')) >= word.min;
  }
}

export class TermIndex {
  private readonly terms: WordMatcher[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly byExact = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  private prefixLengths: number[] = [];
  private readonly byPct: number[] = [];
  private readonly byNum: number[] = [];

  /** Adds a term (once) and returns its id. */
  add(term: string): number {
    const words = parseTerm(term);
    const key = JSON.stringify(words);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.starts.clear();
    this.terms.push(words);
    this.ids.set(key, id);
    const first = words[0] as WordMatcher;
    if (first.kind === 'exact') push(this.byExact, first.text, id);
    else if (first.kind === 'prefix') {
      push(this.byPrefix, first.text, id);
      if (!this.prefixLengths.includes(first.text.length)) {
        this.prefixLengths = [...this.prefixLengths, first.text.length].sort((a, b) => a - b);
      }
    } else if (first.kind === 'pct') this.byPct.push(id);
    else this.byNum.push(id); // numeric bounds are checked on the token in tryAll
    return id;
  }

  /** The words of a term, as `add` parsed them. */
  wordsOf(id: number): readonly WordMatcher[] {
    return this.terms[id] ?? [];
  }

  /** Every occurrence of every term in the tokens, in token order. */
  scan(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      this.tryAll(this.startingWith((tokens[i] as Token).text), tokens, i, hits);
    }
    return hits;
  }

  /**
   * Memo of the terms that can start at a word: a page repeats its words, and finding them costs
   * a lookup per prefix length. Cleared when full, so memory stays bounded on any input.
   */
  private readonly starts = new Map<string, readonly number[]>();
  private static readonly MEMO_SIZE = 20_000;

  private startingWith(text: string): readonly number[] {
    const known = this.starts.get(text);
    if (known) return known;
    const ids: number[] = [...(this.byExact.get(text) ?? [])];
    for (const length of this.prefixLengths) {
      if (length > text.length) break;
      ids.push(...(this.byPrefix.get(text.slice(0, length)) ?? []));
    }
    if (PCT.test(text)) ids.push(...this.byPct);
    else if (NUM.test(text)) ids.push(...this.byNum);
    if (this.starts.size >= TermIndex.MEMO_SIZE) this.starts.clear();
    this.starts.set(text, ids);
    return ids;
  }

  private tryAll(
    candidates: readonly number[],
    tokens: readonly Token[],
    at: number,
    hits: Hit[],
  ): void {
    for (const id of candidates) {
      const words = this.terms[id] as WordMatcher[];
      if (at + words.length > tokens.length) continue;
      let ok =
        (words[0] as WordMatcher).kind !== 'num' ||
        wordMatches(words[0] as WordMatcher, (tokens[at] as Token).text);
      for (let k = 1; k < words.length && ok; k++) {
        ok = wordMatches(words[k] as WordMatcher, (tokens[at + k] as Token).text);
      }
      if (ok) hits.push({ term: id, from: at, to: at + words.length });
    }
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

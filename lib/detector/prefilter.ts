import { foldText } from './normalise';
import { NUMBER_ENDS, NUMBER_STARTS, NUMBER_WORDS } from './numbers';
import type { TermIndex } from './terms';

/**
 * A cheap necessary condition for a block to hold a hit of some terms (a drug name, or a term
 * of every group of a rule), read off the folded text in one pass over its characters, without
 * rewriting numbers, tokenising or making a string per word. On a page whose topic is MDMA
 * every block is checked, and most are ordinary prose that this rejects.
 *
 * Why "no" is certain. Number rewriting (`numberRewrites` in normalise.ts) replaces whole
 * [a-z]+ words and digits by digits and "%"; it never starts right after a letter or a digit,
 * and never ends right before a letter, its words being whole runs. So in the normalised text:
 * - a token of [a-z] only is a maximal [a-z] run of the folded text, and a token that starts
 *   with an [a-z] prefix (`approv*`) starts such a run;
 * - a numeric token needs a digit in the folded text or a word that can start a number phrase;
 * - a token with other letters ("aidé") needs a character outside ASCII;
 * - two adjacent tokens, the first of [a-z] only, are consecutive [a-z] runs: anything a
 *   rewrite left between them would be a token. A numeric token right before a word's run
 *   is a digit or a word that can end a number phrase; right after one, a digit or a word
 *   that can start one.
 * A term hits only where each of its words has its token, and consecutive words adjacent
 * tokens, so it needs all of these. "Yes" is only "maybe": the order of longer phrases, rule
 * windows and the number phrases themselves are left to the caller.
 */

/** What one term needs in a text before it can hit there. */
interface Needs {
  /** Ids of [a-z] words (exact or prefix) that must all be present. */
  words: number[];
  /** Ids of pairs of words (or `NUMBER`) that must be present one right after the other. */
  pairs: number[];
  number: boolean;
  nonAscii: boolean;
  /** Ids of the groups the term is in: met when it is. */
  groups: number[];
}

/** Holds when every group (by id) has a term whose needs are met. */
interface Condition {
  groups: number[];
  /** The block this condition was last evaluated on, so several anchors evaluate it once. */
  checked: number;
}

const ASCII_WORD = /^[a-z]+$/;
const NUMERIC = /^\p{N}/u;
const NON_ASCII = /[\u0080-\uffff]/;

/** What a word of the trie is to number phrases. */
const NUMBER_WORD = 1; // the text may hold a number ("seven", "half")
const STARTS_NUMBER = 2;
const ENDS_NUMBER = 4;

/** Stands for any numeric token in pairs; never marked present as a word. */
const NUMBER = 0;
/** Word ids stay far below this, so `first * PAIR_KEY + second` names a pair exactly. */
const PAIR_KEY = 1 << 20;

export class BlockFilter {
  private readonly exact = new Map<string, number>();
  private readonly prefix = new Map<string, number>();
  /**
   * The words as a trie over a-z, read letter by letter as the text is scanned: `next[s * 26 +
   * letter]` is the state after `letter` from state s (0: no word continues so). A state is
   * one string: the exact word it is (`exactAt`, -1 if none), the prefix word (`prefixAt`) and
   * its number flags.
   */
  private readonly next: Uint16Array | Int32Array;
  private readonly exactAt: Int32Array;
  private readonly prefixAt: Int32Array;
  private readonly numberAt: Uint8Array;
  /** Length of each word, by id (`NUMBER` included). */
  private readonly lengths: number[] = [0];
  /** Pair id by `first * PAIR_KEY + second` word id, and the word ids that start a pair. */
  private readonly pairs = new Map<number, number>();
  private readonly pairStart: Uint8Array;
  /**
   * Terms to evaluate when a word is present: those whose longest word it is; and the terms
   * that need no [a-z] word, evaluated on every block. Terms met mark their groups met.
   */
  private readonly needsByWord: Needs[][] = [];
  private readonly wordless: Needs[] = [];
  /** Conditions to evaluate when a word is present: those anchored on it. */
  private readonly byWord: Condition[][] = [];
  /** Conditions with no group that needs a word in every term: evaluated on every block. */
  private readonly unanchored: Condition[] = [];

  /**
   * Per block: `seen[w] === block` marks word w present, `pairSeen` likewise; the words
   * present, in the order found; whether the text may hold a number, or any character
   * outside ASCII. Reused from block to block, so a block allocates nothing.
   */
  private readonly seen: Int32Array;
  private readonly pairSeen: Int32Array;
  private readonly groupMet: Int32Array;
  private block = 0;
  private readonly present: number[] = [];
  private numberish = false;
  private nonAscii = false;

  /** `conditions`: each a list of groups of term ids of `index`. */
  constructor(index: TermIndex, conditions: readonly (readonly (readonly number[])[])[]) {
    const needsOf = new Map<number, Needs>();
    const needs = (term: number): Needs => {
      let known = needsOf.get(term);
      if (!known) {
        known = { words: [], pairs: [], number: false, nonAscii: false, groups: [] };
        let previous = -1; // an exact word or NUMBER just before, if any
        for (const word of index.wordsOf(term)) {
          let id: number;
          if (word.kind === 'pct' || word.kind === 'num' || NUMERIC.test(word.text)) {
            known.number = true;
            id = NUMBER;
          } else if (!ASCII_WORD.test(word.text)) {
            known.nonAscii = true;
            id = -1;
          } else {
            id = this.wordId(word.kind === 'prefix' ? this.prefix : this.exact, word.text);
            if (!known.words.includes(id)) known.words.push(id);
          }
          // Two numbers in a row are not tracked as a pair: the number flag stands for both.
          if (previous >= 0 && id >= 0 && (previous !== NUMBER || id !== NUMBER)) {
            known.pairs.push(this.pairId(previous, id));
          }
          previous = word.kind === 'prefix' ? -1 : id;
        }
        needsOf.set(term, known);
        if (known.words.length === 0) this.wordless.push(known);
        else (this.needsByWord[this.longest(known.words)] ??= []).push(known);
      }
      return known;
    };
    let groupCount = 0;
    for (const termGroups of conditions) {
      const groups = termGroups.map((group) => group.map(needs));
      const condition: Condition = { groups: [], checked: 0 };
      for (const group of groups) {
        const id = groupCount++;
        condition.groups.push(id);
        for (const term of group) if (!term.groups.includes(id)) term.groups.push(id);
      }
      const anchor = this.anchorOf(groups);
      if (!anchor) this.unanchored.push(condition);
      else for (const id of anchor) (this.byWord[id] ??= []).push(condition);
    }
    this.groupMet = new Int32Array(groupCount);
    const trie = buildTrie(this.exact, this.prefix);
    this.next = trie.next;
    this.exactAt = trie.exactAt;
    this.prefixAt = trie.prefixAt;
    this.numberAt = trie.numberAt;
    this.seen = new Int32Array(this.lengths.length);
    this.pairSeen = new Int32Array(this.pairs.size);
    this.pairStart = new Uint8Array(this.lengths.length);
    for (const key of this.pairs.keys()) this.pairStart[Math.floor(key / PAIR_KEY)] = 1;
  }

  private wordId(map: Map<string, number>, text: string): number {
    let id = map.get(text);
    if (id === undefined) {
      id = this.lengths.length;
      map.set(text, id);
      this.lengths.push(text.length);
    }
    return id;
  }

  private pairId(first: number, second: number): number {
    const key = first * PAIR_KEY + second;
    let id = this.pairs.get(key);
    if (id === undefined) {
      id = this.pairs.size;
      this.pairs.set(key, id);
    }
    return id;
  }

  private longest(words: readonly number[]): number {
    return words.reduce((a, b) =>
      (this.lengths[b] as number) > (this.lengths[a] as number) ? b : a,
    );
  }

  /**
   * The words to evaluate a condition on: of the groups whose every term needs a word, the one
   * whose anchors are longest (long words are rarer), each term anchored on its longest word.
   * Undefined when no group qualifies.
   */
  private anchorOf(groups: readonly (readonly Needs[])[]): number[] | undefined {
    let best: number[] | undefined;
    let bestShortest = -1;
    for (const group of groups) {
      if (group.some((needs) => needs.words.length === 0)) continue;
      const anchor = group.map((needs) => this.longest(needs.words));
      const shortest = Math.min(...anchor.map((id) => this.lengths[id] as number));
      if (shortest > bestShortest) {
        bestShortest = shortest;
        best = [...new Set(anchor)];
      }
    }
    return best;
  }

  /** False only if no condition can hold anywhere in `text`. */
  mayMatter(text: string): boolean {
    // ASCII text folds to its lower case, done below letter by letter.
    const src = NON_ASCII.test(text) ? foldText(text) : text;
    if (++this.block === 0x7fffffff) {
      this.seen.fill(0);
      this.pairSeen.fill(0);
      this.groupMet.fill(0);
      this.block = 1;
    }
    this.present.length = 0;
    this.numberish = false;
    this.nonAscii = false;
    const { next, prefixAt } = this;
    let previous = -1; // the exact word of the previous run, for pairs
    let afterNumber = false; // a numeric token may end right before the next run
    const end = src.length;
    for (let i = 0; i < end; i++) {
      let c = src.charCodeAt(i);
      let letter = c | 32; // a-z for both cases of a letter, and for nothing else
      if (letter >= 97 && letter <= 122) {
        let state = ROOT; // 0 once no word fits
        do {
          if (state !== 0) {
            state = next[state * 26 + letter - 97] as number;
            const id = prefixAt[state] as number;
            if (id >= 0) this.markWord(id, previous, afterNumber);
          }
          c = ++i < end ? src.charCodeAt(i) : 32;
          letter = c | 32;
        } while (letter >= 97 && letter <= 122);
        const flags = this.numberAt[state] as number;
        const id = this.exactAt[state] as number;
        if (flags & STARTS_NUMBER) this.markPair(previous, NUMBER);
        if (id >= 0) this.markWord(id, previous, afterNumber);
        if (flags & NUMBER_WORD) this.numberish = true;
        previous = id;
        afterNumber = (flags & ENDS_NUMBER) !== 0;
      }
      if (c >= 48 && c <= 57) {
        this.numberish = true;
        this.markPair(previous, NUMBER);
        previous = -1;
        afterNumber = true;
      } else if (c >= 128) {
        // Maybe a digit (\p{N}), maybe a letter or a symbol: assume whatever keeps "maybe".
        this.nonAscii = true;
        this.numberish = true;
        this.markPair(previous, NUMBER);
        afterNumber = true;
      }
    }

    for (const id of this.present) {
      for (const needs of this.needsByWord[id] ?? []) this.evaluate(needs);
    }
    for (const needs of this.wordless) this.evaluate(needs);
    for (const id of this.present) {
      for (const condition of this.byWord[id] ?? []) {
        if (this.holds(condition)) return true;
      }
    }
    return this.unanchored.some((condition) => this.holds(condition));
  }

  /**
   * Marks a word present, with the pairs it makes with `previous`, the exact word of the run
   * before (-1 if none), and with a number if one may end right before it. Whatever lies
   * between two runs, they may be adjacent tokens: a pair marked too many is harmless, a pair
   * missed is not.
   */
  private markWord(id: number, previous: number, afterNumber: boolean): void {
    this.markPair(previous, id);
    if (afterNumber) this.markPair(NUMBER, id);
    if (this.seen[id] === this.block) return;
    this.seen[id] = this.block;
    this.present.push(id);
  }

  private markPair(first: number, second: number): void {
    if (first < 0 || this.pairStart[first] !== 1) return;
    const pair = this.pairs.get(first * PAIR_KEY + second);
    if (pair !== undefined) this.pairSeen[pair] = this.block;
  }

  private evaluate(needs: Needs): void {
    if (!this.met(needs)) return;
    for (const group of needs.groups) this.groupMet[group] = this.block;
  }

  private holds(condition: Condition): boolean {
    if (condition.checked === this.block) return false;
    condition.checked = this.block;
    for (const group of condition.groups) if (this.groupMet[group] !== this.block) return false;
    return true;
  }

  private met(needs: Needs): boolean {
    if ((needs.number && !this.numberish) || (needs.nonAscii && !this.nonAscii)) return false;
    for (const id of needs.words) if (this.seen[id] !== this.block) return false;
    for (const id of needs.pairs) if (this.pairSeen[id] !== this.block) return false;
    return true;
  }
}

const ROOT = 1;

/** The trie of `BlockFilter`: state 0 is "no word", 1 the empty string. */
function buildTrie(
  exact: ReadonlyMap<string, number>,
  prefix: ReadonlyMap<string, number>,
): {
  next: Uint16Array | Int32Array;
  exactAt: Int32Array;
  prefixAt: Int32Array;
  numberAt: Uint8Array;
} {
  const numberWords = [...new Set([...NUMBER_WORDS, ...NUMBER_STARTS, ...NUMBER_ENDS])];
  // Room for the worst case, one state per letter, so the table never grows.
  let letters = 0;
  for (const word of [...exact.keys(), ...prefix.keys(), ...numberWords]) letters += word.length;
  const next = new Int32Array((letters + 2) * 26);
  let states = 2;
  const stateOf = (word: string): number => {
    let state = ROOT;
    for (let k = 0; k < word.length; k++) {
      const at = state * 26 + word.charCodeAt(k) - 97;
      if (next[at] === 0) next[at] = states++;
      state = next[at] as number;
    }
    return state;
  };
  const exactStates = [...exact].map(([word, id]) => [stateOf(word), id] as const);
  const prefixStates = [...prefix].map(([word, id]) => [stateOf(word), id] as const);
  const numberStates = numberWords.map((word) => {
    let flags = 0;
    if (NUMBER_WORDS.has(word)) flags |= NUMBER_WORD;
    if (NUMBER_STARTS.has(word)) flags |= STARTS_NUMBER;
    if (NUMBER_ENDS.has(word)) flags |= ENDS_NUMBER;
    return [stateOf(word), flags] as const;
  });
  const exactAt = new Int32Array(states).fill(-1);
  const prefixAt = new Int32Array(states).fill(-1);
  const numberAt = new Uint8Array(states);
  for (const [state, id] of exactStates) exactAt[state] = id;
  for (const [state, id] of prefixStates) prefixAt[state] = id;
  for (const [state, flags] of numberStates) numberAt[state] = flags;
  return {
    next: (states <= 0xffff ? Uint16Array : Int32Array).from(next.subarray(0, states * 26)),
    exactAt,
    prefixAt,
    numberAt,
  };
}

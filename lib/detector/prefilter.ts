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
}

/** Holds when every group has a term whose needs are met. */
interface Condition {
  groups: Needs[][];
  /** The block this condition was last evaluated on, so several anchors evaluate it once. */
  checked: number;
}

/** What an [a-z] run of the text is to the terms; memoised per distinct run. */
interface Run {
  text: string;
  hash: number;
  /** Ids of the words it is or starts with. */
  ids: number[];
  /** The id of the exact word it is, or -1. */
  exact: number;
  /** A number word ("seven", "half"): the text may hold a number. */
  number: boolean;
  /** May start or end a number phrase. */
  startsNumber: boolean;
  endsNumber: boolean;
}

const ASCII_WORD = /^[a-z]+$/;
const NUMERIC = /^\p{N}/u;
const NON_ASCII = /[\u0080-\uffff]/;

/** Stands for any numeric token in pairs; never marked present as a word. */
const NUMBER = 0;
/** Word ids stay far below this, so `first * PAIR_KEY + second` names a pair exactly. */
const PAIR_KEY = 1 << 20;

export class BlockFilter {
  private readonly exact = new Map<string, number>();
  private readonly prefix = new Map<string, number>();
  private readonly prefixLengths: number[];
  /** Length of each word, by id (`NUMBER` included). */
  private readonly lengths: number[] = [0];
  /** Pair id by `first * PAIR_KEY + second` word id, and the word ids that start a pair. */
  private readonly pairs = new Map<number, number>();
  private readonly pairStart: Uint8Array;
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
  private block = 0;
  private readonly present: number[] = [];
  private numberish = false;
  private nonAscii = false;

  /** Runs met so far, by hash (open addressing, at most half full; cleared when full). */
  private readonly runs: (Run | undefined)[] = new Array<Run | undefined>(1 << 15);
  private runCount = 0;

  /** `conditions`: each a list of groups of term ids of `index`. */
  constructor(index: TermIndex, conditions: readonly (readonly (readonly number[])[])[]) {
    const needsOf = new Map<number, Needs>();
    const needs = (term: number): Needs => {
      let known = needsOf.get(term);
      if (!known) {
        known = { words: [], pairs: [], number: false, nonAscii: false };
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
          if (previous >= 0 && id >= 0) known.pairs.push(this.pairId(previous, id));
          previous = word.kind === 'prefix' ? -1 : id;
        }
        needsOf.set(term, known);
      }
      return known;
    };
    for (const groups of conditions) {
      const condition: Condition = { groups: groups.map((g) => g.map(needs)), checked: 0 };
      const anchor = this.anchorOf(condition.groups);
      if (!anchor) this.unanchored.push(condition);
      else for (const id of anchor) (this.byWord[id] ??= []).push(condition);
    }
    const lengths = new Set([...this.prefix.keys()].map((key) => key.length));
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
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
      const anchor = group.map((needs) =>
        needs.words.reduce((a, b) =>
          (this.lengths[b] as number) > (this.lengths[a] as number) ? b : a,
        ),
      );
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
      this.block = 1;
    }
    this.present.length = 0;
    this.numberish = false;
    this.nonAscii = false;
    let start = -1; // of the current [a-z] run
    let hash = 0;
    let previous = -1; // the exact word of the previous run, for pairs
    let afterNumber = false; // a numeric token may end right before the next run
    for (let i = 0; i <= src.length; i++) {
      let c = i < src.length ? src.charCodeAt(i) : 32;
      if (c >= 65 && c <= 90) c += 32;
      if (c >= 97 && c <= 122) {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + c) | 0;
        continue;
      }
      if (start >= 0) {
        const run = this.runAt(src, start, i - start, hash);
        if (run.startsNumber) this.markPair(previous, NUMBER);
        for (const id of run.ids) {
          this.markPair(previous, id);
          if (afterNumber) this.markPair(NUMBER, id);
          this.markWord(id);
        }
        if (run.number) this.numberish = true;
        previous = run.exact;
        afterNumber = run.endsNumber;
        start = -1;
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
      for (const condition of this.byWord[id] ?? []) {
        if (this.holds(condition)) return true;
      }
    }
    return this.unanchored.some((condition) => this.holds(condition));
  }

  private markWord(id: number): void {
    if (this.seen[id] === this.block) return;
    this.seen[id] = this.block;
    this.present.push(id);
  }

  private markPair(first: number, second: number): void {
    if (first < 0 || this.pairStart[first] !== 1) return;
    const pair = this.pairs.get(first * PAIR_KEY + second);
    if (pair !== undefined) this.pairSeen[pair] = this.block;
  }

  /** The run `src[start, start + length)`, whose hash is `hash`, from the memo or made now. */
  private runAt(src: string, start: number, length: number, hash: number): Run {
    const mask = this.runs.length - 1;
    let slot = hash & mask;
    for (let run = this.runs[slot]; run; run = this.runs[slot]) {
      if (run.hash === hash && sameRun(run.text, src, start, length)) return run;
      slot = (slot + 1) & mask;
    }
    const text = src.slice(start, start + length).toLowerCase();
    const ids: number[] = [];
    const exact = this.exact.get(text) ?? -1;
    if (exact >= 0) ids.push(exact);
    for (const prefixLength of this.prefixLengths) {
      if (prefixLength > length) break;
      const id = this.prefix.get(text.slice(0, prefixLength));
      if (id !== undefined) ids.push(id);
    }
    const run: Run = {
      text,
      hash,
      ids,
      exact,
      number: NUMBER_WORDS.has(text),
      startsNumber: NUMBER_STARTS.has(text),
      endsNumber: NUMBER_ENDS.has(text),
    };
    if (++this.runCount > this.runs.length / 2) {
      // A page with that many distinct words: start the memo afresh, keeping memory bounded.
      this.runs.fill(undefined);
      this.runCount = 1;
      slot = hash & mask;
    }
    this.runs[slot] = run;
    return run;
  }

  private holds(condition: Condition): boolean {
    if (condition.checked === this.block) return false;
    condition.checked = this.block;
    return condition.groups.every((group) => group.some((needs) => this.met(needs)));
  }

  private met(needs: Needs): boolean {
    return (
      (!needs.number || this.numberish) &&
      (!needs.nonAscii || this.nonAscii) &&
      needs.words.every((id) => this.seen[id] === this.block) &&
      needs.pairs.every((id) => this.pairSeen[id] === this.block)
    );
  }
}

/** Whether `src[start, start + length)`, read in lower case, is `run`. */
function sameRun(run: string, src: string, start: number, length: number): boolean {
  if (run.length !== length) return false;
  for (let k = 0; k < length; k++) {
    let c = src.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== run.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Cue words that keep a sentence from asserting a claim (corpus rules 3 and 4).
 *
 * A negator reaches forward a few tokens inside its clause: "the FDA has not approved MDMA",
 * "there is no evidence that MDMA treats depression". Six tokens covers an auxiliary, an
 * adverb and a "that"-clause subject; longer reaches start catching unrelated verbs.
 */
export const NEGATION_REACH = 6;

export const NEGATORS = [
  'not',
  'no',
  'never',
  'cannot',
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "doesn't",
  "don't",
  "didn't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
  'without',
  'neither',
  'nor',
  'none',
  'nothing',
  'nobody',
  'lack of',
  'lacks',
  'little evidence',
  'unproven',
  'myth',
  'misconception',
  'far from',
  'yet to',
  // "whether it works" asks; it does not assert.
  'whether',
];

/** Phrases that start with a negator but deny nothing. */
export const NOT_NEGATIONS = [
  'not only',
  'not just',
  'not least',
  'no longer',
  'no doubt',
  'no less',
  'no wonder',
  'no matter',
  'nothing but',
  'not to mention',
];

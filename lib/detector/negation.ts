/**
 * Cue words that keep a sentence from asserting a claim (corpus rules 3 and 4).
 *
 * A negator reaches forward a few tokens inside its clause: "the FDA has not approved MDMA",
 * "there is no evidence that MDMA treats depression". Six tokens covers an auxiliary, an
 * adverb and a "that"-clause subject; longer reaches start catching unrelated verbs.
 */
export const NEGATION_REACH = 6;

/**
 * Negators that govern a whole complement ("no evidence that …", "whether …", "it remains to
 * be shown that …"): they reach to the end of their clause, however long the clause is, since
 * everything in the complement is what is denied or left open.
 */
export const LONG_NEGATORS = [
  'no evidence',
  'no good evidence',
  'no link',
  'no proof',
  'no sign',
  'no signs',
  'no indication',
  'no data',
  'no trials',
  'no studies',
  'no completed',
  'no controlled',
  'no randomised',
  'no randomized',
  'no published',
  'little evidence',
  'unclear',
  'unknown',
  'not known',
  'not clear',
  'not shown',
  'not established',
  'remains to be',
  'remain to be',
  // "whether it works" asks, and a hypothesis only expects; neither asserts.
  'whether',
  'hypothesise',
  'hypothesize',
];

/** How far a long negator reaches; the clause boundary usually stops it first. */
export const LONG_NEGATION_REACH = 24;

/**
 * A verbal negator just after the matched words denies them too ("oxytocin levels were not
 * measured", "remission was never reached"): two tokens leave room for a noun and an auxiliary
 * and stop before a relative clause ("symptoms that had not responded") can reach back. Only
 * verbal negators: "no" and "without" after a term belong to the next noun ("after-effects are
 * no fun", "lasting benefits without ongoing doses").
 */
export const POST_NEGATION_REACH = 3;

/** "n't" forms shared by both lists below. */
const CONTRACTED = [
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
  "can't",
];

/** The same without the apostrophe, as forums write them; "wont" is left out (also a word). */
function unapostrophed(forms: readonly string[]): string[] {
  return forms.map((form) => form.replace("'", '')).filter((form) => form !== 'wont');
}

export const POST_NEGATORS = [
  'not',
  'never',
  'cannot',
  ...CONTRACTED,
  ...unapostrophed(CONTRACTED),
];

const CONDITIONAL_CONTRACTED = ["wouldn't", "couldn't", "shouldn't"];

export const NEGATORS = [
  'not',
  'no',
  'never',
  'cannot',
  ...CONTRACTED,
  ...CONDITIONAL_CONTRACTED,
  ...unapostrophed([...CONTRACTED, ...CONDITIONAL_CONTRACTED]),
  'without',
  'neither',
  'nor',
  'none',
  'nothing',
  'nobody',
  'lack of',
  'lacks',
  'little',
  'low risk',
  'low potential',
  'low likelihood',
  'unproven',
  'myth',
  'misconception',
  'far from',
  'yet to',
  ...LONG_NEGATORS,
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
  'a little',
];

/**
 * Words that, right before a drug's name, take the name out of the topic: "about psilocybin,
 * not MDMA", "no MDMA arm", "psilocybin, unlike MDMA, …" are not about the named drug.
 */
export const DRUG_EXCLUDERS = [
  'not',
  'no',
  'unlike',
  'rather than',
  'instead of',
  'other than',
  'except',
  'besides',
];

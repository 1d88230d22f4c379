/** A claim found in a text: what the detector returns, and what the page and the CLIs use. */
export interface ClaimMatch {
  claimId: string;
  /** UTF-16 offsets into the text given to the detector, end exclusive. */
  start: number;
  end: number;
  /** TextQuote anchor (as in Hypothesis): the exact text and up to 32 characters either side. */
  quote: { exact: string; prefix: string; suffix: string };
  /** 0..1: how sure the detector is. */
  score: number;
}

export interface DetectOptions {
  /**
   * What the surroundings of the text (its heading, the page) are about, when the text itself
   * names no drug: `mdma` lets "In a phase 3 trial, 67% no longer had PTSD" count as a claim
   * about MDMA; `other` (a section about psilocybin) or undefined do not.
   */
  contextTopic?: 'mdma' | 'other';
}

/**
 * The cheap test that runs on every page before anything else: does the text name MDMA at all?
 *
 * Kept free of imports so the content script can load it without the rest of the detector.
 * One linear regex: a fixed set of alternatives between word boundaries, no nested quantifiers.
 * `mdma` also covers "MDMA-AT", "MDMA-assisted" and "MDMA's" (the boundary falls after "mdma").
 */
const GATE_WORD =
  /\b(?:mdma|ecstasy|ecstacy|molly|midomafetamine|(?:3,4-)?methylenedioxy-?methamphetamine)\b/i;

export function hasGateWord(text: string): boolean {
  return GATE_WORD.test(text);
}

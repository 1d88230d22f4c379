/**
 * Word tokens of normalised text: runs of letters, or numbers with their decimal point and a
 * trailing percent sign ("86.5%"). Everything else separates, so "mdma-assisted" is "mdma",
 * "assisted"; "isn't" is "isn", "t" (rules are tokenised the same way, so the term "isn't"
 * still matches); "l'mdma" (Italian, French) yields "mdma"; and a citation glued to a word
 * ("impairment12") does not hide the word.
 *
 * The pattern is linear: the repeated group must start with a separator character.
 */
export interface Token {
  text: string;
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
}

const TOKEN = /\p{L}+|\p{N}+(?:[.,]\p{N}+)*%?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

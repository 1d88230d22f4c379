/**
 * Word tokens of normalised text. Hyphens split words ("mdma-assisted" → "mdma", "assisted"),
 * so rules write compounds with spaces. An apostrophe stays inside a word ("isn't"), except a
 * possessive "'s", which is dropped from the token text ("mdma's" → "mdma"). Digits keep their
 * decimal point and a trailing percent sign ("86.5%").
 *
 * The pattern is linear: each repetition of the group must start with a separator character.
 */
export interface Token {
  text: string;
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:'\p{L}+|[.,]\p{N}+)*%?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    tokens.push({ text: word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * Sentence spans of a text, from `Intl.Segmenter` (available in Node and every browser we
 * target). The segmenter breaks after any "Dr." or "U.S." followed by a capital; those
 * abbreviations rarely end a sentence in our pages, so a span that ends with one is joined to
 * the next. Offsets are UTF-16 indices into `text`, end exclusive, whitespace trimmed.
 */
export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Checked on the last few characters of a segment only, so the cost stays constant. */
const ENDS_WITH_ABBREVIATION =
  /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|al|no|fig|approx|ca|u\.s|u\.k|e\.g|i\.e|jr|sr)\.\s*$/i;

export function segmentSentences(text: string): Span[] {
  return blocksOf(text).flatMap((block) => segmentBlock(text, block));
}

/** The sentences of one block from `blocksOf`; sentences never cross blocks. */
export function segmentBlock(text: string, block: Span): Span[] {
  const spans: Span[] = [];
  let pending: Span | undefined;
  for (const { index, segment } of segmenter.segment(text.slice(block.start, block.end))) {
    const start = pending ? pending.start : block.start + index;
    const span = { start, end: block.start + index + segment.length };
    if (ENDS_WITH_ABBREVIATION.test(segment.slice(-12)) && !segment.endsWith('\n')) {
      pending = span;
      continue;
    }
    pending = undefined;
    spans.push(span);
  }
  if (pending) spans.push(pending);
  return spans.flatMap((s) => splitLong(text, trim(text, s))).filter((s) => s.end > s.start);
}

/**
 * V8's segmenter slows down quadratically on long strings (200 kB: seconds), so it is fed
 * blocks: lines, and long lines cut after a full stop (or a space) near BLOCK characters.
 */
const BLOCK = 4096;

export function blocksOf(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 || newline - start > BLOCK ? -1 : newline + 1;
    let end: number;
    if (lineEnd > 0) end = lineEnd;
    else if (text.length - start <= BLOCK) end = text.length;
    else end = cutNear(text, start + BLOCK, start + BLOCK / 2);
    blocks.push({ start, end });
    start = end;
  }
  return blocks;
}

/** The last sentence end (". ") before `limit`, else the last space, else `limit`. */
function cutNear(text: string, limit: number, floor: number): number {
  let space = -1;
  for (let k = limit; k > floor; k--) {
    if (text[k] !== ' ') continue;
    if (/[.!?]/.test(text[k - 1] as string)) return k + 1;
    if (space < 0) space = k + 1;
  }
  return space > 0 ? space : limit;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/**
 * Longest sentence analysed as one piece. Real sentences are far shorter; the cap keeps the
 * per-sentence work (rule windows, negation scope) bounded on pathological input such as a
 * megabyte without a full stop, so the whole detector stays linear.
 */
export const MAX_SENTENCE = 2000;

function splitLong(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    const cut = cutNear(text, start + MAX_SENTENCE, start + (MAX_SENTENCE * 3) / 4);
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

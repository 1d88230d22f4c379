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
  const spans: Span[] = [];
  let pending: Span | undefined;
  for (const { index, segment } of segmenter.segment(text)) {
    const span = pending
      ? { start: pending.start, end: index + segment.length }
      : {
          start: index,
          end: index + segment.length,
        };
    const tail = segment.slice(-12);
    if (ENDS_WITH_ABBREVIATION.test(tail) && !segment.endsWith('\n')) {
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
 * Longest sentence analysed as one piece. Real sentences are far shorter; the cap keeps the
 * per-sentence work (rule windows, negation scope) bounded on pathological input such as a
 * megabyte without a full stop, so the whole detector stays linear.
 */
export const MAX_SENTENCE = 2000;

function splitLong(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    // Prefer to cut at a space in the last quarter of the piece, so words stay whole.
    for (let k = cut; k > start + (MAX_SENTENCE * 3) / 4; k--) {
      if (text[k] === ' ') {
        cut = k;
        break;
      }
    }
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

import { VERDICTS, verdictRank, type Verdict } from '../verdicts';

/**
 * Marks drawn with the CSS Custom Highlight API: one `Highlight` per verdict, registered as
 * `mdma-lens-<verdict>`. The page's DOM is never touched; the styles are manifest CSS.
 */

export interface Mark {
  range: Range;
  claimId: string;
  verdict: Verdict;
}

export const HIGHLIGHT_PREFIX = 'mdma-lens-';

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces our highlights with `marks`, leaving out the verdicts the user hid. */
export function paintMarks(marks: readonly Mark[], hidden: readonly Verdict[] = []): void {
  for (const verdict of VERDICTS) {
    const name = HIGHLIGHT_PREFIX + verdict;
    const ranges = hidden.includes(verdict)
      ? []
      : marks.filter((m) => m.verdict === verdict).map((m) => m.range);
    const current = CSS.highlights.get(name);
    if (ranges.length === 0) {
      if (current) CSS.highlights.delete(name);
      continue;
    }
    // Chromium repaints the whole page on any change to the registry (150-280 ms a time for a
    // page of 100 000 elements on a busy machine; tests/e2e/breakage): unchanged, left alone.
    if (current?.size === ranges.length && ranges.every((range) => current.has(range))) continue;
    const highlight = new Highlight(...ranges);
    highlight.priority = verdictRank(verdict); // worse verdicts paint over milder ones
    CSS.highlights.set(name, highlight);
  }
}

export function clearMarks(): void {
  if (!highlightApiAvailable()) return;
  for (const verdict of VERDICTS) CSS.highlights.delete(HIGHLIGHT_PREFIX + verdict);
  CSS.highlights.delete(HIGHLIGHT_PREFIX + 'flash');
}

/** Briefly draws attention to one range (used when the popup jumps to a claim). */
export function flashRange(range: Range, ms = 1200): void {
  const name = HIGHLIGHT_PREFIX + 'flash';
  CSS.highlights.set(name, new Highlight(range));
  setTimeout(() => {
    if (CSS.highlights.get(name)?.has(range)) CSS.highlights.delete(name);
  }, ms);
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The mark under a viewport point. Highlights receive no events, so clicks and hovers are
 * hit-tested against the stored ranges: the caret position finds candidates cheaply, and the
 * range's own boxes confirm the pointer is over the text, not in the blank space beside it.
 */
export function markAtPoint(
  marks: readonly Mark[],
  doc: Document,
  x: number,
  y: number,
): Mark | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  let best: Mark | null = null;
  for (const mark of marks) {
    if (mark.range.collapsed) continue;
    try {
      if (!mark.range.isPointInRange(caret.node, caret.offset)) continue;
    } catch {
      continue; // the caret is in another document or a detached node
    }
    if (!rectsContain(mark.range, x, y)) continue;
    if (!best || verdictRank(mark.verdict) > verdictRank(best.verdict)) best = mark;
  }
  return best;
}

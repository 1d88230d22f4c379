/**
 * Where the card goes: next to its claim, never over it. Below the claim's last line when the
 * card fits there, else above its first line, else on the roomier side with its height cut to
 * fit, so the claim itself always stays visible. Horizontally it starts at the claim and is
 * pushed back inside the viewport near the edges.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6; // between the claim and the card
const MARGIN = 8; // between the card and the viewport edge
const MIN_HEIGHT = 120; // below this a card is not worth showing on that side

export function placeCard(
  claimRects: readonly Box[],
  cardWidth: number,
  cardHeight: number,
  viewport: { width: number; height: number },
): Placement {
  const first = claimRects[0] as Box;
  const last = claimRects[claimRects.length - 1] as Box;
  const spaceBelow = viewport.height - last.bottom - GAP - MARGIN;
  const spaceAbove = first.top - GAP - MARGIN;
  const below =
    cardHeight <= spaceBelow ||
    (cardHeight > spaceAbove && spaceBelow >= Math.min(spaceAbove, MIN_HEIGHT));
  const maxHeight = Math.max(MIN_HEIGHT, below ? spaceBelow : spaceAbove);
  const height = Math.min(cardHeight, maxHeight);
  const top = below ? last.bottom + GAP : first.top - GAP - height;
  const anchorLeft = below ? last.left : first.left;
  const maxLeft = viewport.width - cardWidth - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchorLeft, maxLeft));
  return { left, top, maxHeight, side: below ? 'below' : 'above' };
}

/** A box on screen, as DOMRect gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * The one rule for everything that floats by words in the text (the Comment bubble, the
 * comment box, the house-style fix, a citation's card, a note box): under the words, so
 * the line being read above stays in view; over them only when the window has no room
 * below; never on the words themselves while either side has room. Kept inside the window
 * sideways.
 */
export function placeFloating(anchor: Box, size: { width: number; height: number }, view: { width: number; height: number }): Placement {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const roomBelow = view.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  const left = Math.max(MARGIN, Math.min(anchor.left, view.width - size.width - MARGIN));
  return { top: side === 'below' ? below : Math.max(MARGIN, above), left, side };
}

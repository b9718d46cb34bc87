import { CARD_GAP, CARD_HEIGHT } from '../../model/layout';

/**
 * A call within one lane between cards that are not side by side hops over the cards between:
 * from the caller's top, near its side facing the callee, through the lane's margin, down onto the
 * callee's top, near its facing side (drawn straight, it struck through their names). Given the
 * side handles' points; null when the cards are neighbours or in different lanes. Shared by the
 * canvas (RelationEdge) and the export.
 */
export function hopPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] | null {
  if (sy !== ty || Math.abs(tx - sx) <= CARD_GAP + 1) return null;
  const inset = Math.sign(tx - sx) * 16;
  const [x0, x1, y] = [sx - inset, tx + inset, sy - CARD_HEIGHT / 2];
  // Control points 14 above the tops: the curve peaks 10.5 above them, inside the 11 of margin.
  return [`M${x0},${y} C${x0},${y - 14} ${x1},${y - 14} ${x1},${y}`, (x0 + x1) / 2, y - 10.5];
}

import { getBezierPath } from '@xyflow/react';
import { CARD_GAP, CARD_HEIGHT } from '../../model/layout';

type Ends = Parameters<typeof getBezierPath>[0];

/**
 * The curve of a call or a successor's link between two handles, as the canvas (RelationEdge,
 * ReplacedEdge) and the export draw it: its path, its middle, and whether it runs side to side
 * between neighbours of one lane, where the gap is too narrow for a label, which then goes above.
 * A call within one lane between cards that are not neighbours hops over the cards between: from
 * the caller's top, near its side facing the callee, through the lane's margin, down onto the
 * callee's top, near its facing side (drawn straight, it struck through their names). Otherwise
 * it is React Flow's curve.
 */
export function curve(ends: Ends): [path: string, x: number, y: number, between: boolean] {
  const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty } = ends;
  if (sy === ty && Math.abs(tx - sx) > CARD_GAP + 1) {
    const inset = Math.sign(tx - sx) * 16;
    const [x0, x1, y] = [sx - inset, tx + inset, sy - CARD_HEIGHT / 2];
    // Control points 14 above the tops: the curve peaks 10.5 above them, inside the 11 of margin.
    return [`M${x0},${y} C${x0},${y - 14} ${x1},${y - 14} ${x1},${y}`, (x0 + x1) / 2, y - 10.5, false];
  }
  const [path, x, y] = getBezierPath(ends);
  return [path, x, y, sy === ty];
}

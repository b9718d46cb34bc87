import type { RowId } from './rows';

export { ROWS, type Row, type RowId } from './rows';

// The figure view's sizes ("this stack only").
export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 60;
/** Space between a frame's border and what it holds (an opened group, the figure's frames). */
export const FRAME_PAD = 10;

// The overview's sizes: compact cards, so a busy day fits a laptop at a readable zoom.
export const CARD_WIDTH = 132;
export const CARD_HEIGHT = 44;
export const CARD_GAP = 16;
export const CARD_COLUMN = CARD_WIDTH + CARD_GAP;
export const LANE_HEIGHT = 66;
/** Room at the left for the row names, which stay pinned to the canvas edge. */
export const GUTTER = 84;
export const CARD_TOP = (LANE_HEIGHT - CARD_HEIGHT) / 2;
export const GROUP_HEADER = 26;
export const GROUP_ROW = 60;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A family opened: its frame's corner (absolute) and size, and its parts in their own rows,
 * relative to that corner.
 */
export interface OpenGroup {
  x: number;
  y: number;
  width: number;
  height: number;
  members: Map<string, Box>;
}

export interface Layout {
  /** Absolute boxes of every block component and every group, for its whole life. */
  boxes: Map<string, Box>;
  /** The group each family member is drawn in, and its parts' places when opened. */
  groupOf: Map<string, string>;
  open: Map<string, OpenGroup>;
  /** What is placed as one piece, for the optimiser: its column, lanes, width and life. */
  units: PlacedUnit[];
  /** The unit each drawn id (component or group) belongs to. */
  unitOf: Map<string, string>;
  rowTop: Map<RowId, number>;
  rowHeight: Map<RowId, number>;
  width: number;
  height: number;
}

export interface PlacedUnit {
  id: string;
  column: number;
  top: number;
  bottom: number;
  width: number;
  since: string;
  until: string;
}

import { startDay } from './dates';
import type { Component, Relation, Role } from './types';

export type RowId = 'client' | 'cri' | 'engine' | 'shim' | 'oci-runtime' | 'sandbox' | 'hypervisor' | 'other';

export interface Row {
  id: RowId;
  roles: Role[];
}

/** Top to bottom, like the article's figures; the last row holds what is not on a call path. */
export const ROWS: Row[] = [
  { id: 'client', roles: ['client'] },
  { id: 'cri', roles: ['cri'] },
  { id: 'engine', roles: ['engine'] },
  { id: 'shim', roles: ['shim'] },
  { id: 'oci-runtime', roles: ['oci-runtime'] },
  { id: 'sandbox', roles: ['sandbox'] },
  { id: 'hypervisor', roles: ['hypervisor'] },
  { id: 'other', roles: ['spec', 'tool', 'project'] },
];

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 60;
export const COLUMN_GAP = 28;
export const COLUMN_WIDTH = NODE_WIDTH + COLUMN_GAP;
export const ROW_HEIGHT = 110;
export const ROW_LABEL_WIDTH = 150;
/** Space between a parent's border and the children drawn inside it. */
export const FRAME_PAD = 10;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  /** Absolute boxes of every component, for its whole life. */
  boxes: Map<string, Box>;
  /** For a parent: where its own label sits inside its box. */
  labelAt: Map<string, 'top' | 'bottom'>;
  rowTop: Map<string, number>;
  width: number;
  height: number;
}

const rowOf = (c: Component) => ROWS.findIndex((r) => r.roles.includes(c.role));
const FOREVER = '9999-12-31';
const endOf = (c: Component) => (c.until === null ? FOREVER : startDay(c.until));

/** A component with the children drawn inside it, placed as one piece. */
interface Block {
  head: Component;
  members: { component: Component; row: number; column: number }[];
  top: number;
  bottom: number;
  width: number;
  since: string;
  until: string;
  column: number;
}

/**
 * A foresighted layout: the union of every day's graph is laid out once, so each component keeps
 * one place for its whole life and nothing moves while scrubbing. A column is reused once its
 * occupant has gone (rows stay compact), and each block sits as near as it can to the blocks it
 * is connected to (fewer crossings).
 */
export function computeLayout(components: readonly Component[], relations: readonly Relation[] = []): Layout {
  const blocks = makeBlocks(components);
  const blockOf = new Map(blocks.flatMap((b) => b.members.map((m) => [m.component.id, b] as const)));
  const neighbours = new Map<Block, Block[]>(blocks.map((b) => [b, []]));
  for (const r of relations) {
    const a = blockOf.get(r.source);
    const b = blockOf.get(r.target);
    if (!a || !b || a === b) continue;
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }

  // Chronological first placement, then a few passes pulling each block towards its neighbours.
  place(blocks, new Map(blocks.map((b) => [b, 0])));
  for (let pass = 0; pass < 6; pass++) {
    const desired = new Map(
      blocks.map((b) => {
        const near = neighbours.get(b)!;
        return [b, near.length === 0 ? b.column : near.reduce((sum, n) => sum + n.column + n.width / 2, 0) / near.length - b.width / 2];
      }),
    );
    place(blocks, desired);
  }

  const boxes = new Map<string, Box>();
  const labelAt = new Map<string, 'top' | 'bottom'>();
  let columns = 0;
  for (const b of blocks) {
    columns = Math.max(columns, b.column + b.width);
    const x = ROW_LABEL_WIDTH + b.column * COLUMN_WIDTH;
    const head = b.members[0];
    if (b.members.length === 1) {
      boxes.set(head.component.id, { x, y: rowY(head.row), width: NODE_WIDTH, height: NODE_HEIGHT });
      continue;
    }
    boxes.set(head.component.id, {
      x: x - FRAME_PAD,
      y: rowY(b.top) - FRAME_PAD,
      width: b.width * COLUMN_WIDTH - COLUMN_GAP + 2 * FRAME_PAD,
      height: (b.bottom - b.top) * ROW_HEIGHT + NODE_HEIGHT + 2 * FRAME_PAD,
    });
    labelAt.set(head.component.id, head.row === b.top ? 'top' : 'bottom');
    for (const m of b.members.slice(1)) {
      boxes.set(m.component.id, { x: x + m.column * COLUMN_WIDTH, y: rowY(m.row), width: NODE_WIDTH, height: NODE_HEIGHT });
    }
  }
  return {
    boxes,
    labelAt,
    rowTop: new Map(ROWS.map((r, i) => [r.id, i * ROW_HEIGHT])),
    width: ROW_LABEL_WIDTH + columns * COLUMN_WIDTH,
    height: ROWS.length * ROW_HEIGHT,
  };
}

function rowY(row: number): number {
  return row * ROW_HEIGHT + (ROW_HEIGHT - NODE_HEIGHT) / 2;
}

function makeBlocks(components: readonly Component[]): Block[] {
  const children = new Map<string, Component[]>();
  for (const c of components) if (c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
  return components
    .filter((c) => !c.parent)
    .map((head) => {
      const kids = (children.get(head.id) ?? []).sort((a, b) => startDay(a.since).localeCompare(startDay(b.since)));
      const members = [{ component: head, row: rowOf(head), column: 0 }];
      const freeFrom = new Map<number, string[]>(); // per row: the day each inner column frees up
      for (const kid of kids) {
        const row = rowOf(kid);
        const slots = freeFrom.get(row) ?? [];
        let column = slots.findIndex((day) => day <= startDay(kid.since));
        if (column === -1) column = slots.length;
        slots[column] = endOf(kid);
        freeFrom.set(row, slots);
        members.push({ component: kid, row, column });
      }
      const rows = members.map((m) => m.row);
      return {
        head,
        members,
        top: Math.min(...rows),
        bottom: Math.max(...rows),
        width: Math.max(1, ...[...freeFrom.values()].map((s) => s.length)),
        since: startDay(head.since),
        until: endOf(head),
        column: 0,
      };
    })
    .sort((a, b) => a.since.localeCompare(b.since) || a.head.id.localeCompare(b.head.id));
}

/** Give each block the free column range nearest its desired column, most constrained first. */
function place(blocks: Block[], desired: Map<Block, number>): void {
  const taken: { block: Block; column: number }[] = [];
  const clashes = (b: Block, column: number) =>
    taken.some(
      (t) =>
        t.block.top <= b.bottom && b.top <= t.block.bottom && // share a row
        t.column < column + b.width && column < t.column + t.block.width && // share a column
        t.block.since < b.until && b.since < t.block.until, // live at the same time
    );
  const order = [...blocks].sort((a, b) => b.width * (b.bottom - b.top + 1) - a.width * (a.bottom - a.top + 1) || desired.get(a)! - desired.get(b)! || a.since.localeCompare(b.since));
  for (const b of order) {
    const want = Math.max(0, Math.round(desired.get(b)!));
    let column = want;
    for (let d = 1; clashes(b, column); d++) {
      column = want + d;
      if (!clashes(b, column) || want - d < 0) continue;
      column = want - d;
    }
    b.column = column;
    taken.push({ block: b, column });
  }
}

import { startDay } from './dates';
import {
  CARD_COLUMN,
  CARD_HEIGHT,
  CARD_TOP,
  CARD_WIDTH,
  FRAME_PAD,
  GROUP_HEADER,
  GROUP_ROW,
  GUTTER,
  LANE_HEIGHT,
  CARD_GAP,
  type Box,
  type Layout,
  type OpenGroup,
} from './layout';
import { ROWS, rowOf } from './rows';
import type { Component, Relation } from './types';
import { assignLanes, endOf, makeUnits, type Unit } from './units';

interface Placed {
  unit: Unit;
  top: number;
  bottom: number;
  width: number;
  /** Block members: slot and inner column. */
  cells: Map<string, { slot: number; column: number }>;
  column: number;
}

/**
 * A foresighted layout (Diehl & Görg): the union of every day’s graph is laid out once, so each
 * component and group keeps one place for its whole life and nothing moves while scrubbing. A
 * column is reused once its occupant has gone. The columns themselves are chosen ahead by
 * `npm run layout` (scripts/layout/optimise.ts), which minimises the crossings of every change
 * day; a unit they do not name takes the leftmost free column.
 */
export function computeLayout(
  components: readonly Component[],
  relations: readonly Relation[] = [],
  chosen: ReadonlyMap<string, number> = new Map(),
): Layout {
  const { units, edges } = makeUnits(components, relations);
  const { laneOf, lanes } = assignLanes(units, edges);
  const rowStart = lanes.map((_, i) => lanes.slice(0, i).reduce((a, b) => a + b, 0));
  const placed = units.map((u) => cellsOf(u, (row) => rowStart[row] + laneOf(u, row)));
  keep(placed, chosen);

  const boxes = new Map<string, Box>();
  const groupOf = new Map<string, string>();
  const open = new Map<string, OpenGroup>();
  let columns = 0;
  const slotY = (slot: number) => slot * LANE_HEIGHT + CARD_TOP;
  for (const p of placed) {
    columns = Math.max(columns, p.column + p.width);
    const x = GUTTER + p.column * CARD_COLUMN;
    if (p.unit.kind === 'group') {
      boxes.set(p.unit.id, { x, y: slotY(p.top), width: CARD_WIDTH, height: CARD_HEIGHT });
      for (const m of p.unit.members) groupOf.set(m.id, p.unit.id);
      continue;
    }
    // A block's parts are cards stacked in one column (dockershim under kubelet, the CRI plugin over
    // containerd), joined by their calls: a frame spanning rows would pull every call through it.
    for (const m of p.unit.members) {
      const cell = p.cells.get(m.id)!;
      boxes.set(m.id, {
        x: x + cell.column * CARD_COLUMN,
        y: slotY(cell.slot),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
      });
    }
  }
  const life = lives(placed);
  for (const p of placed) if (p.unit.kind === 'group') open.set(p.unit.id, openGroup(p.unit, boxes, life));
  const total = lanes.reduce((a, b) => a + b, 0);
  const unitOf = new Map<string, string>();
  for (const p of placed) {
    unitOf.set(p.unit.id, p.unit.id);
    for (const m of p.unit.members) unitOf.set(m.id, p.unit.id);
  }
  return {
    boxes,
    groupOf,
    open,
    units: placed.map((p) => ({
      id: p.unit.id,
      column: p.column,
      top: p.top,
      bottom: p.bottom,
      width: p.width,
      since: p.unit.since,
      until: p.unit.until,
    })),
    unitOf,
    rowTop: new Map(ROWS.map((r, i) => [r.id, rowStart[i] * LANE_HEIGHT])),
    rowHeight: new Map(ROWS.map((r, i) => [r.id, lanes[i] * LANE_HEIGHT])),
    width: GUTTER + columns * CARD_COLUMN,
    height: total * LANE_HEIGHT,
  };
}

/** A unit's cells: each member's slot (row lane) and, inside a block, its column. */
function cellsOf(unit: Unit, slotOf: (row: number) => number): Placed {
  const cells = new Map<string, { slot: number; column: number }>();
  const freeFrom = new Map<number, string[]>(); // per slot: the day each inner column frees up
  const [head, ...kids] = unit.members;
  cells.set(head.id, { slot: slotOf(unit.rowOfMember.get(head.id)!), column: 0 });
  const byStart = [...kids].sort((a, b) => startDay(a.since).localeCompare(startDay(b.since)));
  for (const m of unit.kind === 'group' ? [] : byStart) {
    const slot = slotOf(unit.rowOfMember.get(m.id)!);
    const slots = freeFrom.get(slot) ?? [];
    let column = slots.findIndex((day) => day <= startDay(m.since));
    if (column === -1) column = slots.length;
    slots[column] = endOf(m);
    freeFrom.set(slot, slots);
    cells.set(m.id, { slot, column });
  }
  const slots = [...cells.values()].map((c) => c.slot);
  return {
    unit,
    cells,
    top: Math.min(...slots),
    bottom: Math.max(...slots),
    width: Math.max(1, ...[...freeFrom.values()].map((s) => s.length)),
    column: 0,
  };
}

/** Columns chosen ahead (by the optimiser); a unit they do not know, or that no longer fits, takes the nearest free column. */
function keep(placed: Placed[], columns: ReadonlyMap<string, number>): void {
  const known = placed.filter((p) => columns.has(p.unit.id));
  const rest = placed.filter((p) => !columns.has(p.unit.id));
  const taken: Placed[] = [];
  place(known, new Map(known.map((p) => [p, columns.get(p.unit.id)!])), taken);
  place(rest, new Map(rest.map((p) => [p, 0])), taken);
}

/** Give each unit, in the order given, the free column range nearest its desired column. */
function place(placed: Placed[], desired: Map<Placed, number>, taken: Placed[]): void {
  const clashes = (p: Placed, column: number) =>
    taken.some(
      (t) =>
        t.top <= p.bottom &&
        p.top <= t.bottom && // share a lane
        t.column < column + p.width &&
        column < t.column + t.width && // share a column
        t.unit.since < p.unit.until &&
        p.unit.since < t.unit.until, // live at the same time
    );
  for (const p of placed) {
    const want = Math.max(0, Math.round(desired.get(p)!));
    let column = want;
    for (let d = 1; clashes(p, column); d++) {
      column = want + d;
      if (!clashes(p, column) || want - d < 0) continue;
      column = want - d;
    }
    p.column = column;
    taken.push(p);
  }
}

/** The days each placed box is drawn on: a block's parts their own, a group its family's. */
function lives(placed: Placed[]): Map<string, [string, string]> {
  const life = new Map<string, [string, string]>();
  for (const { unit } of placed) {
    if (unit.kind === 'group') life.set(unit.id, [unit.since, unit.until]);
    else for (const m of unit.members) life.set(m.id, [startDay(m.since), endOf(m)]);
  }
  return life;
}

/**
 * An opened family: a header with its name, then its parts in their rows, packed over time. The
 * frame opens at the group's card unless it would hide a card that can be drawn at the same time
 * (QEMU under Kata's frame, runc under gVisor's); then at the nearest place, a whole column or lane
 * away, where it hides none. One place for its whole life, like every card.
 */
function openGroup(
  unit: Unit,
  boxes: ReadonlyMap<string, Box>,
  life: ReadonlyMap<string, [string, string]>,
): OpenGroup {
  const rows = [...new Set(unit.members.map(rowOf))].sort((a, b) => a - b);
  const members = new Map<string, Box>();
  let widest = 1;
  rows.forEach((row, i) => {
    const inRow = unit.members
      .filter((m) => rowOf(m) === row)
      .sort((a, b) => startDay(a.since).localeCompare(startDay(b.since)));
    const freeFrom: string[] = [];
    for (const m of inRow) {
      let column = freeFrom.findIndex((day) => day <= startDay(m.since));
      if (column === -1) column = freeFrom.length;
      freeFrom[column] = endOf(m);
      members.set(m.id, {
        x: FRAME_PAD + column * CARD_COLUMN,
        y: GROUP_HEADER + i * GROUP_ROW,
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
      });
    }
    widest = Math.max(widest, freeFrom.length);
  });
  const width = widest * CARD_COLUMN - CARD_GAP + 2 * FRAME_PAD;
  const height = GROUP_HEADER + rows.length * GROUP_ROW - (GROUP_ROW - CARD_HEIGHT) + FRAME_PAD;
  const card = boxes.get(unit.id)!;
  const meanwhile = [...boxes].filter(([id]) => {
    const [since, until] = life.get(id)!;
    return id !== unit.id && since < unit.until && unit.since < until;
  });
  const hides = ([x, y]: [number, number]) =>
    meanwhile.some(([, b]) => x < b.x + b.width && b.x < x + width && y < b.y + b.height && b.y < y + height);
  const corners = STEPS.map(([dx, dy]): [number, number] => [
    card.x + dx * CARD_COLUMN,
    card.y + dy * LANE_HEIGHT,
  ]).filter(([x, y]) => x >= GUTTER && y >= 0);
  // Under everything, in the card's column, is always free.
  const bottom = Math.max(...[...boxes.values()].map((b) => b.y + b.height));
  const under: [number, number] = [card.x, card.y + Math.ceil((bottom - card.y) / LANE_HEIGHT) * LANE_HEIGHT];
  const [x, y] = corners.find((corner) => !hides(corner)) ?? under;
  return { x, y, width, height, members };
}

/**
 * Steps of whole columns and lanes from a card, nearest first, then below before above and right
 * before left: where a frame may open.
 */
const STEPS: [number, number][] = (() => {
  const steps: [number, number][] = [];
  for (let dx = -20; dx <= 20; dx++) for (let dy = -20; dy <= 20; dy++) steps.push([dx, dy]);
  const distance = ([dx, dy]: [number, number]) => Math.abs(dx) * CARD_COLUMN + Math.abs(dy) * LANE_HEIGHT;
  return steps.sort(
    (a, b) =>
      distance(a) - distance(b) || Number(a[1] < 0) - Number(b[1] < 0) || Number(a[0] < 0) - Number(b[0] < 0),
  );
})();

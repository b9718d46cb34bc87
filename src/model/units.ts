import { startDay } from './dates';
import { familyOf, type Family } from './families';
import { endOf, FOREVER, OTHER, ROWS, rowOf } from './rows';
import type { Component, Relation } from './types';

export { endOf };
/**
 * What the overview places as one piece: a component with the children drawn inside it (a block),
 * or a family drawn as one group node. `rows` maps each member to the row it sits in.
 */
export interface Unit {
  id: string;
  kind: 'block' | 'group';
  family?: Family;
  members: Component[];
  rowOfMember: Map<string, number>;
  since: string;
  until: string;
}

/** A call between two units of the union graph (every relation there ever was). */
export interface UnitEdge {
  from: Unit;
  to: Unit;
  fromRow: number;
  toRow: number;
  /** On a main path (not a secondary or hosting call): these order the lanes. */
  main: boolean;
}

export function makeUnits(components: readonly Component[], relations: readonly Relation[]) {
  const unitOf = new Map<string, Unit>();
  const units: Unit[] = [];
  const add = (id: string, kind: Unit['kind'], family?: Family): Unit => {
    const unit: Unit = {
      id,
      kind,
      family,
      members: [],
      rowOfMember: new Map(),
      since: FOREVER,
      until: '0000-01-01',
    };
    units.push(unit);
    return unit;
  };
  const byId = new Map(components.map((c) => [c.id, c]));
  const headOf = (c: Component): Component =>
    c.parent && byId.has(c.parent) && !familyOf(c.parent) ? headOf(byId.get(c.parent)!) : c;
  const ordered = [...components].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const c of ordered) {
    const family = familyOf(c.id);
    const key = family ? family.id : headOf(c).id;
    const unit = units.find((u) => u.id === key) ?? add(key, family ? 'group' : 'block', family);
    unit.members.push(c);
    unit.since = unit.since < startDay(c.since) ? unit.since : startDay(c.since);
    unit.until = unit.until > endOf(c) ? unit.until : endOf(c);
    unitOf.set(c.id, unit);
  }
  for (const u of units) for (const m of u.members) u.rowOfMember.set(m.id, rowOf(m));

  const edges: UnitEdge[] = [];
  const rowIn = (u: Unit, id: string) => u.rowOfMember.get(id)!;
  for (const r of relations) {
    const from = unitOf.get(r.source);
    const to = unitOf.get(r.target);
    if (!from || !to || from === to) continue;
    edges.push({
      from,
      to,
      fromRow: rowIn(from, r.source),
      toRow: rowIn(to, r.target),
      main: r.path === 'main' && r.secondaryFrom === undefined,
    });
  }
  // A group sits in one row: just below the highest part that calls into it, within its own rows.
  for (const u of units.filter((x) => x.kind === 'group')) {
    const rows = u.members.map(rowOf);
    const onPath = rows.filter((r) => r !== OTHER);
    if (onPath.length === 0) {
      u.members.forEach((m) => u.rowOfMember.set(m.id, OTHER));
      continue;
    }
    const top = Math.min(...onPath);
    const callers = edges.filter((e) => e.to === u && e.fromRow <= top).map((e) => e.fromRow + 1);
    const row = Math.min(Math.max(top, callers.length > 0 ? Math.min(...callers) : top), Math.max(...onPath));
    u.members.forEach((m) => u.rowOfMember.set(m.id, row));
  }
  for (const e of edges) {
    e.fromRow = e.from.kind === 'group' ? [...e.from.rowOfMember.values()][0] : e.fromRow;
    e.toRow = e.to.kind === 'group' ? [...e.to.rowOfMember.values()][0] : e.toRow;
  }
  return { units, unitOf, edges };
}

/**
 * Within a row, a unit called by another unit of the same row goes one lane lower (Docker above
 * containerd, as the figures draw them). Returns the lane of each unit in each of its rows (key
 * `laneKey(unit, row)`) and each row's lane count.
 */
export function assignLanes(units: readonly Unit[], edges: readonly UnitEdge[], maxLanes = 2) {
  const lane = new Map<string, number>();
  for (const e of edges) {
    // Groups stay beside what calls them: a lane of their own would cost a row's height.
    if (e.fromRow !== e.toRow || !e.main || e.from.kind === 'group' || e.to.kind === 'group') continue;
    const want = Math.min(maxLanes - 1, (lane.get(laneKey(e.from, e.fromRow)) ?? 0) + 1);
    lane.set(laneKey(e.to, e.toRow), Math.max(want, lane.get(laneKey(e.to, e.toRow)) ?? 0));
  }
  // A row nothing sits in at the overview (every sandbox part is inside a group) takes no room.
  const lanes = ROWS.map(() => 0);
  for (const u of units)
    for (const row of u.rowOfMember.values())
      lanes[row] = Math.max(lanes[row], (lane.get(laneKey(u, row)) ?? 0) + 1);
  return { laneOf: (u: Unit, row: number) => lane.get(laneKey(u, row)) ?? 0, lanes };
}

const laneKey = (u: Unit, row: number) => `${u.id}@${row}`;

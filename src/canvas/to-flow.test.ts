import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { prepare } from '../model/prepare';
import { snapshotAt } from '../model/snapshot';
import { rowNodes, toFlow, type FlowNode } from './to-flow';
import { focusedView } from './views';

const prepared = prepare(readDataset(join(import.meta.dirname, '../../data')).dataset);
const rows = rowNodes(prepared.layout);

type Rect = { x: number; y: number; width: number; height: number };

/** Every node's box in canvas coordinates (children resolved through their parent). */
function boxesOf(nodes: FlowNode[]): Map<string, Rect> {
  const byId = new Map<string, FlowNode>(nodes.map((n) => [n.id, n]));
  const absolute = (n: FlowNode): { x: number; y: number } => {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (!parent) return n.position;
    const p = absolute(parent);
    return { x: p.x + n.position.x, y: p.y + n.position.y };
  };
  return new Map(nodes.map((n) => [n.id, { ...absolute(n), width: n.width!, height: n.height! }]));
}

/** The cards and frames an opened family's frame is drawn over, but its own parts. */
function hiddenUnderFrames(nodes: FlowNode[]): string[] {
  const boxes = boxesOf(nodes);
  const frames = nodes.filter((n) => n.type === 'group' && n.data.open);
  const cards = nodes.filter((n) => n.type === 'component' || n.type === 'group');
  return frames.flatMap((frame) => {
    const f = boxes.get(frame.id)!;
    return cards
      .filter((c) => c.parentId !== frame.id && c !== frame)
      .filter((c) => {
        const b = boxes.get(c.id)!;
        return b.x < f.x + f.width && f.x < b.x + b.width && b.y < f.y + f.height && f.y < b.y + b.height;
      })
      .map((c) => `${c.id} under ${frame.id}`);
  });
}

/** Where each component is drawn on `day`, in canvas coordinates, and its size. */
function drawnAt(day: string): Map<string, string> {
  const { nodes } = toFlow(snapshotAt(prepared.dataset, day), prepared.layout, rows);
  const boxes = boxesOf(nodes);
  return new Map(
    nodes
      .filter((n) => n.type === 'component' || n.type === 'group')
      .map((n) => {
        const { x, y, width, height } = boxes.get(n.id)!;
        return [n.id, `${JSON.stringify({ x, y })} ${width}x${height}`];
      }),
  );
}

describe('the canvas never jumps', () => {
  const days = [prepared.minDay, ...prepared.changes];

  it('has change days to check', () => {
    expect(days.length).toBeGreaterThan(50);
  });

  it('keeps every component and group that is on two adjacent change days in the same place and size', () => {
    let compared = 0;
    for (let i = 1; i < days.length; i++) {
      const before = drawnAt(days[i - 1]);
      const after = drawnAt(days[i]);
      for (const [id, place] of after) {
        if (!before.has(id)) continue;
        expect(place, `${id} between ${days[i - 1]} and ${days[i]}`).toBe(before.get(id));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('draws every component of the day exactly once, and children after their parent', () => {
    for (const day of days) {
      const { nodes } = toFlow(snapshotAt(prepared.dataset, day), prepared.layout, rows);
      const ids = nodes.filter((n) => n.type === 'component').map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      nodes.forEach((n, i) => {
        if (n.parentId)
          expect(
            nodes.findIndex((p) => p.id === n.parentId),
            `${n.id} on ${day}`,
          ).toBeLessThan(i);
      });
    }
  });
});

describe('an opened family hides no card', () => {
  const days = [prepared.minDay, ...prepared.changes];

  it('in a focused stack, which opens the families it runs through (QEMU beside Kata, runc beside gVisor)', () => {
    let views = 0;
    for (const stack of prepared.dataset.stacks)
      for (const day of days.filter((d) => d >= stack.since && (!stack.until || d < stack.until))) {
        const flow = focusedView(snapshotAt(prepared.dataset, day), prepared.layout, rows, stack);
        expect(hiddenUnderFrames(flow.nodes), `${stack.id} on ${day}`).toEqual([]);
        views++;
      }
    expect(views).toBeGreaterThan(1000);
  });

  it('opened by a click, on every day it is there', () => {
    for (const group of prepared.layout.open.keys())
      for (const day of days) {
        const snapshot = snapshotAt(prepared.dataset, day);
        if (!snapshot.components.some((c) => prepared.layout.groupOf.get(c.id) === group)) continue;
        const { nodes } = toFlow(snapshot, prepared.layout, rows, undefined, new Set([group]));
        expect(hiddenUnderFrames(nodes), `${group} on ${day}`).toEqual([]);
      }
  });
});

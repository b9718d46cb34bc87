import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-data';
import { prepare } from '../model/prepare';
import { snapshotAt } from '../model/snapshot';
import { rowNodes, toFlow, type FlowNode } from './to-flow';

const prepared = prepare(readDataset(join(import.meta.dirname, '../../data')).dataset);
const rows = rowNodes(prepared.layout);

/** Where each component is drawn on `day`, in canvas coordinates (children resolved through their parent). */
function drawnAt(day: string): Map<string, string> {
  const { nodes } = toFlow(snapshotAt(prepared.dataset, day), prepared.layout, rows);
  const byId = new Map<string, FlowNode>(nodes.map((n) => [n.id, n]));
  const absolute = (n: FlowNode): { x: number; y: number } => {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (!parent) return n.position;
    const p = absolute(parent);
    return { x: p.x + n.position.x, y: p.y + n.position.y };
  };
  return new Map(
    nodes
      .filter((n) => n.type === 'component' || n.type === 'group')
      .map((n) => [n.id, `${JSON.stringify(absolute(n))} ${n.width}x${n.height}`]),
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

import type { SnapshotDiff } from '../model/diff';
import { COLUMN_WIDTH, FRAME_PAD, NODE_HEIGHT, NODE_WIDTH, ROW_HEIGHT, type Layout } from '../model/layout';
import type { Snapshot } from '../model/snapshot';
import type { Component, Stack } from '../model/types';
import { ghostGroup } from './overview-flow';
import { componentNode, relationEdge, toFlow, type Emphasis, type FlowEdge, type FlowNode, type RowNodeType } from './to-flow';

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** Focus: the stack's path stands out, everything else fades (only when the stack exists that day). */
export function focusedView(snapshot: Snapshot, layout: Layout, rows: RowNodeType[], stack: Stack | null, openGroup: string | null = null): Flow {
  if (stack === null || !snapshot.components.some((c) => stack.components.includes(c.id))) return toFlow(snapshot, layout, rows, undefined, openGroup);
  const onPath = new Set([...stack.components, ...stack.relations]);
  return toFlow(snapshot, layout, rows, (ids): Emphasis => (ids.some((id) => onPath.has(id)) ? 'focused' : 'dimmed'), openGroup);
}

/**
 * Compare: what `snapshot` has that `before` had not is highlighted, what it lost is drawn as a
 * ghost in its old place (ids prefixed "ghost:"), and a successor is linked to what it replaced.
 * A part of a group that is still drawn leaves no ghost of its own: the group stands for it.
 */
export function compareView(snapshot: Snapshot, before: Snapshot, diff: SnapshotDiff, layout: Layout, rows: RowNodeType[]): Flow {
  const existed = new Set(before.components.map((c) => c.id));
  const added = new Set([...diff.added, ...diff.replaced.map((r) => r.to)].filter((c) => !existed.has(c.id)).map((c) => c.id));
  const addedRelations = new Set(diff.addedRelations.map((r) => r.relation.id));
  const flow = toFlow(snapshot, layout, rows, (ids) => (ids.some((id) => added.has(id) || addedRelations.has(id)) ? 'added' : 'normal'));
  const drawn = new Set(flow.nodes.map((n) => n.id));
  const drawnAs = (id: string) => layout.groupOf.get(id) ?? id;
  const ghostId = (id: string) => (drawn.has(drawnAs(id)) ? drawnAs(id) : `ghost:${drawnAs(id)}`);
  const ghosts = new Set<string>();
  for (const c of before.components.filter((c) => !drawn.has(drawnAs(c.id)))) {
    const id = drawnAs(c.id);
    if (ghosts.has(id) || (c.parent && !layout.boxes.has(c.id))) continue;
    ghosts.add(id);
    const box = layout.boxes.get(id)!;
    if (id === c.id) flow.nodes.push(componentNode(c, before.day, layout, 'removed', { id: `ghost:${id}`, box }));
    else flow.nodes.push(ghostGroup(id, before.components.filter((m) => layout.groupOf.get(m.id) === id), box));
  }
  const edgeIds = new Set(flow.edges.map((e) => e.id));
  for (const r of diff.removedRelations) {
    const [source, target] = [ghostId(r.relation.source), ghostId(r.relation.target)];
    const id = `ghost:${source.replace('ghost:', '')}->${target.replace('ghost:', '')}`;
    if (source === target || edgeIds.has(id) || edgeIds.has(id.slice(6))) continue;
    edgeIds.add(id);
    flow.edges.push(relationEdge(r, 'removed', { id, source, target }));
  }
  for (const { from, to } of diff.replaced) {
    for (const old of from) {
      const [source, target] = [ghostId(old.id), drawnAs(to.id)];
      if (!source.startsWith('ghost:') || !drawn.has(target)) continue;
      flow.edges.push({ id: `replaced:${old.id}->${to.id}`, type: 'replaced', source, target, data: {}, focusable: false, zIndex: 2 });
    }
  }
  return flow;
}

/**
 * This stack only, drawn like the article's figure: one column top to bottom, per-container parts
 * marked ×2, the Pod at the bottom, and a VM frame round the in-VM parts and the Pod where there is one.
 */
export function isolatedView(snapshot: Snapshot, layout: Layout, stack: Stack): Flow {
  const present = snapshot.components.filter((c) => stack.components.includes(c.id));
  const order = (id: string) => stack.components.indexOf(id);
  present.sort((a, b) => order(a.id) - order(b.id));
  const relations = snapshot.relations.filter((r) => stack.relations.includes(r.relation.id));

  // Each part one level below the deepest part that calls it, as the figures stack them.
  const level = new Map<string, number>(present.map((c) => [c.id, 0]));
  for (let pass = 0; pass < present.length; pass++) {
    for (const { relation } of relations) level.set(relation.target, Math.max(level.get(relation.target)!, level.get(relation.source)! + 1));
  }
  // A part nothing in the stack calls (a library OS under its runtime) sits just above what it uses.
  const called = new Set(relations.map((r) => r.relation.target));
  for (const c of present.slice(1)) {
    const targets = relations.filter((r) => r.relation.source === c.id).map((r) => level.get(r.relation.target)!);
    if (!called.has(c.id) && targets.length > 0) level.set(c.id, Math.max(0, Math.min(...targets) - 1));
  }
  const byLevel = new Map<number, typeof present>();
  for (const c of present) byLevel.set(level.get(c.id)!, [...(byLevel.get(level.get(c.id)!) ?? []), c]);
  const levels = [...byLevel.keys()].sort((a, b) => a - b);
  const widest = Math.max(1, ...[...byLevel.values()].map((l) => l.length));
  const centre = (count: number, i: number) => ((widest - count) / 2 + i) * COLUMN_WIDTH;

  const nodes: FlowNode[] = [];
  const boxes = new Map<string, { x: number; y: number }>();
  levels.forEach((lvl, row) => byLevel.get(lvl)!.forEach((c, i, list) => boxes.set(c.id, { x: centre(list.length, i), y: row * ROW_HEIGHT })));
  // The Pod hangs under the deepest runtime or in-sandbox part the main arrows reach (the figures' solid path).
  const reached = new Set([present[0]?.id]);
  for (let pass = 0; pass < present.length; pass++) {
    for (const r of relations) if (r.path === 'main' && reached.has(r.relation.source)) reached.add(r.relation.target);
  }
  const depth = (c: Component) => level.get(c.id)! * 2 + (c.role === 'oci-runtime' ? 1 : 0);
  const leaf = present.filter((c) => reached.has(c.id) && (c.role === 'sandbox' || c.role === 'oci-runtime')).sort((a, b) => depth(b) - depth(a))[0] ?? present.at(-1);
  const pod = { x: leaf ? boxes.get(leaf.id)!.x : 0, y: levels.length * ROW_HEIGHT };
  // In the sandbox: its own parts, and any OCI runtime started below them (runc inside Firecracker's VM).
  const firstInside = Math.min(...present.filter((c) => c.role === 'sandbox').map((c) => level.get(c.id)!));
  const inVm = present.filter((c) => c.role === 'sandbox' || (c.role === 'oci-runtime' && level.get(c.id)! > firstInside));
  const hasVm = present.some((c) => c.role === 'hypervisor');
  if (inVm.length > 0) {
    const xs = [...inVm.map((c) => boxes.get(c.id)!.x), pod.x];
    const top = Math.min(...inVm.map((c) => boxes.get(c.id)!.y));
    const left = Math.min(...xs) - FRAME_PAD * 2;
    nodes.push({
      id: 'frame:vm',
      type: 'frame',
      position: { x: left, y: top - FRAME_PAD * 2 },
      data: { label: hasVm ? 'vm' : 'sandbox' },
      style: { width: Math.max(...xs) - left + NODE_WIDTH + FRAME_PAD * 2, height: pod.y - top + NODE_HEIGHT + FRAME_PAD * 4 },
      selectable: false,
      focusable: false,
      zIndex: -1,
    });
  }
  for (const c of present) {
    const at = boxes.get(c.id)!;
    nodes.push(componentNode(c, snapshot.day, layout, 'focused', { box: { ...at, width: NODE_WIDTH, height: NODE_HEIGHT }, perContainer: stack.perContainer?.includes(c.id) }));
  }
  nodes.push({ id: 'pod:pod', type: 'pod', position: pod, data: {}, width: NODE_WIDTH, height: NODE_HEIGHT, selectable: false, focusable: false });

  const edges: FlowEdge[] = relations.map((r) => relationEdge(r, 'focused'));
  if (leaf) edges.push({ id: `pod:${leaf.id}`, source: leaf.id, target: 'pod:pod', className: 'pod-edge', focusable: false });
  return { nodes, edges };
}

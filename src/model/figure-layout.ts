import { figureParts, type CallKind, type FigureParts } from './figure-parts';
import { routeEdges } from './figure-routes';
import type { Point } from './figure-geometry';
import { union } from './figure-geometry';
import { FRAME_PAD, NODE_HEIGHT, NODE_WIDTH, type Box } from './layout';
import type { DrawnRelation, Snapshot } from './snapshot';
import type { Component, Stack } from './types';

/** The role frames of the article's figures: `CRI impl`, `OCI Runtime`, `VM (...)`, and a sandbox. */
export type FrameKind = 'cri' | 'oci-runtime' | 'vm' | 'sandbox';

export const POD_ID = 'pod:pod';
export const FIGURE_ROW = 124;
export const FIGURE_GAP = 56;
/** A 14 px semibold name takes about this many pixels a character (generous, so nothing truncates). */
const CHAR_WIDTH = 8.2;

export interface FigureNode {
  component: Component;
  box: Box;
  perContainer: boolean;
  /** Beside the stack, not part of it (Docker as containerd's second client). */
  context: boolean;
}

export interface FigureFrame {
  id: string;
  kind: FrameKind;
  /** Component ids, and POD_ID when the Pod is inside. */
  members: string[];
  box: Box;
}

export interface FigureEdge {
  id: string;
  /** A component id, POD_ID, or a frame id (a hypervisor boots the VM frame). */
  source: string;
  target: string;
  kind: CallKind | 'pod';
  dashed: boolean;
  /** Straight segments, from the source's border to the target's border. */
  points: Point[];
  /** The dataset's relation, or null for the figure's own links to and from the Pod. */
  drawn: DrawnRelation | null;
}

export interface FigureLayout {
  nodes: FigureNode[];
  frames: FigureFrame[];
  pod: Box;
  edges: FigureEdge[];
}

export const figureWidth = (c: Component, perContainer: boolean) =>
  Math.min(340, Math.max(NODE_WIDTH, Math.ceil(c.name.length * CHAR_WIDTH) + 28 + (perContainer ? 28 : 0)));

/** Rows top to bottom: longest path over the calls and the Pod's links; what boots the VM goes under it. */
function levels(parts: FigureParts): Map<string, number> {
  const { components, calls, underVm, runsOn, leaf } = parts;
  const links: [string, string][] = calls
    .filter((c) => c.kind === 'call')
    .map((c) => [c.drawn.relation.source, c.drawn.relation.target]);
  if (leaf) links.push([leaf.id, POD_ID]);
  for (const id of runsOn) if (!links.some(([s, t]) => t === id && runsOn.has(s))) links.push([POD_ID, id]);
  const level = new Map<string, number>([...components.map((c) => [c.id, 0] as const), [POD_ID, 0]]);
  const upper = links.filter(([s, t]) => !underVm.has(s) && !underVm.has(t));
  for (let pass = 0; pass <= level.size; pass++)
    for (const [s, t] of upper) level.set(t, Math.max(level.get(t)!, level.get(s)! + 1));
  const vmBottom = Math.max(level.get(POD_ID)!, ...[...parts.inVm].map((id) => level.get(id)!));
  for (const id of underVm) level.set(id, vmBottom + 1);
  const lower = links.filter(([s, t]) => underVm.has(s) && underVm.has(t));
  for (let pass = 0; pass <= level.size; pass++)
    for (const [s, t] of lower) level.set(t, Math.max(level.get(t)!, level.get(s)! + 1));
  return level;
}

/** Columns: each row ordered by where its callers sit, centred under them, never overlapping. */
function place(
  parts: FigureParts,
  level: Map<string, number>,
  width: (id: string) => number,
): Map<string, Box> {
  const callers = new Map<string, string[]>();
  const link = (s: string, t: string) => callers.set(t, [...(callers.get(t) ?? []), s]);
  for (const c of parts.calls) if (c.kind === 'call') link(c.drawn.relation.source, c.drawn.relation.target);
  if (parts.leaf) link(parts.leaf.id, POD_ID);
  for (const id of parts.runsOn) if (!callers.get(id)?.some((s) => parts.runsOn.has(s))) link(POD_ID, id);
  const vmParts = [...parts.inVm];
  for (const id of parts.underVm) if (!callers.has(id)) callers.set(id, vmParts.length > 0 ? vmParts : []);

  const centre = new Map<string, number>();
  const rows = [...new Set(level.values())].sort((a, b) => a - b);
  for (const row of rows) {
    const ids = [...level.keys()].filter((id) => level.get(id) === row);
    const wish = (id: string) => {
      const xs = (callers.get(id) ?? []).filter((s) => centre.has(s)).map((s) => centre.get(s)!);
      return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    ids.sort((a, b) => wish(a) - wish(b));
    const xs: number[] = [];
    ids.forEach((id, i) =>
      xs.push(
        i === 0 ? wish(id) : Math.max(wish(id), xs[i - 1] + (width(ids[i - 1]) + width(id)) / 2 + FIGURE_GAP),
      ),
    );
    const shift = ids.reduce((sum, id, i) => sum + wish(id) - xs[i], 0) / ids.length;
    ids.forEach((id, i) => centre.set(id, xs[i] + shift));
  }
  return new Map(
    [...centre].map(([id, x]) => [
      id,
      { x: x - width(id) / 2, y: level.get(id)! * FIGURE_ROW, width: width(id), height: NODE_HEIGHT },
    ]),
  );
}

function frames(parts: FigureParts, boxes: Map<string, Box>): FigureFrame[] {
  const wanted: Omit<FigureFrame, 'box'>[] = [];
  const ids = new Set(parts.components.map((c) => c.id));
  for (const c of parts.components) {
    if (parts.implementsCri.has(c.id)) {
      const parent =
        c.parent && ids.has(c.parent) && parts.components.find((p) => p.id === c.parent)?.role === 'engine'
          ? [c.parent]
          : [];
      wanted.push({ id: `frame:cri:${c.id}`, kind: 'cri', members: [c.id, ...parent] });
    }
    if (c.role === 'oci-runtime')
      wanted.push({ id: `frame:oci-runtime:${c.id}`, kind: 'oci-runtime', members: [c.id] });
  }
  if (parts.inVm.size > 0) wanted.push({ id: 'frame:vm', kind: 'vm', members: [...parts.inVm, POD_ID] });
  else if (parts.runsOn.size > 0) {
    const calledInside = (id: string) =>
      parts.calls.some((c) => c.drawn.relation.target === id && parts.runsOn.has(c.drawn.relation.source));
    const roots = [...parts.runsOn].filter((id) => !calledInside(id));
    wanted.push({ id: 'frame:sandbox', kind: 'sandbox', members: [POD_ID, ...roots] });
  } else if (parts.leaf?.role === 'sandbox')
    wanted.push({ id: 'frame:sandbox', kind: 'sandbox', members: [parts.leaf.id, POD_ID] });

  // Inner frames first, so an outer frame can leave room round them.
  wanted.sort((a, b) => a.members.length - b.members.length);
  const done: FigureFrame[] = [];
  for (const f of wanted) {
    const inner = done.filter((d) => d.members.every((m) => f.members.includes(m)));
    done.push({
      ...f,
      box: union([...f.members.map((m) => boxes.get(m)!), ...inner.map((d) => d.box)], FRAME_PAD),
    });
  }
  return done;
}

/** The figure of `stack` on the snapshot's day, top to bottom like the article's. */
export function figureLayout(snapshot: Snapshot, stack: Stack): FigureLayout {
  const parts = figureParts(snapshot, stack);
  const perContainer = new Set(stack.perContainer ?? []);
  // One width for the whole stack, wide enough for its longest name, like the article's columns.
  const width = Math.max(...parts.components.map((c) => figureWidth(c, perContainer.has(c.id))));
  const boxes = place(parts, levels(parts), () => width);
  const figureFrames = frames(parts, boxes);

  // Docker beside the top of the stack, left of everything down to the row it calls into.
  for (const c of parts.context) {
    const target = parts.calls.find((k) => k.kind === 'context' && k.drawn.relation.source === c.id)!.drawn
      .relation.target;
    const bottom = boxes.get(target)!.y;
    const left = Math.min(
      ...[...boxes.values(), ...figureFrames.map((f) => f.box)].filter((b) => b.y <= bottom).map((b) => b.x),
    );
    const width = figureWidth(c, false);
    boxes.set(c.id, { x: left - FIGURE_GAP - width, y: 0, width, height: NODE_HEIGHT });
  }

  const nodes = [...parts.components, ...parts.context].map((component) => ({
    component,
    box: boxes.get(component.id)!,
    perContainer: perContainer.has(component.id),
    context: parts.context.includes(component),
  }));
  const pod = boxes.get(POD_ID)!;
  return { nodes, frames: figureFrames, pod, edges: routeEdges(parts, boxes, figureFrames) };
}

import { MarkerType, type Node } from '@xyflow/react';
import { diffSnapshots } from '../model/diff';
import type { Prepared } from '../model/explorer';
import { FAMILIES } from '../model/families';
import type { FigureEdge, FigureFrame, FrameKind } from '../model/figure-layout';
import type { Layout } from '../model/layout';
import { fixedSize } from './handles';
import { snapshotAt, type Snapshot } from '../model/snapshot';
import type { Day, Mechanism, Stack } from '../model/types';
import { MECHANISM_STYLE } from './mechanisms';
import { sideHandles } from './overview-flow';
import {
  componentNode,
  relationEdge,
  toFlow,
  type Emphasis,
  type FlowEdge,
  type FlowNode,
  type RelationEdgeType,
  type RouteEdgeType,
  type RowNodeType,
} from './to-flow';

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface FlowOptions {
  focus: Stack | null;
  isolate: boolean;
  compare: Day | null;
  /** The group opened (the family of the selected component). */
  open?: string | null;
}

/** The drawing of one day in a view: what every canvas, test and export starts from. */
export function buildFlow(
  prepared: Prepared,
  rows: RowNodeType[],
  snapshot: Snapshot,
  { focus, isolate, compare, open = null }: FlowOptions,
): Flow {
  if (compare !== null) {
    if (compares === null) throw new Error('The compare view was drawn before loadCompareView() finished.');
    return compares(snapshot, snapshotAt(prepared.dataset, compare), prepared.layout, rows, SHARED);
  }
  if (focus && isolate) return isolatedView(snapshot, prepared.layout, focus);
  return focusedView(snapshot, prepared.layout, rows, focus, open);
}

/** What a drawing is about: what the view fits, the call mechanisms its legend lists, whether it is empty. */
export interface FlowSummary {
  fitIds: string[];
  mechanisms: Mechanism[];
  /** No component is drawn (before the first one). */
  empty: boolean;
}

/**
 * The view fits what it is about — the focused path with the whole frame of each family it runs
 * through, or what changed — else everything drawn; `fitsWhole` (the figure view) always fits everything.
 */
export function summarize({ nodes, edges }: Flow, fitsWhole: boolean): FlowSummary {
  const drawn = nodes.filter((n) => n.type !== 'row');
  const about = drawn.filter((n) =>
    n.type === 'group'
      ? n.data.open && n.data.emphasis === 'focused'
      : n.type === 'component' && ['focused', 'added', 'removed'].includes(n.data.emphasis),
  );
  const mechanisms = new Set(
    edges.flatMap((e) => (e.type === 'relation' ? [(e as RelationEdgeType).data!.relation.mechanism] : [])),
  );
  return {
    fitIds: (about.length > 0 && !fitsWhole ? about : drawn).map((n) => n.id),
    mechanisms: [...mechanisms].sort(),
    empty: !nodes.some((n) => n.type === 'component'),
  };
}

/** Focus: the stack's path stands out, everything else fades (only when the stack exists that day). */
export function focusedView(
  snapshot: Snapshot,
  layout: Layout,
  rows: RowNodeType[],
  stack: Stack | null,
  openGroup: string | null = null,
): Flow {
  const open = new Set(openGroup === null ? [] : [openGroup]);
  if (stack === null || !snapshot.components.some((c) => stack.components.includes(c.id)))
    return toFlow(snapshot, layout, rows, undefined, open);
  const onPath = new Set([...stack.components, ...stack.relations]);
  // The focused path is drawn part by part: the families it runs through open.
  for (const c of snapshot.components)
    if (onPath.has(c.id) && layout.groupOf.has(c.id)) open.add(layout.groupOf.get(c.id)!);
  return toFlow(
    snapshot,
    layout,
    rows,
    (ids): Emphasis => (ids.some((id) => onPath.has(id)) ? 'focused' : 'dimmed'),
    open,
  );
}

let compares: typeof import('./compare-view').compareView | null = null;
const SHARED = {
  diffSnapshots,
  families: FAMILIES,
  fixedSize,
  sideHandles,
  componentNode,
  relationEdge,
  toFlow,
};

/**
 * The compare view is a chunk of its own, off the initial bundle: the app loads it once idle, and
 * waits for it when the link compares (src/boot.ts) or the canvas is asked to (src/canvas/Canvas.tsx).
 */
export async function loadCompareView(): Promise<void> {
  compares ??= (await import('./compare-view')).compareView;
}

/** Whether the compare view can be drawn now. */
export const compareLoaded = () => compares !== null;

let figures: typeof import('../model/figure-layout') | null = null;

/** The figure layout is a chunk of its own, off the initial bundle: the app loads it once idle (src/boot.ts). */
export async function loadFigureView(): Promise<void> {
  figures ??= await import('../model/figure-layout');
}

/** Whether the figure view can be drawn now. */
export const figureLoaded = () => figures !== null;

/**
 * This stack only, drawn like the article's figure (src/model/figure-layout.ts): role frames,
 * per-container parts marked ×2, the Pod, side lanes for out-of-band control, an arrow on every call.
 */
export function isolatedView(snapshot: Snapshot, layout: Layout, stack: Stack): Flow {
  if (figures === null) throw new Error('The figure view was drawn before loadFigureView() finished.');
  const figure = figures.figureLayout(snapshot, stack);
  const nodes: FlowNode[] = figure.frames.map(frameNode);
  for (const n of figure.nodes) {
    const emphasis = n.context ? 'normal' : 'focused';
    nodes.push(
      componentNode(n.component, snapshot.day, layout, emphasis, {
        box: n.box,
        perContainer: n.perContainer,
      }),
    );
  }
  const { x, y, width, height } = figure.pod;
  nodes.push({
    id: figures.POD_ID,
    type: 'pod',
    position: { x, y },
    data: {},
    ...fixedSize('pod', width, height),
    selectable: false,
    focusable: false,
  });
  return { nodes, edges: figure.edges.map(figureEdge) };
}

/** to-flow's FrameNodeType names only vm/sandbox; FrameNode draws every FrameKind. */
function frameNode(frame: FigureFrame): FlowNode {
  const { x, y, width, height } = frame.box;
  const node: Node<{ label: FrameKind; members: string }, 'frame'> = {
    id: frame.id,
    type: 'frame',
    position: { x, y },
    data: { label: frame.kind, members: frame.members.join(' ') },
    ...fixedSize('frame', width, height),
    selectable: false,
    focusable: false,
    draggable: false,
    zIndex: -1,
  };
  return node as unknown as FlowNode;
}

function figureEdge(edge: FigureEdge): FlowEdge {
  const { id, source, target, dashed, points } = edge;
  const colour = edge.drawn
    ? MECHANISM_STYLE[edge.drawn.relation.mechanism].colour
    : 'var(--color-emerald-700)';
  const markerEnd = {
    type: MarkerType.ArrowClosed,
    color: colour,
    width: 36,
    height: 36,
    markerUnits: 'userSpaceOnUse',
  };
  if (edge.drawn === null) {
    const style = { stroke: colour, strokeWidth: 2, strokeDasharray: dashed ? '6 4' : undefined };
    const route: RouteEdgeType = {
      id,
      source,
      target,
      type: 'route',
      data: { points },
      style,
      markerEnd,
      focusable: false,
      selectable: false,
    };
    return route;
  }
  // The figure decides what is dashed: a second client is dashed though its own call is main.
  const drawn = { ...edge.drawn, path: dashed ? ('secondary' as const) : ('main' as const) };
  const flow = relationEdge(drawn, edge.kind === 'context' ? 'normal' : 'focused', { source, target });
  return { ...flow, data: { ...flow.data!, route: points }, markerEnd };
}

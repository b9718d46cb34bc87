import type { Messages } from '../../i18n';
import { familyName } from '../../i18n/families';
import type { GroupNodeType } from '../overview-flow';
import type { ComponentNodeType, FlowEdge, FlowNode, RelationEdgeType, RouteEdgeType } from '../to-flow';
import type { Flow } from '../views';
import type { DrawnEdge, DrawnShape, Drawing, Point, Rect, Side } from './drawing';
import type { Theme } from './theme';

type Sized = { width?: number; height?: number; style?: { width?: unknown; height?: unknown } };
const size = (n: Sized, key: 'width' | 'height') => n[key] ?? Number(n.style?.[key] ?? 0);

/** Each node's box in flow coordinates (a part inside an opened family is placed relative to it). */
function boxes(nodes: FlowNode[]): Map<string, Rect> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const at = new Map<string, Rect>();
  const place = (n: FlowNode): Rect => {
    const known = at.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const origin = parent ? place(parent) : { x: 0, y: 0 };
    const box = {
      x: origin.x + n.position.x,
      y: origin.y + n.position.y,
      width: size(n, 'width'),
      height: size(n, 'height'),
    };
    at.set(n.id, box);
    return box;
  };
  nodes.forEach(place);
  return at;
}

function shape(n: FlowNode, box: Rect, t: Messages): DrawnShape | null {
  switch (n.type) {
    case 'row':
      return { kind: 'row', box, label: t.rows[n.data.row] };
    case 'frame':
      return { kind: 'frame', box, label: t.frames[n.data.label as keyof Messages['frames']] };
    case 'pod':
      return { kind: 'pod', box, lines: [t.pod, t.podContents] };
    case 'component': {
      const { component, release, mark, emphasis, perContainer } = (n as ComponentNodeType).data;
      return {
        kind: 'component',
        id: n.id,
        box,
        name: component.name,
        release,
        organisation: component.organisation ?? '',
        mark,
        emphasis,
        perContainer,
      };
    }
    case 'group': {
      const { family, members, open, emphasis } = (n as GroupNodeType).data;
      const count = open ? null : t.groupParts(members.length);
      return {
        kind: 'group',
        id: n.id,
        box,
        name: familyName(t, family.id),
        parts: members.map((m) => m.name),
        open,
        count,
        emphasis,
      };
    }
    default:
      return null;
  }
}

/** The middle of a box's side: where React Flow's handles sit. */
function sideOf(box: Rect, side: Side): Point & { side: Side } {
  const x = side === 'left' ? box.x : side === 'right' ? box.x + box.width : box.x + box.width / 2;
  const y = side === 'top' ? box.y : side === 'bottom' ? box.y + box.height : box.y + box.height / 2;
  return { x, y, side };
}

const isSide = (handle: string | null | undefined): handle is Side =>
  handle === 'top' || handle === 'bottom' || handle === 'left' || handle === 'right';
const handleSide = (handle: string | null | undefined, fallback: Side): Side =>
  isSide(handle) ? handle : fallback;

function edge(e: FlowEdge, at: Map<string, Rect>, types: Map<string, string | undefined>): DrawnEdge | null {
  const [source, target] = [at.get(e.source), at.get(e.target)];
  if (!source || !target) return null;
  // A hypervisor's arrow ends on the bottom of the VM frame it runs (FrameNode's handle).
  const from = sideOf(source, handleSide(e.sourceHandle, 'bottom'));
  const to = sideOf(target, handleSide(e.targetHandle, types.get(e.target) === 'frame' ? 'bottom' : 'top'));
  const base = { id: e.id, source: e.source, target: e.target, from, to, arrow: e.markerEnd !== undefined };
  if (e.type === 'relation') {
    const data = (e as RelationEdgeType).data!;
    const route = (data.route as Point[] | undefined) ?? null;
    return {
      ...base,
      kind: 'call',
      mechanism: data.relation.mechanism,
      emphasis: data.emphasis,
      dashed: data.path === 'secondary',
      route,
    };
  }
  if (e.type === 'replaced')
    return { ...base, kind: 'replaced', mechanism: null, emphasis: 'normal', dashed: true, route: null };
  if (e.type === 'route') {
    const dashed = Boolean((e as RouteEdgeType).style?.strokeDasharray);
    return {
      ...base,
      kind: 'link',
      mechanism: null,
      emphasis: 'normal',
      dashed,
      route: (e as RouteEdgeType).data!.points,
    };
  }
  return null;
}

/** What a view draws, as the SVG writer reads it: the flow's own nodes and edges, in the view's language and theme. */
export function drawingOf(flow: Flow, t: Messages, theme: Theme): Drawing {
  const drawn = flow.nodes.filter((n) => !n.hidden);
  const at = boxes(drawn);
  const types = new Map(drawn.map((n) => [n.id, n.type]));
  const shapes = drawn.flatMap((n) => shape(n, at.get(n.id)!, t) ?? []);
  const edges = flow.edges.filter((e) => !e.hidden).flatMap((e) => edge(e, at, types) ?? []);
  return { shapes, edges, words: { marks: t.marks, replacedBy: t.replacedBy }, theme };
}

import {
  Controls,
  getViewportForBounds,
  ReactFlow,
  useStoreApi,
  type InternalNode,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type EdgeMouseHandler,
  type NodeMouseHandler,
  type OnMoveStart,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Day } from '../model/types';
import { edgeTypes } from './edges';
import { ArrowMarkers } from './edges/ArrowMarkers';
import { Legend } from './Legend';
import { RowLabels } from './RowLabels';
import { nodeTypes } from './nodes';
import { createDrawnStore, DrawnContext } from './drawn';
import { isComponentId, labelDays, type FlowEdge, type FlowNode } from './to-flow';
import type { GroupNodeData } from './overview-flow';
import { useDrawing, type Drawing, type FlowOptions } from './useFlow';
import { compareLoaded, figureLoaded, loadCompareView, loadFigureView } from './views';
import { useMessages } from '../i18n/useMessages';
import { usePrepared } from '../state/store';

export const FIRST_FULL_CANVAS = 'first-full-canvas';
const FIT_DELAY_MS = 150;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2.5;
/**
 * How the canvas is used: nothing dragged, connected or focused by its calls. React Flow's store
 * starts with the opposite defaults, and its props reach the store in an effect after the first
 * commit, so every node and edge wrapper rendered again in the task after the first frame (239
 * components, issue 13); the store is given them before its renderers first render (below).
 */
const USE = {
  nodesDraggable: false,
  nodesConnectable: false,
  edgesFocusable: false,
  elevateEdgesOnSelect: false,
} as const;
/** A fit never enlarges beyond this. */
const FIT_MAX_ZOOM = 1.1;
/** Below this zoom a name (20 px) would be under 3 px on screen. */
const WORDLESS_ZOOM = 0.15;
/** Below this zoom a name (20 px) is under 9 px on screen: legible only to someone looking for it. */
const ZOOMED_OUT = 0.45;
/** Names render at 16.5 px: at this zoom they read at 14 px and more. */
const READABLE_ZOOM = 0.9;

/** A group opens on its first part present in the family's order (its project, where it has one). */
function firstPart({ family, members }: GroupNodeData): string {
  return family.members.find((id) => members.some((m) => m.id === id)) ?? members[0].id;
}

/** The viewport that shows `bounds` whole and centred, never larger than life size. */
function viewportFor(
  bounds: { x: number; y: number; width: number; height: number },
  pane: { width: number; height: number },
) {
  const pad = 8;
  const zoom = Math.min(
    FIT_MAX_ZOOM,
    (pane.width - 2 * pad) / bounds.width,
    (pane.height - 2 * pad) / bounds.height,
  );
  return {
    zoom,
    x: (pane.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (pane.height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}

/**
 * React Flow measures every node when it starts observing it (its resize observer's first call
 * forces it): it reads the node's size and its handles from the page, then redraws every edge of
 * it. Every node here carries its size and its handles (src/canvas/handles.ts) and keeps them:
 * such a measurement would only find them again. So it is skipped for a node React Flow already
 * knows both of, and the nodes draw no handles (issue 13: nothing measured at run time).
 */
function measureNothing(store: ReturnType<typeof useStoreApi>) {
  const { updateNodeInternals } = store.getState();
  store.setState({
    updateNodeInternals: (updates, params) => {
      const { nodeLookup } = store.getState();
      const known = (id: string) => {
        const node = nodeLookup.get(id);
        return node?.measured.width !== undefined && node.internals.handleBounds !== undefined;
      };
      const unknown = new Map([...updates].filter(([id]) => !known(id)));
      if (unknown.size > 0) updateNodeInternals(unknown, params);
    },
  });
}

/** Within half a pixel and a thousandth of zoom: the same picture. */
function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-3;
}

/** What the default view fits: the drawn nodes, widened to the left edge where the row names sit. */
function overviewBounds(ids: string[], node: (id: string) => InternalNode | undefined) {
  const boxes = ids.flatMap((id) => {
    const n = node(id);
    return n && n.type !== 'row'
      ? [
          {
            ...n.internals.positionAbsolute,
            width: n.measured.width ?? n.width ?? 0,
            height: n.measured.height ?? n.height ?? 0,
          },
        ]
      : [];
  });
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: 0, y: top, width: right, height: bottom - top };
}

/**
 * Whether a view's code, a chunk of its own, is here; asked for while the view is `wanted`. Should
 * it fail to load, the view stays the plain one, and it is asked for again when wanted again.
 */
function useChunk(wanted: boolean, loaded: () => boolean, load: () => Promise<void>): boolean {
  const [here, setHere] = useState(loaded);
  useEffect(() => {
    if (wanted && !here)
      load().then(
        () => setHere(true),
        () => {},
      );
  }, [wanted, here, load]);
  return here;
}

interface CanvasProps extends FlowOptions {
  dark: boolean;
  /** The shown day: drawn at once once the fixed graph is built, a frame behind the slider until then. */
  date: Day;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function Canvas(props: CanvasProps) {
  const prepared = usePrepared();
  const { date, selected, focus, isolate, compare } = props;
  // A selected part of a family opens its group.
  const open = selected === null ? null : (prepared.layout.groupOf.get(selected) ?? null);
  // A compare or a figure is drawn once its code is here (it arrives once the page is idle, src/boot.ts);
  // until then the canvas draws the plain or focused view.
  const comparable = useChunk(compare !== null, compareLoaded, loadCompareView);
  const figurable = useChunk(isolate, figureLoaded, loadFigureView);
  const drawing = useDrawing(prepared, date, {
    focus,
    isolate: isolate && figurable,
    compare: comparable ? compare : null,
    open,
  });
  // React Flow's store starts with the first drawing, so its nodes and edges are drawn in the
  // explorer's first render, which yields to the browser, and not in a second one that React Flow
  // would run at once, in one long task, when its effects hand it the same nodes.
  return (
    <ReactFlowProvider
      initialNodes={drawing.flow.nodes}
      initialEdges={drawing.flow.edges}
      initialMinZoom={MIN_ZOOM}
      initialMaxZoom={MAX_ZOOM}
    >
      <FlowCanvas {...props} drawing={drawing} />
    </ReactFlowProvider>
  );
}

function FlowCanvas({ selected, onSelect, dark, drawing, ...options }: CanvasProps & { drawing: Drawing }) {
  const prepared = usePrepared();
  const { day, interval, flow, table, drawnKey, fitIds, mechanisms, empty } = drawing;
  // The shown day reaches the nodes through their own store, in the same commit as the day itself.
  const [drawn] = useState(() => createDrawnStore(day, labelDays(prepared.dataset.components)));
  useLayoutEffect(
    () => drawn.show({ day, table, interval }, performance.now()),
    [drawn, day, table, interval],
  );
  const comparing = options.compare !== null;
  const [hovered, setHovered] = useState<string | null>(null);
  // Zoomed out, names grow and details hide, so the overview stays legible; so far out that even
  // the names would be specks, cards are drawn without words (their accessible names stay).
  const scale = useStore((s) =>
    s.transform[2] < WORDLESS_ZOOM
      ? 'wordless zoomed-out compact'
      : s.transform[2] < ZOOMED_OUT
        ? 'zoomed-out compact'
        : s.transform[2] < READABLE_ZOOM
          ? 'compact'
          : '',
  );
  const userMoved = useRef(false);
  /** The component a pick or a link centred, kept in the middle until the user moves the view. */
  const keptCentred = useRef<string | null>(null);
  const { getInternalNode, getNodes, getNodesBounds, getViewport, getZoom, setViewport } = useReactFlow();
  const store = useStoreApi();
  // Before React Flow's renderers first render, which is when they start observing nodes and
  // reading how the canvas is used.
  useState(() => {
    measureNothing(store);
    store.setState(USE);
  });

  const nodes = useMemo(
    () =>
      selected === null
        ? flow.nodes
        : flow.nodes.map((n): FlowNode => (n.id === selected ? { ...n, selected: true } : n)),
    [flow.nodes, selected],
  );
  const edges = useMemo(
    () =>
      hovered === null
        ? flow.edges
        : flow.edges.map((e): FlowEdge => (e.id === hovered ? { ...e, selected: true } : e)),
    [flow.edges, hovered],
  );

  // Fit the drawn stack once it stops changing (not at every step of a drag, which would make the
  // view pump in and out), unless the user has zoomed or panned since.
  const [fittedKey, setFittedKey] = useState(drawnKey);
  const frame = useRef<HTMLDivElement>(null);
  /** The view that fits what the drawing is about, in this frame (React Flow's pane). */
  const fitTarget = (): Viewport => {
    const pane = { width: frame.current!.clientWidth, height: frame.current!.clientHeight };
    const bounds = overviewBounds(fitIds, getInternalNode);
    // The default view keeps the row names' gutter in the picture; other views fit what they are about.
    return bounds && !options.isolate
      ? viewportFor(bounds, pane)
      : getViewportForBounds(
          getNodesBounds(fitIds.length > 0 ? fitIds : getNodes()),
          pane.width,
          pane.height,
          MIN_ZOOM,
          FIT_MAX_ZOOM,
          0.08,
        );
  };
  /**
   * The first view is the fit, unless the link names a component and the fit would draw names too
   * small to read (a phone): then that component at a readable size, centred, as a pick shows it.
   */
  const firstView = (): Viewport => {
    const fit = fitTarget();
    const node = selected === null ? undefined : getInternalNode(selected);
    return !node || fit.zoom >= ZOOMED_OUT ? fit : keepCentred(selected!, node);
  };
  /**
   * Brings `id` to a readable size in the middle of the canvas and keeps it there, as a pick does:
   * later drawings do not refit the view.
   */
  const keepCentred = (id: string, node: InternalNode): Viewport => {
    userMoved.current = true;
    keptCentred.current = id;
    return centredOn(node, READABLE_ZOOM);
  };
  /** The view with `node` in the middle of the canvas as it is laid out now. */
  const centredOn = (node: InternalNode, zoom: number): Viewport => {
    const { x, y } = node.internals.positionAbsolute;
    const { clientWidth, clientHeight } = frame.current!;
    return {
      zoom,
      x: (clientWidth - (node.measured.width ?? node.width ?? 0) * zoom) / 2 - x * zoom,
      y: (clientHeight - (node.measured.height ?? node.height ?? 0) * zoom) / 2 - y * zoom,
    };
  };
  // The first drawing is fitted before its first frame: when that frame is laid out (a resize
  // observer's first call), not in the commit, which would lay it out earlier, in the same task.
  // React Flow's pan and zoom start in its effects, from `defaultViewport`: the view is written
  // there and into React Flow's store, and set through them where they have started already
  // (`setViewport` does nothing before). Later calls keep a centred component in the middle
  // until the user moves the view: on a phone the details open below the canvas and shorten it
  // after the pick (once their code has arrived), which left the card at its bottom edge.
  const [initialViewport] = useState<Viewport>(() => ({ x: 0, y: 0, zoom: 1 }));
  useLayoutEffect(() => {
    let first = true;
    const observer = new ResizeObserver(() => {
      if (first) {
        first = false;
        const target = firstView();
        Object.assign(initialViewport, target);
        store.setState({ transform: [target.x, target.y, target.zoom] });
        void setViewport(target);
        // The bench's "first full canvas": this frame, laid out, shows the nodes, their edges (sizes
        // and handles are given, src/canvas/handles.ts) and the fitted view.
        return performance.mark(FIRST_FULL_CANVAS);
      }
      const node = keptCentred.current === null ? undefined : getInternalNode(keptCentred.current);
      if (node) void setViewport(centredOn(node, getZoom()));
    });
    observer.observe(frame.current!);
    return () => observer.disconnect();
    // Once: it reads refs and React Flow's instance, which keep their identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (fittedKey === drawnKey || userMoved.current) return;
    const timer = window.setTimeout(() => {
      if (userMoved.current) return; // a pick brought its node into view meanwhile
      const target = fitTarget();
      const fitted = () => setFittedKey(drawnKey);
      // Most fits find the view where it is: setting it anyway would have React Flow ask every node
      // and edge whether the viewport concerns it.
      if (sameViewport(target, getViewport())) fitted();
      else void setViewport(target).then(fitted);
    }, FIT_DELAY_MS);
    return () => window.clearTimeout(timer);
    // Refit when what is drawn changes, not when only a release label does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawnKey]);

  // A node picked by the user or by search is brought into view at a readable size, once per pick
  // (a part of a closed group exists only once its group has opened, a render later).
  const centred = useRef<string | null>(selected);
  useEffect(() => {
    if (selected === centred.current) return;
    const node = selected === null ? undefined : getInternalNode(selected);
    if (selected !== null && !node) return;
    centred.current = selected;
    keptCentred.current = null;
    if (selected === null || !node || getZoom() >= READABLE_ZOOM) return;
    void setViewport(keepCentred(selected, node));
  });

  // A component opens its details; a closed group opens on its first part present (its project, where it has one).
  const pick = (node: FlowNode) => {
    if (node.type === 'component' && isComponentId(node.id)) onSelect(node.id);
    if (node.type === 'group' && !node.id.startsWith('ghost:') && !node.data.open)
      onSelect(firstPart(node.data));
  };
  const latest = useRef(pick);
  useLayoutEffect(() => {
    latest.current = pick;
  });
  /** The user moved the view (or fitted it back): later drawings do not (or do) refit it, and nothing is kept centred. */
  const userMoves = (moved: boolean) => {
    userMoved.current = moved;
    keptCentred.current = null;
  };
  // React Flow's handlers keep their identity, so a day change does not reach React Flow at all.
  const handlers = useMemo(
    () => ({
      onNodeClick: ((_, node) => latest.current(node)) as NodeMouseHandler<FlowNode>,
      onEdgeMouseEnter: ((_, edge) => setHovered(edge.id)) as EdgeMouseHandler<FlowEdge>,
      onEdgeMouseLeave: () => setHovered(null),
      onMoveStart: ((event) => event && userMoves(true)) as OnMoveStart,
      onZoom: () => userMoves(true),
      onFitView: () => userMoves(false),
    }),
    [],
  );
  // React Flow selects a focused node on Enter but does not call onNodeClick; pick it here.
  const onKeyDown = (e: KeyboardEvent) => {
    const id =
      e.key === 'Enter'
        ? (e.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id')
        : null;
    const node = id ? nodes.find((n) => n.id === id) : undefined;
    if (node) pick(node);
  };
  const t = useMessages();
  const legend = mechanisms.join(' ');
  const graph = useMemo(
    () => (
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...USE}
        onNodeClick={handlers.onNodeClick}
        onEdgeMouseEnter={handlers.onEdgeMouseEnter}
        onEdgeMouseLeave={handlers.onEdgeMouseLeave}
        onMoveStart={handlers.onMoveStart}
        colorMode={dark ? 'dark' : 'light'}
        minZoom={MIN_ZOOM}
        defaultViewport={initialViewport}
        maxZoom={MAX_ZOOM}
      >
        {/* In a row along the bottom, where a fitted drawing (wider than tall) leaves room: a column
            of buttons covered the bottom-left cards on a phone with the details open. */}
        <Controls
          orientation="horizontal"
          showInteractive={false}
          onZoomIn={handlers.onZoom}
          onZoomOut={handlers.onZoom}
          onFitView={handlers.onFitView}
          aria-label={t.zoomControls}
        />
        <Legend mechanisms={mechanisms} comparing={comparing} />
      </ReactFlow>
    ),
    // The legend's list is new with each drawing; what it says changes with `legend`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [nodes, edges, dark, legend, comparing, t, handlers],
  );

  return (
    <DrawnContext.Provider value={drawn}>
      <div
        className={`relative h-full w-full overflow-hidden ${scale}`}
        data-drawn-date={day}
        ref={frame}
        data-fitted={fittedKey === drawnKey}
        data-fixed-graph={table !== null}
        onKeyDown={onKeyDown}
      >
        {graph}
        <ArrowMarkers />
        {!options.isolate && <RowLabels layout={prepared.layout} />}
        {empty && (
          <p className="pointer-events-none absolute inset-x-0 top-1/3 text-center text-slate-700">
            {t.nothingYet(day, prepared.changes[0])}
          </p>
        )}
      </div>
    </DrawnContext.Provider>
  );
}

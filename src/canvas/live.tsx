import { EdgeLabelRenderer, type EdgeProps, type NodeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { FADE_MS, useDrawnEdge, useDrawnNode, useDrawnStore } from './drawn';

/**
 * A node of the fixed graph: drawn as the table says for the shown day, hidden (visibility, out of
 * the accessibility tree and the tab order) on days it is absent. React Flow keeps it mounted.
 */
export function liveNode<P extends NodeProps>(Inner: (props: P) => ReactNode): (props: P) => ReactNode {
  const Drawn = memo(Inner) as unknown as typeof Inner;
  return function LiveNode(props: P) {
    const drawn = useDrawnNode(props.id);
    const anchor = useRef<HTMLSpanElement>(null);
    usePresence(anchor, drawn !== undefined);
    const shown = useLastShown(drawn);
    return (
      <>
        <Drawn {...props} data={shown ? shown.data : props.data} />
        <span ref={anchor} hidden />
      </>
    );
  };
}

export function liveEdge<P extends EdgeProps>(Inner: (props: P) => ReactNode): (props: P) => ReactNode {
  const Drawn = memo(Inner) as unknown as typeof Inner;
  return function LiveEdge(props: P) {
    const drawn = useDrawnEdge(props.id);
    const anchor = useRef<SVGGElement>(null);
    usePresence(anchor, drawn !== undefined);
    const shown = useLastShown(drawn);
    // An arrowhead named by id follows the day (a grouped edge is coloured by the call it stands for).
    const markerEnd = typeof shown?.markerEnd === 'string' ? `url('#${shown.markerEnd}')` : props.markerEnd;
    return (
      <g ref={anchor}>
        <Drawn {...props} data={shown ? shown.data : props.data} markerEnd={markerEnd} />
      </g>
    );
  };
}

/**
 * A live edge's label. It is drawn in React Flow's label layer, apart from the edge, where hiding
 * an absent edge does not reach it: so it is drawn only on the days its edge is.
 */
export function LiveLabel({ id, children }: { id: string; children: ReactNode }) {
  return useDrawnEdge(id) === undefined ? null : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}

/**
 * How the thing is drawn on the shown day, or while it is absent (undefined) how it was last drawn:
 * an absent thing is hidden, and drawing it again for a day nobody sees would only cost (the
 * drawing is memoised). Null while the day's own drawing is mounted (src/canvas/drawn.ts).
 */
function useLastShown<T>(drawn: T | null | undefined): T | null {
  const [shown, setShown] = useState(drawn ?? null);
  if (drawn !== undefined && drawn !== shown) setShown(drawn);
  return drawn === undefined ? shown : drawn;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Marks React Flow's element for the node or edge (the anchor's parent) absent or present. A
 * component that arrives fades in, also when it arrives mounted (the day's own drawing, a new
 * view); one that leaves leaves a fading copy without ids or roles behind, so the drawn components
 * stay exactly those of the day. Nothing moves under reduced motion, nor while the day changes
 * faster than a fade, nor before it first changes (src/canvas/drawn.ts).
 */
function usePresence(anchor: RefObject<Element | null>, present: boolean) {
  const store = useDrawnStore();
  const mounted = useRef(false);
  useLayoutEffect(() => {
    const host = anchor.current?.parentElement;
    if (!host) return;
    const mounting = !mounted.current;
    mounted.current = true;
    const animate =
      store.getState().fade && host.classList.contains('react-flow__node-component') && !reducedMotion();
    if (present) {
      if (!mounting && !host.hasAttribute('data-absent')) return;
      host.removeAttribute('data-absent');
      if (animate)
        host.animate(
          [
            { opacity: 0, translate: '0 6px' },
            { opacity: 1, translate: '0 0' },
          ],
          { duration: FADE_MS, easing: 'ease-out' },
        );
      return;
    }
    if (animate && !mounting && !host.hasAttribute('data-absent')) leaveCopy(host);
    host.setAttribute('data-absent', '');
  }, [anchor, present, store]);
}

const IDENTIFYING = [
  'data-testid',
  'data-id',
  'id',
  'tabindex',
  'role',
  'aria-label',
  'aria-describedby',
  'aria-roledescription',
  'data-members',
];

function leaveCopy(host: HTMLElement) {
  const copy = host.cloneNode(true) as HTMLElement;
  for (const el of [copy, ...copy.querySelectorAll('*')])
    for (const name of IDENTIFYING) el.removeAttribute(name);
  copy.classList.add('leaving');
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  host.after(copy);
  window.setTimeout(() => copy.remove(), FADE_MS);
}

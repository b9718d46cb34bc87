import type { Position } from '@xyflow/react';
import type { Drawing, DrawnEdge, Measure, Point } from './drawing';
import { escapeXml, round, text } from './svg-text';
import { CARD_HEIGHT } from '../../model/layout';
import { curve } from '../edges/curve';

interface EdgePaint {
  stroke: string;
  width: number;
  dash: string | null;
  opacity: number;
}

const LABEL = { size: 10, weight: 600 };

/** The edge's path and the middle of it, as the canvas draws it: the figure's segments, else React Flow's curve. */
export function edgePath(e: DrawnEdge): { d: string; middle: Point; points: Point[]; between?: boolean } {
  if (e.route) {
    const mid = Math.floor((e.route.length - 1) / 2);
    const [a, b] = [e.route[mid], e.route[mid + 1] ?? e.route[mid]];
    const d = e.route.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
    return { d, middle: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, points: e.route };
  }
  const [d, x, y, between] = curve({
    sourceX: e.from.x,
    sourceY: e.from.y,
    sourcePosition: e.from.side as Position,
    targetX: e.to.x,
    targetY: e.to.y,
    targetPosition: e.to.side as Position,
  });
  return { d, middle: { x, y }, points: [e.from, e.to], between };
}

/** Mirrors RelationEdge, ReplacedEdge, RouteEdge and the .relation-edge.emphasis-* rules of src/index.css. */
export function edgePaint(e: DrawnEdge, { theme }: Drawing): EdgePaint {
  if (e.kind === 'replaced') return { stroke: theme.replaced.stroke, width: 2.5, dash: '2 4', opacity: 1 };
  if (e.kind === 'link')
    return { stroke: theme.pod.stroke, width: 2, dash: e.dashed ? '6 4' : null, opacity: 1 };
  const stroke = e.mechanism ? theme.mechanisms[e.mechanism] : theme.edge;
  const width = e.emphasis === 'focused' ? 3 : e.emphasis === 'added' ? 3.5 : 1.75;
  const opacity = e.emphasis === 'dimmed' ? 0.15 : e.emphasis === 'removed' ? 0.6 : 1;
  return { stroke, width, dash: e.dashed || e.emphasis === 'removed' ? '6 4' : null, opacity };
}

/** The edges as SVG paths with one arrowhead marker per colour, and the "replaced by" labels. */
export function edgesSvg(
  drawing: Drawing,
  measure: Measure,
): { markers: string[]; paths: string[]; labels: string[] } {
  const painted = drawing.edges.map((e) => ({ e, paint: edgePaint(e, drawing), path: edgePath(e) }));
  // One arrowhead per colour, shaped as React Flow's closed arrow.
  const arrows = [...new Set(painted.filter(({ e }) => e.arrow).map(({ paint }) => paint.stroke))];
  const markers = arrows.map((c, i) => {
    const colour = escapeXml(c);
    const shape = `<polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${colour}" stroke="${colour}" stroke-linejoin="round"/>`;
    return `<marker id="arrow-${i}" viewBox="-10 -10 20 20" markerWidth="36" markerHeight="36" markerUnits="userSpaceOnUse" orient="auto-start-reverse">${shape}</marker>`;
  });
  const paths = painted.map(({ e, paint: p, path }) => {
    const dash = p.dash ? ` stroke-dasharray="${p.dash}"` : '';
    const marker = e.arrow ? ` marker-end="url(#arrow-${arrows.indexOf(p.stroke)})"` : '';
    const attrs = `data-edge="${escapeXml(e.id)}" fill="none" stroke="${escapeXml(p.stroke)}" stroke-width="${p.width}"${dash}${p.opacity < 1 ? ` opacity="${p.opacity}"` : ''}${marker}`;
    return `<path d="${escapeXml(path.d)}" ${attrs}/>`;
  });
  const { fill, text: colour } = drawing.theme.replaced;
  const labels = painted
    .filter(({ e }) => e.kind === 'replaced')
    .map(({ path: { middle, between } }) => {
      // Above a link between neighbours in one lane, else on the link, as on the canvas (src/canvas/edges/curve.ts).
      const label = drawing.words.replacedBy;
      const w = measure(label, LABEL) + 8;
      const y = between ? middle.y - CARD_HEIGHT / 2 - 8 : middle.y;
      return `<rect x="${round(middle.x - w / 2)}" y="${round(y - 8)}" width="${round(w)}" height="16" rx="3" fill="${fill}"/>${text(middle.x, y + 3.5, label, LABEL, colour, ' text-anchor="middle"')}`;
    });
  return { markers, paths, labels };
}

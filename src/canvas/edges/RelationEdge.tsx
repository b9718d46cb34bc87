import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { CARD_HEIGHT } from '../../model/layout';
import { curve } from './curve';
import { MECHANISM_STYLE } from '../mechanisms';
import type { RelationEdgeType, ReplacedEdgeType } from '../to-flow';
import { useLang, useMessages } from '../../i18n/useMessages';
import { LiveLabel } from '../live';

type Point = { x: number; y: number };

/** The figure view gives its own straight segments (data.route); elsewhere a curve between the handles. */
function polyline(points: Point[]): [string, number, number] {
  const mid = Math.floor((points.length - 1) / 2);
  const [a, b] = [points[mid], points[mid + 1]];
  return [
    points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' '),
    (a.x + b.x) / 2,
    (a.y + b.y) / 2,
  ];
}

/** A call, coloured by mechanism, dashed when secondary; hovering shows mechanism and dates. */
export function RelationEdge({ id, data, selected, markerEnd, ...geometry }: EdgeProps<RelationEdgeType>) {
  const route = data?.route as Point[] | undefined;
  const [path, labelX, labelY] = route ? polyline(route) : curve(geometry);
  const t = useMessages();
  const lang = useLang();
  if (!data) return null;
  const { relation, emphasis } = data;
  const style = MECHANISM_STYLE[relation.mechanism];
  // The dashes' length is the stylesheet's, by zoom (src/index.css).
  const dashed = data.path === 'secondary' || emphasis === 'removed';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`relation-edge emphasis-${emphasis}${dashed ? ' dashed' : ''}`}
        style={{ stroke: style.colour }}
        interactionWidth={10}
        markerEnd={markerEnd}
      />
      {selected && (
        <LiveLabel id={id}>
          <div
            role="tooltip"
            className="nodrag nopan pointer-events-none absolute z-50 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {relation.source} → {relation.target} · {style.label[lang]}
            {data.path === 'secondary' ? ` (${t.secondaryPath})` : ''}
            <br />
            {relation.since} – {relation.until ?? t.today}
          </div>
        </LiveLabel>
      )}
    </>
  );
}

/**
 * Links a removed component's ghost to its successor in compare mode, hopping over the cards
 * between them in one lane, as a call does. Between neighbours in one lane the gap is too narrow
 * for its label, which then sits above it, over the lane's margin; elsewhere it sits on the link.
 */
export function ReplacedEdge({ id, ...geometry }: EdgeProps<ReplacedEdgeType>) {
  const [path, labelX, labelY, between] = curve(geometry);
  const t = useMessages();
  // Half a card, and half the label's 10 px line.
  const lift = between ? CARD_HEIGHT / 2 + 5 : 0;
  return (
    <>
      <BaseEdge id={id} path={path} className="replaced-edge" />
      <LiveLabel id={id}>
        <div
          className="pointer-events-none absolute rounded bg-violet-100 px-1 text-[9px] leading-[10px] font-semibold text-violet-900"
          style={{
            transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY - lift}px)`,
          }}
        >
          {t.replacedBy}
        </div>
      </LiveLabel>
    </>
  );
}

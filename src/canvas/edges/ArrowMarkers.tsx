import type { Mechanism } from '../../model/types';
import { arrowId, MECHANISM_STYLE } from '../mechanisms';

/** One arrowhead per mechanism, drawn like React Flow's closed arrow, defined once for the canvas. */
export function ArrowMarkers() {
  return (
    <svg className="absolute h-0 w-0" aria-hidden="true">
      <defs>
        {(Object.keys(MECHANISM_STYLE) as Mechanism[]).map((m) => (
          <marker
            key={m}
            id={arrowId(m)}
            className="react-flow__arrowhead"
            markerWidth="14"
            markerHeight="14"
            viewBox="-10 -10 20 20"
            markerUnits="strokeWidth"
            orient="auto-start-reverse"
            refX="0"
            refY="0"
          >
            <polyline
              style={{ stroke: MECHANISM_STYLE[m].colour, fill: MECHANISM_STYLE[m].colour, strokeWidth: 1 }}
              strokeLinecap="round"
              strokeLinejoin="round"
              points="-5,-4 0,0 -5,4 -5,-4"
            />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

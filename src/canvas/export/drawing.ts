import type { Mechanism } from '../../model/types';
import type { Emphasis } from '../to-flow';
import type { Theme } from './theme';

/** A box in flow coordinates (the canvas's own units, independent of zoom and pan). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export type Mark = 'deprecated' | 'ending';

/** What the canvas draws, as plain data built from the flow's nodes: what each thing is, where, how large. */
export type DrawnShape =
  | { kind: 'row'; box: Rect; label: string }
  | { kind: 'frame'; box: Rect; label: string }
  | { kind: 'pod'; box: Rect; lines: string[] }
  | {
      kind: 'component';
      id: string;
      box: Rect;
      name: string;
      release: string | null;
      organisation: string;
      mark: Mark | null;
      emphasis: Emphasis;
      perContainer: boolean;
    }
  | {
      /** A family drawn as one card, or opened as a frame over its neighbours with its parts inside. */
      kind: 'group';
      id: string;
      box: Rect;
      name: string;
      parts: string[];
      open: boolean;
      /** "3 parts · open" on a closed card. */
      count: string | null;
      emphasis: Emphasis;
    };

/** Where an edge leaves or enters a box: the middle of one of its sides. */
export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  /** A call; the link from what left to its successor (compare); a link of the figure to and from the Pod. */
  kind: 'call' | 'replaced' | 'link';
  mechanism: Mechanism | null;
  emphasis: Emphasis;
  dashed: boolean;
  from: Point & { side: Side };
  to: Point & { side: Side };
  /** Straight segments through these points (the figure's routes); null: a curve from `from` to `to`. */
  route: Point[] | null;
  arrow: boolean;
}

export interface Drawing {
  shapes: DrawnShape[];
  edges: DrawnEdge[];
  /** The words the picture needs beyond its names, in the view's language. */
  words: { marks: Record<Mark, string>; replacedBy: string };
  theme: Theme;
}

export interface Font {
  size: number;
  weight: number;
  mono?: boolean;
}

export const FONT =
  "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** Width of a text in px; the browser passes a canvas measurer, tests and node use the estimate. */
export type Measure = (text: string, font: Font) => number;

export const estimateWidth: Measure = (text, { size, weight, mono }) =>
  [...text].reduce(
    (w, ch) => w + size * (ch.codePointAt(0)! >= 0x2e80 ? 1 : mono || weight >= 600 ? 0.6 : 0.55),
    0,
  );

export function union(boxes: Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

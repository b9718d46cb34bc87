import type { Emphasis } from '../to-flow';

/** A box in flow coordinates (the canvas's own units, independent of zoom and pan). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the canvas draws, as plain data: read from the DOM in the browser, turned into SVG anywhere. */
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
      mark: 'deprecated' | 'ending' | null;
      emphasis: Emphasis;
      /** A parent drawn around its children, with its name at the top or the bottom. */
      frame: 'top' | 'bottom' | null;
      perContainer: boolean;
    };

export interface DrawnEdge {
  d: string;
  stroke: string;
  width: number;
  dash: string | null;
  opacity: number;
  box: Rect;
  /** Drawn with an arrowhead at its end. */
  arrow?: boolean;
}

/** A label on an edge ("replaced by"), centred on x, y. */
export interface EdgeLabel {
  x: number;
  y: number;
  text: string;
}

export interface Drawing {
  shapes: DrawnShape[];
  edges: DrawnEdge[];
  labels: EdgeLabel[];
}

export interface Font {
  size: number;
  weight: number;
  mono?: boolean;
}

export const FONT = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** Width of a text in px; the browser passes a canvas measurer, tests and node use the estimate. */
export type Measure = (text: string, font: Font) => number;

export const estimateWidth: Measure = (text, { size, weight, mono }) =>
  [...text].reduce((w, ch) => w + size * (ch.codePointAt(0)! >= 0x2e80 ? 1 : mono || weight >= 600 ? 0.6 : 0.55), 0);

export function union(boxes: Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

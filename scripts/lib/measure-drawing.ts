import type { Segment } from '../../src/model/overview';

/** What the page draws on a day; its calls as straight segments, counted in Node (src/model/overview.ts). */
export interface DrawingMeasure {
  segments: Segment[];
  medianLabel: number;
  minLabel: number;
  inside: number;
  arrowheads: number;
}

/**
 * Runs in the page: reads the drawing as a person sees it, in screen pixels. Self-contained (it is
 * serialised into the page); the crossings are counted in Node, by the layout's own count.
 */
export function measureDrawing(): DrawingMeasure {
  const zoom = new DOMMatrixReadOnly(
    getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
  ).a;
  const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
  const drawn = Array.from(
    document.querySelectorAll<HTMLElement>('.react-flow__node-component, .react-flow__node-group'),
  ).filter(
    (n) =>
      !n.hasAttribute('data-absent') &&
      n.dataset.id !== undefined &&
      (!n.dataset.id.includes(':') || n.dataset.id.startsWith('group:')),
  );
  const rects = new Map(drawn.map((n) => [n.dataset.id!, n.getBoundingClientRect()]));
  const sizes = drawn
    .map((n) => n.querySelector('.component-name'))
    .filter((n): n is Element => n !== null)
    .map((n) => Number.parseFloat(getComputedStyle(n).fontSize) * zoom)
    .sort((a, b) => a - b);
  const inside = drawn.filter((n) => {
    const r = rects.get(n.dataset.id!)!;
    return (
      r.left >= canvas.left - 1 &&
      r.right <= canvas.right + 1 &&
      r.top >= canvas.top - 1 &&
      r.bottom <= canvas.bottom + 1
    );
  }).length;

  const segments: Segment[] = [];
  let arrows = 0;
  const idOf = (e: Element) => e.getAttribute('data-testid')!.slice('rf__edge-'.length);
  const edges = Array.from(document.querySelectorAll('.react-flow__edge:not([data-absent])')).filter(
    (e) => !idOf(e).startsWith('ghost:'),
  );
  for (const edge of edges) {
    const path = edge.querySelector('.react-flow__edge-path');
    const marker = path?.getAttribute('marker-end')?.match(/url\((['"]?)#(.+)\1\)/)?.[2];
    if (marker && document.getElementById(marker)) arrows++;
    const [source, target] = idOf(edge).split('->');
    const a = rects.get(source);
    const b = rects.get(target);
    if (!a || !b) continue;
    if (Math.abs(a.top - b.top) < a.height) {
      const right = a.left < b.left;
      segments.push([
        { x: right ? a.right : a.left, y: a.top + a.height / 2 },
        { x: right ? b.left : b.right, y: b.top + b.height / 2 },
      ]);
    } else
      segments.push([
        { x: a.left + a.width / 2, y: a.bottom },
        { x: b.left + b.width / 2, y: b.top },
      ]);
  }
  return {
    segments,
    medianLabel: sizes.length === 0 ? 0 : sizes[Math.floor(sizes.length / 2)],
    minLabel: sizes.length === 0 ? 0 : sizes[0],
    inside: drawn.length === 0 ? 1 : inside / drawn.length,
    arrowheads: edges.length === 0 ? 1 : arrows / edges.length,
  };
}

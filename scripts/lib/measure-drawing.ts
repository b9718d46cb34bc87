export interface DayMeasure {
  day: string;
  crossings: number;
  medianLabel: number;
  minLabel: number;
  inside: number;
  arrowheads: number;
}

/**
 * Runs in the page: reads the drawing as a person sees it. Self-contained (it is serialised into the
 * page), so it repeats the small geometry it needs instead of importing it.
 */
export function measureDrawing(): Omit<DayMeasure, 'day'> {
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

  type P = { x: number; y: number };
  const segments: [P, P][] = [];
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
  // A point within half a pixel of a line lies on it: a call that passes through the end of another
  // touches it, as in the layout's own count (src/model/overview.ts), and rounding at one zoom or
  // another does not decide it.
  const orient = (p: P, q: P, r: P) => {
    const cross = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    return Math.abs(cross) < 0.5 * Math.hypot(q.x - p.x, q.y - p.y) ? 0 : Math.sign(cross);
  };
  const same = (p: P, q: P) => Math.abs(p.x - q.x) < 0.5 && Math.abs(p.y - q.y) < 0.5;
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const [a, b] = segments[i];
      const [c, d] = segments[j];
      if (same(a, c) || same(a, d) || same(b, c) || same(b, d)) continue;
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) crossings++;
    }
  }
  return {
    crossings,
    medianLabel: sizes.length === 0 ? 0 : sizes[Math.floor(sizes.length / 2)],
    minLabel: sizes.length === 0 ? 0 : sizes[0],
    inside: drawn.length === 0 ? 1 : inside / drawn.length,
    arrowheads: edges.length === 0 ? 1 : arrows / edges.length,
  };
}

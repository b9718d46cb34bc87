import type { Emphasis } from '../to-flow';
import type { DrawnEdge, DrawnShape, Drawing, EdgeLabel, Rect } from './drawing';

/** The last `translate(Xpx, Ypx)` of a CSS transform: React Flow places nodes and edge labels with it. */
function translation(transform: string): { x: number; y: number } | null {
  const all = [...transform.matchAll(/translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\s*\)/g)];
  const last = all.at(-1);
  return last ? { x: Number(last[1]), y: Number(last[2]) } : null;
}

const textOf = (el: Element | null | undefined): string => el?.textContent?.trim() ?? '';

function component(node: HTMLElement, box: Rect): DrawnShape | null {
  const card = node.querySelector('.component-box');
  const name = card?.querySelector('.component-name');
  if (!card || !name) return null;
  const [meta, mark] = card.querySelectorAll('.component-meta');
  const emphasis = [...card.classList].find((c) => c.startsWith('emphasis-'))?.slice('emphasis-'.length) as Emphasis | undefined;
  return {
    kind: 'component',
    id: node.dataset.id ?? '',
    box,
    name: textOf(name),
    release: textOf(meta?.querySelector('.font-mono')).replace(/^≥\s*/, '') || null,
    organisation: textOf(meta?.querySelector(':scope > span:not(.font-mono)')),
    mark: mark ? (mark.classList.contains('text-orange-800') ? 'deprecated' : 'ending') : null,
    emphasis: emphasis ?? 'normal',
    // The label of a parent drawn around its children sits in a bottom-aligned wrapper when at the bottom.
    frame: card.classList.contains('is-frame') ? (card.querySelector(':scope > .mt-auto') ? 'bottom' : 'top') : null,
    perContainer: (name.parentElement?.children.length ?? 1) > 1,
  };
}

/** A family drawn as one card (or, opened, as a frame round its parts): its name and its count of parts. */
function group(node: HTMLElement, box: Rect): DrawnShape | null {
  const card = node.querySelector('.group-box');
  if (!card) return null;
  const emphasis = [...card.classList].find((c) => c.startsWith('emphasis-'))?.slice('emphasis-'.length) as Emphasis | undefined;
  return {
    kind: 'component',
    id: node.dataset.id ?? '',
    box,
    name: textOf(card.querySelector('.group-name')),
    release: null,
    organisation: textOf(card.querySelector('.group-count')),
    mark: null,
    emphasis: emphasis ?? 'normal',
    frame: card.classList.contains('is-open') ? 'top' : null,
    perContainer: false,
  };
}

function shape(node: HTMLElement): DrawnShape | null {
  const at = translation(node.style.transform);
  if (at === null) return null;
  // offsetWidth/Height ignore the viewport's zoom: they are flow units.
  const box = { ...at, width: node.offsetWidth, height: node.offsetHeight };
  if (node.classList.contains('react-flow__node-component')) return component(node, box);
  if (node.classList.contains('react-flow__node-group')) return group(node, box);
  // Row names are pinned outside the flow (RowLabels); the band carries its own for the export.
  if (node.classList.contains('react-flow__node-row')) return { kind: 'row', box, label: node.querySelector('[data-row-label]')?.getAttribute('data-row-label') ?? '' };
  if (node.classList.contains('react-flow__node-frame')) return { kind: 'frame', box, label: textOf(node) };
  if (node.classList.contains('react-flow__node-pod')) return { kind: 'pod', box, lines: [...node.querySelectorAll('span')].map(textOf) };
  return null;
}

function edge(path: SVGPathElement): DrawnEdge | null {
  const d = path.getAttribute('d');
  if (!d) return null;
  const style = getComputedStyle(path);
  const dash = style.strokeDasharray === 'none' ? null : style.strokeDasharray.replace(/px/g, '').replace(/,/g, ' ');
  const { x, y, width, height } = path.getBBox();
  const arrow = path.hasAttribute('marker-end');
  return { d, stroke: style.stroke, width: parseFloat(style.strokeWidth) || 1, dash, opacity: Number(style.opacity), box: { x, y, width, height }, arrow };
}

function label(el: HTMLElement): EdgeLabel | null {
  const at = translation(el.style.transform);
  return at && textOf(el) ? { ...at, text: textOf(el) } : null;
}

/** What the React Flow canvas inside `root` draws now, in flow coordinates, whatever the zoom and pan. */
export function readCanvas(root: ParentNode): Drawing {
  // Fading copies of components that just left, and nodes not yet measured, are not part of the day.
  // Absent things stay mounted, marked data-absent (src/canvas/live.tsx); fading copies are not drawn either.
  const nodes = [...root.querySelectorAll<HTMLElement>('.react-flow__node:not([data-absent])')].filter((n) => !n.classList.contains('leaving') && n.style.visibility !== 'hidden');
  const paths = [...root.querySelectorAll<SVGPathElement>('.react-flow__edge:not([data-absent]) path.react-flow__edge-path')];
  const labels = [...root.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > div:not([role="tooltip"])')];
  const present = <T>(items: (T | null)[]): T[] => items.filter((i): i is T => i !== null);
  return { shapes: present(nodes.map(shape)), edges: present(paths.map(edge)), labels: present(labels.map(label)) };
}

import { estimateWidth, FONT, union, type Drawing, type Measure, type Rect } from './drawing';
import { shapeSvg } from './svg-shapes';
import { escapeXml, round, text } from './svg-text';

const PAD = 24;
/** Room left of the drawing for the row labels, which the canvas pins at its edge on screen. */
const ROW_GUTTER = 150;
const MIN_WIDTH = 720;
const CAPTION = { size: 13, weight: 400 };
const CAPTION_LINE = 18;

/** The part of the canvas worth exporting: what is drawn, not the whole width of the row bands. */
export function drawnBounds(drawing: Drawing): Rect {
  const rows = drawing.shapes.filter((s) => s.kind === 'row').map((s) => s.box);
  const drawn = union([...drawing.shapes.filter((s) => s.kind !== 'row').map((s) => s.box), ...drawing.edges.map((e) => e.box)]);
  if (drawn === null) return union(rows) ?? { x: 0, y: 0, width: 0, height: 0 };
  const rowSpan = union(rows);
  const x = rowSpan ? Math.max(rowSpan.x, drawn.x - ROW_GUTTER) : drawn.x;
  const y = rowSpan ? Math.min(rowSpan.y, drawn.y) : drawn.y;
  const bottom = Math.max(drawn.y + drawn.height, rowSpan ? rowSpan.y + rowSpan.height : -Infinity);
  return { x, y, width: drawn.x + drawn.width - x, height: bottom - y };
}

/** Split the caption at its " · " separators into lines no wider than `width` (a URL is never cut). */
export function wrapCaption(caption: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const part of caption.split(' · ')) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} · ${part}`, CAPTION) <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** A standalone SVG of the drawing on white, with the caption in a strip at the bottom. */
export function toSvg(drawing: Drawing, caption: string, measure: Measure = estimateWidth): string {
  const bounds = drawnBounds(drawing);
  const width = Math.ceil(Math.max(bounds.width + 2 * PAD, MIN_WIDTH));
  const lines = wrapCaption(caption, width - 2 * PAD, measure);
  const stripTop = Math.ceil(bounds.height + 2 * PAD);
  const height = stripTop + lines.length * CAPTION_LINE + 20;
  // A drawing narrower than the caption's minimum width is centred above it.
  const dx = round((width - bounds.width) / 2 - bounds.x);
  const dy = round(PAD - bounds.y);
  const span = { x: bounds.x, width: bounds.width };
  const layer = (z: number) =>
    drawing.shapes
      .filter((s) => (s.kind === 'row' ? -2 : s.kind === 'frame' || (s.kind === 'component' && s.frame) ? -1 : 1) === z)
      .map((s) => shapeSvg(s, measure, span));
  // One arrowhead per colour, shaped as React Flow's closed arrow.
  const arrows = [...new Set(drawing.edges.filter((e) => e.arrow).map((e) => e.stroke))];
  const markers = arrows.map((c, i) => {
    const colour = escapeXml(c);
    const shape = `<polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${colour}" stroke="${colour}" stroke-linejoin="round"/>`;
    return `<marker id="arrow-${i}" viewBox="-10 -10 20 20" markerWidth="36" markerHeight="36" markerUnits="userSpaceOnUse" orient="auto-start-reverse">${shape}</marker>`;
  });
  const edges = drawing.edges.map(
    (e) =>
      `<path d="${escapeXml(e.d)}" fill="none" stroke="${escapeXml(e.stroke)}" stroke-width="${e.width}"${e.dash ? ` stroke-dasharray="${escapeXml(e.dash)}"` : ''}${e.opacity < 1 ? ` opacity="${e.opacity}"` : ''}${e.arrow ? ` marker-end="url(#arrow-${arrows.indexOf(e.stroke)})"` : ''}/>`,
  );
  const labels = drawing.labels.map((l) => {
    const w = measure(l.text, { size: 10, weight: 600 }) + 8;
    return `<rect x="${round(l.x - w / 2)}" y="${round(l.y - 8)}" width="${round(w)}" height="16" rx="3" fill="#ede9fe"/>${text(l.x, l.y + 3.5, l.text, { size: 10, weight: 600 }, '#4c1d95', ' text-anchor="middle"')}`;
  });
  const captionSvg = lines.map((line, i) => text(PAD, stripTop + 22 + i * CAPTION_LINE, line, CAPTION, '#334155'));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(caption)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...(markers.length > 0 ? [`<defs>${markers.join('')}</defs>`] : []),
    `<g transform="translate(${dx} ${dy})">`,
    ...layer(-2),
    ...layer(-1),
    `<g class="edges">${edges.join('')}</g>`,
    ...layer(1),
    ...labels,
    '</g>',
    `<g class="caption"><rect y="${stripTop}" width="${width}" height="${height - stripTop}" fill="#f8fafc"/><line x1="0" y1="${stripTop}" x2="${width}" y2="${stripTop}" stroke="#e2e8f0"/>${captionSvg.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

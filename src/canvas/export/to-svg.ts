import {
  estimateWidth,
  FONT,
  union,
  type Drawing,
  type DrawnShape,
  type Measure,
  type Rect,
} from './drawing';
import { edgePath, edgesSvg } from './svg-edges';
import { pillWidth, ROW_NAME, ROW_NAME_INSET, shapeSvg } from './svg-shapes';
import { escapeXml, round, text } from './svg-text';

const PAD = 24;
/** Space between the widest row name and the drawing. */
const ROW_GAP = 12;
const MIN_WIDTH = 720;
const CAPTION = { size: 13, weight: 400 };
const CAPTION_LINE = 18;

/**
 * The part of the canvas worth exporting: what is drawn, not the whole width of the row bands,
 * with room on its left for the row names, which the canvas pins at its edge on screen: in the
 * picture no card covers them.
 */
export function drawnBounds(drawing: Drawing, measure: Measure = estimateWidth): Rect {
  const rowShapes = drawing.shapes.filter((s) => s.kind === 'row');
  const rows = rowShapes.map((s) => s.box);
  const routes = drawing.edges.flatMap((e) => edgePath(e).points).map((p) => ({ ...p, width: 0, height: 0 }));
  const drawn = union([...drawing.shapes.filter((s) => s.kind !== 'row').map((s) => s.box), ...routes]);
  if (drawn === null) return union(rows) ?? { x: 0, y: 0, width: 0, height: 0 };
  const rowSpan = union(rows);
  const names = Math.max(0, ...rowShapes.map((r) => pillWidth(r.label, ROW_NAME, measure)));
  const x = rowSpan ? drawn.x - ROW_NAME_INSET - names - ROW_GAP : drawn.x;
  const y = rowSpan ? Math.min(rowSpan.y, drawn.y) : drawn.y;
  const bottom = Math.max(drawn.y + drawn.height, rowSpan ? rowSpan.y + rowSpan.height : -Infinity);
  return { x, y, width: drawn.x + drawn.width - x, height: bottom - y };
}

/** Split the caption at its " · " separators into lines no wider than `width` (a URL is never cut). */
export function wrapCaption(caption: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const part of caption.split(' · ')) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} · ${part}`, CAPTION) <= width)
      lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** A standalone SVG of the drawing in its theme's colours, with the caption in a strip at the bottom. */
export function toSvg(drawing: Drawing, caption: string, measure: Measure = estimateWidth): string {
  const { theme } = drawing;
  const bounds = drawnBounds(drawing, measure);
  const width = Math.ceil(Math.max(bounds.width + 2 * PAD, MIN_WIDTH));
  const lines = wrapCaption(caption, width - 2 * PAD, measure);
  const stripTop = Math.ceil(bounds.height + 2 * PAD);
  const height = stripTop + lines.length * CAPTION_LINE + 20;
  // A drawing narrower than the caption's minimum width is centred above it.
  const dx = round((width - bounds.width) / 2 - bounds.x);
  const dy = round(PAD - bounds.y);
  const span = { x: bounds.x, width: bounds.width };
  const frameLike = (s: DrawnShape) => s.kind === 'frame' || (s.kind === 'group' && s.open);
  const layer = (z: number) =>
    drawing.shapes
      .filter((s) => (s.kind === 'row' ? -2 : frameLike(s) ? -1 : 1) === z)
      .map((s) => shapeSvg(s, drawing, measure, span));
  const { markers, paths, labels } = edgesSvg(drawing, measure);
  const captionSvg = lines.map((line, i) =>
    text(PAD, stripTop + 22 + i * CAPTION_LINE, line, CAPTION, theme.caption.text),
  );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" data-theme="${theme.name}">`,
    `<title>${escapeXml(caption)}</title>`,
    `<rect width="${width}" height="${height}" fill="${theme.page}"/>`,
    ...(markers.length > 0 ? [`<defs>${markers.join('')}</defs>`] : []),
    `<g transform="translate(${dx} ${dy})">`,
    ...layer(-2),
    ...layer(-1),
    `<g class="edges">${paths.join('')}</g>`,
    ...layer(1),
    ...labels,
    '</g>',
    `<g class="caption"><rect y="${stripTop}" width="${width}" height="${height - stripTop}" fill="${theme.caption.fill}"/><line x1="0" y1="${stripTop}" x2="${width}" y2="${stripTop}" stroke="${theme.caption.line}"/>${captionSvg.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

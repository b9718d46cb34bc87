import type { Emphasis } from '../to-flow';
import { MONO, type DrawnShape, type Measure, type Rect } from './drawing';
import { escapeXml, fitLines, fitText, round, text } from './svg-text';

type Component = Extract<DrawnShape, { kind: 'component' }>;
interface BoxStyle {
  fill: string;
  stroke: string;
  width: number;
  dashed?: boolean;
  opacity?: number;
  ring?: string;
  muted?: boolean;
}

// Mirrors .component-box.emphasis-* in src/index.css, so the export looks like the screen.
const EMPHASIS: Record<Emphasis, BoxStyle> = {
  normal: { fill: '#ffffff', stroke: '#64748b', width: 1 },
  focused: { fill: '#ffffff', stroke: '#0369a1', width: 2, ring: 'rgb(3 105 161 / 0.18)' },
  dimmed: { fill: '#ffffff', stroke: '#cbd5e1', width: 1, muted: true },
  added: { fill: '#ecfdf5', stroke: '#059669', width: 2 },
  removed: { fill: '#fef2f2', stroke: '#b91c1c', width: 2, dashed: true, opacity: 0.75 },
};
const NAME = { size: 14, weight: 600 };
const META = { size: 12, weight: 400 };
const RELEASE = { size: 12, weight: 400, mono: true };
const MARK = { size: 10, weight: 600 };
const BADGE = { size: 10, weight: 700 };
const TAB = { size: 12, weight: 600 };
const PAD_X = 10;

/** A rectangle whose stroke stays inside the box, as a CSS border does. */
function rect(box: Rect, s: BoxStyle, radius: number): string {
  const inset = s.width / 2;
  const attrs = `x="${round(box.x + inset)}" y="${round(box.y + inset)}" width="${round(box.width - s.width)}" height="${round(box.height - s.width)}" rx="${radius}"`;
  const ring = s.ring ? `<rect x="${round(box.x - 1.5)}" y="${round(box.y - 1.5)}" width="${round(box.width + 3)}" height="${round(box.height + 3)}" rx="${radius + 2}" fill="none" stroke="${s.ring}" stroke-width="3"/>` : '';
  return `${ring}<rect ${attrs} fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
}

function component(c: Component, measure: Measure): string {
  const base = EMPHASIS[c.emphasis];
  // A parent drawn around its children keeps its grey fill unless it was added or removed (as in the CSS).
  const fill = c.frame && c.emphasis !== 'added' && c.emphasis !== 'removed' ? 'rgb(241 245 249 / 0.7)' : base.fill;
  const style = c.frame ? { ...base, fill, width: 2 } : base;
  const inner = c.box.width - 2 * PAD_X;
  const blockHeight = 48 + (c.mark ? 14 : 0);
  const top = c.frame === 'bottom' ? c.box.y + c.box.height - blockHeight : c.box.y;
  const x = c.box.x + PAD_X;
  const parts = [rect(c.box, style, 6)];

  const badgeWidth = c.perContainer ? measure('×2', BADGE) + 8 : 0;
  const lines = fitLines(c.name, inner - (badgeWidth ? badgeWidth + 4 : 0), NAME, measure);
  lines.forEach((line, i) => parts.push(text(x, top + 21 + i * 16, line, NAME, style.muted ? '#64748b' : '#0f172a')));
  if (c.perContainer) {
    const bx = c.box.x + c.box.width - PAD_X - badgeWidth;
    parts.push(`<rect x="${round(bx)}" y="${round(top + 10)}" width="${round(badgeWidth)}" height="14" rx="3" fill="#1e293b"/>`, text(bx + 4, top + 21, '×2', BADGE, '#ffffff'));
  }
  const metaColour = style.muted ? '#64748b' : '#334155';
  const release = c.release ? `≥ ${c.release}` : '';
  const releaseWidth = release ? measure(release, RELEASE) + 4 : 0;
  const organisation = fitText(c.organisation, Math.max(0, inner - releaseWidth), META, measure);
  const meta = release ? `<tspan font-family="${escapeXml(MONO)}">${escapeXml(release)}</tspan> ${escapeXml(organisation)}` : escapeXml(organisation);
  // A name on two lines leaves no room for the meta line in a compact card, as on the canvas.
  if (lines.length === 1) parts.push(`<text x="${round(x)}" y="${round(top + 38)}" font-size="${META.size}" fill="${metaColour}">${meta}</text>`);
  if (c.mark) {
    const colour = style.muted ? '#64748b' : c.mark === 'deprecated' ? '#9a3412' : '#991b1b';
    parts.push(text(x, top + 52, c.mark === 'deprecated' ? '⚠ DEPRECATED' : '⚠ ENDS SOON', MARK, colour));
  }
  return `<g data-id="${escapeXml(c.id)}" data-emphasis="${c.emphasis}"${style.opacity ? ` opacity="${style.opacity}"` : ''}>${parts.join('')}</g>`;
}

/** A label on a filled pill, like the frames' tabs. */
export function pill(x: number, y: number, label: string, font: { size: number; weight: number }, fill: string, colour: string, measure: Measure): string {
  const width = measure(label, font) + 16;
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${font.size + 8}" rx="4" fill="${fill}"/>${text(x + 8, y + font.size + 2, label, font, colour)}`;
}

/** One drawn node as SVG; rows span `span` (the exported width), not the whole layout. */
export function shapeSvg(shape: DrawnShape, measure: Measure, span: { x: number; width: number }): string {
  switch (shape.kind) {
    case 'component':
      return component(shape, measure);
    case 'row': {
      const { y } = shape.box;
      return `<g><line x1="${round(span.x)}" y1="${y}" x2="${round(span.x + span.width)}" y2="${y}" stroke="#cbd5e1" stroke-dasharray="4 3"/>${pill(span.x + 8, y + 8, shape.label, { size: 12, weight: 500 }, '#f1f5f9', '#334155', measure)}</g>`;
    }
    case 'frame':
      return `<g>${rect(shape.box, { fill: 'none', stroke: '#64748b', width: 2, dashed: true }, 8)}${pill(shape.box.x + 12, shape.box.y - 12, shape.label, TAB, '#475569', '#ffffff', measure)}</g>`;
    case 'pod': {
      const [first = '', ...rest] = shape.lines;
      const y = shape.box.y + shape.box.height / 2 - 4 - 8 * (shape.lines.length - 2);
      const fit = (l: string, font: typeof META) => fitText(l, shape.box.width - 16, font, measure);
      const lines = [text(shape.box.x + 8, y, fit(first, TAB), TAB, '#022c22'), ...rest.map((l, i) => text(shape.box.x + 8, y + 16 * (i + 1), fit(l, META), META, '#022c22'))];
      return `<g>${rect(shape.box, { fill: '#ecfdf5', stroke: '#047857', width: 2, dashed: true }, 8)}${lines.join('')}</g>`;
    }
  }
}
